package org.taylorkit.ode.events;

/**
 * Horner evaluation and root refinement of step polynomials in {@code double}: the pieces event
 * location and dense output are built from. Stateless and thread-safe.
 */
public final class StepPolynomials {

    private StepPolynomials() {
    }

    /**
     * Σ_{k=0..p} c[offset + k] τ^k by Horner's rule with one fused multiply-add per order
     * ({@link Math#fma}: one rounding instead of two, and half the latency of the dependent chain, which
     * lies between one step and the next; Lorenz t = 10 −4 %, accuracy no worse over 120 Kepler and 24
     * Lorenz starts, docs/benchmarks.md) (error: a few ulps of Σ|c_k τ^k|). The
     * second-order rule (even and odd parts as two chains in τ², half the latency) was measured
     * 5 % faster on Lorenz but tripled the Kepler energy error over 1000 orbits (1.3e-14 → 3.2e-14).
     */
    public static double horner(double[] c, int offset, int p, double tau) {
        double f = c[offset + p];
        for (int k = p - 1; k >= 0; k--) {
            f = Math.fma(f, tau, c[offset + k]);
        }
        return f;
    }

    /**
     * A zero of the polynomial c[0..p] between a and b, where c(a) and c(b) have opposite signs
     * ({@code fa} is c(a)): Newton's method safeguarded by bisection (a Newton iterate outside the
     * current bracket is replaced by the midpoint), until the bracket or the Newton correction is
     * within about an ulp. The result lies in the closed bracket.
     */
    public static double refineRoot(double[] c, int p, double a, double fa, double b) {
        double x = 0.5 * (a + b);
        for (int iter = 0; iter < 200; iter++) {
            double f = c[p];
            double d = 0.0;
            for (int k = p - 1; k >= 0; k--) {
                d = d * x + f;
                f = f * x + c[k];
            }
            if (f == 0.0) {
                return x;
            }
            if ((f > 0) == (fa > 0)) {
                a = x;
                fa = f;
            } else {
                b = x;
            }
            double width = Math.abs(b - a);
            double tiny = 2 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
            if (width <= tiny) {
                return x;
            }
            double newton = x - f / d;
            boolean inside = d != 0.0 && (newton - a) * (newton - b) < 0;
            if (inside) {
                double dx = Math.abs(newton - x);
                x = newton;
                if (dx <= tiny) {
                    return x;
                }
            } else {
                x = 0.5 * (a + b);
            }
        }
        return x;
    }
}
