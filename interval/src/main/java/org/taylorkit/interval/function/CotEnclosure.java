package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * Rigorous enclosures of cot. Doubles: {@link RigorousReciprocal} (monotone pieces, double-double point values rounded once:
 * tightest up to an ulp; a pole inside gives the entire line). Apfloat: from the enclosures it is built of
 * (set-based division: an argument reaching a pole gives an unbounded result, never a wrong finite one).
 */
final class CotEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.cot(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        // cot x = −tan(x − π/2)
        return x.roundedTo(digits).subtract(ApfloatInterval.pi(digits + 5).divide(ApfloatInterval.point(2.0, digits + 5))).tan().negate().roundedTo(digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval s = x.sin();
        return s.inf() > 0 || s.sup() < 0 ? null : "cot: the argument " + x + " may contain a pole (sin of it contains 0)";
    }
}
