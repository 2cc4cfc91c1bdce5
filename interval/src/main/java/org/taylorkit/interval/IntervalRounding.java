package org.taylorkit.interval;

import java.util.function.DoubleUnaryOperator;

/**
 * The IEEE 1788-2015 integer-rounding and sign operations on {@link Interval} (§9.1, Table 9.1):
 * {@code sign}, {@code ceil}, {@code floor}, {@code trunc}, {@code roundTiesToEven},
 * {@code roundTiesToAway}.
 *
 * <p><b>Rigor and tightness.</b> Each of these functions is monotone non-decreasing, and its value
 * at a double is a double computed exactly ({@link Math#ceil}, {@link Math#floor}, {@link Math#rint}
 * and the tie test below are exact), so the result {@code [f(inf), f(sup)]} is the exact hull of the
 * image: always the tightest interval. Infinite bounds map to themselves ({@code sign} maps them to
 * {@code ±1}); ∅ maps to ∅.
 */
public final class IntervalRounding {

    private IntervalRounding() {
    }

    /** {@code {sign(x)}} hull: {@code sign([−2, 3]) = [−1, 1]}, {@code sign([0, 5]) = [0, 1]}. */
    public static Interval sign(Interval x) {
        return monotone(x, Math::signum);
    }

    /** {@code {⌈x⌉}} hull: {@code ceil([1.1, 2]) = [2, 2]}. */
    public static Interval ceil(Interval x) {
        return monotone(x, Math::ceil);
    }

    /** {@code {⌊x⌋}} hull: {@code floor([−1.5, 0.5]) = [−2, 0]}. */
    public static Interval floor(Interval x) {
        return monotone(x, Math::floor);
    }

    /** Rounding towards zero: {@code trunc([−1.5, 2.5]) = [−1, 2]}. */
    public static Interval trunc(Interval x) {
        return monotone(x, IntervalRounding::truncPoint);
    }

    /** Nearest integer, ties to even: {@code roundTiesToEven([0.5, 2.5]) = [0, 2]}. */
    public static Interval roundTiesToEven(Interval x) {
        return monotone(x, Math::rint);
    }

    /** Nearest integer, ties away from zero: {@code roundTiesToAway([0.5, 2.5]) = [1, 3]}. */
    public static Interval roundTiesToAway(Interval x) {
        return monotone(x, IntervalRounding::roundTiesToAwayPoint);
    }

    /** The integer part of a double (exact; ±∞ and integers unchanged). */
    static double truncPoint(double x) {
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /**
     * Nearest integer to a double with ties away from zero, exactly: {@code x − trunc(x)} is exact
     * (both have the same sign and exponent range), so the tie test {@code |frac| ≥ 1/2} is exact;
     * {@code Math.floor(x + 0.5)} would be wrong at {@code 0.49999999999999994}.
     */
    static double roundTiesToAwayPoint(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double t = truncPoint(x);
        double frac = x - t;
        if (Math.abs(frac) >= 0.5) {
            return t + Math.signum(x);
        }
        return t;
    }

    private static Interval monotone(Interval x, DoubleUnaryOperator f) {
        if (x.isEmpty()) {
            return x;
        }
        return Interval.make(f.applyAsDouble(x.lo()), f.applyAsDouble(x.hi()));
    }
}
