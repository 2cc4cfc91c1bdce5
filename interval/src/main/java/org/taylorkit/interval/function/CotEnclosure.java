package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of cot: cot x = −tan(x − π/2) (one tight monotone branch per period), from the enclosures it is built of (set-based IEEE 1788
 * division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CotEnclosure implements RigorousFunction {

    /** π/2, enclosed. */
    private static final Interval HALF_PI = Interval.pi().divide(Interval.point(2.0));

    @Override
    public Interval enclose(Interval x) {
        return x.subtract(HALF_PI).tan().negate();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return x.roundedTo(digits).subtract(ApfloatInterval.pi(digits + 5).divide(ApfloatInterval.point(2.0, digits + 5))).tan().negate().roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval s = x.sin();
        return s.inf() > 0 || s.sup() < 0 ? null : "cot: the argument " + x + " may contain a pole (sin of it contains 0)";
    }
}
