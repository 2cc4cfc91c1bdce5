package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousErf;

import java.math.BigDecimal;
import org.apfloat.Apfloat;

/**
 * Rigorous enclosures of erfc, which decreases from 2 to 0: erfc X = [erfc(sup X), erfc(inf X)], each
 * endpoint value enclosed as 1 − erf(p) with erf's rigorous Apfloat enclosure at enough digits that
 * the subtraction keeps full relative accuracy (about p²/ln 10 extra digits for p &gt; 0: erfc 10 ≈
 * 2·10⁻⁴⁵ still gets every digit). Beyond p = {@value #BOUND_FROM}, where that would need more than
 * 20 000 digits, the endpoint is enclosed by Abramowitz &amp; Stegun 7.1.13,
 * 2e^{−p²}/(√π(p + √(p² + 2))) &lt; erfc p ≤ 2e^{−p²}/(√π(p + √(p² + 4/π))), whose relative width is
 * below 0.2/p². In double, erfc p &lt; 2⁻¹⁰⁷⁴ for p ≥ 27.3 and the enclosure is [0, 2⁻¹⁰⁷⁴] there.
 * Entire: analytic everywhere.
 */
final class ErfcEnclosure implements RigorousFunction {

    /** Endpoints beyond this use the A&amp;S 7.1.13 bounds instead of 1 − erf. */
    static final double BOUND_FROM = 214.0;

    private static final double UNDERFLOW = 27.3;

    @Override
    public Interval enclose(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double lo = x.sup() == Double.POSITIVE_INFINITY || x.sup() >= UNDERFLOW ? 0.0
                : at(new Apfloat(new BigDecimal(x.sup())), 20).infDouble();
        double hi = x.inf() == Double.NEGATIVE_INFINITY ? 2.0
                : x.inf() >= UNDERFLOW ? Double.MIN_VALUE : at(new Apfloat(new BigDecimal(x.inf())), 20).supDouble();
        return Interval.of(Math.max(0.0, lo), Math.min(2.0, hi));
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        if (x.isEmpty()) {
            return x;
        }
        ApfloatInterval lo = x.isBoundedAbove() ? at(x.sup(), digits) : ApfloatInterval.point(0.0, digits);
        ApfloatInterval hi = x.isBoundedBelow() ? at(x.inf(), digits) : ApfloatInterval.point(2.0, digits);
        return lo.hull(hi).intersection(ApfloatInterval.of(0.0, 2.0, digits)).roundedTo(digits);
    }

    /** An enclosure of erfc(p) with about {@code digits} correct digits. */
    private static ApfloatInterval at(Apfloat p, long digits) {
        double pd = p.doubleValue();
        if (pd > BOUND_FROM) {
            return largeArgument(p, digits + 5);
        }
        long extra = pd > 0 ? (long) Math.ceil(pd * pd / Math.log(10)) + 5 : 5;
        long work = digits + extra;
        ApfloatInterval erf = ApfloatRigorousErf.erf(ApfloatInterval.point(p, work), work);
        return ApfloatInterval.point(1.0, work).subtract(erf);
    }

    /** A&amp;S 7.1.13 bounds for a large positive p, evaluated in rigorous interval arithmetic. */
    private static ApfloatInterval largeArgument(Apfloat p, long work) {
        // p exactly, at a finite precision that holds all its digits (square roots need one)
        ApfloatInterval x = ApfloatInterval.point(p.precision(Math.max(work, p.size())), work);
        ApfloatInterval x2 = x.sqr();
        ApfloatInterval twoExp = x2.negate().exp().multiply(ApfloatInterval.point(2.0, work));
        ApfloatInterval sqrtPi = ApfloatInterval.pi(work).sqrt();
        ApfloatInterval fourOverPi = ApfloatInterval.point(4.0, work).divide(ApfloatInterval.pi(work));
        ApfloatInterval lowDen = sqrtPi.multiply(x.add(x2.add(ApfloatInterval.point(2.0, work)).sqrt()));
        ApfloatInterval highDen = sqrtPi.multiply(x.add(x2.add(fourOverPi).sqrt()));
        ApfloatInterval low = twoExp.divide(lowDen);
        ApfloatInterval high = twoExp.divide(highDen);
        return low.hull(high);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
