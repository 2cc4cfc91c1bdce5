package org.taylorkit.interval.tm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * Index tables of Taylor models in {@code n} variables of order {@code K}, built once per
 * {@code (n, K, capped variables, caps)} and shared: the monomials of the polynomial part in graded-lex
 * order ({@link MonomialIndex}), and for every pair of them of total degree at most {@code K + 1} where
 * their product lands: a position of the polynomial part, or (a monomial the part does not hold,
 * truncated into the remainder) the id of a "high" monomial whose exponents are kept so that each
 * domain can bound it. Pairs of total degree {@code K+2..2K} have no entry: a product bounds them by
 * degree ({@link TruncationTail}).
 *
 * <p><b>Capped degree.</b> The polynomial part holds every monomial of total degree ≤ {@code K}, except,
 * when caps are set on the variables from index {@code cappedFrom} on, those whose degree in these
 * variables exceeds {@code s} ({@code cap}) and those that involve them with a total degree above
 * {@code K_c} ({@code cappedOrder ≤ K}). The positions are then a subsequence of the graded-lex index
 * (still sorted by total degree), {@link #position} maps exponents to them and {@link #fullPosition}
 * back, and products are formed by classes ({@link #capped}): only the pairs of classes that land on
 * kept monomials (or, without capped variables, on degree K+1) have entries; the other pairs are
 * bounded by class. Without a cap the positions are those of the {@link MonomialIndex}.
 *
 * <p><b>Rows.</b> Without a cap the monomials are sorted by degree, so the partners {@code j} of monomial
 * {@code i} (degree {@code d_i}) with {@code d_i + d_j ≤ K + 1} are the prefix {@code j < rowEnd[i]};
 * their entries are {@code dest[rowStart[i] + j]}. With a cap each row lists its partners
 * ({@link #partner}). Immutable and thread-safe.
 */
final class MonomialTables {

    /** Largest number of polynomial coefficients accepted (the product table has its square). */
    static final int MAX_SIZE = 2000;

    private static final Map<java.util.List<Integer>, MonomialTables> CACHE = new ConcurrentHashMap<>();

    final int nvars;
    final int order;
    /** The graded-lex index of all monomials of degree ≤ K (a superset of the polynomial part when capped). */
    final MonomialIndex index;
    final int size;
    /**
     * The first capped variable ({@code nvars}: none), the cap on their joint degree ({@code order}: none) and
     * on the total degree of a monomial that involves them ({@code order}: none).
     */
    final int cappedFrom;
    final int cap;
    final int cappedOrder;
    /**
     * Whether some monomial of degree ≤ K is left out. Then the product works by <em>classes</em>: the class of
     * a monomial is its pair (degree s in the capped variables, total degree d), numbered
     * {@code s·(K+1) + d}; whether a product lands on a kept monomial depends only on the two classes. The
     * pairs of two classes are formed one by one ({@link #formed}) when their product is kept, or has no
     * capped variable and degree K+1 (a high monomial, as without a cap); every other class pair is
     * bounded as a whole by the ranges of the two classes ({@link TruncationTail}). Each row then lists its
     * partners explicitly ({@link #partner}): those landing on positions first ({@code k < lowEnd[i]}), then
     * those landing on high monomials.
     */
    final boolean capped;
    /** The number of classes ({@code (cap + 1)(K + 1)}; 0 without a cap). */
    final int classes;
    /** The class of each position (null without a cap). */
    final int[] classOf;
    /** {@code formed[a·classes + b]}: whether the pairs of classes a and b are formed one by one (null without a cap). */
    final boolean[] formed;
    /** With a cap: the partner j of entry k of a row, {@code dest[k]} its destination (null without a cap). */
    final int[] partner;
    /** The position in {@link #index} of each position of the polynomial part. */
    final int[] fullPosition;
    /** The position of the polynomial part of each position of {@link #index}, −1 if the part does not hold it. */
    private final int[] compact;
    /**
     * {@code dest[rowStart[i] + j]} for {@code j < rowEnd[i]}: position (≥ 0) of monomial i × monomial j,
     * or {@code −1 − h} for high monomial h (degree K+1).
     */
    final int[] dest;
    /** Start of row i in {@link #dest}. */
    final int[] rowStart;
    /** The number of partners j of monomial i with {@code deg i + deg j ≤ K + 1} (a prefix, see the class comment). */
    final int[] rowEnd;
    /** The number of partners j of monomial i with {@code deg i + deg j ≤ K}: entries {@code j < lowEnd[i]} are positions, the rest of the row high monomials. */
    final int[] lowEnd;
    /** The total degree of each monomial of the polynomial part. */
    final int[] degree;
    /** {@code degreeStart[a]}: the position of the first monomial of degree {@code a}, {@code a = 0..K+1}. */
    final int[] degreeStart;
    /** Exponents of the high monomials (degree K+1), {@code high[h][v]}. */
    final int[][] high;
    /** Exponents of the monomials of the polynomial part, {@code low[p][v]}. */
    final int[][] low;
    /** Per variable, the position of δ_v (−1 if K < 1) and of δ_v² (−1 if K < 2). */
    final int[] linear;
    final int[] quadratic;
    /** {@code pure[v][k]}: the position of δ_v^k, k = 0..K (0..min(K, cap) for a capped variable). */
    final int[][] pure;

    private MonomialTables(int nvars, int order, int cappedFrom, int cap, int cappedOrder) {
        this.nvars = nvars;
        this.order = order;
        this.cappedFrom = cappedFrom;
        this.cap = cap;
        this.cappedOrder = cappedOrder;
        this.index = MonomialIndex.of(nvars, order);
        int full = index.size();
        compact = new int[full];
        int kept = 0;
        for (int f = 0; f < full; f++) {
            int s = cappedDegree(index.exponents(f));
            compact[f] = s == 0 || (s <= cap && index.degree(f) <= cappedOrder) ? kept++ : -1;
        }
        this.size = kept;
        this.capped = kept < full;
        fullPosition = new int[size];
        low = new int[size][];
        degree = new int[size];
        degreeStart = new int[order + 2];
        java.util.Arrays.fill(degreeStart, size);
        for (int f = full - 1; f >= 0; f--) {
            int p = compact[f];
            if (p >= 0) {
                fullPosition[p] = f;
                low[p] = index.exponents(f);
                degree[p] = index.degree(f);
                degreeStart[degree[p]] = p;
            }
        }
        for (int a = order; a >= 0; a--) {
            degreeStart[a] = Math.min(degreeStart[a], degreeStart[a + 1]);
        }
        rowStart = new int[size];
        rowEnd = new int[size];
        lowEnd = new int[size];
        Map<Key, Integer> highIds = new HashMap<>();
        java.util.List<int[]> highList = new java.util.ArrayList<>();
        int[] e = new int[nvars];
        if (!capped) {
            classes = 0;
            classOf = null;
            formed = null;
            partner = null;
            int total = 0;
            for (int i = 0; i < size; i++) {
                rowStart[i] = total;
                lowEnd[i] = degreeStart[order - degree[i] + 1];
                rowEnd[i] = degreeStart[Math.min(order, order + 1 - degree[i]) + 1];
                total += rowEnd[i];
            }
            dest = new int[total];
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < rowEnd[i]; j++) {
                    dest[rowStart[i] + j] = destination(i, j, e, highIds, highList);
                }
            }
        } else {
            classes = (cap + 1) * (order + 1);
            classOf = new int[size];
            for (int p = 0; p < size; p++) {
                classOf[p] = cappedDegree(low[p]) * (order + 1) + degree[p];
            }
            formed = new boolean[classes * classes];
            for (int a = 0; a < classes; a++) {
                for (int b = 0; b < classes; b++) {
                    int sd = a / (order + 1) + b / (order + 1);
                    int d = a % (order + 1) + b % (order + 1);
                    formed[a * classes + b] = sd == 0 ? d <= order + 1 : sd <= cap && d <= cappedOrder;
                }
            }
            int[] keptRow = new int[size];
            int[] highRow = new int[size];
            java.util.List<int[]> rows = new java.util.ArrayList<>();
            int total = 0;
            for (int i = 0; i < size; i++) {
                int nk = 0;
                int nh = 0;
                for (int j = 0; j < size; j++) {
                    if (formed[classOf[i] * classes + classOf[j]]) {
                        if (degree[i] + degree[j] <= order) {
                            keptRow[nk++] = j;
                        } else {
                            highRow[nh++] = j;
                        }
                    }
                }
                int[] row = new int[nk + nh];
                System.arraycopy(keptRow, 0, row, 0, nk);
                System.arraycopy(highRow, 0, row, nk, nh);
                rows.add(row);
                rowStart[i] = total;
                lowEnd[i] = nk;
                rowEnd[i] = nk + nh;
                total += nk + nh;
            }
            dest = new int[total];
            partner = new int[total];
            for (int i = 0; i < size; i++) {
                int[] row = rows.get(i);
                for (int k = 0; k < row.length; k++) {
                    partner[rowStart[i] + k] = row[k];
                    dest[rowStart[i] + k] = destination(i, row[k], e, highIds, highList);
                }
            }
        }
        high = highList.toArray(new int[0][]);
        linear = new int[nvars];
        quadratic = new int[nvars];
        pure = new int[nvars][];
        for (int v = 0; v < nvars; v++) {
            Arrays.fill(e, 0);
            pure[v] = new int[(v >= cappedFrom ? Math.min(cappedOrder, cap) : order) + 1];
            for (int k = 0; k < pure[v].length; k++) {
                e[v] = k;
                pure[v][k] = position(e);
            }
            linear[v] = pure[v].length > 1 ? pure[v][1] : -1;
            quadratic[v] = pure[v].length > 2 ? pure[v][2] : -1;
        }
    }

    /**
     * Where monomial i times monomial j lands: its position (≥ 0), or {@code −1 − h} for the high
     * monomial h (registered in {@code highIds}/{@code highList} on first use).
     */
    private int destination(int i, int j, int[] e, Map<Key, Integer> highIds, java.util.List<int[]> highList) {
        int d = degree[i] + degree[j];
        for (int v = 0; v < nvars; v++) {
            e[v] = low[i][v] + low[j][v];
        }
        int q = d <= order ? position(e) : -1;
        if (q >= 0) {
            return q;
        }
        Key k = new Key(e.clone());
        Integer h = highIds.get(k);
        if (h == null) {
            h = highList.size();
            highIds.put(k, h);
            highList.add(k.e);
        }
        return -1 - h;
    }

    /** The joint degree of {@code e} in the capped variables. */
    private int cappedDegree(int[] e) {
        int s = 0;
        for (int v = cappedFrom; v < nvars; v++) {
            s += e[v];
        }
        return s;
    }

    /**
     * The position of the monomial {@code δ^e} (total degree ≤ K) in the polynomial part, or −1 if the
     * part does not hold it (its degree in the capped variables is above the cap).
     */
    int position(int[] e) {
        return compact[index.position(e)];
    }

    /** The position in the polynomial part of position {@code f} of {@link #index}, or −1 if left out. */
    int fromFull(int f) {
        return compact[f];
    }

    /**
     * The shared tables for {@code n} variables and order {@code K}, no cap.
     *
     * @throws IllegalArgumentException if {@code n < 1}, {@code K < 0}, or the polynomial part would
     *     have more than {@value #MAX_SIZE} coefficients
     */
    static MonomialTables of(int nvars, int order) {
        return of(nvars, order, nvars, order, order);
    }

    /**
     * The shared tables for {@code n} variables and order {@code K} whose polynomial part leaves out the
     * monomials of degree above {@code cap} in the variables {@code cappedFrom..n−1} and those of total
     * degree above {@code cappedOrder} that involve them (see the class comment).
     *
     * @throws IllegalArgumentException as {@link #of(int, int)}, or if {@code cappedFrom} is not in
     *     {@code 0..n} or {@code cap < 0} or {@code cappedOrder < 0}
     */
    static MonomialTables of(int nvars, int order, int cappedFrom, int cap, int cappedOrder) {
        if (nvars >= 1 && (cappedFrom < 0 || cappedFrom > nvars)) {
            throw new IllegalArgumentException("the first capped variable must be between 0 and " + nvars + ", got "
                    + cappedFrom);
        }
        if (cap < 0 || cappedOrder < 0) {
            throw new IllegalArgumentException("the degree caps of the capped variables must be ≥ 0, got " + cap + " and "
                    + cappedOrder);
        }
        if (nvars < 1) {
            throw new IllegalArgumentException("a Taylor model needs at least one variable, got " + nvars);
        }
        if (order < 0) {
            throw new IllegalArgumentException("a Taylor model order must be ≥ 0, got " + order);
        }
        int ko = Math.min(cappedOrder, order);
        int from = cap >= ko ? (ko >= order ? nvars : cappedFrom) : cappedFrom;
        int c = from == nvars ? order : Math.min(cap, ko);
        int o = from == nvars ? order : ko;
        long size = size(nvars, order, from, c, o);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("a Taylor model in " + nvars + " variables of order " + order
                    + (from < nvars ? " (degree ≤ " + c + " in the last " + (nvars - from) + ", order ≤ " + o + " with them)" : "")
                    + " has " + size + " coefficients, above the limit " + MAX_SIZE + ": lower the order");
        }
        return CACHE.computeIfAbsent(java.util.List.of(nvars, order, from, c, o), k -> new MonomialTables(nvars, order, from, c, o));
    }

    /**
     * The number of monomials of total degree ≤ {@code order} in {@code n} variables whose degree in the
     * last {@code n − cappedFrom} is ≤ {@code cap}, of total degree ≤ {@code cappedOrder} when it is positive:
     * C(u + K, K) + Σ_{1 ≤ s ≤ cap} C(m + s − 1, s)·C(u + K_c − s, K_c − s) with {@code u = cappedFrom} free
     * and {@code m = n − cappedFrom} capped variables.
     */
    static long size(int nvars, int order, int cappedFrom, int cap, int cappedOrder) {
        int m = nvars - cappedFrom;
        if (m == 0) {
            return MonomialIndex.binomial(nvars + order, order);
        }
        long total = 0;
        total += MonomialIndex.binomial(cappedFrom + order, order);
        int ko = Math.min(cappedOrder, order);
        for (int s = 1; s <= Math.min(cap, ko); s++) {
            total += MonomialIndex.binomial(m + s - 1, s) * MonomialIndex.binomial(cappedFrom + ko - s, ko - s);
        }
        return total;
    }

    /** An exponent vector as a hash key. */
    private record Key(int[] e) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.e, e);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(e);
        }
    }
}
