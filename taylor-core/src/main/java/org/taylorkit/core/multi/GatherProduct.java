package org.taylorkit.core.multi;

/**
 * The dense product of two series in three or more variables, destination by destination: for every
 * monomial γ of the result, the list of the position pairs {@code (α, β)} with {@code α + β = γ}, and
 * {@code c_γ = Σ a_α·b_β} summed in registers.
 *
 * <p><b>Why this organisation.</b> With many variables and a low order (6 variables to order 8: 3 003
 * coefficients, 125 970 products) the pairs of monomials whose products land on contiguous
 * destinations form runs of about two, so no dense-row loop pays for its set-up; every product needs
 * one table look-up. Reading the pairs destination by destination makes that look-up the only index
 * work: a pair is one {@code int} (left position in the high 16 bits, right position in the low 16),
 * the sum stays in four registers (four independent chains, so the adds overlap), and each destination
 * is stored once, instead of a load and a store of the destination per product in a scatter.
 *
 * <p><b>Size.</b> One {@code int} per pair: C(2n + N, N) in all, the same as the block tables of
 * {@link ProductSchedule}; built from them on the first dense product of a shape. Used only when the
 * series has at most 65 536 coefficients (positions fit in 16 bits) and the block tables are stored.
 *
 * <p>Sums are the exact products added in another order than {@link ProductSchedule#mulAddPart}
 * (last-bit differences). Immutable; thread-safe.
 */
final class GatherProduct {

    /** The largest series (coefficients) whose positions fit a packed pair. */
    static final int MAX_SIZE = 1 << 16;

    private final int size;
    /** Pairs of destination k: {@code pairs[start[k] .. start[k + 1])}. */
    private final int[] start;
    /** Packed pairs {@code α << 16 | β}, grouped by destination, increasing α within a destination. */
    private final int[] pairs;

    /**
     * Builds the pair lists from the block tables: {@code blocks[da][db][i·count(db) + j]} is the rank in
     * the degree-(da + db) part of the product of monomial i of degree da and monomial j of degree db.
     */
    GatherProduct(MonomialIndex index, int[][][] blocks) {
        int order = index.order();
        this.size = index.size();
        int[] count = new int[size + 1];
        for (int da = 0; da <= order; da++) {
            for (int db = 0; da + db <= order; db++) {
                int oc = index.offset(da + db);
                for (int r : blocks[da][db]) {
                    count[oc + r + 1]++;
                }
            }
        }
        for (int k = 0; k < size; k++) {
            count[k + 1] += count[k];
        }
        this.start = count.clone();
        int[] fill = count;
        this.pairs = new int[start[size]];
        // da increasing, then i increasing: increasing left position within each destination.
        for (int da = 0; da <= order; da++) {
            int oa = index.offset(da);
            int na = index.count(da);
            for (int db = 0; da + db <= order; db++) {
                int ob = index.offset(db);
                int nb = index.count(db);
                int oc = index.offset(da + db);
                int[] s = blocks[da][db];
                for (int i = 0; i < na; i++) {
                    int left = (oa + i) << 16;
                    for (int j = 0; j < nb; j++) {
                        pairs[fill[oc + s[i * nb + j]]++] = left | (ob + j);
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
        double probe = 0.0;
        int[] pk = pairs;
        int[] st = start;
        int t = 0;
        for (int k = 0; k < size; k++) {
            int end = st[k + 1];
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (; t + 3 < end; t += 4) {
                int p0 = pk[t];
                int p1 = pk[t + 1];
                int p2 = pk[t + 2];
                int p3 = pk[t + 3];
                s0 += a[p0 >>> 16] * b[p0 & 0xFFFF];
                s1 += a[p1 >>> 16] * b[p1 & 0xFFFF];
                s2 += a[p2 >>> 16] * b[p2 & 0xFFFF];
                s3 += a[p3 >>> 16] * b[p3 & 0xFFFF];
            }
            for (; t < end; t++) {
                int p0 = pk[t];
                s0 += a[p0 >>> 16] * b[p0 & 0xFFFF];
            }
            double v = (s0 + s1) + (s2 + s3);
            out[k] = v;
            probe += v * 0.0;
        }
        return probe == 0.0;
    }
}
