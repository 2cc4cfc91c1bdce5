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
    /** Degree-2 monomials e_i + e_j with i < j: their positions and those of e_i and e_j. */
    private final int[] mixed;
    private final int[] mixedLeft;
    private final int[] mixedRight;
    /** Degree-2 monomials 2e_i: their positions and those of e_i. */
    private final int[] pure;
    private final int[] pureRoot;

    private LowOrderProduct(MonomialIndex index) {
        this.index = index;
        this.order = index.order();
        int n = index.nvars();
        this.quadratic = 1 + n;
        int pairs = order == 2 ? index.count(2) : 0;
        int pures = order == 2 ? n : 0;
        this.mixed = new int[pairs - pures];
        this.mixedLeft = new int[pairs - pures];
        this.mixedRight = new int[pairs - pures];
        this.pure = new int[pures];
        this.pureRoot = new int[pures];
        int m = 0;
        int d = 0;
        for (int q = 0; q < pairs; q++) {
            int g = quadratic + q;
            int[] e = index.exponents(g);
            int i = -1;
            int j = -1;
            for (int v = 0; v < n; v++) {
                for (int k = 0; k < e[v]; k++) {
                    if (i < 0) {
                        i = v;
                    } else {
                        j = v;
                    }
                }
            }
            if (i == j) {
                pure[d] = g;
                pureRoot[d++] = 1 + i;
            } else {
                mixed[m] = g;
                mixedLeft[m] = 1 + i;
                mixedRight[m++] = 1 + j;
            }
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
        double c0 = 0.0 + a0 * b0;
        out[0] = c0;
        boolean finite = Math.abs(c0) <= Double.MAX_VALUE;
        int q0 = quadratic;
        for (int p = 1; p < q0; p++) {
            double v = 0.0 + (a0 * b[p] + a[p] * b0);
            out[p] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        int[] g = mixed;
        int[] l = mixedLeft;
        int[] r = mixedRight;
        for (int q = 0; q < g.length; q++) {
            int k = g[q];
            int i = l[q];
            int j = r[q];
            double v = (0.0 + (a0 * b[k] + a[k] * b0)) + (0.0 + (a[i] * b[j] + a[j] * b[i]));
            out[k] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        int[] h = pure;
        int[] root = pureRoot;
        for (int q = 0; q < h.length; q++) {
            int k = h[q];
            int i = root[q];
            double v = ((0.0 + (a0 * b[k] + a[k] * b0)) + 0.0) + a[i] * b[i];
            out[k] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        if (!finite) {
            index.schedule().mulInto(a, b, out);
        }
    }

    /**
     * {@code out = a²}: the same sums as {@link #multiply multiply(a, a, out)} bit for bit, each
     * symmetric pair {@code a_α a_β + a_β a_α} formed from one product {@code x = a_α a_β} as
     * {@code x + x} (the same rounded terms, half the multiplications).
     */
    void square(double[] a, double[] out) {
        double a0 = a[0];
        double c0 = 0.0 + a0 * a0;
        out[0] = c0;
        boolean finite = Math.abs(c0) <= Double.MAX_VALUE;
        int q0 = quadratic;
        for (int p = 1; p < q0; p++) {
            double x = a0 * a[p];
            double v = 0.0 + (x + x);
            out[p] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        int[] g = mixed;
        int[] l = mixedLeft;
        int[] r = mixedRight;
        for (int q = 0; q < g.length; q++) {
            int k = g[q];
            double x = a0 * a[k];
            double y = a[l[q]] * a[r[q]];
            double v = (0.0 + (x + x)) + (0.0 + (y + y));
            out[k] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        int[] h = pure;
        int[] root = pureRoot;
        for (int q = 0; q < h.length; q++) {
            int k = h[q];
            double x = a0 * a[k];
            double ai = a[root[q]];
            double v = ((0.0 + (x + x)) + 0.0) + ai * ai;
            out[k] = v;
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        if (!finite) {
            index.schedule().mulInto(a, a, out);
        }
    }
}
