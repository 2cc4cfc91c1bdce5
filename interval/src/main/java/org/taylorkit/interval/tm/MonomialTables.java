package org.taylorkit.interval.tm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * Index tables of Taylor models in {@code n} variables of order {@code K}, built once per
 * {@code (n, K, capped variables, cap)} and shared: the monomials of the polynomial part in graded-lex
 * order ({@link MonomialIndex}), and for every pair of them of total degree at most {@code K + 1} where
 * their product lands: a position of the polynomial part, or (a monomial the part does not hold,
 * truncated into the remainder) the id of a "high" monomial whose exponents are kept so that each
 * domain can bound it. Pairs of total degree {@code K+2..2K} have no entry: a product bounds them by
 * degree ({@link TruncationTail}).
 *
 * <p><b>Capped degree.</b> The polynomial part holds every monomial of total degree ≤ {@code K}, except,
 * when a cap {@code s < K} is set on the variables from index {@code cappedFrom} on, those whose degree
 * in these variables exceeds {@code s}; a product that lands on such a monomial is a "high" monomial
 * too, of total degree ≤ {@code K + 1}. The positions are then a subsequence of the graded-lex index
 * (still sorted by total degree), {@link #position} maps exponents to them and {@link #fullPosition}
 * back. Without a cap the positions are those of the {@link MonomialIndex}.
 *
 * <p><b>Rows.</b> The monomials are sorted by degree, so the partners {@code j} of monomial {@code i}
 * (degree {@code d_i}) with {@code d_i + d_j ≤ K + 1} are the prefix {@code j < rowEnd[i]}; their
 * entries are {@code dest[rowStart[i] + j]}. Immutable and thread-safe.
 */
final class MonomialTables {

    /** Largest number of polynomial coefficients accepted (the product table has its square). */
    static final int MAX_SIZE = 2000;

    private static final Map<Long, MonomialTables> CACHE = new ConcurrentHashMap<>();

    final int nvars;
    final int order;
    /** The graded-lex index of all monomials of degree ≤ K (a superset of the polynomial part when capped). */
    final MonomialIndex index;
    final int size;
    /** The first capped variable ({@code nvars}: none) and the cap on their joint degree ({@code order}: none). */
    final int cappedFrom;
    final int cap;
    /** Whether some monomial of degree ≤ K is left out (then a product row may land on high monomials below degree K+1). */
    final boolean capped;
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

    private MonomialTables(int nvars, int order, int cappedFrom, int cap) {
        this.nvars = nvars;
        this.order = order;
        this.cappedFrom = cappedFrom;
        this.cap = cap;
        this.index = MonomialIndex.of(nvars, order);
        int full = index.size();
        compact = new int[full];
        int kept = 0;
        for (int f = 0; f < full; f++) {
            compact[f] = cappedDegree(index.exponents(f)) <= cap ? kept++ : -1;
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
        int total = 0;
        for (int i = 0; i < size; i++) {
            rowStart[i] = total;
            lowEnd[i] = degreeStart[order - degree[i] + 1];
            rowEnd[i] = degreeStart[Math.min(order, order + 1 - degree[i]) + 1];
            total += rowEnd[i];
        }
        dest = new int[total];
        Map<Key, Integer> highIds = new HashMap<>();
        java.util.List<int[]> highList = new java.util.ArrayList<>();
        int[] e = new int[nvars];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < rowEnd[i]; j++) {
                int d = degree[i] + degree[j];
                for (int v = 0; v < nvars; v++) {
                    e[v] = low[i][v] + low[j][v];
                }
                int q = d <= order ? position(e) : -1;
                if (q >= 0) {
                    dest[rowStart[i] + j] = q;
                } else {
                    Key k = new Key(e.clone());
                    Integer h = highIds.get(k);
                    if (h == null) {
                        h = highList.size();
                        highIds.put(k, h);
                        highList.add(k.e);
                    }
                    dest[rowStart[i] + j] = -1 - h;
                }
            }
        }
        high = highList.toArray(new int[0][]);
        linear = new int[nvars];
        quadratic = new int[nvars];
        pure = new int[nvars][];
        for (int v = 0; v < nvars; v++) {
            Arrays.fill(e, 0);
            pure[v] = new int[(v >= cappedFrom ? Math.min(order, cap) : order) + 1];
            for (int k = 0; k < pure[v].length; k++) {
                e[v] = k;
                pure[v][k] = position(e);
            }
            linear[v] = pure[v].length > 1 ? pure[v][1] : -1;
            quadratic[v] = pure[v].length > 2 ? pure[v][2] : -1;
        }
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
        return of(nvars, order, nvars, order);
    }

    /**
     * The shared tables for {@code n} variables and order {@code K} whose polynomial part leaves out the
     * monomials of degree above {@code cap} in the variables {@code cappedFrom..n−1} (see the class comment).
     *
     * @throws IllegalArgumentException as {@link #of(int, int)}, or if {@code cappedFrom} is not in
     *     {@code 0..n} or {@code cap < 0}
     */
    static MonomialTables of(int nvars, int order, int cappedFrom, int cap) {
        if (nvars >= 1 && (cappedFrom < 0 || cappedFrom > nvars)) {
            throw new IllegalArgumentException("the first capped variable must be between 0 and " + nvars + ", got "
                    + cappedFrom);
        }
        if (cap < 0) {
            throw new IllegalArgumentException("the degree cap of the capped variables must be ≥ 0, got " + cap);
        }
        if (nvars < 1) {
            throw new IllegalArgumentException("a Taylor model needs at least one variable, got " + nvars);
        }
        if (order < 0) {
            throw new IllegalArgumentException("a Taylor model order must be ≥ 0, got " + order);
        }
        int from = cap >= order ? nvars : cappedFrom;
        int c = from == nvars ? order : cap;
        long size = size(nvars, order, from, c);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("a Taylor model in " + nvars + " variables of order " + order
                    + (from < nvars ? " (degree ≤ " + c + " in the last " + (nvars - from) + ")" : "")
                    + " has " + size + " coefficients, above the limit " + MAX_SIZE + ": lower the order");
        }
        long key = ((long) nvars << 48) | ((long) order << 32) | ((long) from << 16) | c;
        return CACHE.computeIfAbsent(key, k -> new MonomialTables(nvars, order, from, c));
    }

    /**
     * The number of monomials of total degree ≤ {@code order} in {@code n} variables whose degree in the
     * last {@code n − cappedFrom} is ≤ {@code cap}: Σ_{s ≤ cap} C(m + s − 1, s)·C(u + order − s, order − s)
     * with {@code u = cappedFrom} free and {@code m = n − cappedFrom} capped variables.
     */
    static long size(int nvars, int order, int cappedFrom, int cap) {
        int m = nvars - cappedFrom;
        if (m == 0) {
            return MonomialIndex.binomial(nvars + order, order);
        }
        long total = 0;
        for (int s = 0; s <= Math.min(cap, order); s++) {
            total += MonomialIndex.binomial(m + s - 1, s) * MonomialIndex.binomial(cappedFrom + order - s, order - s);
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
