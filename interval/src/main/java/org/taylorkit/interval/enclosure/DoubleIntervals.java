package org.taylorkit.interval.enclosure;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;

/** The double-interval domain of the enclosure engine, with Taylor models. Stateless. */
final class DoubleIntervals implements IntervalDomain<Interval> {

    static final DoubleIntervals INSTANCE = new DoubleIntervals();

    private DoubleIntervals() {
    }

    @Override public Arithmetic<Interval> arithmetic() { return IntervalArithmetic.INSTANCE; }
    @Override public Interval divide(Interval a, Interval b) { return a.divide(b); }
    @Override public Interval toDouble(Interval x) { return x; }
    @Override public boolean isEmpty(Interval x) { return x.isEmpty(); }
    @Override public boolean isBounded(Interval x) { return x.isBounded(); }
    @Override public boolean isPoint(Interval x) { return x.isPoint(); }
    @Override public Interval empty() { return Interval.empty(); }
    @Override public Interval hull(Interval a, Interval b) { return a.hull(b); }
    @Override public Interval intersection(Interval a, Interval b) { return a.intersection(b); }

    @Override
    public Interval[] bisect(Interval x) {
        double m = x.mid();
        return m > x.inf() && m < x.sup() ? x.bisect() : null;
    }

    @Override public Interval midpoint(Interval x) { return Interval.point(x.mid()); }
    @Override public double width(Interval x) { return x.wid(); }
    @Override public int compareInf(Interval a, Interval b) { return Double.compare(a.inf(), b.inf()); }
    @Override public int compareSup(Interval a, Interval b) { return Double.compare(a.sup(), b.sup()); }
    @Override public int compareInfSup(Interval a, Interval b) { return Double.compare(a.inf(), b.sup()); }

    @Override
    public Interval span(Interval a, Interval b) {
        return Interval.of(Math.min(a.inf(), b.sup()), Math.max(a.inf(), b.sup()));
    }

    @Override public double widthUp(Interval x) { return x.wid(); }

    @Override
    public Interval taylorModelBound(Expr f, Map<String, Interval> sides, List<String> vars, int order) {
        return taylorModel(f, sides, vars, order).bound();
    }

    /** The Taylor model of {@code f} over the expression's sides (one side if it has no variable). */
    static TaylorModel taylorModel(Expr f, Map<String, Interval> sides, List<String> vars, int order) {
        Map<String, Interval> used = new LinkedHashMap<>();
        for (String v : vars.isEmpty() ? List.of(sides.keySet().iterator().next()) : vars) {
            used.put(v, sides.get(v));
        }
        TaylorModelSpace space = TaylorModelSpace.of(used, order);
        Map<String, TaylorModel> bindings = new HashMap<>();
        for (String v : vars) {
            bindings.put(v, space.variable(v));
        }
        return f.evaluate(space.arithmetic(), bindings);
    }
}
