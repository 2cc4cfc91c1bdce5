package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of acoth: acoth x = atanh(1/x) on the part of x outside [−1, 1]. Doubles: {@link RigorousReciprocal} (monotone pieces, double-double point values rounded once:
 * tightest up to an ulp; a pole inside gives the entire line). Apfloat: from the enclosures it is built of
 * (set-based division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class AcothEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.acoth(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits)).atanh();
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > 1 || x.sup() < -1 ? null : RigorousFunctions.outside("acoth", x, "(−∞, −1) ∪ (1, +∞)");
    }
}
