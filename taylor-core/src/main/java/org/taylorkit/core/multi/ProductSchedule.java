package org.taylorkit.core.multi;

import java.util.Arrays;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.kernels.DoubleKernels;

/**
 * Where each product of two monomials lands: for every pair of degrees {@code (da, db)} with
 * {@code da + db ≤ order}, an {@code int[]} whose entry {@code i·count(db) + j} is the rank, inside the
 * degree-{@code (da + db)} part, of (monomial {@code i} of degree {@code da}) × (monomial {@code j} of
 * degree {@code db}). A product of homogeneous parts is then a walk over this table: no search, no hash.
 *
 * <p>The tables of one {@link MonomialIndex} hold C(2n + N, N) entries in all (the number of pairs of
 * monomials whose degrees add up to at most {@code N}). They are built eagerly with the index when that
 * is at most {@link #MAX_ENTRIES}; above it (e.g. 4 variables at order 40) no table is stored and the
 * destinations are computed from the monomials' suffix sums (see {@link MonomialIndex}): in three or
 * more variables once per pair of contiguous rows ({@link RowProduct}), otherwise once per product.
 * All ways give bit-identical results (same products, accumulated in the same order).
 *
 * <p><b>Degrees that are zero.</b> The whole-series walk skips the homogeneous parts above each
 * operand's highest non-zero degree (so s²⁰ stored to order 40 costs what its 20 degrees cost);
 * bit-identical, see {@code scatterInto}.
 *
 * <p><b>Inner loops.</b> The {@code double} block walk visits each block without the table where it can:
 * in two variables destination ranks are {@code i + j} (a dense row per left monomial); in more
 * variables, blocks whose destinations form runs of mean length ≥ {@link #MIN_MEAN_RUN} are also stored
 * run-length encoded and walked as dense loops {@code out[d + t] += a_i·b[j + t]}; the rest scatter
 * through the table. Every path adds the same products to each destination in the same order (left
 * monomial, then right monomial), so all give bit-identical results.
 *
 * <p><b>Whole series.</b> {@link #mulInto(double[], double[], double[])} multiplies dense series by
 * dense kernels instead of this block walk: one variable, a truncated convolution; two variables,
 * {@link TwoVariableProduct} (truncated convolutions of contiguous rows, no table); three or more,
 * {@link GatherProduct} (the pairs of each result coefficient read from one packed table, summed in
 * registers). Their per-coefficient sums add the same products in other orders (last-bit differences
 * from the block walk, which {@link #mulAddInto} and {@link #mulAddPart} keep).
 *
 * <p>In the block walk, zero coefficients of the left factor are skipped (so sparse series such as
 * variables multiply fast); a skipped {@code 0·∞} therefore contributes nothing instead of NaN, which is
 * the polynomial meaning of an absent term. {@code mulInto} keeps that meaning: a result with a
 * non-finite coefficient is recomputed by the block walk. Immutable after construction (the gather
 * table is built on first use and published once); thread-safe.
 */
public final class ProductSchedule {

    /** The largest total number of schedule entries stored per index (32 MiB of {@code int}). */
    public static final long MAX_ENTRIES = 1L << 23;

    /**
     * A block {@code (da, db)} is stored run-length encoded as well when its destinations form runs of
     * at least this mean length (consecutive right monomials landing on consecutive destinations).
     */
    static final double MIN_MEAN_RUN = 8.0;

    private final MonomialIndex index;
    private final boolean twoVariables;
    private final int[][][] pairs;
    /** Per block: {@code runStart[da][db][i] .. runStart[da][db][i + 1]} are the runs of left monomial i (or null). */
    private final int[][][] runStart;
    /** Per block: runs as triples (destination rank, right rank, length), in increasing right rank (or null). */
    private final int[][][] runs;
    /** Whether {@link #mulInto} has a dense kernel for this shape. */
    private final boolean denseKernel;
    /** The two-variable dense product (null unless two variables). */
    private final TwoVariableProduct two;
    /** The three-or-more-variable dense product, built on first use (benign race: immutable). */
    private volatile GatherProduct gather;
    /** The row walk of untabulated blocks in three or more variables, built on first use (benign race). */
    private volatile RowProduct rows;

    ProductSchedule(MonomialIndex index) {
        this.index = index;
        this.twoVariables = index.nvars() == 2;
        int n = index.nvars();
        int order = index.order();
        long entries = MonomialIndex.binomial(2 * n + order, order);
        // The dense kernels keep O(size) tables (two variables: also a per-thread scratch of 4·size
        // doubles); above GatherProduct.MAX_SIZE coefficients the rows are long and the block walk is used.
        boolean small = index.size() <= GatherProduct.MAX_SIZE;
        this.two = n == 2 && small ? new TwoVariableProduct(order) : null;
        this.denseKernel = n == 1 || (n >= 3 && small && entries <= MAX_ENTRIES);
        if (entries > MAX_ENTRIES) {
            pairs = null;
            runStart = null;
            runs = null;
            return;
        }
        pairs = new int[order + 1][][];
        runStart = new int[order + 1][][];
        runs = new int[order + 1][][];
        for (int da = 0; da <= order; da++) {
            pairs[da] = new int[order + 1 - da][];
            runStart[da] = new int[order + 1 - da][];
            runs[da] = new int[order + 1 - da][];
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
                if (!twoVariables) {
                    encodeRuns(da, db, na, nb, s);
                }
            }
        }
    }

    /**
     * Run-length encodes block {@code (da, db)} when its mean run is at least {@link #MIN_MEAN_RUN}: for
     * each left monomial i, the maximal ranges of right monomials j whose destinations
     * {@code s[i·nb + j]} increase by one with j. (In graded-lex order, right monomials that differ only
     * in the last two variables land on consecutive destinations; for two variables a whole row is one
     * run.) A run is then the dense loop {@code out[d + t] += a_i · b[j + t]}.
     */
    private void encodeRuns(int da, int db, int na, int nb, int[] s) {
        int count = 0;
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                if (j == 0 || s[i * nb + j] != s[i * nb + j - 1] + 1) {
                    count++;
                }
            }
        }
        if ((double) na * nb < MIN_MEAN_RUN * count) {
            return;
        }
        int[] start = new int[na + 1];
        int[] r = new int[3 * count];
        int q = 0;
        for (int i = 0; i < na; i++) {
            start[i] = q;
            int row = i * nb;
            for (int j = 0; j < nb; j++) {
                if (j == 0 || s[row + j] != s[row + j - 1] + 1) {
                    r[3 * q] = s[row + j];
                    r[3 * q + 1] = j;
                    r[3 * q + 2] = 1;
                    q++;
                } else {
                    r[3 * (q - 1) + 2]++;
                }
            }
        }
        start[na] = q;
        runStart[da][db] = start;
        runs[da][db] = r;
    }

    /**
     * Whether block {@code (da, db)} is run-length encoded (see {@link #MIN_MEAN_RUN}); false when the
     * schedules are not stored, and in two variables (whose rows are walked directly). For tests and
     * diagnostics.
     */
    public boolean isRunEncoded(int da, int db) {
        checkDegrees(da, db);
        return runs != null && runs[da][db] != null;
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
        mulAddBlock(a, offA, da, b, offB, db, out, offOut);
    }

    /** {@link #mulAddPart} without the degree check (callers pass {@code da + db ≤ order}). */
    private void mulAddBlock(double[] a, int offA, int da, double[] b, int offB, int db, double[] out, int offOut) {
        int na = index.count(da);
        int nb = index.count(db);
        if (twoVariables) {
            // Two variables: monomial i of degree da is x^(da−i)·y^i, so i × j lands on rank i + j.
            for (int i = 0; i < na; i++) {
                double ai = a[offA + i];
                if (ai == 0.0) {
                    continue;
                }
                int d = offOut + i;
                for (int j = 0; j < nb; j++) {
                    out[d + j] += ai * b[offB + j];
                }
            }
            return;
        }
        int[] rl = runs == null ? null : runs[da][db];
        if (rl != null) {
            int[] start = runStart[da][db];
            int q = 0;
            for (int i = 0; i < na; i++) {
                int qEnd = 3 * start[i + 1];
                double ai = a[offA + i];
                if (ai == 0.0) {
                    q = qEnd;
                    continue;
                }
                for (; q < qEnd; q += 3) {
                    int d = offOut + rl[q];
                    int src = offB + rl[q + 1];
                    int len = rl[q + 2];
                    for (int t = 0; t < len; t++) {
                        out[d + t] += ai * b[src + t];
                    }
                }
            }
        } else if (pairs != null) {
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
        } else if (index.nvars() >= 3) {
            RowProduct rp = rows;
            if (rp == null) {
                rp = new RowProduct(index);
                rows = rp;
            }
            rp.mulAdd(a, offA, da, b, offB, db, out, offOut);
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
     * allocates nothing (except on first use: a thread's first two-variable product of a shape allocates
     * its scratch, and the first dense product of a shape in three or more variables builds the shared
     * gather table). {@code out} must not be {@code a} or {@code b}; {@code a} and {@code b} may be the same
     * array.
     *
     * <p>Dense operands (at most half the coefficients zero) go through a dense kernel: one
     * variable, a truncated convolution; two variables, {@link TwoVariableProduct} (contiguous rows, no
     * table); three or more, {@link GatherProduct} (pairs read destination by destination, when the
     * tables are stored). Two or more variables need at most {@link GatherProduct#MAX_SIZE}
     * coefficients; larger series use the block walk. A sparse
     * left operand is walked by the block tables skipping its zeros (a sparse right operand is swapped
     * to the left). If the result has a non-finite coefficient, it is recomputed by the block tables
     * with {@code a} on the left, so a zero coefficient of {@code a} times an infinite one of {@code b}
     * contributes nothing (the polynomial meaning of an absent term), as documented for the class.
     * The dense kernels add the same products in other orders, so results may differ from the block
     * walk in the last bits.
     */
    public void mulInto(double[] a, double[] b, double[] out) {
        int size = index.size();
        if (two != null) {
            int status = two.multiply(a, b, out);
            if (status == TwoVariableProduct.DONE) {
                return;
            }
            if (status == TwoVariableProduct.SPARSE && !isDense(a, size)) {
                scatterInto(a, b, out);
                return;
            }
            if (status == TwoVariableProduct.SPARSE) {
                scatterInto(b, a, out);
                if (allFinite(out, size)) {
                    return;
                }
            }
        } else if (denseKernel && isDense(a, size)) {
            if (isDense(b, size)) {
                if (dense(a, b, out)) {
                    return;
                }
            } else {
                scatterInto(b, a, out);
                if (allFinite(out, size)) {
                    return;
                }
            }
        }
        scatterInto(a, b, out);
    }

    /** {@code out = a·b} by the block tables (zeros of {@code a} skipped). */
    private void scatterInto(double[] a, double[] b, double[] out) {
        int size = index.size();
        Arrays.fill(out, 0, size, 0.0);
        // Blocks whose right part is zero add a_i·0 = ±0 to destinations that start at +0.0 and stay
        // +0.0 or non-zero, so skipping them changes no bit, unless a_i is infinite or NaN (then
        // a_i·0 = NaN, which the block walk keeps).
        int topB = allFinite(a, size) ? topDegree(b) : index.order();
        mulAddBlocks(a, b, out, topDegree(a), topB);
    }

    /**
     * The highest degree with a non-zero coefficient in the first {@code size()} entries of {@code x}
     * (−1 if all are zero; NaN counts as non-zero).
     */
    private int topDegree(double[] x) {
        for (int p = index.size() - 1; p >= 0; p--) {
            if (x[p] != 0.0) {
                return index.degree(p);
            }
        }
        return -1;
    }

    /** The dense kernel of this shape; false if a coefficient of the result is not finite. */
    private boolean dense(double[] a, double[] b, double[] out) {
        if (index.nvars() == 1) {
            return convolve(a, b, out, index.order());
        }
        GatherProduct g = gather;
        if (g == null) {
            g = new GatherProduct(index, pairs);
            gather = g;
        }
        return g.multiply(a, b, out);
    }

    /**
     * One variable: the Cauchy product of {@link DoubleKernels#mul}, coefficient by coefficient (the
     * same sums as {@code Taylor1}'s product); false if a coefficient is not finite.
     */
    private static boolean convolve(double[] a, double[] b, double[] out, int order) {
        double probe = 0.0;
        for (int k = 0; k <= order; k++) {
            DoubleKernels.mul(a, b, out, k);
            probe += out[k] * 0.0;
        }
        return probe == 0.0;
    }

    /** Whether at most half of the first {@code size} entries are zero (stops once more than half are not). */
    private static boolean isDense(double[] x, int size) {
        int nonZero = 0;
        int half = size / 2;
        for (int i = 0; i < size && nonZero <= half; i++) {
            nonZero += x[i] != 0.0 ? 1 : 0;
        }
        return nonZero > half || 2 * nonZero >= size;
    }

    private static boolean allFinite(double[] x, int size) {
        for (int i = 0; i < size; i++) {
            if (!(Math.abs(x[i]) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code out += a·b} truncated to the index's order, with the contract of {@link #mulInto}, by the
     * block tables (zeros of {@code a} skipped; the order of additions of {@link #mulAddPart}).
     */
    public void mulAddInto(double[] a, double[] b, double[] out) {
        mulAddBlocks(a, b, out, topDegree(a), index.order());
    }

    /**
     * The block walk over the blocks {@code (da, db)} with {@code da ≤ topA}, {@code db ≤ topB}: the parts
     * of {@code a} above {@code topA} are zero (their products are all skipped anyway), and the caller
     * vouches that skipping the parts of {@code b} above {@code topB} changes nothing.
     */
    private void mulAddBlocks(double[] a, double[] b, double[] out, int topA, int topB) {
        int order = index.order();
        for (int dc = 0; dc <= order; dc++) {
            int oc = index.offset(dc);
            for (int da = Math.max(0, dc - topB); da <= Math.min(dc, topA); da++) {
                int db = dc - da;
                mulAddBlock(a, index.offset(da), da, b, index.offset(db), db, out, oc);
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
