package org.taylorkit.interval;

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
