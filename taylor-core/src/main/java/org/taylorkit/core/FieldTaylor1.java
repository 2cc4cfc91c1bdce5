package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A truncated univariate Taylor series with coefficients of any type {@code T} that has an
 * {@link Arithmetic}: Apfloat at high precision, boxed doubles, intervals, or series themselves.
 * The generic twin of the {@code double} fast path {@code Taylor1}, with the same method names.
 *
 * <p>A series of order {@code n} holds {@code c_0..c_n} of {@code f(x0 + t) = Σ c_k t^k}, where
 * {@code t} is the displacement from the expansion point {@code x0}. Values are immutable.
 *
 * <p><b>Order rule.</b> A binary operation between series of different orders has the smaller order:
 * the higher coefficients of the longer operand cannot change the lower coefficients of the result,
 * and padding the shorter one with zeros would invent coefficients it does not know. Cancelling
 * leading zeros (division by {@code t^m·b̃}, square roots of {@code t^{2m}·ã}) lowers the order
 * further, to the number of coefficients that are actually determined.
 *
 * <p><b>Method.</b> Every operation loops a coefficient-k recurrence kernel of
 * {@link org.taylorkit.core.kernels.GenericKernels} and its siblings over {@code k = 0..n}:
 * {@code O(n²)} operations of {@code T} for products, quotients and elementary functions; the scalar
 * elementary function of {@link Arithmetic} is called only for coefficient 0.
 *
 * <p><b>Accuracy.</b> That of {@code T}: each coefficient is a sum of {@code O(n)} rounded products, so
 * errors grow at most linearly with the order for well-scaled series (Apfloat at {@code d} digits
 * gives coefficients good to a few units in the last digit for the usual functions).
 *
 * <p><b>Errors.</b> Where a function has no Taylor series at the expansion point (a pole, a branch
 * point, a logarithm of 0, a real function outside its real domain), the operation throws
 * {@link SingularExpansionException} naming the function and the point (the argument's constant term,
 * or its leading term when that vanishes). Bad arguments (negative orders, indices out of range)
 * throw {@link IllegalArgumentException} or {@link IndexOutOfBoundsException} with the value.
 *
 * <p>Immutable and thread-safe if {@code T} values are immutable (the {@link Arithmetic} contract).
 *
 * @param <T> the coefficient type
 */
public final class FieldTaylor1<T> {

    private final Arithmetic<T> ar;
    private final T[] c;

    /** Takes ownership of {@code c} (no copy); callers guarantee it is non-empty and null-free. */
    FieldTaylor1(Arithmetic<T> ar, T[] c) {
        this.ar = ar;
        this.c = c;
    }

    // ---------------------------------------------------------------- construction

    /**
     * The constant series {@code c + 0·t + … + 0·t^order}.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static <T> FieldTaylor1<T> constant(Arithmetic<T> ar, T c, int order) {
        return new FieldTaylor1<>(ar, FieldSeriesConstruction.constant(ar, c, order));
    }

    /** The constant series of {@code ar.fromDouble(c)}. */
    public static <T> FieldTaylor1<T> constant(Arithmetic<T> ar, double c, int order) {
        return constant(ar, ar.fromDouble(c), order);
    }

    /**
     * The independent variable {@code x0 + t}: coefficients {@code (x0, 1, 0, …)}; at order 0 just
     * {@code x0}.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static <T> FieldTaylor1<T> variable(Arithmetic<T> ar, T x0, int order) {
        return new FieldTaylor1<>(ar, FieldSeriesConstruction.variable(ar, x0, order));
    }

    /** The independent variable {@code ar.fromDouble(x0) + t}. */
    public static <T> FieldTaylor1<T> variable(Arithmetic<T> ar, double x0, int order) {
        return variable(ar, ar.fromDouble(x0), order);
    }

    /**
     * The series with the given coefficients {@code c_0..c_n} (order {@code n = length − 1}); the
     * array is copied.
     *
     * @throws IllegalArgumentException if there are no coefficients
     * @throws NullPointerException if a coefficient is null (the message names its index)
     */
    @SafeVarargs
    public static <T> FieldTaylor1<T> of(Arithmetic<T> ar, T... coefficients) {
        return of(ar, Arrays.asList(coefficients));
    }

    /** The series with the given coefficients {@code c_0..c_n}, as {@link #of(Arithmetic, Object[])}. */
    public static <T> FieldTaylor1<T> of(Arithmetic<T> ar, List<T> coefficients) {
        return new FieldTaylor1<>(ar, FieldSeriesConstruction.copyOf(ar, coefficients));
    }

    /**
     * The zero series of the given order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static <T> FieldTaylor1<T> zero(Arithmetic<T> ar, int order) {
        return new FieldTaylor1<>(ar, FieldSeriesConstruction.zeros(ar, order));
    }

    /**
     * {@code f(variable(ar, x0, order))}: the expansion of {@code f} at {@code x0}, e.g.
     * {@code expand(ar, s -> s.sin().divide(s), x0, 20)}.
     */
    public static <T> FieldTaylor1<T> expand(Arithmetic<T> ar, UnaryOperator<FieldTaylor1<T>> f, T x0, int order) {
        return f.apply(variable(ar, x0, order));
    }

    /** {@link #expand(Arithmetic, UnaryOperator, Object, int)} at {@code ar.fromDouble(x0)}. */
    public static <T> FieldTaylor1<T> expand(Arithmetic<T> ar, UnaryOperator<FieldTaylor1<T>> f, double x0, int order) {
        return expand(ar, f, ar.fromDouble(x0), order);
    }

    // ---------------------------------------------------------------- access

    /** The order {@code n}: the series holds {@code c_0..c_n}. */
    public int order() {
        return c.length - 1;
    }

    /**
     * Coefficient {@code c_k}.
     *
     * @throws IndexOutOfBoundsException if {@code k < 0} or {@code k > order()}
     */
    public T coefficient(int k) {
        FieldSeriesConstruction.checkIndex(k, order());
        return c[k];
    }

    /** A copy of the coefficients {@code c_0..c_n}. */
    public T[] coefficients() {
        return c.clone();
    }

    /** The value at the expansion point, {@code c_0}. */
    public T value() {
        return c[0];
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> arithmetic() {
        return ar;
    }

    /** The coefficients converted by {@link Arithmetic#toDouble}. */
    public double[] toDoubleArray() {
        return FieldSeriesConstruction.toDoubles(ar, c);
    }

    /**
     * The series truncated to a lower order (exact: the first {@code order + 1} coefficients).
     *
     * @throws IllegalArgumentException if {@code order < 0} or {@code order > order()} (a higher order
     *     would invent coefficients)
     */
    public FieldTaylor1<T> truncate(int order) {
        return FieldSeriesConstruction.truncate(this, order);
    }

    // ---------------------------------------------------------------- arithmetic

    /** {@code this + b}, of order {@code min(order(), b.order())}. */
    public FieldTaylor1<T> add(FieldTaylor1<T> b) {
        return FieldAlgebra.add(this, b);
    }

    /** {@code this + s}: only {@code c_0} changes. */
    public FieldTaylor1<T> add(T s) {
        return FieldAlgebra.addScalar(this, s);
    }

    /** {@code this + s} with {@code s} converted by {@link Arithmetic#fromDouble}. */
    public FieldTaylor1<T> add(double s) {
        return add(ar.fromDouble(s));
    }

    /** {@code this − b}, of order {@code min(order(), b.order())}. */
    public FieldTaylor1<T> subtract(FieldTaylor1<T> b) {
        return FieldAlgebra.subtract(this, b);
    }

    /** {@code this − s}: only {@code c_0} changes. */
    public FieldTaylor1<T> subtract(T s) {
        return FieldAlgebra.subtractScalar(this, s);
    }

    /** {@code this − s} with {@code s} converted by {@link Arithmetic#fromDouble}. */
    public FieldTaylor1<T> subtract(double s) {
        return subtract(ar.fromDouble(s));
    }

    /** {@code this·b} (Cauchy product), of order {@code min(order(), b.order())}. */
    public FieldTaylor1<T> multiply(FieldTaylor1<T> b) {
        return FieldAlgebra.multiply(this, b);
    }

    /** {@code s·this}, coefficient-wise. */
    public FieldTaylor1<T> multiply(T s) {
        return FieldAlgebra.scale(this, s);
    }

    /** {@code s·this} with {@code s} converted by {@link Arithmetic#fromDouble}. */
    public FieldTaylor1<T> multiply(double s) {
        return multiply(ar.fromDouble(s));
    }

    /**
     * {@code this / b}. When {@code b = t^m·b̃} ({@code b_0..b_{m−1}} exactly zero, {@code b_m ≠ 0}) the
     * numerator must have at least {@code m} leading zeros; {@code t^m} cancels and the quotient has
     * order {@code min(order(), b.order()) − m} (so {@code sin(t)/t} works at 0).
     *
     * @throws SingularExpansionException ("division") if the quotient has a pole ({@code 1/t} at 0),
     *     if {@code b} is identically zero, or if no coefficient would be determined
     */
    public FieldTaylor1<T> divide(FieldTaylor1<T> b) {
        return FieldAlgebra.divide(this, b);
    }

    /**
     * {@code this / s}, coefficient-wise.
     *
     * @throws SingularExpansionException ("division") if {@code s} is zero
     */
    public FieldTaylor1<T> divide(T s) {
        return FieldAlgebra.divideScalar(this, s);
    }

    /** {@code this / s} with {@code s} converted by {@link Arithmetic#fromDouble}. */
    public FieldTaylor1<T> divide(double s) {
        return divide(ar.fromDouble(s));
    }

    /** {@code −this}. */
    public FieldTaylor1<T> negate() {
        return FieldAlgebra.negate(this);
    }

    /**
     * {@code 1/this}, as {@link #divide(FieldTaylor1)} of the constant 1.
     *
     * @throws SingularExpansionException ("division") if {@code c_0 = 0} (a pole)
     */
    public FieldTaylor1<T> reciprocal() {
        return constant(ar, ar.one(), order()).divide(this);
    }

    /** {@code this²} (half the products of a general multiplication). */
    public FieldTaylor1<T> square() {
        return FieldAlgebra.square(this);
    }

    /**
     * {@code this^n} for an integer {@code n}, of the same order. {@code n ≥ 0} is always defined
     * ({@code this^0 = 1}, leading zeros allowed) and computed by binary powering for
     * {@code n ≤ 64} (exact for polynomials with exactly representable coefficients), by the power
     * recurrence above that.
     *
     * @throws SingularExpansionException ("pow") if {@code n < 0} and {@code c_0 = 0} (a pole)
     */
    public FieldTaylor1<T> pow(int n) {
        return FieldAlgebra.pow(this, n);
    }

    /**
     * {@code this^r} for a real {@code r}: an integral {@code r} is {@link #pow(int)}; otherwise as
     * {@link #pow(Object)} with {@code ar.fromDouble(r)}.
     *
     * @throws IllegalArgumentException if {@code r} is NaN or infinite
     * @throws SingularExpansionException ("pow") as for {@link #pow(Object)}
     */
    public FieldTaylor1<T> pow(double r) {
        return FieldAlgebra.pow(this, r);
    }

    /**
     * {@code this^r} for a constant exponent {@code r} of type {@code T}. An integral {@code r} is
     * {@link #pow(int)}. Otherwise the base needs {@code c_0 > 0}; with {@code m} leading zeros,
     * {@code this = t^m·ã}, the product {@code m·r} must be a non-negative integer and the result is
     * {@code t^{mr}·ã^r} with {@code ã_0 > 0}, of order {@code min(n, n − m + m·r)}. The zero series to
     * a power {@code r > 0} is zero. Formula: {@code c_k = (1/(k a_0)) Σ_{j<k} (r(k−j) − j) a_{k−j} c_j}.
     *
     * @throws SingularExpansionException ("pow") for a negative base ("no real series"), a branch point
     *     ({@code m·r} not an integer) or a pole ({@code m·r < 0})
     */
    public FieldTaylor1<T> pow(T r) {
        return FieldAlgebra.pow(this, r);
    }

    /**
     * {@code this^b = exp(b·log this)} for a series exponent; order {@code min(order(), b.order())}.
     *
     * @throws SingularExpansionException ("pow") if {@code c_0 ≤ 0}
     */
    public FieldTaylor1<T> pow(FieldTaylor1<T> b) {
        return FieldFunctions.pow(this, b);
    }

    /**
     * {@code f(this)}, the composed series by {@code f}'s generic recurrence, same order. {@code sqrt},
     * {@code cbrt} and {@code abs} first factor out leading zeros; every other function checks its
     * domain at c_0 in the coefficient arithmetic.
     *
     * @throws SingularExpansionException where {@code f} has no series at c_0
     */
    public FieldTaylor1<T> apply(ElementaryFunction f) {
        if (f == Functions.SQRT) {
            return sqrt();
        }
        if (f == Functions.CBRT) {
            return cbrt();
        }
        if (f == Functions.ABS) {
            return abs();
        }
        return FieldFunctions.apply(this, f);
    }

    /**
     * {@code √this}. With {@code m} leading zeros, {@code m} even: {@code t^{m/2}·√ã}, of order
     * {@code n − m/2}; the zero series gives zero.
     *
     * @throws SingularExpansionException ("sqrt") for odd {@code m} (a branch point) or a negative
     *     leading coefficient (no real series)
     */
    public FieldTaylor1<T> sqrt() {
        return FieldAlgebra.sqrt(this);
    }

    /**
     * The real cube root. With {@code m} leading zeros, {@code m} divisible by 3:
     * {@code t^{m/3}·∛ã}, of order {@code n − 2m/3}; negative leading coefficients are fine; the zero
     * series gives zero.
     *
     * @throws SingularExpansionException ("cbrt") if {@code m} is not divisible by 3
     */
    public FieldTaylor1<T> cbrt() {
        return FieldAlgebra.cbrt(this);
    }

    /** {@code e^this}. */
    public FieldTaylor1<T> exp() {
        return apply(Functions.EXP);
    }

    /** {@code e^this − 1} (accurate {@code c_0} when {@code c_0} is small). */
    public FieldTaylor1<T> expm1() {
        return apply(Functions.EXPM1);
    }

    /**
     * {@code ln this}.
     *
     * @throws SingularExpansionException ("log") if {@code c_0 = 0} or {@code c_0 < 0}
     */
    public FieldTaylor1<T> log() {
        return apply(Functions.LOG);
    }

    /**
     * {@code ln(1 + this)}.
     *
     * @throws SingularExpansionException ("log1p") if {@code c_0 ≤ −1}
     */
    public FieldTaylor1<T> log1p() {
        return apply(Functions.LOG1P);
    }

    /** {@code sin this}. */
    public FieldTaylor1<T> sin() {
        return apply(Functions.SIN);
    }

    /** {@code cos this}. */
    public FieldTaylor1<T> cos() {
        return apply(Functions.COS);
    }

    /** {@code tan this} (from {@code tan' = 1 + tan²}). */
    public FieldTaylor1<T> tan() {
        return apply(Functions.TAN);
    }

    /**
     * {@code asin this}.
     *
     * @throws SingularExpansionException ("asin") if {@code |c_0| ≥ 1}
     */
    public FieldTaylor1<T> asin() {
        return apply(Functions.ASIN);
    }

    /**
     * {@code acos this}.
     *
     * @throws SingularExpansionException ("acos") if {@code |c_0| ≥ 1}
     */
    public FieldTaylor1<T> acos() {
        return apply(Functions.ACOS);
    }

    /** {@code atan this}. */
    public FieldTaylor1<T> atan() {
        return apply(Functions.ATAN);
    }

    /** {@code sinh this}. */
    public FieldTaylor1<T> sinh() {
        return apply(Functions.SINH);
    }

    /** {@code cosh this}. */
    public FieldTaylor1<T> cosh() {
        return apply(Functions.COSH);
    }

    /** {@code tanh this}. */
    public FieldTaylor1<T> tanh() {
        return apply(Functions.TANH);
    }

    /** {@code asinh this}. */
    public FieldTaylor1<T> asinh() {
        return apply(Functions.ASINH);
    }

    /**
     * {@code acosh this}.
     *
     * @throws SingularExpansionException ("acosh") if {@code c_0 ≤ 1}
     */
    public FieldTaylor1<T> acosh() {
        return apply(Functions.ACOSH);
    }

    /**
     * {@code atanh this}.
     *
     * @throws SingularExpansionException ("atanh") if {@code |c_0| ≥ 1}
     */
    public FieldTaylor1<T> atanh() {
        return apply(Functions.ATANH);
    }

    /** The error function {@code erf this} (from {@code erf' = (2/√π) e^{−a²}}). */
    public FieldTaylor1<T> erf() {
        return apply(Functions.ERF);
    }

    /**
     * {@code |this|}: {@code sign(c_0)·this} when {@code c_0 ≠ 0}; with {@code m} leading zeros and
     * {@code m} even, {@code sign(c_m)·this}; the zero series gives zero.
     *
     * @throws SingularExpansionException ("abs") if {@code m} is odd (a corner)
     */
    public FieldTaylor1<T> abs() {
        return FieldAlgebra.abs(this);
    }

    /**
     * The angle {@code atan2(y, x)} of the point {@code (x, y)}, in (−π, π] at the expansion point;
     * order {@code min(y.order(), x.order())}.
     *
     * @throws SingularExpansionException ("atan2") if {@code x_0 = y_0 = 0}
     */
    public static <T> FieldTaylor1<T> atan2(FieldTaylor1<T> y, FieldTaylor1<T> x) {
        return FieldFunctions.atan2(y, x);
    }

    // ---------------------------------------------------------------- calculus

    /** The polynomial {@code Σ c_k t^k} at the displacement {@code t} (Horner). */
    public T evaluate(T t) {
        return FieldCalculus.evaluate(this, t);
    }

    /** {@link #evaluate(Object)} at {@code ar.fromDouble(t)}. */
    public T evaluate(double t) {
        return evaluate(ar.fromDouble(t));
    }

    /**
     * The composition {@code Σ c_k s^k} by Horner's scheme over series, of order
     * {@code min(order(), s.order())}. With {@code s_0 = 0} this is the Taylor series of
     * {@code f(x0 + s(u))} in {@code u}.
     */
    public FieldTaylor1<T> evaluate(FieldTaylor1<T> s) {
        return FieldCalculus.evaluate(this, s);
    }

    /** The derivative with respect to {@code t}: order {@code n − 1} (order 0 gives the order-0 zero). */
    public FieldTaylor1<T> differentiate() {
        return FieldCalculus.differentiate(this);
    }

    /**
     * The antiderivative with constant term {@code c0}: order {@code n + 1}, coefficients
     * {@code c_{k+1} = c_k/(k+1)} (exact integer division), so {@code integrate(c).differentiate()}
     * equals this series.
     */
    public FieldTaylor1<T> integrate(T c0) {
        return FieldCalculus.integrate(this, c0);
    }

    /** {@link #integrate(Object)} with {@code ar.fromDouble(c0)}. */
    public FieldTaylor1<T> integrate(double c0) {
        return integrate(ar.fromDouble(c0));
    }

    /**
     * The k-th derivative at the expansion point, {@code k!·c_k}. The factorial enters as exact
     * integers through {@link Arithmetic#multiply(Object, int)} (consecutive factors grouped while their
     * product fits an {@code int}), never through {@code double}, so any {@code k} works for
     * high-precision {@code T}.
     *
     * @throws IndexOutOfBoundsException if {@code k < 0} or {@code k > order()}
     */
    public T derivative(int k) {
        return FieldCalculus.derivative(this, k);
    }

    /** The derivatives {@code k!·c_k} for {@code k = 0..n}, each as {@link #derivative(int)}. */
    public T[] derivatives() {
        return FieldCalculus.derivatives(this);
    }

    /**
     * Series reversion: the series {@code g} (same order, {@code g(0) = 0}) with
     * {@code f(x0 + g(u)) = c_0 + u}, i.e. the expansion of the inverse function at {@code c_0} as a
     * displacement in {@code u = y − c_0}. Lagrange inversion,
     * {@code g_k = (1/k) [t^{k−1}] (t/(f − c_0))^k}, in {@code O(n³)}. Order 0 gives the order-0 zero.
     *
     * @throws SingularExpansionException ("revert") if {@code c_1 = 0}
     */
    public FieldTaylor1<T> revert() {
        return FieldCalculus.revert(this);
    }

    // ---------------------------------------------------------------- object

    /**
     * Equal when the orders, the arithmetics ({@link Object#equals}) and every coefficient
     * ({@code T.equals}) are equal.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FieldTaylor1)) {
            return false;
        }
        FieldTaylor1<?> other = (FieldTaylor1<?>) o;
        return ar.equals(other.ar) && Arrays.equals(c, other.c);
    }

    @Override
    public int hashCode() {
        return 31 * ar.hashCode() + Arrays.hashCode(c);
    }

    /** Like {@code 1.0 + 2.0 t + 0.5 t^2 + O(t^3)}; exactly-zero terms beyond {@code c_0} are omitted. */
    @Override
    public String toString() {
        return FieldSeriesText.format(this);
    }

    // ---------------------------------------------------------------- package-private

    /** The coefficient array itself (no copy); callers must not modify it. */
    T[] raw() {
        return c;
    }
}
