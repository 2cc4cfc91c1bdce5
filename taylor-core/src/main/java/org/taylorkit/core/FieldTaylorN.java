package org.taylorkit.core;

import org.taylorkit.core.multi.SeriesDomain;
import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.TermFormat;
import org.taylorkit.core.multi.Variables;

/**
 * A truncated Taylor polynomial in several variables with coefficients in any {@link Arithmetic}
 * (Apfloat, intervals, …): the generic counterpart of {@link TaylorN}, with the same storage (homogeneous
 * parts in graded-lex order, shared {@link MonomialIndex} tables), the same rules (equal
 * {@link Variables} required, the smaller order wins, {@link SingularExpansionException} where no
 * expansion exists) and the same recurrences (the generic kernels run over homogeneous parts, see
 * {@link org.taylorkit.core.multi.FieldHomogeneousArithmetic}). Accuracy and rigor are those of the
 * coefficient arithmetic. Immutable; thread-safe when the arithmetic is.
 *
 * @param <T> the coefficient type
 */
public final class FieldTaylorN<T> {

    private final Arithmetic<T> ar;
    private final Variables vars;
    private final MonomialIndex index;
    private final T[] c;

    FieldTaylorN(Arithmetic<T> ar, Variables vars, MonomialIndex index, T[] c) {
        this.ar = ar;
        this.vars = vars;
        this.index = index;
        this.c = c;
    }

    // ------------------------------------------------------------------ construction

    /** The constant {@code value}. @throws IllegalArgumentException if {@code order < 0} */
    public static <T> FieldTaylorN<T> constant(Arithmetic<T> ar, Variables vars, T value, int order) {
        MonomialIndex idx = TaylorN.indexOf(vars, order);
        T[] c = ar.newArray(idx.size());
        Arrays.fill(c, ar.zero());
        c[0] = value;
        return new FieldTaylorN<>(ar, vars, idx, c);
    }

    /** The zero series. */
    public static <T> FieldTaylorN<T> zero(Arithmetic<T> ar, Variables vars, int order) {
        return constant(ar, vars, ar.zero(), order);
    }

    /**
     * The variable {@code name} expanded at {@code value}: {@code value + δname}.
     *
     * @throws IllegalArgumentException if {@code name} is unknown (naming the known ones) or {@code order < 0}
     */
    public static <T> FieldTaylorN<T> variable(Arithmetic<T> ar, Variables vars, String name, T value, int order) {
        FieldTaylorN<T> s = constant(ar, vars, value, order);
        int v = vars.indexOf(name);
        if (order >= 1) {
            s.c[s.index.offset(1) + v] = ar.one();
        }
        return s;
    }

    /** All variables: element i is {@code point[i] + δ(name i)}. @throws IllegalArgumentException on a length mismatch */
    public static <T> FieldTaylorN<T>[] variables(Arithmetic<T> ar, Variables vars, T[] point, int order) {
        if (point.length != vars.size()) {
            throw new IllegalArgumentException("FieldTaylorN.variables: " + point.length + " values for the "
                    + vars.size() + " variables " + vars);
        }
        @SuppressWarnings("unchecked")
        FieldTaylorN<T>[] xs = (FieldTaylorN<T>[]) new FieldTaylorN<?>[point.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = variable(ar, vars, vars.name(i), point[i], order);
        }
        return xs;
    }

    /**
     * The series with these coefficients in graded-lex order (copied; see {@link TaylorN#of}).
     *
     * @throws IllegalArgumentException unless there are exactly C(n + order, order) coefficients
     */
    @SafeVarargs
    public static <T> FieldTaylorN<T> of(Arithmetic<T> ar, Variables vars, int order, T... coefficients) {
        MonomialIndex idx = TaylorN.indexOf(vars, order);
        if (coefficients.length != idx.size()) {
            throw new IllegalArgumentException("FieldTaylorN.of: a series in " + vars + " of order " + order
                    + " has " + idx.size() + " coefficients, got " + coefficients.length);
        }
        T[] c = ar.newArray(idx.size());
        System.arraycopy(coefficients, 0, c, 0, c.length);
        return new FieldTaylorN<>(ar, vars, idx, c);
    }

    /** {@code f} applied to {@link #variables(Arithmetic, Variables, Object[], int)}. */
    public static <T> FieldTaylorN<T> expand(Arithmetic<T> ar, Function<FieldTaylorN<T>[], FieldTaylorN<T>> f,
            Variables vars, T[] point, int order) {
        return f.apply(variables(ar, vars, point, order));
    }

    // ------------------------------------------------------------------ access

    /** The coefficient arithmetic. */
    public Arithmetic<T> arithmetic() {
        return ar;
    }

    /** The variables. */
    public Variables variables() {
        return vars;
    }

    /** The order N. */
    public int order() {
        return index.order();
    }

    /** The number of coefficients, C(n + N, N). */
    public int size() {
        return index.size();
    }

    /** The shared index tables. */
    public MonomialIndex index() {
        return index;
    }

    /** The constant term. */
    public T value() {
        return c[0];
    }

    /**
     * The coefficient of {@code δ^exponents}.
     *
     * @throws IllegalArgumentException if there is not one non-negative exponent per variable
     * @throws IndexOutOfBoundsException if the total degree exceeds the order
     */
    public T coefficient(int... exponents) {
        return c[index.coefficientPosition(exponents)];
    }

    /** The coefficient at a graded-lex position. */
    public T coefficientAt(int position) {
        return c[position];
    }

    /** A copy of all coefficients in graded-lex order. */
    public T[] coefficients() {
        return c.clone();
    }

    /** The coefficients as doubles ({@link Arithmetic#toDouble}). */
    public double[] toDoubleArray() {
        double[] d = new double[c.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = ar.toDouble(c[i]);
        }
        return d;
    }

    /** The series truncated to a lower order (this series if {@code order} is not lower). */
    public FieldTaylorN<T> truncate(int order) {
        if (order >= index.order()) {
            return this;
        }
        MonomialIndex idx = TaylorN.indexOf(vars, order);
        return new FieldTaylorN<>(ar, vars, idx, Arrays.copyOf(c, idx.size()));
    }

    /** Whether every coefficient is zero ({@link Arithmetic#isZero}). */
    public boolean isZero() {
        for (T v : c) {
            if (!ar.isZero(v)) {
                return false;
            }
        }
        return true;
    }

    /** The largest {@link Arithmetic#norm} of a coefficient. */
    public double norm() {
        double m = 0.0;
        for (T v : c) {
            m = Math.max(m, ar.norm(v));
        }
        return m;
    }

    /** The partial derivative {@code α!·c_α}, the factorials applied as exact integer multiplications. */
    public T derivative(int... exponents) {
        T r = coefficient(exponents);
        for (int e : exponents) {
            for (int i = 2; i <= e; i++) {
                r = ar.multiply(r, i);
            }
        }
        return r;
    }

    /** The gradient (degree-1 coefficients). @throws IllegalStateException if the order is 0 */
    public T[] gradient() {
        if (index.order() < 1) {
            throw new IllegalStateException("gradient: needs order ≥ 1, this series has order 0");
        }
        return Arrays.copyOfRange(c, index.offset(1), index.offset(2));
    }

    /** The Hessian (symmetric). @throws IllegalStateException if the order is below 2 */
    public T[][] hessian() {
        return FieldTaylorNOps.hessian(this);
    }

    /** Calls {@code action} for every monomial (exponents, coefficient), in graded-lex order. */
    public void forEachTerm(BiConsumer<int[], T> action) {
        for (int p = 0; p < c.length; p++) {
            action.accept(index.exponents(p), c[p]);
        }
    }

    // ------------------------------------------------------------------ arithmetic

    private MonomialIndex common(FieldTaylorN<T> b, String op) {
        vars.requireSame(b.vars, op);
        return b.index.order() < index.order() ? b.index : index;
    }

    private FieldTaylorN<T> with(MonomialIndex idx, T[] r) {
        return new FieldTaylorN<>(ar, vars, idx, r);
    }

    /** {@code this + b} (order: the smaller). */
    public FieldTaylorN<T> add(FieldTaylorN<T> b) {
        MonomialIndex idx = common(b, "add");
        T[] r = ar.newArray(idx.size());
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.add(c[i], b.c[i]);
        }
        return with(idx, r);
    }

    /** {@code this + s}. */
    public FieldTaylorN<T> add(T s) {
        T[] r = c.clone();
        r[0] = ar.add(r[0], s);
        return with(index, r);
    }

    /** {@code this − b} (order: the smaller). */
    public FieldTaylorN<T> subtract(FieldTaylorN<T> b) {
        MonomialIndex idx = common(b, "subtract");
        T[] r = ar.newArray(idx.size());
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.subtract(c[i], b.c[i]);
        }
        return with(idx, r);
    }

    /** {@code this − s}. */
    public FieldTaylorN<T> subtract(T s) {
        T[] r = c.clone();
        r[0] = ar.subtract(r[0], s);
        return with(index, r);
    }

    /** {@code −this}. */
    public FieldTaylorN<T> negate() {
        T[] r = ar.newArray(c.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.negate(c[i]);
        }
        return with(index, r);
    }

    /** {@code s·this}. */
    public FieldTaylorN<T> multiply(T s) {
        T[] r = ar.newArray(c.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.multiply(s, c[i]);
        }
        return with(index, r);
    }

    /** {@code s·this} for a double {@code s} ({@link Arithmetic#scale}). */
    public FieldTaylorN<T> multiply(double s) {
        T[] r = ar.newArray(c.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.scale(c[i], s);
        }
        return with(index, r);
    }

    /** {@code this · b} truncated to the smaller order, by the product schedules. */
    public FieldTaylorN<T> multiply(FieldTaylorN<T> b) {
        MonomialIndex idx = common(b, "multiply");
        T[] r = ar.newArray(idx.size());
        idx.schedule().mulInto(ar, c, b.c, r);
        return with(idx, r);
    }

    /** {@code this / s}. */
    public FieldTaylorN<T> divide(T s) {
        T[] r = ar.newArray(c.length);
        for (int i = 0; i < r.length; i++) {
            r[i] = ar.divide(c[i], s);
        }
        return with(index, r);
    }

    /** {@code this / b} (order: the smaller). @throws SingularExpansionException if b's constant term is 0 */
    public FieldTaylorN<T> divide(FieldTaylorN<T> b) {
        return FieldTaylorNOps.divide(this, b, "division");
    }

    /** {@code 1/this}. @throws SingularExpansionException if the constant term is 0 */
    public FieldTaylorN<T> reciprocal() {
        return FieldTaylorNOps.divide(constant(ar, vars, ar.one(), index.order()), this, "reciprocal");
    }

    /** {@code this²}. */
    public FieldTaylorN<T> square() {
        return multiply(this);
    }

    /** {@code this^n} (binary powering; reciprocal for n &lt; 0). @throws SingularExpansionException for n &lt; 0 at 0 */
    public FieldTaylorN<T> pow(int n) {
        return FieldTaylorNOps.pow(this, n);
    }

    /**
     * {@code this^r}: {@link #pow(int)} when {@code r} is exactly an integer, else the power recurrence.
     *
     * @throws SingularExpansionException if the constant term is negative, or 0 (series not zero)
     */
    public FieldTaylorN<T> pow(T r) {
        return FieldTaylorNOps.pow(this, r);
    }

    /** {@code this^b = exp(b·log this)}. @throws SingularExpansionException if the constant term is ≤ 0 */
    public FieldTaylorN<T> pow(FieldTaylorN<T> b) {
        SeriesDomain.powSeries(arithmetic(), value());
        return SeriesPowerConstant.apply(arithmetic(), b.multiply(log()).exp(), arithmetic().pow(value(), b.value()));
    }

    /**
     * {@code f(this)}, the composed series by {@code f}'s generic recurrence over the homogeneous
     * parts, same order; {@code f}'s domain is checked at the constant term (a series in several
     * variables with constant term 0 has no √, ∛ or |·| unless it is identically zero).
     *
     * @throws SingularExpansionException where {@code f} has no series at the constant term
     */
    public FieldTaylorN<T> apply(ElementaryFunction f) {
        return FieldTaylorNOps.apply(this, f);
    }

    /** √this (zero gives zero). @throws SingularExpansionException if the constant term is ≤ 0 (series not zero) */
    public FieldTaylorN<T> sqrt() {
        return apply(Functions.SQRT);
    }

    /** Real ∛this (zero gives zero). @throws SingularExpansionException if the constant term is 0 (series not zero) */
    public FieldTaylorN<T> cbrt() {
        return apply(Functions.CBRT);
    }

    /** e^this. */
    public FieldTaylorN<T> exp() {
        return apply(Functions.EXP);
    }

    /** e^this − 1. */
    public FieldTaylorN<T> expm1() {
        return apply(Functions.EXPM1);
    }

    /** ln this. @throws SingularExpansionException if the constant term is ≤ 0 */
    public FieldTaylorN<T> log() {
        return apply(Functions.LOG);
    }

    /** ln(1 + this). @throws SingularExpansionException if the constant term is ≤ −1 */
    public FieldTaylorN<T> log1p() {
        return apply(Functions.LOG1P);
    }

    /** sin this. */
    public FieldTaylorN<T> sin() {
        return apply(Functions.SIN);
    }

    /** cos this. */
    public FieldTaylorN<T> cos() {
        return apply(Functions.COS);
    }

    /** tan this. */
    public FieldTaylorN<T> tan() {
        return apply(Functions.TAN);
    }

    /** asin this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public FieldTaylorN<T> asin() {
        return apply(Functions.ASIN);
    }

    /** acos this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public FieldTaylorN<T> acos() {
        return apply(Functions.ACOS);
    }

    /** atan this. */
    public FieldTaylorN<T> atan() {
        return apply(Functions.ATAN);
    }

    /** sinh this. */
    public FieldTaylorN<T> sinh() {
        return apply(Functions.SINH);
    }

    /** cosh this. */
    public FieldTaylorN<T> cosh() {
        return apply(Functions.COSH);
    }

    /** tanh this. */
    public FieldTaylorN<T> tanh() {
        return apply(Functions.TANH);
    }

    /** asinh this. */
    public FieldTaylorN<T> asinh() {
        return apply(Functions.ASINH);
    }

    /** acosh this. @throws SingularExpansionException unless the constant term is &gt; 1 */
    public FieldTaylorN<T> acosh() {
        return apply(Functions.ACOSH);
    }

    /** atanh this. @throws SingularExpansionException unless |constant term| &lt; 1 */
    public FieldTaylorN<T> atanh() {
        return apply(Functions.ATANH);
    }

    /** erf this. */
    public FieldTaylorN<T> erf() {
        return apply(Functions.ERF);
    }

    /** ±this by the sign of the constant term (zero gives zero). @throws SingularExpansionException at a corner */
    public FieldTaylorN<T> abs() {
        return apply(Functions.ABS);
    }

    /** The angle of (x, y). @throws SingularExpansionException if both constant terms are 0 */
    public static <T> FieldTaylorN<T> atan2(FieldTaylorN<T> y, FieldTaylorN<T> x) {
        return FieldTaylorNOps.atan2(y, x);
    }

    // ------------------------------------------------------------------ calculus

    /** The polynomial's value at the displacements {@code δ} (see {@link TaylorN#evaluate}). */
    @SafeVarargs
    public final T evaluate(T... deltas) {
        return FieldTaylorNOps.evaluate(this, deltas);
    }

    /** {@code δvar := delta}, same variables and order (see {@link TaylorN#substitute}). */
    public FieldTaylorN<T> substitute(String var, T delta) {
        return FieldTaylorNOps.substitute(this, vars.indexOf(var), delta);
    }

    /** Replaces each δx_i by a series with zero constant term (see {@link TaylorN#compose}). */
    @SafeVarargs
    public final FieldTaylorN<T> compose(FieldTaylorN<T>... substitutions) {
        return FieldTaylorNOps.compose(this, substitutions);
    }

    /**
     * {@code Σ_k f_k (this − value())^k}: {@code f(this)} when {@code f} is the expansion of a function at
     * this series' constant term (see {@link TaylorN#apply}); order {@code min(N, f.order())}.
     */
    public FieldTaylorN<T> apply(FieldTaylor1<T> f) {
        return FieldTaylorNOps.apply(this, f);
    }

    /** ∂/∂var, order N − 1 (see {@link TaylorN#differentiate}). */
    public FieldTaylorN<T> differentiate(String var) {
        return FieldTaylorNOps.differentiate(this, vars.indexOf(var));
    }

    /** ∫ d(var) from δvar = 0, order N + 1 (see {@link TaylorN#integrate}). */
    public FieldTaylorN<T> integrate(String var) {
        return FieldTaylorNOps.integrate(this, vars.indexOf(var));
    }

    // ------------------------------------------------------------------ Object

    /** Equal when the arithmetic, variables, order and coefficients ({@code equals}) are. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FieldTaylorN<?> t && t.ar.equals(ar) && t.vars.equals(vars)
                && t.index == index && Arrays.equals(t.c, c));
    }

    @Override
    public int hashCode() {
        return 31 * (31 * vars.hashCode() + index.order()) + Arrays.hashCode(c);
    }

    /** E.g. {@code 1 + 2 x - 0.5 x^2*y + O(3)}, coefficients by their {@code toString}. */
    @Override
    public String toString() {
        return TermFormat.format(vars, index, p -> ar.isZero(c[p]), p -> String.valueOf(c[p]), "0");
    }

    T[] raw() {
        return c;
    }
}
