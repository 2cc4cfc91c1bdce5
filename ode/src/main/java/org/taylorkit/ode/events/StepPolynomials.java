package org.taylorkit.ode.events;

/**
 * Horner evaluation and root refinement of step polynomials in {@code double}: the pieces event
 * location and dense output are built from. Stateless and thread-safe.
 */
public final class StepPolynomials {

    private StepPolynomials() {
    }

    /**
     * Σ_{k=0..p} c[offset + k] τ^k by the second-order Horner rule: the even and the odd part as
     * two independent Horner chains in τ², E(τ²) + τ·O(τ²) (half the serial latency of Horner's
     * rule; error: a few ulps of Σ|c_k τ^k|). Below p = 3, plain Horner.
     */
    public static double horner(double[] c, int offset, int p, double tau) {
        if (p < 3) {
            double f = c[offset + p];
            for (int k = p - 1; k >= 0; k--) {
                f = f * tau + c[offset + k];
            }
            return f;
        }
        double t2 = tau * tau;
        double even;
        double odd;
        int j;
        if ((p & 1) == 1) { // p = 2m + 1: both chains have m + 1 terms
            odd = c[offset + p];
            even = c[offset + p - 1];
            for (j = p - 2; j >= 1; j -= 2) {
                odd = odd * t2 + c[offset + j];
                even = even * t2 + c[offset + j - 1];
            }
        } else { // p = 2m: the even chain has one term more
            even = c[offset + p];
            odd = c[offset + p - 1];
            for (j = p - 2; j >= 2; j -= 2) {
                even = even * t2 + c[offset + j];
                odd = odd * t2 + c[offset + j - 1];
            }
            even = even * t2 + c[offset];
        }
        return even + tau * odd;
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
