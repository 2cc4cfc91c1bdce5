package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExp;

/**
 * Rigorous enclosures of exp: eˣ, increasing; entire. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class ExpEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.exp();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousExp.exp(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
