package org.taylorkit.interval.apfloat;

/**
 * {@code cancelMinus} and {@code cancelPlus} of IEEE 1788-2015 (§9.2) on {@link ApfloatInterval},
 * with the cases of {@link IntervalCancel}: the width comparison is exact (Apfloat bounds are
 * exact numbers), the two bound differences are rounded outward at the operands' precision.
 */
public final class ApfloatIntervalCancel {

    private ApfloatIntervalCancel() {
    }

    /** The tightest {@code z} (at the precision) with {@code y + z ⊇ x}; see {@link IntervalCancel}. */
    public static ApfloatInterval cancelMinus(ApfloatInterval x, ApfloatInterval y) {
        long p = Math.max(x.digits(), y.digits());
        if (x.isEmpty() && (y.isEmpty() || y.isBounded())) {
            return ApfloatInterval.empty(p);
        }
        if (x.isEmpty() || y.isEmpty() || !x.isBounded() || !y.isBounded()) {
            return ApfloatInterval.entire(p);
        }
        if (width(x).compareTo(width(y)) < 0) {
            return ApfloatInterval.entire(p);
        }
        return ApfloatInterval.of(ApfloatDirected.subDown(x.lo(), y.lo(), p), ApfloatDirected.subUp(x.hi(), y.hi(), p), p);
    }

    /** The exact width of a bounded nonempty interval (exact Apfloat subtraction). */
    private static org.apfloat.Apfloat width(ApfloatInterval x) {
        return ApfloatDirected.exact(x.hi()).subtract(ApfloatDirected.exact(x.lo()));
    }

    /** {@code cancelMinus(x, −y)}. */
    public static ApfloatInterval cancelPlus(ApfloatInterval x, ApfloatInterval y) {
        return cancelMinus(x, y.negate());
    }
}
