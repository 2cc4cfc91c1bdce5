package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousExpLogBases;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExpLogBases;

/**
 * Rigorous enclosures of log2: log₂ x on x ∩ (0, +∞], analytic where x > 0. Tight (exact cases stay exact): {@link RigorousExpLogBases}
 * and {@link ApfloatRigorousExpLogBases}; set-based (IEEE 1788).
 */
final class Log2Enclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousExpLogBases.log2(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousExpLogBases.log2(x).roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > 0 ? null : RigorousFunctions.outside("log2", x, "(0, +∞)");
    }
}
