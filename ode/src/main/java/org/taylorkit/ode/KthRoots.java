package org.taylorkit.ode;

/**
 * k-th roots of positive normal doubles without {@code log} or {@code exp}, for the step size of the
 * {@code double} integrator ({@link StepSizeRule#step(double, int, double, double, double, StepSizeRule.LogNorms)}):
 * y^{±1/k} for 1 ≤ k ≤ {@link #MAX_K} from the exponent and mantissa of y = 2^E·m, m ∈ [1, 2):
 * m = (1 + r)/g_i with g_i ≈ 1/(1 + (i + ½)/256) from a table indexed by the top 8 mantissa bits,
 * so |r| &lt; 2^{−9}, and m^{±1/k} = g_i^{∓1/k}·(1 + r)^{±1/k}, the last by the binomial series to
 * degree 5 (truncation below 2^{−54}·|C(±1/k, 6)| ≤ 6·10⁻¹⁷ relative); the power of two
 * 2^{E/k} = 2^a·2^{b/k} (E = a·k + b, 0 ≤ b &lt; k) from a second table. Tables per k are built
 * on first use from {@link StrictMath#pow} (so they are the same on every JVM and in the interpreter)
 * and are immutable afterwards.
 *
 * <p>Accuracy: a few ulps relative (about ten roundings of numbers near 1; {@code KthRootsTest} bounds
 * the error against 40-digit values by 1.5·10⁻¹⁵ relative, measured at most 8·10⁻¹⁶). Latency: about
 * 30 cycles on the dependent chain (bit operations, two table loads, one FMA, an Estrin-ordered
 * degree-5 polynomial, two multiplications) against about 100 each for {@link Math#log} and
 * {@link Math#exp} on the machine measured in docs/benchmarks.md. Thread-safe: the only state is the
 * cache of immutable tables (published through final fields; a race builds equal tables twice).
 */
final class KthRoots {

    /** The largest k with tables; larger k are not served ({@link #supports}). */
    static final int MAX_K = 128;

    /** Table bits: the mantissa's top {@value} bits index the reduction table. */
    private static final int BITS = 8;
    private static final int SIZE = 1 << BITS;
    /** g_i = fl(1/(1 + (i + ½)/256)): m·g_i − 1 = r with |r| &lt; 2^{−9}. */
    private static final double[] G = new double[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            G[i] = 1.0 / (1.0 + (i + 0.5) / SIZE);
        }
    }

    /** The tables of one k; immutable. */
    static final class Table {
        final int k;
        /** ⌊2^{40}/k⌋ + 1: ⌊n/k⌋ = (n·M) ≫ 40 exactly for 0 ≤ n &lt; 2^{20} (error n/2^{40} &lt; 1/k). */
        final long divisor;
        /** 2^{b/k} for 0 ≤ b &lt; k. */
        final double[] twoFrac;
        /** g_i^{−1/k} (for m^{+1/k}) and g_i^{+1/k} (for m^{−1/k}). */
        final double[] up;
        final double[] down;
        /** C(1/k, j) and C(−1/k, j) for j = 1..5. */
        final double u1, u2, u3, u4, u5;
        final double d1, d2, d3, d4, d5;

        Table(int k) {
            this.k = k;
            this.divisor = (1L << 40) / k + 1;
            double alpha = 1.0 / k;
            twoFrac = new double[k];
            for (int b = 0; b < k; b++) {
                twoFrac[b] = StrictMath.pow(2.0, (double) b / k);
            }
            up = new double[SIZE];
            down = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                up[i] = StrictMath.pow(G[i], -alpha);
                down[i] = StrictMath.pow(G[i], alpha);
            }
            double[] cu = binomial(alpha);
            double[] cd = binomial(-alpha);
            u1 = cu[1];
            u2 = cu[2];
            u3 = cu[3];
            u4 = cu[4];
            u5 = cu[5];
            d1 = cd[1];
            d2 = cd[2];
            d3 = cd[3];
            d4 = cd[4];
            d5 = cd[5];
        }

        private static double[] binomial(double alpha) {
            double[] c = new double[6];
            c[0] = 1.0;
            for (int j = 1; j < 6; j++) {
                c[j] = c[j - 1] * (alpha - (j - 1)) / j;
            }
            return c;
        }
    }

    private static final Table[] TABLES = new Table[MAX_K + 1];

    private KthRoots() {
    }

    /** Whether k has tables (1 ≤ k ≤ {@link #MAX_K}). */
    static boolean supports(int k) {
        return k >= 1 && k <= MAX_K;
    }

    /** The tables of k (1 ≤ k ≤ {@link #MAX_K}), built on first use. */
    static Table table(int k) {
        Table t = TABLES[k];
        if (t == null) { // a race builds equal tables twice; final fields publish them safely
            t = new Table(k);
            TABLES[k] = t;
        }
        return t;
    }

    /** The unbiased binary exponent E of a positive normal y = 2^E·m. */
    static int exponent(double y) {
        return (int) (Double.doubleToRawLongBits(y) >>> 52) - 1023;
    }

    /** m^{1/k} for the mantissa m ∈ [1, 2) of a positive normal y. */
    static double mantissaRoot(Table t, double y) {
        long bits = Double.doubleToRawLongBits(y);
        int i = index(bits);
        return series(reduced(bits, i), t.u1, t.u2, t.u3, t.u4, t.u5) * t.up[i];
    }

    /**
     * scale·2^{(e − E)/k}·m^{−1/k} = scale·(2^e/y)^{1/k} for a positive normal y = 2^E·m, or NaN when
     * the power of two 2^{⌊(e − E)/k⌋} is outside [2^{−1000}, 2^{1000}] (as {@link #powerOfTwo}). The
     * factors that do not wait for the series (the powers of two, the table entry, the scale) are
     * multiplied first, so that the series is one multiplication from the result.
     */
    static double scaledInverseRoot(Table t, int e, double scale, double y) {
        long bits = Double.doubleToRawLongBits(y);
        int i = index(bits);
        double factor = twoToThe(t, e - ((int) (bits >>> 52) - 1023)) * (scale * t.down[i]);
        return series(reduced(bits, i), t.d1, t.d2, t.d3, t.d4, t.d5) * factor;
    }

    /**
     * 2^{d/k}·scale for an integer d, or NaN when 2^{⌊d/k⌋} is outside [2^{−1000}, 2^{1000}] (the
     * caller then takes another path; no overflow or subnormal result for |scale| in [2^{−20}, 2^{20}]).
     */
    static double powerOfTwo(Table t, int d, double scale) {
        // 2^a·t_b is exact scaling of t_b, so (2^a·t_b)·scale rounds as 2^a·(t_b·scale)
        return twoToThe(t, d) * scale;
    }

    /**
     * 2^{d/k} = 2^a·2^{b/k} (d = a·k + b, 0 ≤ b &lt; k) for |d| &lt; 2^{11} (the exponent difference of two
     * normal doubles), or NaN when 2^a is outside [2^{−1000}, 2^{1000}]; no integer division.
     */
    private static double twoToThe(Table t, int d) {
        int k = t.k;
        int n = d + (k << 11);
        int q = (int) ((n * t.divisor) >>> 40); // ⌊n/k⌋
        int a = q - 2048;
        int b = n - q * k;
        if (a < -1000 || a > 1000 || n < 0 || n >= 1 << 20) {
            return Double.NaN;
        }
        return Double.longBitsToDouble((long) (a + 1023) << 52) * t.twoFrac[b];
    }

    /** The reduction-table index of y's bits: its mantissa's top {@value #BITS} bits. */
    private static int index(long bits) {
        return (int) (bits >>> (52 - BITS)) & (SIZE - 1);
    }

    /** r = m·g_i − 1 (|r| &lt; 2^{−9}) for the mantissa m ∈ [1, 2) of y's bits, by one FMA. */
    private static double reduced(long bits, int i) {
        double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        return Math.fma(m, G[i], -1.0);
    }

    /** 1 + c1·r + … + c5·r⁵ in Estrin's order (three FMAs in parallel, then two). */
    private static double series(double r, double c1, double c2, double c3, double c4, double c5) {
        double r2 = r * r;
        double lo = Math.fma(c1, r, 1.0);
        double mid = Math.fma(c3, r, c2);
        double hi = Math.fma(c5, r, c4);
        return Math.fma(r2, Math.fma(r2, hi, mid), lo);
    }

    /** y^{1/k} for a positive normal y (2 ≤ k ≤ {@link #MAX_K}); for tests and the docs. */
    static double root(double y, int k) {
        Table t = table(k);
        return powerOfTwo(t, exponent(y), mantissaRoot(t, y));
    }

    /** y^{−1/k} for a positive normal y (2 ≤ k ≤ {@link #MAX_K}); for tests and the docs. */
    static double inverseRoot(double y, int k) {
        return scaledInverseRoot(table(k), 0, 1.0, y);
    }
}
