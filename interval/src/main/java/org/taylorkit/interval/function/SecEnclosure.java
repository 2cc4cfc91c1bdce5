package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalPowers;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of sec: 1/cos x, from the enclosures it is built of (set-based IEEE 1788
 * division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class SecEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return IntervalPowers.recip(x.cos());
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits).cos());
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval c = x.cos();
        return c.inf() > 0 || c.sup() < 0 ? null : "sec: the argument " + x + " may contain a pole (cos of it contains 0)";
    }
}
