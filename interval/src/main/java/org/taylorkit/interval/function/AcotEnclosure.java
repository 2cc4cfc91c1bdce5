package org.taylorkit.interval.function;

import org.apfloat.Apfloat;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousReciprocal;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousAtan;

/**
 * Rigorous enclosures of acot on its continuous branch acot x = π/2 − atan x (range (0, π),
 * decreasing, analytic on all reals). Doubles: {@link RigorousReciprocal#acot} (endpoint values in
 * double-double rounded once: tightest up to an ulp). Apfloat: atan(1/x) where the whole argument
 * exceeds 1 (no cancellation), else π/2 − atan x, both from rigorous Apfloat enclosures.
 */
final class AcotEnclosure implements RigorousFunction {

    private static final Apfloat ONE = new Apfloat(1);

    @Override
    public Interval enclose(Interval x) {
        return RigorousReciprocal.acot(x);
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.inf().compareTo(ONE) > 0) {
            ApfloatInterval reciprocal = ApfloatInterval.point(1.0, digits).divide(x.roundedTo(digits));
            return ApfloatRigorousAtan.atan(reciprocal, digits);
        }
        ApfloatInterval halfPi = ApfloatInterval.pi(digits).divide(ApfloatInterval.point(2.0, digits));
        return halfPi.subtract(ApfloatRigorousAtan.atan(x, digits));
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return null;
    }
}
