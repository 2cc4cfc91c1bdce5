package org.taylorkit.hipparchus;

import org.taylorkit.core.multi.MonomialIndex;

/**
 * The product of two series of order 1 or 2 in any number of variables, stored flat in graded-lex
 * order ({@link MonomialIndex}), by a precomputed pair table: the hot operation of low-order
 * expansions through Hipparchus/Orekit code (order 2 in 6 variables: 28 coefficients, 91
 * multiply-adds), where the general dense kernel's set-up (density scans, packed-pair decoding)
 * costs as much as the arithmetic.
 *
 * <p><b>Same sums as the core.</b> Each coefficient is the truncated Cauchy product
 * {@code c_γ = Σ_{α+β=γ} a_α b_β}, its terms grouped and added in the order of the core's dense
 * gather kernel ({@code ProductSchedule.mulInto} for dense operands): for a degree-2 monomial
 * {@code γ = e_i + e_j}, {@code (a₀b_γ + a_γb₀) + (a_ib_j + a_jb_i)} when i ≠ j and
 * {@code (a₀b_γ + a_γb₀) + a_ib_i} when i = j; for a degree-1 monomial {@code a₀b_i + a_ib₀}. So for
 * dense operands the result is the core's bit for bit (tested); for sparse ones the core may add the
 * same products in another order (last-bit differences).
 *
 * <p><b>Non-finite coefficients.</b> If a coefficient of the result is not finite, the product is
 * recomputed by the core ({@code ProductSchedule.mulInto}), which gives an absent (zero) term times an
 * infinite one its polynomial meaning (nothing) instead of IEEE's NaN.
 *
 * <p>Immutable, thread-safe; one per field of order 1 or 2.
 */
final class LowOrderProduct {

    private final MonomialIndex index;
    private final int order;
    /** Position of the first degree-2 coefficient (1 + number of variables). */
    private final int quadratic;
    /** For the degree-2 coefficient at {@code quadratic + q}: the positions of e_i and e_j (i ≤ j). */
    private final int[] left;
    private final int[] right;

    private LowOrderProduct(MonomialIndex index) {
        this.index = index;
        this.order = index.order();
        int n = index.nvars();
        this.quadratic = 1 + n;
        int pairs = order == 2 ? index.count(2) : 0;
        this.left = new int[pairs];
        this.right = new int[pairs];
        for (int q = 0; q < pairs; q++) {
            int[] e = index.exponents(quadratic + q);
            int i = -1;
            int j = -1;
            for (int v = 0; v < n; v++) {
                for (int m = 0; m < e[v]; m++) {
                    if (i < 0) {
                        i = v;
                    } else {
                        j = v;
                    }
                }
            }
            left[q] = 1 + i;
            right[q] = 1 + j;
        }
    }

    /** The kernel for this shape, or null if the order is not 1 or 2 (the core's kernels serve those). */
    static LowOrderProduct forIndex(MonomialIndex index) {
        return index.order() == 1 || index.order() == 2 ? new LowOrderProduct(index) : null;
    }

    /** {@code out = a·b}; {@code out} must not be {@code a} or {@code b} ({@code a == b} is fine). */
    void multiply(double[] a, double[] b, double[] out) {
        double a0 = a[0];
        double b0 = b[0];
        double probe = 0.0;
        double c0 = 0.0 + a0 * b0;
        out[0] = c0;
        probe += c0 * 0.0;
        int q0 = quadratic;
        for (int p = 1; p < q0; p++) {
            double v = 0.0 + (a0 * b[p] + a[p] * b0);
            out[p] = v;
            probe += v * 0.0;
        }
        if (order == 2) {
            int[] l = left;
            int[] r = right;
            for (int q = 0; q < l.length; q++) {
                int g = q0 + q;
                int i = l[q];
                int j = r[q];
                double s0 = 0.0 + (a0 * b[g] + a[g] * b0);
                double v;
                if (i != j) {
                    v = s0 + (0.0 + (a[i] * b[j] + a[j] * b[i]));
                } else {
                    v = (s0 + 0.0) + a[i] * b[i];
                }
                out[g] = v;
                probe += v * 0.0;
            }
        }
        if (probe != 0.0) {
            index.schedule().mulInto(a, b, out);
        }
    }
}
