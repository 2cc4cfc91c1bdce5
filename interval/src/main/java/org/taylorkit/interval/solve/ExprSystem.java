package org.taylorkit.interval.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.enclosure.Enclosures;

/**
 * Expressions {@code f_1 … f_m} in the variables {@code x_1 … x_n} (a fixed order), evaluated over
 * boxes given as interval arrays: the natural interval extension, and interval Taylor series over a
 * box or at a point ({@link Enclosures#intervalSeries}), from which come value, gradient and Hessian
 * enclosures valid at every point of the box. Thread-safe (stateless apart from the expressions).
 */
final class ExprSystem {

    private final List<Expr> fs;
    private final List<String> names;

    ExprSystem(List<Expr> fs, List<String> names) {
        this.fs = List.copyOf(fs);
        this.names = List.copyOf(names);
        for (Expr f : fs) {
            for (String s : f.symbols()) {
                if (!names.contains(s)) {
                    throw new IllegalArgumentException("unknown variable '" + s + "' in \"" + f
                            + "\": the box has " + String.join(", ", names));
                }
            }
        }
    }

    int size() {
        return fs.size();
    }

    int dimension() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    private Map<String, Interval> bind(Interval[] x) {
        Map<String, Interval> m = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            m.put(names.get(i), x[i]);
        }
        return m;
    }

    /** The natural interval extension of {@code f_k} over {@code x} (IEEE 1788 set semantics). */
    Interval value(int k, Interval[] x) {
        return fs.get(k).evaluate(IntervalArithmetic.INSTANCE, bind(x));
    }

    /**
     * The interval Taylor series of {@code f_k} of order {@code order} with the box {@code x} as
     * expansion point (each coefficient contains that Taylor coefficient at every point of {@code x});
     * null when a series cannot be formed or has an unbounded or empty coefficient.
     */
    FieldTaylorN<Interval> series(int k, Interval[] x, int order) {
        FieldTaylorN<Interval> s;
        try {
            s = Enclosures.intervalSeries(fs.get(k), BoxGeometry.box(names, x), order);
        } catch (ArithmeticException | IllegalArgumentException notFormed) {
            return null;
        }
        for (Interval c : s.coefficients()) {
            if (c.isEmpty() || !c.isBounded()) {
                return null;
            }
        }
        return s;
    }

    /**
     * Whether every {@code f_k} is proven analytic on a neighbourhood of {@code x} (every operation
     * checked on its argument's range, as the mean-value form of {@link Enclosures} does): the
     * hypothesis of the mean-value theorem behind every derivative-based test of this package.
     */
    boolean smooth(Interval[] x) {
        for (Interval s : x) {
            if (!s.isBounded()) {
                return false;
            }
        }
        org.taylorkit.interval.enclosure.Box box = BoxGeometry.box(names, x);
        for (Expr f : fs) {
            org.taylorkit.interval.enclosure.RangeEnclosure r = Enclosures.meanValue(f, box);
            if (r.note().isPresent() || r.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
