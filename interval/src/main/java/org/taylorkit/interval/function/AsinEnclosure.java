package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousAtan;

import static org.taylorkit.interval.function.RigorousFunctions.inside;

/**
 * Rigorous enclosures of asin: arcsine on x ∩ [−1, 1]; analytic on (−1, 1). Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class AsinEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.asin();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousAtan.asin(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return inside("asin", x);
    }
}
