package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * The IEEE 1788-2015 power family on {@link ApfloatInterval}, with the semantics of
 * {@link IntervalPowers}: {@code recip}, {@code pown}, {@code pow} (domain {@code x > 0} or
 * {@code x = 0, y > 0}) and {@code rootn}.
 *
 * <p><b>Rigor.</b> {@code recip}, {@code pown}, {@code pow} are the interval's own outward-rounded
 * operations. {@code rootn(x, n)} is {@code pow(x, [1/n])} on {@code x ≥ 0} (and {@code −rootn(−x)}
 * for odd {@code n} on {@code x ≤ 0}), where {@code [1/n]} encloses {@code 1/n}: the image over that
 * exponent interval contains {@code x^{1/n}}, so the result is valid; it is a few units wide in the
 * last digit, except that an exact root of a point ({@code rootn(8, 3) = 2}) is recognised by an
 * exact power check and returned as a point.
 */
public final class ApfloatIntervalPowers {

    private ApfloatIntervalPowers() {
    }

    /** {@code {1/x : x ∈ X, x ≠ 0}} hull. */
    public static ApfloatInterval recip(ApfloatInterval x) {
        return ApfloatInterval.point(1, x.digits()).divide(x);
    }

    /** {@code xⁿ} (any real base; {@link ApfloatInterval#pow(int)}). */
    public static ApfloatInterval pown(ApfloatInterval x, int n) {
        return x.pow(n);
    }

    /** The real power on 1788's domain ({@link ApfloatInterval#pow(ApfloatInterval)}). */
    public static ApfloatInterval pow(ApfloatInterval x, ApfloatInterval y) {
        return x.pow(y);
    }

    /** The real n-th root ({@code n = 0}: ∅; even n: on {@code x ≥ 0}; negative n: {@code 1/rootn(x, −n)}). */
    public static ApfloatInterval rootn(ApfloatInterval x, int n) {
        long p = x.digits();
        if (x.isEmpty() || n == 0) {
            return ApfloatInterval.empty(p);
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                return recip(rootn(x.sqrt(), 1 << 30));
            }
            return recip(rootn(x, -n));
        }
        if (n == 1) {
            return x;
        }
        ApfloatInterval nonNegative = x.intersection(ApfloatInterval.atLeast(ApfloatDirected.ZERO, p));
        ApfloatInterval result = ApfloatInterval.empty(p);
        if (!nonNegative.isEmpty()) {
            result = result.hull(rootOfNonNegative(nonNegative, n));
        }
        if ((n & 1) != 0) {
            ApfloatInterval negative = x.intersection(ApfloatInterval.atMost(ApfloatDirected.ZERO, p)).negate();
            if (!negative.isEmpty()) {
                result = result.hull(rootOfNonNegative(negative, n).negate());
            }
        }
        return result.roundedTo(p);
    }

    /** The increasing root on {@code x ⊆ [0, +∞]}: lower bound from the lower end, upper from the upper end. */
    private static ApfloatInterval rootOfNonNegative(ApfloatInterval x, int n) {
        long p = x.digits();
        ApfloatInterval lo = rootPoint(x.inf(), n, p);
        if (!x.isBoundedAbove()) {
            return ApfloatInterval.atLeast(lo.inf(), p);
        }
        return lo.hull(rootPoint(x.sup(), n, p));
    }

    /** An enclosure of {@code v^{1/n}} for an exact {@code v ≥ 0}: exact when the root is a p-digit number. */
    private static ApfloatInterval rootPoint(Apfloat v, int n, long p) {
        if (v.signum() == 0) {
            return ApfloatInterval.point(0, p);
        }
        ApfloatInterval exponent = ApfloatInterval.point(1, p + 5).divide(ApfloatInterval.point(n, p + 5));
        ApfloatInterval enclosure = ApfloatInterval.point(v, p + 5).pow(exponent);
        if (n <= 64) {
            Apfloat r = ApfloatDirected.nearest(ApfloatDirected.halve(
                    ApfloatDirected.exact(enclosure.inf()).add(ApfloatDirected.exact(enclosure.sup())), 1), p);
            if (ApfloatMath.pow(ApfloatDirected.exact(r), n).compareTo(ApfloatDirected.exact(v)) == 0) {
                return ApfloatInterval.point(r, p);
            }
        }
        return enclosure;
    }
}
