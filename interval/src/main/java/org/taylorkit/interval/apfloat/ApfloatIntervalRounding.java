package org.taylorkit.interval.apfloat;

import java.math.RoundingMode;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The IEEE 1788-2015 integer-rounding and sign operations on {@link ApfloatInterval} (§9.1):
 * {@code sign}, {@code ceil}, {@code floor}, {@code trunc}, {@code roundTiesToEven},
 * {@code roundTiesToAway}, with the same semantics as {@link IntervalRounding}.
 *
 * <p>Each function is monotone and computed exactly on the exact Apfloat bounds
 * ({@link ApfloatMath#roundToInteger}), so the result is the exact hull of the image; only an
 * integer with more digits than the interval's precision (at most one more) is rounded outward.
 */
public final class ApfloatIntervalRounding {

    private ApfloatIntervalRounding() {
    }

    /** {@code {sign(x)}} hull. */
    public static ApfloatInterval sign(ApfloatInterval x) {
        return monotone(x, v -> ApfloatDirected.of(v.signum()), -1, 1);
    }

    /** {@code {⌈x⌉}} hull. */
    public static ApfloatInterval ceil(ApfloatInterval x) {
        return monotone(x, v -> ApfloatMath.roundToInteger(v, RoundingMode.CEILING), 0, 0);
    }

    /** {@code {⌊x⌋}} hull. */
    public static ApfloatInterval floor(ApfloatInterval x) {
        return monotone(x, v -> ApfloatMath.roundToInteger(v, RoundingMode.FLOOR), 0, 0);
    }

    /** Rounding towards zero. */
    public static ApfloatInterval trunc(ApfloatInterval x) {
        return monotone(x, v -> ApfloatMath.roundToInteger(v, RoundingMode.DOWN), 0, 0);
    }

    /** Nearest integer, ties to even. */
    public static ApfloatInterval roundTiesToEven(ApfloatInterval x) {
        return monotone(x, v -> ApfloatMath.roundToInteger(v, RoundingMode.HALF_EVEN), 0, 0);
    }

    /** Nearest integer, ties away from zero ({@link RoundingMode#HALF_UP}). */
    public static ApfloatInterval roundTiesToAway(ApfloatInterval x) {
        return monotone(x, v -> ApfloatMath.roundToInteger(v, RoundingMode.HALF_UP), 0, 0);
    }

    /**
     * {@code [f(lo), f(hi)]}; an infinite bound maps to {@code lowLimit}/{@code highLimit} when they
     * are nonzero ({@code sign}), else stays infinite.
     */
    private static ApfloatInterval monotone(ApfloatInterval x, UnaryOperator<Apfloat> f, int lowLimit, int highLimit) {
        if (x.isEmpty()) {
            return x;
        }
        long p = x.digits();
        Apfloat lo = x.lo() != null ? f.apply(x.lo()) : lowLimit != 0 ? ApfloatDirected.of(lowLimit) : null;
        Apfloat hi = x.hi() != null ? f.apply(x.hi()) : highLimit != 0 ? ApfloatDirected.of(highLimit) : null;
        if (lo == null && hi == null) {
            return ApfloatInterval.entire(p);
        }
        if (lo == null) {
            return ApfloatInterval.atMost(ApfloatDirected.exact(hi), p);
        }
        if (hi == null) {
            return ApfloatInterval.atLeast(ApfloatDirected.exact(lo), p);
        }
        return ApfloatInterval.of(ApfloatDirected.exact(lo), ApfloatDirected.exact(hi), p);
    }
}
