package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousTrig;

/**
 * Rigorous enclosures of cos: cosine (rigorous argument reduction); entire. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class CosEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.cos();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousTrig.cos(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
