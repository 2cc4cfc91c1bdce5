package org.taylorkit.interval;

/**
 * Rigorous {@code 2^x}, {@code 10^x}, {@code log₂ x} and {@code log₁₀ x} on {@link Interval}
 * (IEEE 1788 {@code exp2}, {@code exp10}, {@code log2}, {@code log10}), built on the rigorous
 * double-double exponential and logarithm kernels ({@link RigorousExp}, {@link RigorousLog}).
 *
 * <p><b>Rigor.</b> {@code 2^x = e^{x·ln 2}} and {@code log₂ x = log x / ln 2} (likewise with
 * {@code ln 10}) are evaluated in double-double interval arithmetic from enclosures of
 * {@code ln 2} and {@code ln 10} and rounded outward, so every result contains the exact image;
 * a point argument gives a few ulps at most (the kernels' relative width is ~2^−100 before the
 * final rounding). <b>Exact cases stay exact</b>: {@code 2^k} for integer {@code k},
 * {@code 10^k} for integers {@code 0 ≤ k ≤ 22} (the powers of ten that are doubles),
 * {@code log₂ 2^k = k}, {@code log₁₀ 10^k = k}. Overflow gives {@code [MAX, +∞]}, underflow
 * {@code [0, MIN_VALUE]}.
 *
 * <p><b>Domains</b> (set semantics): {@code exp2}, {@code exp10} are increasing on all reals;
 * {@code log2}, {@code log10} map {@code x ∩ (0, ∞)} ({@code log2([0, 8]) = [−∞, 3]}, ∅ when
 * {@code x ≤ 0}).
 */
public final class RigorousExpLogBases {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final DDInterval LN10 = RigorousLog.log(DDInterval.point(10));
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int k = 0; k <= 22; k++) {
            POWERS_OF_TEN[k] = p; // exact: 10^k < 2^53·2^k needs only 53 bits up to k = 22
            p *= 10;
        }
    }

    private RigorousExpLogBases() {
    }

    /** {@code {2^x : x ∈ X}} (increasing). */
    public static Interval exp2(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        return Interval.make(exp2Point(x.lo()).lo(), exp2Point(x.hi()).hi());
    }

    /** {@code {10^x : x ∈ X}} (increasing). */
    public static Interval exp10(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        return Interval.make(exp10Point(x.lo()).lo(), exp10Point(x.hi()).hi());
    }

    /** {@code {log₂ x : x ∈ X, x > 0}}. */
    public static Interval log2(Interval x) {
        return logBase(x, true);
    }

    /** {@code {log₁₀ x : x ∈ X, x > 0}}. */
    public static Interval log10(Interval x) {
        return logBase(x, false);
    }

    // ------------------------------------------------------------------ points

    static Interval exp2Point(double x) {
        if (x == 0) {
            return Interval.one();
        }
        if (x == Math.rint(x) && Math.abs(x) < 2000) {
            return RigorousPow.powPoint(2.0, (int) x); // exact 2^k, or the overflow/underflow bounds
        }
        return expOfProduct(x, RigorousExp.LN2);
    }

    static Interval exp10Point(double x) {
        if (x == Math.rint(x) && x >= 0 && x <= 22) {
            double p = POWERS_OF_TEN[(int) x];
            return Interval.make(p, p);
        }
        return expOfProduct(x, LN10);
    }

    /** {@code e^{x·c}} for a double {@code x} (±∞ allowed) and a positive DD constant {@code c}. */
    private static Interval expOfProduct(double x, DDInterval c) {
        if (x == INF) {
            return Interval.make(Double.MAX_VALUE, INF);
        }
        if (x == -INF) {
            return Interval.zero();
        }
        if (Math.abs(x) > 0x1p20) { // far beyond overflow/underflow for both bases
            return x > 0 ? Interval.make(Double.MAX_VALUE, INF) : Interval.make(0.0, Double.MIN_VALUE);
        }
        if (Math.abs(x) < 0x1p-60) {
            // t = x·c is tiny: 1 + t ≤ e^t ≤ 1 + t + t² (|t| ≤ 1), tight where the kernel would be an ulp wide
            double cLo = Math.nextDown(c.lo.h);
            double cHi = Math.nextUp(c.hi.h);
            double tLo = x > 0 ? DirectedRounding.mulDown(x, cLo) : DirectedRounding.mulDown(x, cHi);
            double tHi = x > 0 ? DirectedRounding.mulUp(x, cHi) : DirectedRounding.mulUp(x, cLo);
            double m = Math.max(Math.abs(tLo), Math.abs(tHi));
            return Interval.make(DirectedRounding.addDown(1.0, tLo),
                    DirectedRounding.addUp(1.0, DirectedRounding.addUp(tHi, DirectedRounding.mulUp(m, m))));
        }
        return RigorousPow.expOf(DDInterval.point(x).multiply(c));
    }

    private static Interval logBase(Interval x, boolean two) {
        if (x.isEmpty() || x.hi() <= 0) {
            return Interval.empty();
        }
        double lo = Math.max(x.lo(), 0.0);
        double l = lo == 0 ? -INF : logPoint(lo, two).lo();
        return Interval.make(l, logPoint(x.hi(), two).hi());
    }

    /** {@code log₂ a} or {@code log₁₀ a} for {@code a > 0} finite or {@code +∞}. */
    static Interval logPoint(double a, boolean two) {
        if (a == INF) {
            return Interval.make(Double.MAX_VALUE, INF);
        }
        int k = two ? exponentIfPowerOfTwo(a) : exponentIfPowerOfTen(a);
        if (k != Integer.MIN_VALUE) {
            return Interval.make(k, k);
        }
        return RigorousPow.logOf(a).divide(two ? RigorousExp.LN2 : LN10).toInterval();
    }

    private static int exponentIfPowerOfTwo(double a) {
        int e = Math.getExponent(a);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            long bits = Double.doubleToRawLongBits(a);
            return Long.bitCount(bits) == 1 ? Long.numberOfTrailingZeros(bits) - 1074 : Integer.MIN_VALUE;
        }
        return Math.scalb(1.0, e) == a ? e : Integer.MIN_VALUE;
    }

    private static int exponentIfPowerOfTen(double a) {
        for (int k = 0; k <= 22; k++) {
            if (POWERS_OF_TEN[k] == a) {
                return k;
            }
        }
        return Integer.MIN_VALUE;
    }
}
