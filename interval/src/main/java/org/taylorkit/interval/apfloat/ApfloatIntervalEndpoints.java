package org.taylorkit.interval.apfloat;

import java.util.Objects;
import org.apfloat.Apfloat;

/**
 * The endpoint-level code of {@link ApfloatInterval}: checking and rounding endpoints into an
 * interval (the factories from doubles and Apfloats, outward rounding to fewer digits) and reading
 * them back out (exactly, or directed to {@code double}).
 *
 * <p>Guarantees: the factories validate before building (an {@link IllegalArgumentException} names the
 * offending endpoints or digits); Apfloat endpoints are rounded outward (lower down, upper up) with
 * {@link ApfloatDirected}, so the interval contains the exact set, while double endpoints are kept
 * exactly; conversions to {@code double} are directed outward and follow IEEE 1788 for empty and
 * unbounded intervals. Package-private and stateless.
 */
final class ApfloatIntervalEndpoints {

    private ApfloatIntervalEndpoints() {}

    // ------------------------------------------------------------------ into an interval

    /** {@code [lo, hi]} with the exact values of two doubles; infinite endpoints give unbounded intervals. */
    static ApfloatInterval of(double lo, double hi, long digits) {
        ApfloatInterval.checkDigits(digits);
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || lo == Double.POSITIVE_INFINITY
                || hi == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("[" + lo + ", " + hi + "] is not an interval");
        }
        return ApfloatInterval.exact(lo == Double.NEGATIVE_INFINITY ? null : ApfloatDirected.ofDouble(lo),
                hi == Double.POSITIVE_INFINITY ? null : ApfloatDirected.ofDouble(hi), digits);
    }

    /** The point {@code [v, v]} with the exact value of a finite double. */
    static ApfloatInterval point(double v, long digits) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a point interval needs a finite number, got " + v);
        }
        return of(v, v, digits);
    }

    /** The tightest interval at {@code digits} digits containing the exact values of {@code [lo, hi]}. */
    static ApfloatInterval of(Apfloat lo, Apfloat hi, long digits) {
        ApfloatInterval.checkDigits(digits);
        Apfloat l = ApfloatDirected.exact(Objects.requireNonNull(lo, "lo"));
        Apfloat h = ApfloatDirected.exact(Objects.requireNonNull(hi, "hi"));
        if (l.compareTo(h) > 0) {
            throw new IllegalArgumentException("[" + lo + ", " + hi + "] is not an interval: lo > hi");
        }
        return ApfloatInterval.exact(ApfloatDirected.down(l, digits), ApfloatDirected.up(h, digits), digits);
    }

    /** {@code [lo, +∞]}, {@code lo} rounded down. */
    static ApfloatInterval atLeast(Apfloat lo, long digits) {
        ApfloatInterval.checkDigits(digits);
        return ApfloatInterval.exact(ApfloatDirected.down(ApfloatDirected.exact(lo), digits), null, digits);
    }

    /** {@code [−∞, hi]}, {@code hi} rounded up. */
    static ApfloatInterval atMost(Apfloat hi, long digits) {
        ApfloatInterval.checkDigits(digits);
        return ApfloatInterval.exact(null, ApfloatDirected.up(ApfloatDirected.exact(hi), digits), digits);
    }

    /** The set of {@code x} rounded outward to {@code p} digits, carrying {@code p}. */
    static ApfloatInterval roundOut(ApfloatInterval x, long p) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        return ApfloatInterval.exact(x.lo() == null ? null : ApfloatDirected.down(x.lo(), p),
                x.hi() == null ? null : ApfloatDirected.up(x.hi(), p), p);
    }

    // ------------------------------------------------------------------ out of an interval

    /** The exact lower endpoint; ArithmeticException if empty or unbounded below. */
    static Apfloat inf(ApfloatInterval x) {
        if (!x.isBoundedBelow()) {
            throw new ArithmeticException("inf of " + x + " is not a finite number");
        }
        return x.lo();
    }

    /** The exact upper endpoint; ArithmeticException if empty or unbounded above. */
    static Apfloat sup(ApfloatInterval x) {
        if (!x.isBoundedAbove()) {
            throw new ArithmeticException("sup of " + x + " is not a finite number");
        }
        return x.hi();
    }

    /** The lower endpoint rounded down to a double: −∞ if unbounded below, +∞ if empty. */
    static double infDouble(ApfloatInterval x) {
        if (x.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        return x.lo() == null ? Double.NEGATIVE_INFINITY : ApfloatDirected.toDoubleDown(x.lo());
    }

    /** The upper endpoint rounded up to a double: +∞ if unbounded above, −∞ if empty. */
    static double supDouble(ApfloatInterval x) {
        if (x.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        return x.hi() == null ? Double.POSITIVE_INFINITY : ApfloatDirected.toDoubleUp(x.hi());
    }
}
