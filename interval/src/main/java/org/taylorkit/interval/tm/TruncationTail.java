package org.taylorkit.interval.tm;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;

/**
 * A bound of the part of degree {@code K+2..2K} of the product of two polynomial parts of order
 * {@code K}, by degree: the terms a Taylor-model product truncates beyond the monomials of degree
 * {@code K+1} (which {@link ErrorFreeProduct} and {@link PolynomialArithmetic#multiplyDirected}
 * enclose monomial by monomial). This is what makes a product cost about the pairs of total degree
 * ≤ {@code K+1} rather than all {@code size²} pairs: in 7 variables at order 6, 112 848 of 2 944 656.
 *
 * <p><b>The bound.</b> Write {@code H^x_a} for the homogeneous part of degree {@code a} of
 * {@code P_x}. The truncated tail is {@code Σ_{a+b ≥ K+2; a, b ≤ K} H^x_a(δ)·H^y_b(δ)}, so for every
 * {@code δ} in the box its magnitude is at most {@code Σ_{a=2..K} μ^x_a · Σ_{b=K+2−a..K} μ^y_b} with
 * {@code μ^x_a = Σ_{deg p = a} |x_p|·|B_p| ≥ |H^x_a(δ)|} ({@code |B_p|} the magnitude bound of the
 * monomial over the box). The result is the symmetric interval {@code [−M, M]} of that bound.
 *
 * <p><b>Rounding.</b> Each {@code μ_a} is summed to nearest over its non-negative terms
 * {@code |x_p|·|B_p|} and bounded above by {@link RoundedSums#upper} (an all-zero part is exactly 0).
 * The remaining {@code O(K)} sums and products of these upper bounds are rounded upward. A
 * non-finite value (overflow) gives {@code +∞}, which the caller turns into its overflow error.
 *
 * <p>Stateless; allocates two arrays of {@code K+1} doubles; thread-safe.
 */
final class TruncationTail {

    private TruncationTail() {
    }

    /**
     * An upper bound {@code M} of {@code |Σ_{a+b ≥ K+2} H^x_a(δ)·H^y_b(δ)|} over the space's box (0 when
     * {@code K < 2}, where no such pair exists; {@code +∞} on overflow).
     */
    static double magnitude(TaylorModelSpace sp, double[] x, double[] y) {
        MonomialTables t = sp.tables;
        int k = t.order;
        if (k < 2) {
            return 0.0;
        }
        double[] mx = degreeMagnitudes(sp, x);
        double[] my = degreeMagnitudes(sp, y);
        // suffix[b] = Σ_{b' ≥ b} μ^y_{b'} (rounded up)
        double[] suffix = my;
        for (int b = k - 1; b >= 2; b--) {
            suffix[b] = addUp(suffix[b], suffix[b + 1]);
        }
        double m = 0.0;
        for (int a = 2; a <= k; a++) {
            if (mx[a] != 0) {
                double s = suffix[k + 2 - a];
                if (s != 0) {
                    m = addUp(m, mulUp(mx[a], s));
                }
            }
        }
        return Double.isNaN(m) ? Double.POSITIVE_INFINITY : m;
    }

    /** {@code μ_a} (upper bounds, see the class comment) for {@code a = 2..K}; entries 0 and 1 are 0. */
    private static double[] degreeMagnitudes(TaylorModelSpace sp, double[] c) {
        MonomialTables t = sp.tables;
        int k = t.order;
        double[] mu = new double[k + 1];
        double[] mag = sp.lowMag;
        for (int a = 2; a <= k; a++) {
            double s = 0.0;
            boolean any = false;
            for (int p = t.degreeStart[a]; p < t.degreeStart[a + 1]; p++) {
                double cp = c[p];
                any |= cp != 0;
                s += Math.abs(cp) * mag[p];
            }
            // an all-zero part is exactly 0; otherwise (even if every product underflowed) the bound
            mu[a] = any ? RoundedSums.upper(s) : 0.0;
        }
        return mu;
    }
}
