package org.taylorkit.core;

import java.util.Objects;

/**
 * {@link FieldTaylor1} series of a fixed order as a coefficient type: evaluating an expression over
 * this arithmetic is Taylor-mode automatic differentiation, and series nest (a
 * {@code FieldTaylor1<FieldTaylor1<T>>} carries two independent expansion variables).
 *
 * <p>Constants ({@link #zero}, {@link #one}, {@link #fromDouble}, {@link #fromDecimal}, {@link #pi})
 * are constant series of the fixed order. Operations are those of {@link FieldTaylor1} (so operands
 * of different orders give the smaller order); domain errors propagate as
 * {@link SingularExpansionException}, an {@link ArithmeticException}.
 *
 * <p>{@link #isZero}: every coefficient exactly zero. {@link #signum}: the sign of {@code c_0}
 * (0 for the zero series; throws {@link ArithmeticException} when {@code c_0 = 0} but the series is not
 * zero, since the sign near the point is then not the sign of the constant term). {@link #toDouble}:
 * {@code c_0}. {@link #norm}: the largest {@code norm} of a coefficient. Immutable and thread-safe.
 *
 * @param <T> the coefficient type of the series
 */
public final class FieldTaylor1Arithmetic<T> implements Arithmetic<FieldTaylor1<T>> {

    private final Arithmetic<T> ar;
    private final int order;

    private FieldTaylor1Arithmetic(Arithmetic<T> ar, int order) {
        this.ar = ar;
        this.order = order;
    }

    /**
     * The arithmetic of series of order {@code order} over {@code ar}.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static <T> FieldTaylor1Arithmetic<T> of(Arithmetic<T> ar, int order) {
        Objects.requireNonNull(ar, "the coefficient arithmetic is null");
        if (order < 0) {
            throw new IllegalArgumentException("the order of a series must be ≥ 0, got " + order);
        }
        return new FieldTaylor1Arithmetic<>(ar, order);
    }

    /** The fixed order of the constants this arithmetic makes. */
    public int order() {
        return order;
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> coefficientArithmetic() {
        return ar;
    }

    /** The independent variable {@code x0 + t} of the fixed order. */
    public FieldTaylor1<T> variable(T x0) {
        return FieldTaylor1.variable(ar, x0, order);
    }

    @Override public FieldTaylor1<T> zero() { return FieldTaylor1.zero(ar, order); }
    @Override public FieldTaylor1<T> one() { return FieldTaylor1.constant(ar, ar.one(), order); }
    @Override public FieldTaylor1<T> fromDouble(double v) { return FieldTaylor1.constant(ar, ar.fromDouble(v), order); }
    @Override public FieldTaylor1<T> fromDecimal(String d) { return FieldTaylor1.constant(ar, ar.fromDecimal(d), order); }
    @Override public FieldTaylor1<T> pi() { return FieldTaylor1.constant(ar, ar.pi(), order); }

    @Override
    @SuppressWarnings("unchecked")
    public FieldTaylor1<T>[] newArray(int n) {
        return (FieldTaylor1<T>[]) new FieldTaylor1<?>[n];
    }

    @Override public FieldTaylor1<T> add(FieldTaylor1<T> a, FieldTaylor1<T> b) { return a.add(b); }
    @Override public FieldTaylor1<T> subtract(FieldTaylor1<T> a, FieldTaylor1<T> b) { return a.subtract(b); }
    @Override public FieldTaylor1<T> negate(FieldTaylor1<T> a) { return a.negate(); }
    @Override public FieldTaylor1<T> multiply(FieldTaylor1<T> a, FieldTaylor1<T> b) { return a.multiply(b); }

    /** {@code a·n}: every coefficient times the exact integer {@code n}. */
    @Override
    public FieldTaylor1<T> multiply(FieldTaylor1<T> a, int n) {
        T[] c = a.coefficients();
        for (int k = 0; k < c.length; k++) {
            c[k] = ar.multiply(c[k], n);
        }
        return new FieldTaylor1<>(ar, c);
    }

    @Override public FieldTaylor1<T> scale(FieldTaylor1<T> a, double s) { return a.multiply(ar.fromDouble(s)); }

    /** Series division; a divisor with {@code c_0 = 0} follows the leading-zero rule of {@link FieldTaylor1#divide}. */
    @Override public FieldTaylor1<T> divide(FieldTaylor1<T> a, FieldTaylor1<T> b) { return a.divide(b); }

    /** {@code a/n}: every coefficient divided by the exact integer {@code n ≠ 0}. */
    @Override
    public FieldTaylor1<T> divide(FieldTaylor1<T> a, int n) {
        if (n == 0) {
            throw new SingularExpansionException("division", "0 (a zero integer divisor)", "division by zero");
        }
        T[] c = a.coefficients();
        for (int k = 0; k < c.length; k++) {
            c[k] = ar.divide(c[k], n);
        }
        return new FieldTaylor1<>(ar, c);
    }

    @Override
    public boolean isZero(FieldTaylor1<T> a) {
        return FieldAlgebra.leadingIndex(a) < 0;
    }

    @Override
    public int signum(FieldTaylor1<T> a) {
        T c0 = a.value();
        if (ar.isZero(c0)) {
            if (isZero(a)) {
                return 0;
            }
            throw new ArithmeticException("signum: the sign of the series " + a
                    + " is not determined by its constant term, which is 0");
        }
        return ar.signum(c0);
    }

    @Override public double toDouble(FieldTaylor1<T> a) { return ar.toDouble(a.value()); }

    @Override
    public double norm(FieldTaylor1<T> a) {
        double m = 0.0;
        for (T x : a.raw()) {
            m = Math.max(m, ar.norm(x));
        }
        return m;
    }

    /** {@link FieldTaylor1#apply(ElementaryFunction)}: the composed series. */
    @Override public FieldTaylor1<T> apply(ElementaryFunction f, FieldTaylor1<T> a) { return a.apply(f); }
    @Override public FieldTaylor1<T> pow(FieldTaylor1<T> a, int n) { return a.pow(n); }

    /**
     * {@code a^b}: a constant exponent ({@code b_k = 0} for k ≥ 1) uses {@link FieldTaylor1#pow(Object)}
     * (integer powers by {@link FieldTaylor1#pow(int)}, so negative bases work); otherwise
     * {@code exp(b·log a)}.
     */
    @Override
    public FieldTaylor1<T> pow(FieldTaylor1<T> a, FieldTaylor1<T> b) {
        T[] e = b.raw();
        for (int k = 1; k < e.length; k++) {
            if (!ar.isZero(e[k])) {
                return a.pow(b);
            }
        }
        return a.pow(e[0]);
    }

    @Override public FieldTaylor1<T> atan2(FieldTaylor1<T> y, FieldTaylor1<T> x) { return FieldTaylor1.atan2(y, x); }

    /** Equal when the coefficient arithmetics and the orders are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FieldTaylor1Arithmetic
                && ((FieldTaylor1Arithmetic<?>) o).order == order
                && ((FieldTaylor1Arithmetic<?>) o).ar.equals(ar);
    }

    @Override
    public int hashCode() {
        return ar.hashCode() * 31 + order;
    }

    @Override
    public String toString() {
        return "FieldTaylor1 of order " + order + " over " + ar;
    }
}
