package org.taylorkit.interval.enclosure;

import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.Interval;

/**
 * The high-precision domain of the enclosure engine: {@link ApfloatInterval} at a fixed number of
 * digits (no Taylor models). Endpoint comparisons are exact ({@link Apfloat#compareTo}); infinite
 * endpoints are handled as such. Immutable.
 */
final class ApfloatIntervals implements IntervalDomain<ApfloatInterval> {

    private final long digits;
    private final ApfloatIntervalArithmetic ar;

    ApfloatIntervals(int digits) {
        this.digits = digits;
        this.ar = ApfloatIntervalArithmetic.ofDigits(digits);
    }

    @Override public Arithmetic<ApfloatInterval> arithmetic() { return ar; }
    @Override public ApfloatInterval divide(ApfloatInterval a, ApfloatInterval b) { return ar.divide(a, b); }

    @Override
    public Interval toDouble(ApfloatInterval x) {
        return x.isEmpty() ? Interval.empty() : Interval.of(x.infDouble(), x.supDouble());
    }

    @Override public boolean isEmpty(ApfloatInterval x) { return x.isEmpty(); }
    @Override public boolean isBounded(ApfloatInterval x) { return x.isBounded(); }
    @Override public boolean isPoint(ApfloatInterval x) { return x.isPoint(); }
    @Override public ApfloatInterval empty() { return ApfloatInterval.empty(digits); }
    @Override public ApfloatInterval hull(ApfloatInterval a, ApfloatInterval b) { return a.hull(b); }
    @Override public ApfloatInterval intersection(ApfloatInterval a, ApfloatInterval b) { return a.intersection(b); }

    @Override
    public ApfloatInterval[] bisect(ApfloatInterval x) {
        if (!x.isBounded() || x.isPoint()) {
            return null;
        }
        Apfloat m = x.mid();
        return m.compareTo(x.inf()) > 0 && m.compareTo(x.sup()) < 0 ? x.bisect() : null;
    }

    @Override
    public ApfloatInterval midpoint(ApfloatInterval x) {
        return ApfloatInterval.point(x.mid(), digits);
    }

    @Override public double width(ApfloatInterval x) { return x.widDouble(); }

    @Override
    public int compareInf(ApfloatInterval a, ApfloatInterval b) {
        if (!a.isBoundedBelow() || !b.isBoundedBelow()) {
            return Boolean.compare(a.isBoundedBelow(), b.isBoundedBelow());
        }
        return a.inf().compareTo(b.inf());
    }

    @Override
    public int compareSup(ApfloatInterval a, ApfloatInterval b) {
        if (!a.isBoundedAbove() || !b.isBoundedAbove()) {
            return Boolean.compare(!a.isBoundedAbove(), !b.isBoundedAbove());
        }
        return a.sup().compareTo(b.sup());
    }

    @Override
    public int compareInfSup(ApfloatInterval a, ApfloatInterval b) {
        if (!a.isBoundedBelow() || !b.isBoundedAbove()) {
            return -1;
        }
        return a.inf().compareTo(b.sup());
    }

    @Override
    public ApfloatInterval span(ApfloatInterval a, ApfloatInterval b) {
        if (!a.isBoundedBelow() || !b.isBoundedAbove()) {
            return ApfloatInterval.entire(digits);
        }
        Apfloat x = a.inf();
        Apfloat y = b.sup();
        return x.compareTo(y) <= 0 ? ApfloatInterval.of(x, y, digits) : ApfloatInterval.of(y, x, digits);
    }

    @Override public double widthUp(ApfloatInterval x) { return x.widDouble(); }

    @Override
    public ApfloatInterval taylorModelBound(Expr f, Map<String, ApfloatInterval> sides, List<String> vars, int order) {
        return null;
    }
}
