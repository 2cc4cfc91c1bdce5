package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of coth: 1/tanh x. Doubles: {@link RigorousReciprocal} (monotone pieces, double-double point values rounded once:
 * tightest up to an ulp; a pole inside gives the entire line). Apfloat: from the enclosures it is built of
 * (set-based division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CothEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.coth(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return one(x, digits).divide(x.roundedTo(digits).tanh());
    }

    private static ApfloatInterval one(ApfloatInterval x, long digits) {
        return ApfloatInterval.point(1.0, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.contains(0.0) ? "coth: the argument " + x + " contains the pole 0" : null;
    }
}
