package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousErf;

/**
 * Rigorous enclosures of erf: the error function; entire. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class ErfEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.erf();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousErf.erf(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
