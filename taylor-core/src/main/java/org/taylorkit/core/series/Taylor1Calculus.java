package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.Factorials;

import static org.taylorkit.core.series.Taylor1LeadingZeros.leadingTerm;
import static org.taylorkit.core.series.Taylor1LeadingZeros.leadingZeros;

import org.taylorkit.core.kernels.DoubleKernels;

/**
 * Calculus on {@link Taylor1} series (double-specific; package-private, stateless): evaluation
 * (Horner), composition, differentiation, integration, derivatives k!·c_k without intermediate
 * overflow, and series reversion. The operands are never modified; every result is a fresh array.
 */
final class Taylor1Calculus {

    private Taylor1Calculus() {
    }

    /** Σ_k c_k t^k at the displacement t by Horner's rule: s ← c_n; s ← s·t + c_k for k = n−1..0. */
    static double evaluate(Taylor1 tf, double t) {
        double[] c = tf.raw();
        double s = c[c.length - 1];
        for (int k = c.length - 2; k >= 0; k--) {
            s = s * t + c[k];
        }
        return s;
    }

    /** d/dt: coefficients (k + 1) c_{k+1}, order n − 1; order 0 gives the order-0 zero. */
    static Taylor1 differentiate(Taylor1 tf) {
        double[] c = tf.raw();
        int n = tf.order();
        if (n == 0) {
            return Taylor1.zero(0);
        }
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = (k + 1) * c[k + 1];
        }
        return Taylor1.wrap(r);
    }

    /** The antiderivative c0, c_0/1, c_1/2, …, c_n/(n+1), order n + 1. */
    static Taylor1 integrate(Taylor1 tf, double c0) {
        double[] c = tf.raw();
        double[] r = new double[c.length + 1];
        r[0] = c0;
        for (int k = 0; k < c.length; k++) {
            r[k + 1] = c[k] / (k + 1);
        }
        return Taylor1.wrap(r);
    }

    /** k!·c_k for k = 0..n, each by {@link Factorials#scaleByFactorial}. */
    static double[] derivatives(Taylor1 tf) {
        double[] c = tf.raw();
        double[] d = new double[c.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = Factorials.scaleByFactorial(c[k], k);
        }
        return d;
    }

    /**
     * Σ_k f_k s^k by Horner's rule over series: p ← f_N; p ← p·s + f_k for k = N−1..0, with
     * N = min(order f, order s). Two work arrays, swapped; O(N³).
     */
    static Taylor1 compose(Taylor1 tf, Taylor1 ts) {
        double[] f = tf.raw();
        double[] s = ts.raw();
        int n = Math.min(tf.order(), ts.order());
        double[] p = new double[n + 1];
        double[] q = new double[n + 1];
        p[0] = f[n];
        for (int i = n - 1; i >= 0; i--) {
            for (int k = 0; k <= n; k++) {
                DoubleKernels.mul(p, s, q, k);
            }
            q[0] += f[i];
            double[] w = p;
            p = q;
            q = w;
        }
        return Taylor1.wrap(p);
    }

    /**
     * The reversion g of h = f − f_0 (h(g(u)) = u, g(0) = 0) to order n. With P_j = g^j:
     * g_1 = 1/f_1; for k ≥ 2 the coefficients (P_j)_k for j = 2..k involve only g_1..g_{k−1},
     * (P_j)_k = Σ_{i=1..k−j+1} g_i (P_{j−1})_{k−i}, and [u^k] h(g) = 0 gives
     * g_k = −(Σ_{j=2..k} f_j (P_j)_k) / f_1. O(n³/6) multiply-adds.
     */
    static Taylor1 revert(Taylor1 tf) {
        double[] f = tf.raw();
        int n = tf.order();
        if (n == 0) {
            throw new IllegalArgumentException(
                    "revert needs order >= 1 to see the coefficient c_1; this series has order 0");
        }
        double f1 = f[1];
        if (f1 == 0.0) {
            double[] h = f.clone();
            h[0] = 0.0;
            int m = leadingZeros(h, n);
            String point = m > n
                    ? "f − c_0 = 0 (identically, to order " + n + ")"
                    : leadingTerm(h, m) + " of f − c_0";
            throw new SingularExpansionException("revert", point,
                    "c_1 = 0, so f is not locally invertible: the inverse has a branch point");
        }
        double[] g = new double[n + 1];
        // powers[j][k] = (g^j)_k; row j is zero below index j.
        double[][] powers = new double[n + 1][];
        for (int j = 1; j <= n; j++) {
            powers[j] = new double[n + 1];
        }
        g[1] = 1.0 / f1;
        powers[1][1] = g[1];
        for (int k = 2; k <= n; k++) {
            double sum = 0.0;
            for (int j = 2; j <= k; j++) {
                double[] prev = powers[j - 1];
                double s = 0.0;
                for (int i = 1; i <= k - j + 1; i++) {
                    s += g[i] * prev[k - i];
                }
                powers[j][k] = s;
                sum += f[j] * s;
            }
            g[k] = -sum / f1;
            powers[1][k] = g[k];
        }
        return Taylor1.wrap(g);
    }
}
