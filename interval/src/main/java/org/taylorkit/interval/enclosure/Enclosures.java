package org.taylorkit.interval.enclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelSpace;

/**
 * Rigorous enclosures of the range {@code f(X) = {f(x) : x ∈ X, f defined at x}} of an expression
 * over a {@link Box}. Every method returns a {@link RangeEnclosure} whose interval contains
 * {@code f(X)} — always; they differ in tightness and cost:
 * <ul>
 *   <li>{@link #natural}: the expression evaluated in interval arithmetic (IEEE 1788 set semantics,
 *       so parts of the box where {@code f} is undefined are ignored: {@code sqrt(x)} over
 *       {@code [−1, 4]} gives {@code [0, 2]}). Rigorous by the inclusion property of each operation.
 *       Overestimates when a variable occurs more than once ({@code x − x} over {@code [0, 1]} gives
 *       {@code [−1, 1]}).</li>
 *   <li>{@link #meanValue}: {@code f(m) + ∇f(X)·(X − m)}, with the gradient enclosed by an interval
 *       {@code TaylorN} of order 1 over the box; overestimation {@code O(width²)}.</li>
 *   <li>{@link #taylorForm}: the order-{@code k} Taylor polynomial at the midpoint plus the Lagrange
 *       remainder {@code Σ_{|α|=k} c_α(X)(X − m)^α} from interval Taylor coefficients over the box
 *       (see {@link TaylorForms} for the argument).</li>
 *   <li>{@link #taylorModel}: the bound of a {@link TaylorModel} of {@code f}; overestimation
 *       {@code O(width^{k+1})}, and exact cancellation of the dependency problem.</li>
 *   <li>{@link #bisect}: branch and bound over sub-boxes with one of the above on each.</li>
 * </ul>
 *
 * <p><b>When derivatives do not exist.</b> The derivative-based methods need {@code f} analytic on
 * a neighbourhood of the box. The natural extension is always computed first, with every operation
 * checked by {@link org.taylorkit.interval.tm.Smoothness}; if an operation may not be smooth (a
 * square root at 0, a division by an interval containing 0, a box meeting a branch cut), or a series
 * or Taylor model cannot be formed, the result is the natural extension and {@link RangeEnclosure#note()}
 * says why. When both are available the result is their intersection (both contain the range).
 *
 * <p>Only the expression's symbols need sides in the box (extra sides are ignored). Thread-safe.
 */
public final class Enclosures {

    /** The default order of Taylor forms and models (also of the inner method of bisection). */
    public static final int DEFAULT_ORDER = 5;

    /** The default budget of sub-box enclosures of a bisection. */
    public static final int DEFAULT_MAX_BOXES = 5000;

    /** The default tolerance of a bisection, relative to {@code max(1, magnitude of the range)}. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-6;

    private Enclosures() {
    }

    /** The natural interval extension of {@code f} over {@code box}. */
    public static RangeEnclosure natural(Expr f, Box box) {
        return direct(f, box, EnclosureMethod.NATURAL, 0);
    }

    /** The mean-value form (falls back to the natural extension where {@code f} may not be smooth). */
    public static RangeEnclosure meanValue(Expr f, Box box) {
        return direct(f, box, EnclosureMethod.MEAN_VALUE, 1);
    }

    /**
     * The Taylor form of order {@code order ≥ 1} (order 1 is the mean-value form).
     *
     * @throws IllegalArgumentException if {@code order < 1}
     */
    public static RangeEnclosure taylorForm(Expr f, Box box, int order) {
        if (order < 1) {
            throw new IllegalArgumentException("taylorForm: the order must be ≥ 1, got " + order);
        }
        return direct(f, box, EnclosureMethod.TAYLOR, order);
    }

    /**
     * The bound of a Taylor model of order {@code order ≥ 0}, intersected with the natural extension.
     *
     * @throws IllegalArgumentException if {@code order < 0} or the model would be too large
     */
    public static RangeEnclosure taylorModel(Expr f, Box box, int order) {
        if (order < 0) {
            throw new IllegalArgumentException("taylorModel: the order must be ≥ 0, got " + order);
        }
        return direct(f, box, EnclosureMethod.TAYLOR_MODEL, order);
    }

    /**
     * Adaptive bisection to within {@code tol} of the true range, with {@code inner} on each
     * sub-box, order {@link #DEFAULT_ORDER} and at most {@link #DEFAULT_MAX_BOXES} sub-boxes.
     *
     * @see #bisect(Expr, Box, double, EnclosureMethod, int, int)
     */
    public static RangeEnclosure bisect(Expr f, Box box, double tol, EnclosureMethod inner) {
        return bisect(f, box, tol, inner, DEFAULT_ORDER, DEFAULT_MAX_BOXES);
    }

    /**
     * Adaptive bisection (branch and bound). The box is split, widest side of the expression's
     * variables first, where the enclosure's lower or upper end comes from, until the enclosure is
     * provably at most {@code tol} wider than the true range ({@link RangeEnclosure#excess()}) or
     * {@code maxBoxes} sub-box enclosures have been computed (then {@link RangeEnclosure#toleranceMet()}
     * is false and the best enclosure found is returned). Sub-boxes that cannot move either end are
     * pruned. The result is rigorous either way: it is the hull of enclosures of a partition of the
     * box (see {@link Bisection}).
     *
     * @param tol the tolerance on the excess width (≥ 0); use {@link #bisect(Expr, Box, EnclosureMethod)}
     *     for the default relative tolerance
     * @param inner the method on each sub-box (not {@code BISECT})
     * @param order the order of the inner Taylor form or model
     * @param maxBoxes the budget of sub-box enclosures (≥ 1)
     * @throws IllegalArgumentException for a negative or NaN {@code tol}, {@code inner = BISECT},
     *     an invalid order or {@code maxBoxes < 1}
     */
    public static RangeEnclosure bisect(Expr f, Box box, double tol, EnclosureMethod inner, int order, int maxBoxes) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("bisect: the tolerance must be ≥ 0, got " + tol);
        }
        return Bisection.run(f, box, tol, false, inner, order, maxBoxes);
    }

    /**
     * Adaptive bisection with the default tolerance {@code 1e-6·max(1, M)}, {@code M} the magnitude
     * of the first enclosure of the whole box (or, if that is unbounded, of the value at its
     * midpoint), order {@link #DEFAULT_ORDER} and budget {@link #DEFAULT_MAX_BOXES}.
     */
    public static RangeEnclosure bisect(Expr f, Box box, EnclosureMethod inner) {
        return bisect(f, box, inner, DEFAULT_ORDER);
    }

    /**
     * Adaptive bisection with the default relative tolerance (see {@link #bisect(Expr, Box, EnclosureMethod)}),
     * the default budget and the given order of the inner method.
     */
    public static RangeEnclosure bisect(Expr f, Box box, EnclosureMethod inner, int order) {
        return Bisection.run(f, box, DEFAULT_RELATIVE_TOLERANCE, true, inner, order, DEFAULT_MAX_BOXES);
    }

    /**
     * The enclosure by {@code method}; {@code BISECT} uses a Taylor-model inner method and the default
     * relative tolerance. {@code order} is ignored by the natural and mean-value methods.
     */
    public static RangeEnclosure enclose(Expr f, Box box, EnclosureMethod method, int order) {
        switch (method) {
            case NATURAL: return natural(f, box);
            case MEAN_VALUE: return meanValue(f, box);
            case TAYLOR: return taylorForm(f, box, order);
            case TAYLOR_MODEL: return taylorModel(f, box, order);
            default:
                checkOrder(EnclosureMethod.TAYLOR_MODEL, order);
                return Bisection.run(f, box, DEFAULT_RELATIVE_TOLERANCE, true, EnclosureMethod.TAYLOR_MODEL, order,
                        DEFAULT_MAX_BOXES);
        }
    }

    /**
     * The Taylor model of {@code f} of order {@code order} over the expression's sides of {@code box}.
     *
     * @throws org.taylorkit.interval.tm.TaylorModelDomainException if a function may not be smooth on
     *     its argument's range
     * @throws IllegalArgumentException if a symbol has no side, a side is unbounded, or the order is invalid
     */
    public static TaylorModel taylorModelOf(Expr f, Box box, int order) {
        List<String> vars = symbols(f, box);
        Map<String, Interval> sides = new LinkedHashMap<>();
        for (String v : vars.isEmpty() ? List.copyOf(box.names()).subList(0, 1) : vars) {
            sides.put(v, box.get(v));
        }
        TaylorModelSpace space = TaylorModelSpace.of(sides, order);
        Map<String, TaylorModel> bindings = new HashMap<>();
        for (String v : vars) {
            bindings.put(v, space.variable(v));
        }
        return f.evaluate(space.arithmetic(), bindings);
    }

    /**
     * The interval Taylor series of {@code f} with the box itself as expansion point: in the
     * variables of the box, order {@code order}, each coefficient an interval containing that
     * Taylor coefficient of {@code f} at every point of the box.
     *
     * @throws ArithmeticException if the series does not exist over the box (as for point series:
     *     e.g. {@code log} of a series whose constant term contains 0)
     */
    public static FieldTaylorN<Interval> intervalSeries(Expr f, Box box, int order) {
        symbols(f, box);
        BoxSeriesArithmetic ar = new BoxSeriesArithmetic(Variables.of(List.copyOf(box.names())), order);
        Map<String, FieldTaylorN<Interval>> bindings = new HashMap<>();
        for (String v : box.names()) {
            bindings.put(v, ar.variable(v, box.get(v)));
        }
        return f.evaluate(ar, bindings);
    }

    // ------------------------------------------------------------------ engine

    /** An interval and the reason for a fallback, if any. */
    record Outcome(Interval range, String note) {
    }

    private static RangeEnclosure direct(Expr f, Box box, EnclosureMethod method, int order) {
        Outcome o = single(f, box, method, order, symbols(f, box));
        return RangeEnclosure.direct(o.range(), method, method == EnclosureMethod.NATURAL
                || method == EnclosureMethod.MEAN_VALUE ? 0 : order, o.note());
    }

    /** The expression's symbols, all of which must be sides of the box. */
    static List<String> symbols(Expr f, Box box) {
        List<String> vars = new ArrayList<>();
        for (String s : f.symbols()) {
            if (!box.has(s)) {
                throw new IllegalArgumentException("unknown variable '" + s + "' in \"" + f
                        + "\": the box has " + String.join(", ", box.names()));
            }
            vars.add(s);
        }
        return vars;
    }

    static void checkOrder(EnclosureMethod inner, int order) {
        if (inner == EnclosureMethod.TAYLOR && order < 1 || order < 0) {
            throw new IllegalArgumentException(inner.cliName() + ": invalid order " + order);
        }
    }

    /** The natural extension with the smoothness record. */
    static Interval natural(Expr f, Box box, CheckedIntervalArithmetic ca) {
        return f.evaluate(ca, box.asMap());
    }

    /** One enclosure of {@code f} over {@code box} by a direct (non-bisecting) method. */
    static Outcome single(Expr f, Box box, EnclosureMethod method, int order, List<String> vars) {
        CheckedIntervalArithmetic ca = new CheckedIntervalArithmetic();
        Interval nat = natural(f, box, ca);
        if (method == EnclosureMethod.NATURAL || nat.isEmpty() || vars.isEmpty()) {
            return new Outcome(nat, null);
        }
        String name = method.cliName();
        if (!box.isBounded()) {
            return new Outcome(nat, name + " needs a bounded box; the natural extension was used");
        }
        Interval other;
        try {
            if (method == EnclosureMethod.TAYLOR_MODEL) {
                other = taylorModelOf(f, box, order).bound();
            } else {
                if (!ca.smooth()) {
                    return new Outcome(nat, name + " form not applicable (" + ca.violation()
                            + "); the natural extension was used");
                }
                other = TaylorForms.taylorForm(f, box, vars, method == EnclosureMethod.MEAN_VALUE ? 1 : order);
            }
        } catch (ArithmeticException e) {
            return new Outcome(nat, name + " not applicable (" + e.getMessage() + "); the natural extension was used");
        }
        return new Outcome(intersect(nat, other, f, box, name), null);
    }

    /** {@code a ∩ b} for two enclosures of the same non-empty range; an empty result proves a bug. */
    static Interval intersect(Interval a, Interval b, Expr f, Box box, String method) {
        Interval r = a.intersection(b);
        if (r.isEmpty() && !a.isEmpty() && !b.isEmpty()) {
            throw new IllegalStateException("internal error: the natural extension " + a + " and the " + method
                    + " enclosure " + b + " of " + f + " over " + box + " are disjoint");
        }
        return r;
    }
}
