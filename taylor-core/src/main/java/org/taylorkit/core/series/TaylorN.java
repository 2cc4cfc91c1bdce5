package org.taylorkit.core.series;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.SingularExpansionException;

import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.TermFormat;
import org.taylorkit.core.multi.Variables;

/**
 * A truncated Taylor polynomial in several variables: the expansion
 * {@code f(x₀ + δ) = Σ_{|α| ≤ N} c_α δ^α + O(|δ|^{N+1})} of a function of the named {@link Variables} at
 * a point x₀, where {@code δ = x − x₀} are the displacements and {@code N} is the order (the highest
 * total degree kept). Immutable and thread-safe.
 *
 * <p><b>Storage.</b> One {@code double[]} holds the homogeneous parts of degree 0..N in graded-lex
 * order (see {@link MonomialIndex}): C(n + N, N) coefficients for n variables. The index tables and the
 * product schedules are shared by all series with the same number of variables and order.
 *
 * <p><b>Operands.</b> Series combined by a binary operation must have equal {@link Variables}
 * (otherwise {@link IllegalArgumentException} naming both sets, e.g. "variables (x, y) vs (x, z)").
 * Series of different orders combine to the smaller order, as {@code Taylor1} does: the coefficients
 * above it are unknown in the shorter operand, and truncating the longer one is exact.
 *
 * <p><b>Functions.</b> Every elementary function runs the univariate recurrence kernels over the
 * homogeneous parts (a multivariate series is a univariate series in a scaling variable s along
 * x₀ + s·δ; see {@link org.taylorkit.core.multi.HomogeneousArithmetic}); the formulas therefore live only
 * in {@code org.taylorkit.core.kernels}. Where no expansion exists (log at 0, √ at 0 of a non-zero
 * series, a divisor with zero constant term, …) a {@link SingularExpansionException} names the function
 * and the constant term. Unlike {@code Taylor1}, a vanishing constant term cannot be factored out
 * (δ-monomials of the same degree do not divide each other), so only the all-zero series is exempt.
 */
public final class TaylorN {

    private final Variables vars;
    private final MonomialIndex index;
    private final double[] c;

    TaylorN(Variables vars, MonomialIndex index, double[] c) {
        this.vars = vars;
        this.index = index;
        this.c = c;
    }

    static MonomialIndex indexOf(Variables vars, int order) {
        return TaylorNConstruction.indexOf(vars, order);
    }

    // ------------------------------------------------------------------ construction

    /**
     * The constant {@code value} as a series of this order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static TaylorN constant(Variables vars, double value, int order) {
        MonomialIndex idx = indexOf(vars, order);
        double[] c = new double[idx.size()];
        c[0] = value;
        return new TaylorN(vars, idx, c);
    }

    /** The zero series of this order. */
    public static TaylorN zero(Variables vars, int order) {
        return constant(vars, 0.0, order);
    }

    /**
     * The independent variable {@code name} expanded at {@code value}: {@code value + δname}.
     *
     * @throws IllegalArgumentException if {@code name} is not one of {@code vars} (naming the known
     *     ones) or {@code order < 0}
     */
    public static TaylorN variable(Variables vars, String name, double value, int order) {
        MonomialIndex idx = indexOf(vars, order);
        return new TaylorN(vars, idx, TaylorNConstruction.variable(idx, vars.indexOf(name), value));
    }

    /**
     * All variables at once: element i is {@code point[i] + δ(name i)}.
     *
     * @throws IllegalArgumentException if {@code point.length != vars.size()}
     */
    public static TaylorN[] variables(Variables vars, double[] point, int order) {
        TaylorNConstruction.checkPoint(vars, point);
        TaylorN[] xs = new TaylorN[point.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = variable(vars, vars.name(i), point[i], order);
        }
        return xs;
    }

    /**
     * The single term {@code coefficient · δ^exponents} (the zero series if its degree exceeds the order).
     *
     * @throws IllegalArgumentException if the exponents do not match the variables or are negative
     */
    public static TaylorN monomial(Variables vars, double coefficient, int order, int... exponents) {
        MonomialIndex idx = indexOf(vars, order);
        return new TaylorN(vars, idx, TaylorNConstruction.monomial(idx, coefficient, exponents));
    }

    /**
     * The series with these coefficients in graded-lex order (copied): degree 0, then the degree-1 part
     * in variable order, then degree 2 ({@code x², x·y, …}), and so on; see {@link MonomialIndex}.
     *
     * @throws IllegalArgumentException unless there are exactly C(n + order, order) coefficients
     */
    public static TaylorN of(Variables vars, int order, double... coefficients) {
        MonomialIndex idx = indexOf(vars, order);
        return new TaylorN(vars, idx, TaylorNConstruction.copyOf(vars, idx, coefficients));
    }

    /**
     * The expansion of {@code f} at {@code point} to {@code order}: {@code f} applied to
     * {@link #variables(Variables, double[], int)}. E.g. the gradient and Hessian of f at the point are
     * {@code expand(f, vars, point, 2).gradient()} and {@code .hessian()}.
     */
    public static TaylorN expand(Function<TaylorN[], TaylorN> f, Variables vars, double[] point, int order) {
        return f.apply(variables(vars, point, order));
    }

    // ------------------------------------------------------------------ access

    /** The variables. */
    public Variables variables() {
        return vars;
    }

    /** The order N (highest total degree kept). */
    public int order() {
        return index.order();
    }

    /** The number of stored coefficients, C(n + N, N). */
    public int size() {
        return index.size();
    }

    /** The index tables of this series' shape (shared). */
    public MonomialIndex index() {
        return index;
    }

    /** The constant term: the value at the expansion point. */
    public double value() {
        return c[0];
    }

    /**
     * The coefficient of {@code δ^exponents} (0 is returned for no monomial: every position is stored).
     *
     * @throws IllegalArgumentException if there is not one non-negative exponent per variable
     * @throws IndexOutOfBoundsException if the total degree exceeds the order (naming both)
     */
    public double coefficient(int... exponents) {
        return c[index.coefficientPosition(exponents)];
    }

    /** A copy of all coefficients in graded-lex order. */
    public double[] coefficients() {
        return c.clone();
    }

    /** A copy of the degree-{@code d} homogeneous part (C(n + d − 1, d) coefficients in lex order). */
    public double[] homogeneousPart(int d) {
        if (d < 0 || d > index.order()) {
            throw new IndexOutOfBoundsException("degree " + d + " is not in [0, " + index.order() + "]");
        }
        return Arrays.copyOfRange(c, index.offset(d), index.offset(d + 1));
    }

    /** The coefficient at a graded-lex position (for loops with {@link #index()}), no copy. */
    public double coefficientAt(int position) {
        return c[position];
    }

    /**
     * The series truncated to a lower order (or this series when {@code order} is not lower).
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public TaylorN truncate(int order) {
        if (order >= index.order()) {
            return this;
        }
        MonomialIndex idx = indexOf(vars, order);
        return new TaylorN(vars, idx, Arrays.copyOf(c, idx.size()));
    }

    /** The largest absolute coefficient (0 for the zero series). */
    public double norm() {
        return TaylorNRing.norm(c);
    }

    /** Whether every coefficient is exactly zero. */
    public boolean isZero() {
        return TaylorNRing.isZero(c);
    }

    /**
     * The partial derivative {@code ∂^{|α|} f / ∂x^α} at the expansion point, {@code α! · c_α} with
     * {@code α! = Π α_i!}; exact factorials while α! < 2⁵³, then successive multiplications.
     *
     * @throws IllegalArgumentException / IndexOutOfBoundsException as {@link #coefficient(int...)}
     */
    public double derivative(int... exponents) {
        return TaylorNCalculus.multiFactorialTimes(exponents, coefficient(exponents));
    }

    /**
     * The gradient at the expansion point: {@code ∂f/∂x_i} = the degree-1 coefficients.
     *
     * @throws IllegalStateException if the order is 0
     */
    public double[] gradient() {
        return TaylorNCalculus.gradient(this);
    }

    /**
     * The Hessian at the expansion point, symmetric: {@code H_ii = 2 c_{2e_i}}, {@code H_ij = c_{e_i+e_j}}.
     *
     * @throws IllegalStateException if the order is below 2
     */
    public double[][] hessian() {
        return TaylorNCalculus.hessian(this);
    }

    /**
     * The Jacobian matrix at the expansion point: row i is {@code fs[i].gradient()}.
     *
     * @throws IllegalArgumentException if the series have different variables or there is none
     */
    public static double[][] jacobian(TaylorN... fs) {
        return TaylorNCalculus.jacobian(fs);
    }

    /** A term: exponents (one per variable) and coefficient. */
    public record Term(int[] exponents, double coefficient) {
        @Override
        public String toString() {
            return coefficient + " " + Arrays.toString(exponents);
        }
    }

    /**
     * Calls {@code action(exponents, coefficient)} for every monomial, zero coefficients included, in
     * graded-lex order (a fresh exponent array each time).
     */
    public void forEachTerm(ObjDoubleConsumer<int[]> action) {
        for (int p = 0; p < c.length; p++) {
            action.accept(index.exponents(p), c[p]);
        }
    }

    /** The terms with non-zero coefficients, in graded-lex order. */
    public List<Term> terms() {
        return TaylorNConstruction.terms(index, c);
    }

    // ------------------------------------------------------------------ ring arithmetic

    private MonomialIndex common(TaylorN b, String op) {
        vars.requireSame(b.vars, op);
        return b.index.order() < index.order() ? b.index : index;
    }

    /** {@code this + b} (order: the smaller of the two). */
    public TaylorN add(TaylorN b) {
        MonomialIndex idx = common(b, "add");
        return new TaylorN(vars, idx, TaylorNRing.combine(c, 1.0, b.c, idx.size()));
    }

    /** {@code this + s}. */
    public TaylorN add(double s) {
        return new TaylorN(vars, index, TaylorNRing.shift(c, s));
    }

    /** {@code this − b} (order: the smaller of the two). */
    public TaylorN subtract(TaylorN b) {
        MonomialIndex idx = common(b, "subtract");
        return new TaylorN(vars, idx, TaylorNRing.combine(c, -1.0, b.c, idx.size()));
    }

    /** This series with its constant term replaced by {@code value} (every other coefficient kept). */
    public TaylorN withValue(double value) {
        double[] r = c.clone();
        r[0] = value;
        return new TaylorN(vars, index, r);
    }

    /** {@code this − s}. */
    public TaylorN subtract(double s) {
        return add(-s);
    }

    /** {@code −this}. */
    public TaylorN negate() {
        return multiply(-1.0);
    }

    /** {@code s·this}. */
    public TaylorN multiply(double s) {
        return new TaylorN(vars, index, TaylorNRing.scale(c, s));
    }

    /**
     * {@code this · b} truncated to the smaller order: {@code c_γ = Σ_{α+β=γ} a_α b_β}, C(2n + N, N)
     * multiply-adds by the dense kernels of {@link org.taylorkit.core.multi.ProductSchedule#mulInto}
     * (two variables: contiguous row convolutions; three or more: pairs gathered per coefficient).
     */
    public TaylorN multiply(TaylorN b) {
        MonomialIndex idx = common(b, "multiply");
        double[] r = new double[idx.size()];
        idx.schedule().mulInto(c, b.c, r);
        return new TaylorN(vars, idx, r);
    }

    /**
     * The allocation-free product for hot loops: writes the coefficients of {@code a·b} (order: the
     * smaller one, size C(n + N, N)) into {@code out}, which must not be either operand's array (it
     * cannot be: those are never handed out).
     *
     * @throws IllegalArgumentException if the variables differ or {@code out} is too short
     */
    public static void mulInto(TaylorN a, TaylorN b, double[] out) {
        MonomialIndex idx = a.common(b, "mulInto");
        if (out.length < idx.size()) {
            throw new IllegalArgumentException("mulInto: out has " + out.length + " entries, the product needs "
                    + idx.size());
        }
        idx.schedule().mulInto(a.c, b.c, out);
    }

    /** {@code this²} (the product with itself). */
    public TaylorN square() {
        return multiply(this);
    }

    /** {@code this / s}. */
    public TaylorN divide(double s) {
        return new TaylorN(vars, index, TaylorNRing.divide(c, s));
    }

    // ------------------------------------------------------------------ division, powers, functions
    // Each runs a generic recurrence kernel over the homogeneous parts (see the class comment); the
    // constant-term checks are those of SeriesDomain.

    /**
     * {@code this / b} (order: the smaller), by the division recurrence
     * {@code c_k = (a_k − Σ_{j<k} c_j b_{k−j}) / b_0} over homogeneous parts.
     *
     * @throws SingularExpansionException if b's constant term is 0 (a pole: no inverse in several variables)
     */
    public TaylorN divide(TaylorN b) {
        return TaylorNFunctions.divide(this, b, "division");
    }

    /** {@code 1 / this}. @throws SingularExpansionException if the constant term is 0 */
    public TaylorN reciprocal() {
        return TaylorNFunctions.divide(constant(vars, 1.0, index.order()), this, "reciprocal");
    }

    /**
     * {@code this^n}: binary powering by exact series products for {@code n ≥ 0} (any constant term;
     * {@code n = 0} gives 1), the reciprocal's power for {@code n < 0}.
     *
     * @throws SingularExpansionException if {@code n < 0} and the constant term is 0 (a pole)
     */
    public TaylorN pow(int n) {
        return TaylorNFunctions.pow(this, n);
    }

    /**
     * {@code this^r}: {@link #pow(int)} when {@code r} is an integer, else the power recurrence
     * {@code c_k = (1/(k a_0)) Σ_{j<k} (r(k−j) − j) a_{k−j} c_j}; the zero series to a positive power is 0.
     *
     * @throws SingularExpansionException if the constant term is negative, or 0 (series not zero)
     */
    public TaylorN pow(double r) {
        return TaylorNFunctions.pow(this, r);
    }

    /**
     * {@code this^b = exp(b·log this)} (order: the smaller).
     *
     * @throws SingularExpansionException if the constant term of {@code this} is ≤ 0
     */
    public TaylorN pow(TaylorN b) {
        return TaylorNFunctions.pow(this, b);
    }

    /**
     * {@code f(this)}, the composed series by {@code f}'s generic recurrence over the homogeneous
     * parts, same order; {@code f}'s domain is checked at the constant term (a series in several
     * variables with constant term 0 has no √, ∛ or |·| unless it is identically zero).
     *
     * @throws SingularExpansionException where {@code f} has no series at the constant term
     */
    public TaylorN apply(ElementaryFunction f) {
        return TaylorNFunctions.apply(this, f);
    }

    /** √this; the zero series gives 0. @throws SingularExpansionException if the constant term is ≤ 0 (series not zero) */
    public TaylorN sqrt() { return apply(Functions.SQRT); }

    /** Real cube root; the zero series gives 0. @throws SingularExpansionException if the constant term is 0 (series not zero) */
    public TaylorN cbrt() { return apply(Functions.CBRT); }

    /** e^this. */
    public TaylorN exp() { return apply(Functions.EXP); }

    /** e^this − 1 (accurate constant term for a small constant term). */
    public TaylorN expm1() { return apply(Functions.EXPM1); }

    /** ln this. @throws SingularExpansionException if the constant term is ≤ 0 */
    public TaylorN log() { return apply(Functions.LOG); }

    /** ln(1 + this). @throws SingularExpansionException if the constant term is ≤ −1 */
    public TaylorN log1p() { return apply(Functions.LOG1P); }

    /** sin this (the sin/cos pair recurrence). */
    public TaylorN sin() { return apply(Functions.SIN); }

    /** cos this (the sin/cos pair recurrence). */
    public TaylorN cos() { return apply(Functions.COS); }

    /** tan this (with auxiliary tan²). */
    public TaylorN tan() { return apply(Functions.TAN); }

    /** asin this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public TaylorN asin() { return apply(Functions.ASIN); }

    /** acos this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public TaylorN acos() { return apply(Functions.ACOS); }

    /** atan this. */
    public TaylorN atan() { return apply(Functions.ATAN); }

    /** sinh this. */
    public TaylorN sinh() { return apply(Functions.SINH); }

    /** cosh this. */
    public TaylorN cosh() { return apply(Functions.COSH); }

    /** tanh this. */
    public TaylorN tanh() { return apply(Functions.TANH); }

    /** asinh this. */
    public TaylorN asinh() { return apply(Functions.ASINH); }

    /** acosh this. @throws SingularExpansionException unless the constant term is &gt; 1 */
    public TaylorN acosh() { return apply(Functions.ACOSH); }

    /** atanh this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public TaylorN atanh() { return apply(Functions.ATANH); }

    /** erf this (with auxiliaries (2/√π)e^{−a²} and a²). */
    public TaylorN erf() { return apply(Functions.ERF); }

    /**
     * |this| = ±this by the sign of the constant term; the zero series gives 0.
     *
     * @throws SingularExpansionException if the constant term is 0 (series not zero): a corner
     */
    public TaylorN abs() {
        return apply(Functions.ABS);
    }

    /**
     * The angle of (x, y) in (−π, π], order the smaller of the two.
     *
     * @throws SingularExpansionException if both constant terms are 0
     */
    public static TaylorN atan2(TaylorN y, TaylorN x) {
        return TaylorNFunctions.atan2(y, x);
    }

    // ------------------------------------------------------------------ calculus

    /**
     * The polynomial's value at the displacements {@code δ} (one per variable, in variable order):
     * {@code Σ c_α δ^α}, monomials built from their parents (one multiplication each), each homogeneous
     * part summed separately and the parts added from the highest degree down.
     *
     * @throws IllegalArgumentException if the number of displacements is wrong
     */
    public double evaluate(double... deltas) {
        return TaylorNCalculus.evaluate(this, deltas);
    }

    /**
     * Partial evaluation: the series with {@code δvar} fixed to {@code delta} (a displacement from the
     * expansion point), same variables and order. The result does not depend on {@code var} (its
     * coefficients with a positive exponent of {@code var} are zero); keeping the variable set lets it
     * combine with the other series of the computation.
     *
     * @throws IllegalArgumentException if {@code var} is unknown
     */
    public TaylorN substitute(String var, double delta) {
        return TaylorNCalculus.substitute(this, vars.indexOf(var), delta);
    }

    /**
     * Composition: replaces each variable's displacement {@code δx_i} by {@code substitutions[i]}, series
     * in some (common) variables W with zero constant term. The result is a series in W of order
     * {@code min(N, orders of the substitutions)} (a monomial of degree d in the δ's starts at degree d).
     *
     * @throws IllegalArgumentException if the count is wrong, the substitutions' variables differ, or one
     *     has a non-zero constant term
     */
    public TaylorN compose(TaylorN... substitutions) {
        return TaylorNCalculus.compose(this, substitutions);
    }

    /**
     * A univariate expansion applied to this series: {@code Σ_k f_k (this − this.value())^k}, i.e.
     * {@code f(this)} when {@code f} is the {@link Taylor1} expansion of a function at this series'
     * constant term (its coefficients are those of {@code f(value() + t)}). Horner over series; order
     * {@code min(N, f.order())} (powers of the deviation start at their degree). E.g.
     * {@code s.apply(Taylor1.variable(s.value(), s.order()).exp())} equals {@code s.exp()}.
     */
    public TaylorN apply(Taylor1 f) {
        return TaylorNCalculus.apply(this, f);
    }

    /**
     * {@code ∂/∂var}: a series of order N − 1 (the coefficients of degree N have no derivative inside the
     * truncation); for N = 0 the zero series of order 0.
     *
     * @throws IllegalArgumentException if {@code var} is unknown
     */
    public TaylorN differentiate(String var) {
        return TaylorNCalculus.differentiate(this, vars.indexOf(var));
    }

    /**
     * {@code ∫ d(var)} from {@code δvar = 0}: a series of order N + 1 (integration raises every degree by
     * one, so nothing is lost); the integral has no term independent of {@code var}.
     * {@code integrate(v).differentiate(v)} is this series (up to the rounding of {@code c/(e+1)·(e+1)}).
     *
     * @throws IllegalArgumentException if {@code var} is unknown
     */
    public TaylorN integrate(String var) {
        return TaylorNCalculus.integrate(this, vars.indexOf(var));
    }

    // ------------------------------------------------------------------ Object

    /** Equal when the variables, order and every coefficient ({@link Double#equals} semantics) are. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TaylorN t && t.vars.equals(vars) && t.index == index
                && Arrays.equals(t.c, c));
    }

    @Override
    public int hashCode() {
        return 31 * (31 * vars.hashCode() + index.order()) + Arrays.hashCode(c);
    }

    /** E.g. {@code 1.0 + 2.0 x - 0.5 x^2*y + O(3)} (see {@link TermFormat}). */
    @Override
    public String toString() {
        return TermFormat.format(vars, index, p -> c[p] == 0.0, p -> Double.toString(c[p]), "0.0");
    }

    /** The coefficient array itself (package-private, never handed out to users). */
    double[] raw() {
        return c;
    }
}
