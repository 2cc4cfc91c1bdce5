package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousExpLogBases;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExpLogBases;

/**
 * Rigorous enclosures of exp2: 2^x, increasing, entire. Tight (exact cases stay exact): {@link RigorousExpLogBases}
 * and {@link ApfloatRigorousExpLogBases}; set-based (IEEE 1788).
 */
final class Exp2Enclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousExpLogBases.exp2(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousExpLogBases.exp2(x).roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
