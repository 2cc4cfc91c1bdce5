package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousHyperbolic;

/**
 * Rigorous enclosures of tanh: hyperbolic tangent; analytic on the reals. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class TanhEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.tanh();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousHyperbolic.tanh(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
