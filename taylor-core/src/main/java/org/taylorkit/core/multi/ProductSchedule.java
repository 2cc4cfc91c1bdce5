package org.taylorkit.core.multi;

import java.util.Arrays;
import org.taylorkit.core.Arithmetic;

/**
 * Where each product of two monomials lands: for every pair of degrees {@code (da, db)} with
 * {@code da + db ≤ order}, an {@code int[]} whose entry {@code i·count(db) + j} is the rank, inside the
 * degree-{@code (da + db)} part, of (monomial {@code i} of degree {@code da}) × (monomial {@code j} of
 * degree {@code db}). A product of homogeneous parts is then a walk over this table: no search, no hash.
 *
 * <p>The tables of one {@link MonomialIndex} hold C(2n + N, N) entries in all (the number of pairs of
 * monomials whose degrees add up to at most {@code N}). They are built eagerly with the index when that
 * is at most {@link #MAX_ENTRIES}; above it (e.g. 4 variables at order 40) no table is stored and each
 * destination is computed from the two monomials' suffix sums (see {@link MonomialIndex}), which costs
 * {@code nvars} look-ups per product instead of one. Both ways give bit-identical results (same
 * products, accumulated in the same order).
 *
 * <p>Zero coefficients of the left factor are skipped (so sparse series such as variables multiply
 * fast); a skipped {@code 0·∞} therefore contributes nothing instead of NaN, which is the polynomial
 * meaning of an absent term. Immutable after construction; thread-safe.
 */
public final class ProductSchedule {

    /** The largest total number of schedule entries stored per index (32 MiB of {@code int}). */
    public static final long MAX_ENTRIES = 1L << 23;

    private final MonomialIndex index;
    private final int[][][] pairs;

    ProductSchedule(MonomialIndex index) {
        this.index = index;
        int n = index.nvars();
        int order = index.order();
        long entries = MonomialIndex.binomial(2 * n + order, order);
        if (entries > MAX_ENTRIES) {
            pairs = null;
            return;
        }
        pairs = new int[order + 1][][];
        for (int da = 0; da <= order; da++) {
            pairs[da] = new int[order + 1 - da][];
            for (int db = 0; da + db <= order; db++) {
                int na = index.count(da);
                int nb = index.count(db);
                int[] s = new int[na * nb];
                int oa = index.offset(da);
                int ob = index.offset(db);
                for (int i = 0; i < na; i++) {
                    for (int j = 0; j < nb; j++) {
                        s[i * nb + j] = index.productRank(oa + i, ob + j);
                    }
                }
                pairs[da][db] = s;
            }
        }
    }

    /** The index these schedules belong to. */
    public MonomialIndex index() {
        return index;
    }

    /** Whether the schedules are stored (otherwise destinations are computed per product). */
    public boolean isTabulated() {
        return pairs != null;
    }

    /**
     * {@code out[offOut + ·] += a_part · b_part}: the product of the degree-{@code da} part stored at
     * {@code a[offA ..]} and the degree-{@code db} part at {@code b[offB ..]}, added into the
     * degree-{@code (da + db)} part at {@code out[offOut ..]}. No allocation. {@code out} must not
     * overlap the inputs' parts.
     *
     * @throws IllegalArgumentException if {@code da + db > order} (the product would be truncated away;
     *     callers skip such pairs)
     */
    public void mulAddPart(double[] a, int offA, int da, double[] b, int offB, int db, double[] out, int offOut) {
        checkDegrees(da, db);
        int na = index.count(da);
        int nb = index.count(db);
        if (pairs != null) {
            int[] s = pairs[da][db];
            for (int i = 0; i < na; i++) {
                double ai = a[offA + i];
                if (ai == 0.0) {
                    continue;
                }
                int row = i * nb;
                for (int j = 0; j < nb; j++) {
                    out[offOut + s[row + j]] += ai * b[offB + j];
                }
            }
        } else {
            int pa = index.offset(da);
            int pb = index.offset(db);
            for (int i = 0; i < na; i++) {
                double ai = a[offA + i];
                if (ai == 0.0) {
                    continue;
                }
                for (int j = 0; j < nb; j++) {
                    out[offOut + index.productRank(pa + i, pb + j)] += ai * b[offB + j];
                }
            }
        }
    }

    /**
     * The generic form of {@link #mulAddPart(double[], int, int, double[], int, int, double[], int)}:
     * {@code out[k] = ar.add(out[k], ar.multiply(a_i, b_j))}. Entries of {@code out} must be non-null.
     */
    public <T> void mulAddPart(Arithmetic<T> ar, T[] a, int offA, int da, T[] b, int offB, int db,
            T[] out, int offOut) {
        checkDegrees(da, db);
        int na = index.count(da);
        int nb = index.count(db);
        int pa = index.offset(da);
        int pb = index.offset(db);
        int[] s = pairs == null ? null : pairs[da][db];
        for (int i = 0; i < na; i++) {
            T ai = a[offA + i];
            if (ar.isZero(ai)) {
                continue;
            }
            for (int j = 0; j < nb; j++) {
                T bj = b[offB + j];
                if (ar.isZero(bj)) {
                    continue;
                }
                int dest = offOut + (s != null ? s[i * nb + j] : index.productRank(pa + i, pb + j));
                out[dest] = ar.add(out[dest], ar.multiply(ai, bj));
            }
        }
    }

    /**
     * {@code out = a·b} truncated to the index's order: the hot path of series multiplication. Reads
     * the first {@link MonomialIndex#size()} entries of {@code a} and {@code b} (longer arrays of a
     * higher order are truncated by that), overwrites the first {@code size()} entries of {@code out},
     * allocates nothing. {@code out} must not be {@code a} or {@code b}.
     */
    public void mulInto(double[] a, double[] b, double[] out) {
        Arrays.fill(out, 0, index.size(), 0.0);
        mulAddInto(a, b, out);
    }

    /** {@code out += a·b} truncated to the index's order, with the contract of {@link #mulInto}. */
    public void mulAddInto(double[] a, double[] b, double[] out) {
        int order = index.order();
        for (int dc = 0; dc <= order; dc++) {
            int oc = index.offset(dc);
            for (int da = 0; da <= dc; da++) {
                int db = dc - da;
                mulAddPart(a, index.offset(da), da, b, index.offset(db), db, out, oc);
            }
        }
    }

    /**
     * The generic {@code out = a·b} truncated to the order; {@code out} entries are overwritten (it
     * must not be {@code a} or {@code b}).
     */
    public <T> void mulInto(Arithmetic<T> ar, T[] a, T[] b, T[] out) {
        Arrays.fill(out, 0, index.size(), ar.zero());
        int order = index.order();
        for (int dc = 0; dc <= order; dc++) {
            int oc = index.offset(dc);
            for (int da = 0; da <= dc; da++) {
                int db = dc - da;
                mulAddPart(ar, a, index.offset(da), da, b, index.offset(db), db, out, oc);
            }
        }
    }

    private void checkDegrees(int da, int db) {
        if (da < 0 || db < 0 || da + db > index.order()) {
            throw new IllegalArgumentException("product of homogeneous parts of degrees " + da + " and " + db
                    + " is outside order " + index.order());
        }
    }
}
