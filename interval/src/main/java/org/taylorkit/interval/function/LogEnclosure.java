package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousLog;

import static org.taylorkit.interval.function.RigorousFunctions.outside;

/**
 * Rigorous enclosures of log: ln x on x ∩ (0, +∞]; analytic where x > 0. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class LogEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.log();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousLog.log(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > 0 ? null : outside("log", x, "(0, +∞)");
    }
}
