package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousHyperbolic;

import static org.taylorkit.interval.function.RigorousFunctions.outside;

/**
 * Rigorous enclosures of acosh: inverse hyperbolic cosine on x ∩ [1, +∞]; analytic where x > 1. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class AcoshEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.acosh();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousHyperbolic.acosh(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > 1 ? null : outside("acosh", x, "(1, +∞)");
    }
}
