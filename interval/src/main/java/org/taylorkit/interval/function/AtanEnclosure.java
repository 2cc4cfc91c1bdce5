package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousAtan;

/**
 * Rigorous enclosures of atan: arctangent; analytic on the reals. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class AtanEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.atan();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousAtan.atan(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
