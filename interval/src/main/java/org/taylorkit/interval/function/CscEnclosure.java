package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalPowers;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of csc: 1/sin x, from the enclosures it is built of (set-based IEEE 1788
 * division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CscEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return IntervalPowers.recip(x.sin());
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits).sin());
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval s = x.sin();
        return s.inf() > 0 || s.sup() < 0 ? null : "csc: the argument " + x + " may contain a pole (sin of it contains 0)";
    }
}
