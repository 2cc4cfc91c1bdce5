package org.taylorkit.core.multi;

/**
 * The dense product of two series in three or more variables, destination by destination: for every
 * monomial γ of the result, the list of the position pairs {@code (α, β)} with {@code α + β = γ}, and
 * {@code c_γ = Σ a_α·b_β} summed in registers.
 *
 * <p><b>Symmetry.</b> When α ≠ β both {@code a_α b_β} and {@code a_β b_α} land on γ, so each unordered
 * pair is stored once and contributes {@code a_α b_β + a_β b_α}: half the index loads and half the index
 * memory (the pair with α = β, when γ is even, is kept separately).
 *
 * <p><b>Why this organisation.</b> With many variables and a low order (6 variables to order 8: 3 003
 * coefficients, 125 970 products) the pairs of monomials whose products land on contiguous
 * destinations form runs of about two, so no dense-row loop pays for its set-up; every product needs
 * one table look-up. Reading the pairs destination by destination makes that look-up the only index
 * work: a pair is one {@code int} (smaller position in the high 16 bits, larger in the low 16), the sum
 * stays in registers (two independent chains, so the adds overlap), and each destination is stored once, instead of a load and a store of the destination per product in a scatter.
 *
 * <p><b>Size.</b> One {@code int} per unordered pair: about C(2n + N, N)/2, half the block tables of
 * {@link ProductSchedule}, plus one {@code int} per coefficient; built from them on the first dense product of a shape. Used only when the
 * series has at most 65 536 coefficients (positions fit in 16 bits) and the block tables are stored.
 *
 * <p>Sums are the exact products added in another order than {@link ProductSchedule#mulAddPart}
 * (last-bit differences). Immutable; thread-safe.
 */
final class GatherProduct {

    /** The largest series (coefficients) whose positions fit a packed pair. */
    static final int MAX_SIZE = 1 << 16;

    private final int size;
    /** Unordered pairs of destination k: {@code pairs[start[k] .. start[k + 1])}. */
    private final int[] start;
    /** Packed unordered pairs {@code α << 16 | β}, α < β, grouped by destination. */
    private final int[] pairs;
    /** Per destination γ: the position of α with 2α = γ, or −1. */
    private final int[] diagonal;

    /**
     * Builds the pair lists from the block tables: {@code blocks[da][db][i·count(db) + j]} is the rank in
     * the degree-(da + db) part of the product of monomial i of degree da and monomial j of degree db.
     * Only blocks with {@code da ≤ db} are read (positions of a lower degree come first, so α < β).
     */
    GatherProduct(MonomialIndex index, int[][][] blocks) {
        this.size = index.size();
        this.diagonal = new int[size];
        java.util.Arrays.fill(diagonal, -1);
        int[] count = new int[size + 1];
        walk(index, blocks, count, null);
        for (int k = 0; k < size; k++) {
            count[k + 1] += count[k];
        }
        this.start = count.clone();
        this.pairs = new int[start[size]];
        walk(index, blocks, count, pairs);
    }

    /**
     * Visits the pairs α ≤ β with degree sum ≤ N: records the diagonal ones, and either counts the others
     * per destination ({@code out == null}: in {@code count[k + 1]}) or stores them at {@code count[k]++}.
     */
    private void walk(MonomialIndex index, int[][][] blocks, int[] count, int[] out) {
        int order = index.order();
        for (int da = 0; 2 * da <= order; da++) {
            int oa = index.offset(da);
            int na = index.count(da);
            for (int db = da; da + db <= order; db++) {
                int ob = index.offset(db);
                int nb = index.count(db);
                int oc = index.offset(da + db);
                int[] s = blocks[da][db];
                for (int i = 0; i < na; i++) {
                    for (int j = da == db ? i : 0; j < nb; j++) {
                        int k = oc + s[i * nb + j];
                        if (da == db && i == j) {
                            diagonal[k] = oa + i;
                        } else if (out == null) {
                            count[k + 1]++;
                        } else {
                            out[count[k]++] = ((oa + i) << 16) | (ob + j);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code out = a·b} on the first {@code size} entries; {@code out} must not be {@code a} or {@code b}.
     * Returns false if a coefficient of the result is not finite.
     */
    boolean multiply(double[] a, double[] b, double[] out) {
        int[] pk = pairs;
        int[] st = start;
        int[] dg = diagonal;
        double probe = 0.0;
        int t = 0;
        for (int k = 0; k < size; k++) {
            int end = st[k + 1];
            double s0 = 0.0;
            double s1 = 0.0;
            for (; t + 1 < end; t += 2) {
                int p0 = pk[t];
                int p1 = pk[t + 1];
                int i0 = p0 >>> 16;
                int j0 = p0 & 0xFFFF;
                int i1 = p1 >>> 16;
                int j1 = p1 & 0xFFFF;
                s0 += a[i0] * b[j0] + a[j0] * b[i0];
                s1 += a[i1] * b[j1] + a[j1] * b[i1];
            }
            if (t < end) {
                int p0 = pk[t];
                int i0 = p0 >>> 16;
                int j0 = p0 & 0xFFFF;
                s0 += a[i0] * b[j0] + a[j0] * b[i0];
                t++;
            }
            double v = s0 + s1;
            int d = dg[k];
            if (d >= 0) {
                v += a[d] * b[d];
            }
            out[k] = v;
            probe += v * 0.0;
        }
        return probe == 0.0;
    }
}
