package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatIntervalBasic;

import static org.taylorkit.interval.function.RigorousFunctions.outside;

/**
 * Rigorous enclosures of sqrt: √x on x ∩ [0, +∞] (set-based: the negative part is outside the domain); analytic where x > 0. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class SqrtEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.sqrt();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatIntervalBasic.sqrt(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        return x.inf() > 0 ? null : outside("sqrt", x, "(0, +∞)");
    }
}
