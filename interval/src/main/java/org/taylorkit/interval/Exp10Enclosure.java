package org.taylorkit.interval;

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
