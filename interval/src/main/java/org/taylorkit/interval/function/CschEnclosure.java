package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of csch: 1/sinh x. Doubles: {@link RigorousReciprocal} (monotone pieces, double-double point values rounded once:
 * tightest up to an ulp; a pole inside gives the entire line). Apfloat: from the enclosures it is built of
 * (set-based division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CschEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.csch(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits).sinh());
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.contains(0.0) ? "csch: the argument " + x + " contains the pole 0" : null;
    }
}
