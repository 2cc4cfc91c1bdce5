package org.taylorkit.core.multi;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The monomials of a truncated series in {@code nvars} variables up to total degree {@code order}, in
 * graded-lexicographic order, with the tables that map a monomial to its position and back.
 *
 * <p><b>Storage.</b> Coefficients are stored by homogeneous part: degree 0, then degree 1, …, then degree
 * {@code order}; the degree-{@code d} part starts at {@link #offset(int) offset(d)} = C(n + d − 1, d − 1)
 * and has {@link #count(int) count(d)} = C(n + d − 1, d) terms, the whole series
 * {@link #size()} = C(n + N, N). Inside a part the monomials are in lexicographic order with the first
 * variable most significant and larger exponents first ({@code x², x·y, x·z, y², y·z, z²}). A monomial's
 * position does not depend on the order {@code N} (the parts of degree ≤ N are a prefix of any longer
 * series), so truncating a series is taking a prefix of its array.
 *
 * <p><b>Rank without hashing.</b> Write {@code r_i = e_i + … + e_{n−1}} for the suffix sums of the
 * exponents (0-based variables; {@code r_0 = d}). The monomials of degree {@code d} that come before
 * {@code e} are those that agree with {@code e} on variables {@code 0..i−2} and have a larger exponent
 * of variable {@code i − 1}, for some {@code i = 1..n−1}; the rest of such a monomial is any monomial in
 * the {@code n − i} variables {@code i..n−1} of degree below {@code r_i}, and there are
 * {@code C(r_i − 1 + n − i, n − i)} of those. Hence
 * {@code rank(e) = Σ_{i=1..n−1} C(r_i + n − 1 − i, n − i)}: a sum of table look-ups indexed by suffix
 * sums. Suffix sums add when monomials multiply, so the rank of a product needs only the factors'
 * suffix sums (used by {@link ProductSchedule} when its schedules would be too large to store).
 *
 * <p><b>Sharing.</b> One instance per {@code (nvars, order)}, built on first use and cached in a
 * {@link ConcurrentHashMap}; instances are immutable after construction, so reads are lock-free and
 * thread-safe (a race may build an instance twice; one of them is kept).
 */
public final class MonomialIndex {

    /** The largest number of coefficients a series may have. */
    public static final int MAX_SIZE = 1 << 26;

    private static final ConcurrentHashMap<Long, MonomialIndex> CACHE = new ConcurrentHashMap<>();

    private final int nvars;
    private final int order;
    private final int size;
    private final int[] offsets;
    private final int[] exponents;
    private final int[] suffix;
    private final int[][] rankTable;
    private final int[] parent;
    private final int[] parentVar;
    private final int[] degreeOf;
    private final ProductSchedule schedule;
    private final HomogeneousArithmetic homogeneous;

    private MonomialIndex(int nvars, int order) {
        this.nvars = nvars;
        this.order = order;
        this.offsets = new int[order + 2];
        for (int d = 0; d <= order; d++) {
            offsets[d + 1] = offsets[d] + (int) binomial(nvars + d - 1, d);
        }
        this.size = offsets[order + 1];
        this.rankTable = new int[nvars][];
        for (int i = 1; i < nvars; i++) {
            rankTable[i] = new int[order + 1];
            for (int r = 0; r <= order; r++) {
                rankTable[i][r] = (int) binomial(r + nvars - 1 - i, nvars - i);
            }
        }
        this.exponents = new int[size * nvars];
        this.suffix = new int[size * nvars];
        this.degreeOf = new int[size];
        int[] e = new int[nvars];
        int pos = 0;
        for (int d = 0; d <= order; d++) {
            pos = enumerate(e, 0, d, pos);
            for (int p = offsets[d]; p < offsets[d + 1]; p++) {
                degreeOf[p] = d;
            }
        }
        for (int p = 0; p < size; p++) {
            int s = 0;
            for (int i = nvars - 1; i >= 0; i--) {
                s += exponents[p * nvars + i];
                suffix[p * nvars + i] = s;
            }
        }
        this.parent = new int[size];
        this.parentVar = new int[size];
        parent[0] = -1;
        parentVar[0] = -1;
        for (int p = 1; p < size; p++) {
            System.arraycopy(exponents, p * nvars, e, 0, nvars);
            int v = nvars - 1;
            while (e[v] == 0) {
                v--;
            }
            e[v]--;
            parent[p] = position(e);
            parentVar[p] = v;
        }
        this.schedule = new ProductSchedule(this);
        this.homogeneous = new HomogeneousArithmetic(this);
    }

    /** Writes the monomials of degree {@code remaining} in variables {@code v..n−1} in lex order. */
    private int enumerate(int[] e, int v, int remaining, int pos) {
        if (v == nvars - 1) {
            e[v] = remaining;
            System.arraycopy(e, 0, exponents, pos * nvars, nvars);
            return pos + 1;
        }
        for (int x = remaining; x >= 0; x--) {
            e[v] = x;
            pos = enumerate(e, v + 1, remaining - x, pos);
        }
        e[v] = 0;
        return pos;
    }

    /**
     * The shared index of series in {@code nvars} variables to total degree {@code order}.
     *
     * @throws IllegalArgumentException if {@code nvars < 1}, {@code order < 0}, or the series would have
     *     more than {@link #MAX_SIZE} coefficients
     */
    public static MonomialIndex of(int nvars, int order) {
        if (nvars < 1) {
            throw new IllegalArgumentException("MonomialIndex: the number of variables must be ≥ 1, got " + nvars);
        }
        if (order < 0) {
            throw new IllegalArgumentException("MonomialIndex: the order must be ≥ 0, got " + order);
        }
        long n = binomial(nvars + order, order);
        if (n > MAX_SIZE) {
            throw new IllegalArgumentException("MonomialIndex: a series in " + nvars + " variables to order "
                    + order + " has C(" + (nvars + order) + ", " + order + ") = "
                    + (n == Long.MAX_VALUE ? "too many" : Long.toString(n)) + " coefficients (the limit is "
                    + MAX_SIZE + ")");
        }
        long key = ((long) nvars << 32) | order;
        MonomialIndex idx = CACHE.get(key);
        if (idx == null) {
            idx = new MonomialIndex(nvars, order);
            MonomialIndex prev = CACHE.putIfAbsent(key, idx);
            if (prev != null) {
                idx = prev;
            }
        }
        return idx;
    }

    /**
     * The binomial coefficient C(n, k) for {@code 0 ≤ k}, exact; {@code 0} when {@code k > n} or
     * {@code n < 0}; {@link Long#MAX_VALUE} when it does not fit in a {@code long}.
     */
    public static long binomial(int n, int k) {
        if (k < 0 || n < 0 || k > n) {
            return 0;
        }
        k = Math.min(k, n - k);
        long r = 1;
        for (int i = 1; i <= k; i++) {
            // r·(n − k + i)/i is exact: r·(n−k+i) = C(n−k+i, i)·i.
            long num = n - k + i;
            if (r > Long.MAX_VALUE / num) {
                long g = gcd(r, i);
                long r2 = r / g;
                long num2 = num / (i / g);
                if (r2 > Long.MAX_VALUE / num2) {
                    return Long.MAX_VALUE;
                }
                r = r2 * num2;
            } else {
                r = r * num / i;
            }
        }
        return r;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** The number of variables. */
    public int nvars() {
        return nvars;
    }

    /** The highest total degree. */
    public int order() {
        return order;
    }

    /** The number of coefficients, C(nvars + order, order). */
    public int size() {
        return size;
    }

    /**
     * The position of the first monomial of degree {@code d}; {@code offset(order + 1) == size()}.
     *
     * @throws ArrayIndexOutOfBoundsException unless {@code 0 ≤ d ≤ order + 1}
     */
    public int offset(int d) {
        return offsets[d];
    }

    /** The number of monomials of degree {@code d ≤ order}: C(nvars + d − 1, d). */
    public int count(int d) {
        return offsets[d + 1] - offsets[d];
    }

    /** The total degree of the monomial at {@code position}. */
    public int degree(int position) {
        return degreeOf[position];
    }

    /** The exponent of variable {@code var} in the monomial at {@code position}. */
    public int exponent(int position, int var) {
        return exponents[position * nvars + var];
    }

    /** A copy of the exponents of the monomial at {@code position}. */
    public int[] exponents(int position) {
        int[] e = new int[nvars];
        System.arraycopy(exponents, position * nvars, e, 0, nvars);
        return e;
    }

    /** Copies the exponents of the monomial at {@code position} into {@code out} (no allocation). */
    public void exponents(int position, int[] out) {
        System.arraycopy(exponents, position * nvars, out, 0, nvars);
    }

    /**
     * The position of the monomial with these exponents (the combinatorial rank above; no hashing).
     *
     * @throws IllegalArgumentException if {@code e} has the wrong length, a negative entry, or a total
     *     degree above the order
     */
    public int position(int... e) {
        if (e.length != nvars) {
            throw new IllegalArgumentException("monomial exponents: " + e.length + " exponents given for "
                    + nvars + " variables");
        }
        int s = 0;
        int rank = 0;
        for (int i = nvars - 1; i >= 0; i--) {
            if (e[i] < 0) {
                throw new IllegalArgumentException("monomial exponents: exponent " + e[i] + " of variable #"
                        + i + " is negative");
            }
            s += e[i];
            if (s > order) {
                throw new IllegalArgumentException("monomial exponents: total degree above the order " + order);
            }
            if (i >= 1) {
                rank += rankTable[i][s];
            }
        }
        return offsets[s] + rank;
    }

    /**
     * Checks exponents given by a user: one per variable, none negative.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public void checkExponents(int... e) {
        if (e.length != nvars) {
            throw new IllegalArgumentException(e.length + " exponents given for " + nvars + " variables");
        }
        for (int x : e) {
            if (x < 0) {
                throw new IllegalArgumentException("negative exponent in " + java.util.Arrays.toString(e));
            }
        }
    }

    /**
     * The position of a coefficient requested by a user, with the checks of {@link #checkExponents}.
     *
     * @throws IndexOutOfBoundsException if the total degree exceeds the order (naming both)
     */
    public int coefficientPosition(int... e) {
        checkExponents(e);
        int d = 0;
        for (int x : e) {
            d += x;
        }
        if (d > order) {
            throw new IndexOutOfBoundsException("coefficient " + java.util.Arrays.toString(e) + " has total degree "
                    + d + " above the order " + order);
        }
        return position(e);
    }

    /** The rank inside its homogeneous part of the product of the monomials at positions {@code p} and {@code q}. */
    int productRank(int p, int q) {
        int rank = 0;
        int bp = p * nvars;
        int bq = q * nvars;
        for (int i = 1; i < nvars; i++) {
            rank += rankTable[i][suffix[bp + i] + suffix[bq + i]];
        }
        return rank;
    }

    /**
     * For evaluation by monomials: the position of the monomial divided by one variable
     * ({@link #parentVariable(int)}); −1 for the constant monomial. Always a smaller position.
     */
    public int parent(int position) {
        return parent[position];
    }

    /** The variable that {@link #parent(int)} removed (the last one with a non-zero exponent); −1 at 0. */
    public int parentVariable(int position) {
        return parentVar[position];
    }

    /** The product schedules of this index. */
    public ProductSchedule schedule() {
        return schedule;
    }

    /** The arithmetic of the {@code double} homogeneous parts of series with this index (shared). */
    public HomogeneousArithmetic homogeneous() {
        return homogeneous;
    }

    @Override
    public String toString() {
        return "MonomialIndex(" + nvars + " variables, order " + order + ", " + size + " monomials)";
    }
}
