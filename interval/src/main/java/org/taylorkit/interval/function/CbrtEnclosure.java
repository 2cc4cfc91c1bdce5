package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatIntervalBasic;

/**
 * Rigorous enclosures of cbrt: the real cube root; analytic where x ≠ 0. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class CbrtEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.cbrt();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatIntervalBasic.cbrt(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.contains(0.0) ? "cbrt: the argument " + x + " contains 0" : null;
    }
}
