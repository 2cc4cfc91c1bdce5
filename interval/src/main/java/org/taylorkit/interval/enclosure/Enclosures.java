package org.taylorkit.interval.enclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;

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

    private static final EnclosureEngine<Interval> DOUBLE = new EnclosureEngine<>(DoubleIntervals.INSTANCE);

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
        checkOrder(EnclosureMethod.TAYLOR, order);
        return direct(f, box, EnclosureMethod.TAYLOR, order);
    }

    /**
     * The bound of a Taylor model of order {@code order ≥ 0}, intersected with the natural extension.
     *
     * @throws IllegalArgumentException if {@code order < 0} or the model would be too large
     */
    public static RangeEnclosure taylorModel(Expr f, Box box, int order) {
        checkOrder(EnclosureMethod.TAYLOR_MODEL, order);
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
        checkTolerance(tol);
        return bisected(DOUBLE, f, box.asMap(), box, tol, false, inner, order, maxBoxes, 0);
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
        return bisected(DOUBLE, f, box.asMap(), box, DEFAULT_RELATIVE_TOLERANCE, true, inner, order, DEFAULT_MAX_BOXES, 0);
    }

    /**
     * The enclosure by {@code method}; {@code BISECT} uses a Taylor-model inner method and the default
     * relative tolerance. {@code order} is ignored by the natural and mean-value methods.
     */
    public static RangeEnclosure enclose(Expr f, Box box, EnclosureMethod method, int order) {
        if (method == EnclosureMethod.BISECT) {
            return bisect(f, box, EnclosureMethod.TAYLOR_MODEL, order);
        }
        checkOrder(method, order);
        return direct(f, box, method, order);
    }

    // ------------------------------------------------------------------ high precision

    /**
     * The enclosure by {@code method} in high-precision interval arithmetic
     * ({@link ApfloatInterval} at {@code digits} significant digits) over the box's high-precision
     * sides ({@link Box#highPrecisionSides(int)}). The result's
     * {@link RangeEnclosure#highPrecisionRange()} holds the enclosure; {@link RangeEnclosure#range()}
     * is its outward double enclosure. Taylor models are double-only, so {@code BISECT} uses the
     * Taylor form of order {@code order} on each sub-box, with the default relative tolerance.
     *
     * @throws IllegalArgumentException for {@code TAYLOR_MODEL}, {@code digits < 1} or an invalid order
     */
    public static RangeEnclosure enclose(Expr f, Box box, EnclosureMethod method, int order, int digits) {
        return highPrecision(f, box, method, order, digits, DEFAULT_RELATIVE_TOLERANCE, true, DEFAULT_MAX_BOXES);
    }

    /**
     * Adaptive bisection in high-precision interval arithmetic: as
     * {@link #bisect(Expr, Box, double, EnclosureMethod, int, int)}, with {@code inner} one of
     * {@code NATURAL}, {@code MEAN_VALUE}, {@code TAYLOR} computed at {@code digits} digits.
     *
     * @throws IllegalArgumentException for {@code inner = TAYLOR_MODEL} or {@code BISECT}, a bad
     *     tolerance, order, budget or number of digits
     */
    public static RangeEnclosure bisect(Expr f, Box box, double tol, EnclosureMethod inner, int order, int maxBoxes,
            int digits) {
        checkTolerance(tol);
        if (inner == EnclosureMethod.TAYLOR_MODEL) {
            throw new IllegalArgumentException("taylor-model: Taylor models are available in double precision only");
        }
        ApfloatIntervals dom = new ApfloatIntervals(checkDigits(digits));
        return bisected(new EnclosureEngine<>(dom), f, box.highPrecisionSides(digits), box, tol, false, inner, order,
                maxBoxes, digits);
    }

    private static RangeEnclosure highPrecision(Expr f, Box box, EnclosureMethod method, int order, int digits,
            double tol, boolean relative, int maxBoxes) {
        if (method == EnclosureMethod.TAYLOR_MODEL) {
            throw new IllegalArgumentException("taylor-model: Taylor models are available in double precision only;"
                    + " use taylor, mean-value or bisect with high precision");
        }
        EnclosureEngine<ApfloatInterval> engine = new EnclosureEngine<>(new ApfloatIntervals(checkDigits(digits)));
        Map<String, ApfloatInterval> sides = box.highPrecisionSides(digits);
        if (method == EnclosureMethod.BISECT) {
            return bisected(engine, f, sides, box, tol, relative, EnclosureMethod.TAYLOR, order, maxBoxes, digits);
        }
        checkOrder(method, order);
        EnclosureEngine.Outcome<ApfloatInterval> o = engine.single(f, sides, method, order, symbols(f, box));
        return RangeEnclosure.direct(engine.dom.toDouble(o.range()), method, shownOrder(method, order), o.note())
                .withHighPrecision(o.range(), digits);
    }

    private static int checkDigits(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be ≥ 1, got " + digits);
        }
        return digits;
    }

    // ------------------------------------------------------------------ other views

    /**
     * The Taylor model of {@code f} of order {@code order} over the expression's sides of {@code box}.
     *
     * @throws org.taylorkit.interval.tm.TaylorModelDomainException if a function may not be smooth on
     *     its argument's range
     * @throws IllegalArgumentException if a symbol has no side, a side is unbounded, or the order is invalid
     */
    public static TaylorModel taylorModelOf(Expr f, Box box, int order) {
        return DoubleIntervals.taylorModel(f, box.asMap(), symbols(f, box), order);
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
        BoxSeriesArithmetic<Interval> ar = new BoxSeriesArithmetic<>(DoubleIntervals.INSTANCE,
                Variables.of(List.copyOf(box.names())), order);
        Map<String, FieldTaylorN<Interval>> bindings = new HashMap<>();
        for (String v : box.names()) {
            bindings.put(v, ar.variable(v, box.get(v)));
        }
        return f.evaluate(ar, bindings);
    }

    // ------------------------------------------------------------------ plumbing

    private static RangeEnclosure direct(Expr f, Box box, EnclosureMethod method, int order) {
        EnclosureEngine.Outcome<Interval> o = DOUBLE.single(f, box.asMap(), method, order, symbols(f, box));
        return RangeEnclosure.direct(o.range(), method, shownOrder(method, order), o.note());
    }

    private static int shownOrder(EnclosureMethod method, int order) {
        return method == EnclosureMethod.NATURAL || method == EnclosureMethod.MEAN_VALUE ? 0 : order;
    }

    private static <I> RangeEnclosure bisected(EnclosureEngine<I> engine, Expr f, Map<String, I> sides, Box box,
            double tol, boolean relative, EnclosureMethod inner, int order, int maxBoxes, int digits) {
        List<String> vars = symbols(f, box);
        if (digits == 0) {
            Optional<String> unbounded = UnboundedQuotient.proof(DOUBLE, f, box.asMap());
            if (unbounded.isPresent()) { // [−∞, +∞] is then the exact hull: nothing to refine
                return new RangeEnclosure(Interval.entire(), EnclosureMethod.BISECT, inner, shownOrder(inner, order), 0,
                        tol, 0, true, unbounded.get());
            }
        }
        Bisection.Result<I> r = Bisection.run(engine, f, sides, vars, tol, relative, inner, order, maxBoxes);
        boolean empty = engine.dom.isEmpty(r.range());
        RangeEnclosure e = new RangeEnclosure(engine.dom.toDouble(r.range()), EnclosureMethod.BISECT, inner,
                shownOrder(inner, order), r.count(), r.tol(), empty ? 0 : r.excess(), empty || r.met(), r.note());
        return digits == 0 ? e : e.withHighPrecision((ApfloatInterval) r.range(), digits);
    }

    private static void checkTolerance(double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("bisect: the tolerance must be ≥ 0, got " + tol);
        }
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

    static void checkOrder(EnclosureMethod method, int order) {
        if (method == EnclosureMethod.TAYLOR && order < 1 || order < 0) {
            throw new IllegalArgumentException(method.cliName() + ": the order must be ≥ "
                    + (method == EnclosureMethod.TAYLOR ? 1 : 0) + ", got " + order);
        }
    }
}
