package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousAtan;

import static org.taylorkit.interval.function.RigorousFunctions.inside;

/**
 * Rigorous enclosures of acos: arccosine on x ∩ [−1, 1]; analytic on (−1, 1). Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class AcosEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.acos();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousAtan.acos(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return inside("acos", x);
    }
}
