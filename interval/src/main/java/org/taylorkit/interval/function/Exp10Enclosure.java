package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousExpLogBases;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExpLogBases;

/**
 * Rigorous enclosures of exp10: 10^x, increasing, entire. Tight (exact cases stay exact): {@link RigorousExpLogBases}
 * and {@link ApfloatRigorousExpLogBases}; set-based (IEEE 1788).
 */
final class Exp10Enclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousExpLogBases.exp10(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousExpLogBases.exp10(x).roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
