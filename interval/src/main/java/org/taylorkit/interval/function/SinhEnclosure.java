package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousHyperbolic;

/**
 * Rigorous enclosures of sinh: hyperbolic sine; entire. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class SinhEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.sinh();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousHyperbolic.sinh(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
