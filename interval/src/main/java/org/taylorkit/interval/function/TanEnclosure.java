package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousTrig;

/**
 * Rigorous enclosures of tan: tangent (the whole line where x may contain a pole); analytic where cos x ≠ 0. Set-based (IEEE 1788): points outside the domain
 * are dropped, an argument wholly outside gives the empty set.
 */
final class TanEnclosure implements RigorousFunction {

    @Override
    public Interval enclose(Interval x) {
        return x.tan();
    }

    @Override
    public ApfloatInterval enclose(ApfloatInterval x, long digits) {
        return ApfloatRigorousTrig.tan(x, digits);
    }

    @Override
    public String notAnalyticOn(Interval x) {
        Interval c = x.cos();
        return c.inf() > 0 || c.sup() < 0 ? null
                : "tan: the argument " + x + " may contain a pole (cos of it contains 0)";
    }
}
