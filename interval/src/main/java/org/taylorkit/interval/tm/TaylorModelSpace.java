package org.taylorkit.interval.tm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;

/**
 * The setting shared by Taylor models: named variables {@code x_i} ranging over a box
 * {@code X = X_1 × … × X_n} of bounded, non-empty intervals, an order {@code K}, and the expansion
 * point {@code m_i = mid(X_i)} (a double inside {@code X_i}). Polynomials are in the raw deviations
 * {@code δ_i = x_i − m_i}, which range over {@code D_i = X_i − m_i} (computed with outward rounding,
 * so {@code D_i} contains every exact deviation). For every monomial {@code δ^α} of degree up to
 * {@code 2K} the space holds a rigorous bound {@code B_α = Π_i pown(D_i, α_i)} of its range over the
 * box; the Taylor-model arithmetic uses them to sweep truncated terms and rounding errors into
 * remainders.
 *
 * <p>Create with {@link #of(Map, int)}; then {@link #variable(String)} and {@link #constant(Interval)}
 * give the Taylor models to start from, and {@link #arithmetic()} evaluates whole expressions.
 * Immutable and thread-safe.
 */
public final class TaylorModelSpace {

    private final Variables variables;
    /** The names {@code δx, δy, …} for printing polynomials in the deviations. */
    final Variables deviationNames;
    private final Interval[] domain;
    private final double[] center;
    private final Interval[] deviation;
    final MonomialTables tables;
    /** {@code B_p} and its magnitude for the monomials of the polynomial part. */
    final Interval[] lowBound;
    final double[] lowMag;
    /** The endpoints of each {@code B_p}, as doubles for the product's truncation tail ({@link TruncationTail}). */
    final double[] lowInf;
    final double[] lowSup;
    /** {@code B_h} for the high monomials (degree K+1). */
    final Interval[] highBound;
    /** The endpoints and magnitude of each {@code B_h}, as doubles for the product's hot loop. */
    final double[] highInf;
    final double[] highSup;
    final double[] highMag;
    /** {@code RoundedSums.FEW_SLACK·Σ_h |B_h|}, rounded up: the underflow allowance of the degree-(K+1) sums. */
    final double highSlack;
    private final TaylorModelArithmetic arithmetic;

    private TaylorModelSpace(Variables variables, Interval[] domain, int order, int cappedFrom, int cap, int cappedOrder) {
        this.variables = variables;
        this.deviationNames = Variables.of(variables.names().stream().map(n -> "δ" + n).toList());
        this.domain = domain;
        this.tables = MonomialTables.of(domain.length, order, cappedFrom, cap, cappedOrder);
        int n = domain.length;
        center = new double[n];
        deviation = new Interval[n];
        Interval[][] powers = new Interval[n][order + 2];
        for (int v = 0; v < n; v++) {
            center[v] = domain[v].mid();
            deviation[v] = domain[v].subtract(Interval.point(center[v]));
            for (int e = 0; e <= order + 1; e++) {
                powers[v][e] = deviation[v].pow(e);
            }
        }
        lowBound = new Interval[tables.size];
        lowMag = new double[tables.size];
        lowInf = new double[tables.size];
        lowSup = new double[tables.size];
        for (int p = 0; p < tables.size; p++) {
            lowBound[p] = monomialBound(powers, tables.low[p]);
            lowMag[p] = lowBound[p].mag();
            lowInf[p] = lowBound[p].inf();
            lowSup[p] = lowBound[p].sup();
        }
        highBound = new Interval[tables.high.length];
        highInf = new double[tables.high.length];
        highSup = new double[tables.high.length];
        highMag = new double[tables.high.length];
        for (int h = 0; h < highBound.length; h++) {
            highBound[h] = monomialBound(powers, tables.high[h]);
            highInf[h] = highBound[h].inf();
            highSup[h] = highBound[h].sup();
            highMag[h] = highBound[h].mag();
        }
        double magSum = 0.0;
        for (double m : highMag) {
            magSum = org.taylorkit.interval.DirectedRounding.addUp(magSum, m);
        }
        highSlack = org.taylorkit.interval.DirectedRounding.mulUp(RoundedSums.FEW_SLACK, magSum);
        arithmetic = new TaylorModelArithmetic(this, 0);
    }

    private static Interval monomialBound(Interval[][] powers, int[] e) {
        Interval b = Interval.point(1.0);
        for (int v = 0; v < e.length; v++) {
            if (e[v] != 0) {
                b = b.multiply(powers[v][e[v]]);
            }
        }
        return b;
    }

    /** The largest number of coefficients a polynomial part may have ({@link #of} refuses larger spaces). */
    public static final int MAX_COEFFICIENTS = MonomialTables.MAX_SIZE;

    /**
     * The space of Taylor models of order {@code order} over the box {@code domain} (variable names in
     * the map's iteration order, e.g. a {@link LinkedHashMap}).
     *
     * @throws IllegalArgumentException if the box has no variable, an interval is empty or unbounded,
     *     a name is not valid (see {@link Variables#of(String...)}), {@code order < 0}, or the
     *     polynomial part would be too large (more than {@link #MAX_COEFFICIENTS} coefficients)
     */
    public static TaylorModelSpace of(Map<String, Interval> domain, int order) {
        return of(domain, order, domain.size(), order);
    }

    /**
     * The space of Taylor models of order {@code order} over the box {@code domain} whose polynomial parts
     * leave out the monomials of degree above {@code cap} in the variables from position
     * {@code cappedFrom} on (in the map's order): their products go to the remainder like terms above the
     * order. For variables that stand for small quantities (e.g. error symbols scaled by the error's
     * radius, where the square of the radius is negligible) this keeps the model nearly as tight at a
     * fraction of the coefficients: 4 + 4 variables at order 5 have 1 287 coefficients, 406 with a cap of
     * 1 on the last 4. Every operation keeps the Taylor-model invariant whatever the cap; {@code cap ≥ order}
     * or {@code cappedFrom = } the number of variables is the plain space.
     *
     * @throws IllegalArgumentException as {@link #of(Map, int)}, or if {@code cappedFrom} is not between 0
     *     and the number of variables or {@code cap < 0}
     */
    public static TaylorModelSpace of(Map<String, Interval> domain, int order, int cappedFrom, int cap) {
        return of(domain, order, cappedFrom, cap, order);
    }

    /**
     * As {@link #of(Map, int, int, int)}, and the monomials that involve the capped variables are also
     * limited to total degree {@code cappedOrder} (the others still go up to {@code order}): for error
     * symbols, their dependence on the other variables is then kept to order {@code cappedOrder − 1}
     * (4 + 4 variables at order 5 with a cap of 2 and {@code cappedOrder} 3: 236 coefficients).
     *
     * @throws IllegalArgumentException as {@link #of(Map, int, int, int)}, or if {@code cappedOrder < 0}
     */
    public static TaylorModelSpace of(Map<String, Interval> domain, int order, int cappedFrom, int cap, int cappedOrder) {
        List<String> names = new ArrayList<>(domain.keySet());
        if (names.isEmpty()) {
            throw new IllegalArgumentException("TaylorModelSpace: the box has no variable");
        }
        Interval[] box = new Interval[names.size()];
        for (int i = 0; i < box.length; i++) {
            Interval x = domain.get(names.get(i));
            if (x == null || x.isEmpty() || !x.isBounded()) {
                throw new IllegalArgumentException("TaylorModelSpace: the interval of " + names.get(i) + " is "
                        + x + "; a Taylor model needs a non-empty bounded box");
            }
            box[i] = x;
        }
        if (cappedFrom < 0 || cappedFrom > box.length) {
            throw new IllegalArgumentException("TaylorModelSpace: the first capped variable must be a position from 0 to "
                    + box.length + ", got " + cappedFrom);
        }
        if (cap < 0 || cappedOrder < 0) {
            throw new IllegalArgumentException("TaylorModelSpace: the degree caps of " + names.subList(cappedFrom, box.length)
                    + " must be ≥ 0, got " + cap + " and " + cappedOrder);
        }
        return new TaylorModelSpace(Variables.of(names), box, order, cappedFrom, cap, cappedOrder);
    }

    /** The variable names, in order. */
    public Variables variables() {
        return variables;
    }

    /** The number of variables. */
    public int dimension() {
        return domain.length;
    }

    /** The order {@code K} of the polynomial parts. */
    public int order() {
        return tables.order;
    }

    /** The interval {@code X_i} of variable {@code i}. */
    public Interval domain(int i) {
        return domain[i];
    }

    /** The expansion point {@code m_i = mid(X_i)}. */
    public double center(int i) {
        return center[i];
    }

    /** The enclosure {@code D_i ⊇ X_i − m_i} of the deviations of variable {@code i}. */
    public Interval deviation(int i) {
        return deviation[i];
    }

    /**
     * The number of coefficients a polynomial part of {@code variables} variables of order {@code order}
     * has when the last {@code capped} of them have a joint degree cap {@code cap} (see
     * {@link #of(Map, int, int, int)}; {@code capped = 0}: C(n + K, K)).
     */
    public static long size(int variables, int order, int capped, int cap) {
        return size(variables, order, capped, cap, order);
    }

    /** As {@link #size(int, int, int, int)} with the capped variables' monomials limited to total degree {@code cappedOrder}. */
    public static long size(int variables, int order, int capped, int cap, int cappedOrder) {
        if (capped < 0 || capped > variables || cap < 0 || order < 0 || cappedOrder < 0) {
            throw new IllegalArgumentException("TaylorModelSpace.size: need 0 ≤ capped ≤ variables and cap, order, cappedOrder"
                    + " ≥ 0, got " + capped + " of " + variables + ", cap " + cap + ", order " + order + ", cappedOrder "
                    + cappedOrder);
        }
        return MonomialTables.size(variables, order, variables - capped, cap, cappedOrder);
    }

    /** The degree cap of the capped variables ({@link #of(Map, int, int, int)}; the order when none is set). */
    public int cap() {
        return tables.cap;
    }

    /** The largest total degree of a monomial that involves a capped variable (the order when none is set). */
    public int cappedOrder() {
        return tables.cappedOrder;
    }

    /** The position of the first capped variable (the dimension when none is). */
    public int cappedFrom() {
        return tables.cappedFrom;
    }

    /** The number of coefficients of a polynomial part, C(n + K, K) (fewer with a degree cap). */
    public int size() {
        return tables.size;
    }

    /**
     * The variable {@code name} as a Taylor model: polynomial {@code m_i + δ_i}, remainder
     * {@code [0, 0]} (exact; at order 0, or with a degree cap 0 on the variable, the polynomial is
     * {@code m_i} and the remainder {@code D_i}).
     *
     * @throws IllegalArgumentException if there is no such variable
     */
    public TaylorModel variable(String name) {
        int v = variables.indexOf(name);
        double[] c = new double[size()];
        c[0] = center[v];
        if (tables.linear[v] >= 0) {
            c[tables.linear[v]] = 1.0;
            return new TaylorModel(this, c, Interval.point(0.0));
        }
        return new TaylorModel(this, c, deviation[v]);
    }

    /**
     * The constant {@code x} as a Taylor model: polynomial {@code mid(x)}, remainder {@code x − mid(x)}
     * (outward rounded). An unbounded or empty {@code x} is rejected.
     *
     * @throws IllegalArgumentException if {@code x} is empty or unbounded
     */
    public TaylorModel constant(Interval x) {
        if (x.isEmpty() || !x.isBounded()) {
            throw new IllegalArgumentException("a Taylor model constant must be a non-empty bounded interval, got " + x);
        }
        double m = x.mid();
        double[] c = new double[size()];
        c[0] = m;
        return new TaylorModel(this, c, x.subtract(Interval.point(m)));
    }

    /** The exact constant {@code x}. @throws IllegalArgumentException if {@code x} is not finite */
    public TaylorModel constant(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("a Taylor model constant must be finite, got " + x);
        }
        double[] c = new double[size()];
        c[0] = x;
        return new TaylorModel(this, c, Interval.point(0.0));
    }

    /** The {@code Arithmetic<TaylorModel>} of this space, for {@code Expr.evaluate}. */
    public TaylorModelArithmetic arithmetic() {
        return arithmetic;
    }

    /**
     * The {@code Arithmetic<TaylorModel>} of this space whose products are cut at the lowest degree where
     * the cut terms stay within about {@code ratio} times the product's inherent remainder
     * {@code B(Pa)·Rb + B(Pb)·Ra + Ra·Rb} (the terms above that degree enclosed into the remainder, by degree,
     * and never formed: see {@link TaylorModel#multiply(TaylorModel, int)}); products of exact polynomials
     * stay full. The other operations as {@link #arithmetic()}. For the Taylor coefficients in time of a flow,
     * whose remainders grow with the order while their high-degree terms shrink. Every result is still a
     * Taylor model of the exact operation; only its width depends on the ratio.
     *
     * @throws IllegalArgumentException if {@code ratio} is not positive and finite
     */
    public TaylorModelArithmetic sweepingArithmetic(double ratio) {
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("sweepingArithmetic: the ratio must be positive and finite, got " + ratio);
        }
        return new TaylorModelArithmetic(this, ratio);
    }

    /** {@code m} itself if it belongs to this space. @throws IllegalArgumentException otherwise */
    TaylorModel same(TaylorModel m, String op) {
        if (m.space() != this) {
            throw new IllegalArgumentException(op + ": the Taylor model belongs to another space (" + m.space() + ", not "
                    + this + ")");
        }
        return m;
    }

    /** E.g. {@code Taylor models of order 5 over x ∈ [0.0, 1.0], y ∈ [-1.0, 1.0]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Taylor models of order " + order() + " over ");
        for (int i = 0; i < domain.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(variables.name(i)).append(" ∈ ").append(domain[i]);
        }
        return sb.toString();
    }
}
