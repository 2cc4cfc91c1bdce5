package org.taylorkit.hipparchus;

import org.taylorkit.core.multi.MonomialIndex;

/**
 * The product of two series of order 1 or 2 in any number of variables, stored flat in graded-lex
 * order ({@link MonomialIndex}), by loops over that layout (no index tables: e_i at 1 + i, the
 * degree-2 monomials row by row, e_i + e_j for j = i..n−1; checked against the index once): the hot
 * operation of low-order expansions through Hipparchus/Orekit code (order 2 in 6 variables: 28
 * coefficients, 91 multiply-adds), where the general dense kernel's set-up (density scans,
 * packed-pair decoding) costs as much as the arithmetic. {@link #square} forms each symmetric pair
 * from one product (half the multiplications, the same bits).
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
    private final int nvars;

    private LowOrderProduct(MonomialIndex index) {
        this.index = index;
        this.order = index.order();
        this.nvars = index.nvars();
        // The loops below walk the graded-lex layout directly: e_i at 1 + i, and the degree-2 block as
        // rows i = 0..n−1 of (e_i + e_j, j = i..n−1). Checked once here against the index.
        int[] e = new int[nvars];
        int k = 1 + nvars;
        for (int i = 0; i < nvars; i++) {
            e[i]++;
            check(index.position(e), 1 + i);
            for (int j = i; j < nvars && order == 2; j++) {
                e[j]++;
                check(index.position(e), k++);
                e[j]--;
            }
            e[i]--;
        }
    }

    private static void check(int position, int expected) {
        if (position != expected) {
            throw new IllegalStateException("LowOrderProduct: monomial at position " + position + ", expected "
                    + expected + " (graded-lex layout of MonomialIndex changed?)");
        }
    }

    /** The kernel for this shape, or null if the order is not 1 or 2 (the core's kernels serve those). */
    static LowOrderProduct forIndex(MonomialIndex index) {
        return index.order() == 1 || index.order() == 2 ? new LowOrderProduct(index) : null;
    }

    /** {@code out = a·b}; {@code out} must not be {@code a} or {@code b} ({@code a == b} is fine). */
    void multiply(double[] a, double[] b, double[] out) {
        int n = nvars;
        double a0 = a[0];
        double b0 = b[0];
        out[0] = 0.0 + a0 * b0;
        for (int p = 1; p <= n; p++) {
            out[p] = 0.0 + (a0 * b[p] + a[p] * b0);
        }
        if (order == 2) {
            int row = n + 1;
            for (int i = 1; i <= n; i++) {
                double ai = a[i];
                double bi = b[i];
                // the pure square e_i + e_i first in its row, then e_i + e_j for j > i
                out[row] = ((0.0 + (a0 * b[row] + a[row] * b0)) + 0.0) + ai * bi;
                int shift = row - i;
                for (int j = i + 1; j <= n; j++) {
                    int k = shift + j;
                    out[k] = (0.0 + (a0 * b[k] + a[k] * b0)) + (0.0 + (ai * b[j] + a[j] * bi));
                }
                row += n - i + 1;
            }
        }
        if (!allFinite(out)) {
            index.schedule().mulInto(a, b, out);
        }
    }

    /**
     * {@code out = a²}: the same sums as {@link #multiply multiply(a, a, out)} bit for bit, each
     * symmetric pair {@code a_α a_β + a_β a_α} formed from one product {@code x = a_α a_β} as
     * {@code x + x} (the same rounded terms, half the multiplications).
     */
    void square(double[] a, double[] out) {
        int n = nvars;
        double a0 = a[0];
        out[0] = 0.0 + a0 * a0;
        for (int p = 1; p <= n; p++) {
            double x = a0 * a[p];
            out[p] = 0.0 + (x + x);
        }
        if (order == 2) {
            int row = n + 1;
            for (int i = 1; i <= n; i++) {
                double ai = a[i];
                double x0 = a0 * a[row];
                out[row] = ((0.0 + (x0 + x0)) + 0.0) + ai * ai;
                int shift = row - i;
                for (int j = i + 1; j <= n; j++) {
                    int k = shift + j;
                    double x = a0 * a[k];
                    double y = ai * a[j];
                    out[k] = (0.0 + (x + x)) + (0.0 + (y + y));
                }
                row += n - i + 1;
            }
        }
        if (!allFinite(out)) {
            index.schedule().mulInto(a, a, out);
        }
    }

    private static boolean allFinite(double[] x) {
        boolean finite = true;
        for (double v : x) {
            finite &= Math.abs(v) <= Double.MAX_VALUE;
        }
        return finite;
    }
}
