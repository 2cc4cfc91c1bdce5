package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalPowers;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of csch: 1/sinh x, from the enclosures it is built of (set-based IEEE 1788
 * division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CschEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return IntervalPowers.recip(x.sinh());
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits).sinh());
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.contains(0.0) ? "csch: the argument " + x + " contains the pole 0" : null;
    }
}
