package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatIntervalBasic;

/**
 * Rigorous enclosures of abs: |x|; analytic where x ≠ 0. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class AbsEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.abs();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatIntervalBasic.abs(x).roundOut(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.contains(0.0) ? "abs: the argument " + x + " contains 0" : null;
    }
}
