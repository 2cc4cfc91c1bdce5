package org.taylorkit.interval.tm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * Index tables of Taylor models in {@code n} variables of order {@code K}, built once per
 * {@code (n, K)} and shared: the graded-lex {@link MonomialIndex} of the polynomial part, and for
 * every pair of its monomials of total degree at most {@code K + 1} where their product lands: a
 * position of degree ≤ K, or (degree exactly {@code K+1}, truncated into the remainder) the id of a
 * "high" monomial whose exponents are kept so that each domain can bound it. Pairs of total degree
 * {@code K+2..2K} have no entry: a product bounds them by degree ({@link TruncationTail}).
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
    final MonomialIndex index;
    final int size;
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
    /** {@code pure[v][k]}: the position of δ_v^k, k = 0..K. */
    final int[][] pure;

    private MonomialTables(int nvars, int order) {
        this.nvars = nvars;
        this.order = order;
        this.index = MonomialIndex.of(nvars, order);
        this.size = index.size();
        low = new int[size][];
        for (int p = 0; p < size; p++) {
            low[p] = index.exponents(p);
        }
        degree = new int[size];
        for (int p = 0; p < size; p++) {
            degree[p] = index.degree(p);
        }
        degreeStart = new int[order + 2];
        for (int a = 0; a <= order + 1; a++) {
            degreeStart[a] = index.offset(a);
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
                if (d <= order) {
                    dest[rowStart[i] + j] = index.position(e);
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
        pure = new int[nvars][order + 1];
        for (int v = 0; v < nvars; v++) {
            Arrays.fill(e, 0);
            for (int k = 0; k <= order; k++) {
                e[v] = k;
                pure[v][k] = index.position(e);
            }
            linear[v] = order >= 1 ? pure[v][1] : -1;
            quadratic[v] = order >= 2 ? pure[v][2] : -1;
        }
    }

    /**
     * The shared tables for {@code n} variables and order {@code K}.
     *
     * @throws IllegalArgumentException if {@code n < 1}, {@code K < 0}, or the polynomial part would
     *     have more than {@value #MAX_SIZE} coefficients
     */
    static MonomialTables of(int nvars, int order) {
        if (nvars < 1) {
            throw new IllegalArgumentException("a Taylor model needs at least one variable, got " + nvars);
        }
        if (order < 0) {
            throw new IllegalArgumentException("a Taylor model order must be ≥ 0, got " + order);
        }
        long size = MonomialIndex.binomial(nvars + order, order);
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("a Taylor model in " + nvars + " variables of order " + order
                    + " has " + size + " coefficients, above the limit " + MAX_SIZE + ": lower the order");
        }
        return CACHE.computeIfAbsent(((long) nvars << 32) | order, k -> new MonomialTables(nvars, order));
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
