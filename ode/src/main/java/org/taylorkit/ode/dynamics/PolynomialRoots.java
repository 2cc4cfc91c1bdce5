package org.taylorkit.ode.dynamics;

/**
 * All complex roots of a monic real polynomial by the Durand–Kerner (Weierstrass) iteration
 * z_i ← z_i − p(z_i) / Π_{j≠i}(z_i − z_j), started on a circle of radius 1 + max|c_k| (Cauchy's bound)
 * at non-symmetric angles. Package-private helper of {@link SmallMatrices#eigenvalues}.
 */
final class PolynomialRoots {

    private PolynomialRoots() {
    }

    /** The roots of λⁿ + Σ_{k<n} c[k] λ^k as rows {re, im}. */
    static double[][] roots(double[] c) {
        int n = c.length;
        double bound = 1;
        for (double v : c) {
            bound = Math.max(bound, 1 + Math.abs(v));
        }
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n + 0.4;
            re[i] = 0.5 * bound * Math.cos(angle);
            im[i] = 0.5 * bound * Math.sin(angle);
        }
        double[] out = new double[2];
        boolean converged = false;
        for (int iter = 0; iter < 2000 && !converged; iter++) {
            double worst = 0;
            for (int i = 0; i < n; i++) {
                eval(c, re[i], im[i], out);
                double pr = out[0];
                double pi = out[1];
                double dr = 1;
                double di = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double ar = re[i] - re[j];
                        double ai = im[i] - im[j];
                        double t = dr * ar - di * ai;
                        di = dr * ai + di * ar;
                        dr = t;
                    }
                }
                double den = dr * dr + di * di;
                if (den == 0) {
                    re[i] += 1e-8 * bound;
                    continue;
                }
                double qr = (pr * dr + pi * di) / den;
                double qi = (pi * dr - pr * di) / den;
                re[i] -= qr;
                im[i] -= qi;
                worst = Math.max(worst, Math.hypot(qr, qi) / Math.max(1, Math.hypot(re[i], im[i])));
            }
            converged = worst < 1e-15;
        }
        double[][] roots = new double[n][];
        for (int i = 0; i < n; i++) {
            roots[i] = new double[] {re[i], im[i]};
        }
        if (!converged) {
            // a multiple root converges only linearly and stalls near √ε: accept if the residuals are small
            for (double[] z : roots) {
                eval(c, z[0], z[1], out);
                if (!(Math.hypot(out[0], out[1]) < 1e-6 * Math.pow(bound, n))) {
                    throw new ArithmeticException("eigenvalues: the root iteration did not converge (residual "
                            + Math.hypot(out[0], out[1]) + " at " + z[0] + " + " + z[1] + "i)");
                }
            }
        }
        return roots;
    }

    /** p(z) for z = x + iy, by Horner's rule; writes {re, im} into out. */
    private static void eval(double[] c, double x, double y, double[] out) {
        double pr = 1;
        double pi = 0;
        for (int k = c.length - 1; k >= 0; k--) {
            double t = pr * x - pi * y + c[k];
            pi = pr * y + pi * x;
            pr = t;
        }
        out[0] = pr;
        out[1] = pi;
    }
}
