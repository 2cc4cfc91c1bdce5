package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExp;

/**
 * Rigorous enclosures of expm1: eˣ − 1, increasing, tight near 0; entire. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class Expm1Enclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.expm1();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousExp.expm1(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
