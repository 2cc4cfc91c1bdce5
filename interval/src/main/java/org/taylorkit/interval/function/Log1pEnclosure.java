package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousLog;

import static org.taylorkit.interval.function.RigorousFunctions.outside;

/**
 * Rigorous enclosures of log1p: ln(1 + x) on x ∩ (−1, +∞]; analytic where x > −1. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class Log1pEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.log1p();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousLog.log1p(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > -1 ? null : outside("log1p", x, "(−1, +∞)");
    }
}
