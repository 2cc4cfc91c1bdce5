package org.taylorkit.core;

import org.taylorkit.core.multi.Variables;

/**
 * {@link Arithmetic} over {@link FieldTaylorN} with fixed coefficient arithmetic, variables and order:
 * the generic counterpart of {@link TaylorNArithmetic} (e.g. high-precision jets
 * {@code FieldTaylor1<FieldTaylorN<Apfloat>>}). Constants have this arithmetic's variables and order;
 * operations are those of {@link FieldTaylorN}. {@link #isZero} = every coefficient zero; {@link #signum}
 * = the sign of the constant term (0 for the zero series; throws when the constant term is 0 in a
 * non-zero series); {@link #toDouble} = the constant term as a double; {@link #norm} = the largest
 * coefficient norm. Immutable; thread-safe when the coefficient arithmetic is.
 *
 * @param <T> the coefficient type
 */
public final class FieldTaylorNArithmetic<T> implements Arithmetic<FieldTaylorN<T>> {

    private final Arithmetic<T> ar;
    private final Variables vars;
    private final int order;
    private final FieldTaylorN<T> zero;
    private final FieldTaylorN<T> one;

    private FieldTaylorNArithmetic(Arithmetic<T> ar, Variables vars, int order) {
        this.ar = ar;
        this.vars = vars;
        this.order = order;
        this.zero = FieldTaylorN.zero(ar, vars, order);
        this.one = FieldTaylorN.constant(ar, vars, ar.one(), order);
    }

    /**
     * The arithmetic of series over {@code ar} in {@code vars} of the given order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static <T> FieldTaylorNArithmetic<T> of(Arithmetic<T> ar, Variables vars, int order) {
        return new FieldTaylorNArithmetic<>(ar, vars, order);
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> coefficientArithmetic() {
        return ar;
    }

    /** The variables of the constants. */
    public Variables variables() {
        return vars;
    }

    /** The order of the constants. */
    public int order() {
        return order;
    }

    /** The variable {@code name} expanded at {@code value}. */
    public FieldTaylorN<T> variable(String name, T value) {
        return FieldTaylorN.variable(ar, vars, name, value, order);
    }

    private FieldTaylorN<T> constant(T v) {
        return FieldTaylorN.constant(ar, vars, v, order);
    }

    @Override public FieldTaylorN<T> zero() { return zero; }
    @Override public FieldTaylorN<T> one() { return one; }
    @Override public FieldTaylorN<T> fromDouble(double v) { return constant(ar.fromDouble(v)); }
    @Override public FieldTaylorN<T> fromDecimal(String decimal) { return constant(ar.fromDecimal(decimal)); }
    @Override public FieldTaylorN<T> pi() { return constant(ar.pi()); }

    @Override
    @SuppressWarnings("unchecked")
    public FieldTaylorN<T>[] newArray(int n) {
        return (FieldTaylorN<T>[]) new FieldTaylorN<?>[n];
    }

    @Override public FieldTaylorN<T> add(FieldTaylorN<T> a, FieldTaylorN<T> b) { return a.add(b); }
    @Override public FieldTaylorN<T> subtract(FieldTaylorN<T> a, FieldTaylorN<T> b) { return a.subtract(b); }
    @Override public FieldTaylorN<T> negate(FieldTaylorN<T> a) { return a.negate(); }
    @Override public FieldTaylorN<T> multiply(FieldTaylorN<T> a, FieldTaylorN<T> b) { return a.multiply(b); }

    @Override
    public FieldTaylorN<T> multiply(FieldTaylorN<T> a, int n) {
        T[] c = a.coefficients();
        for (int i = 0; i < c.length; i++) {
            c[i] = ar.multiply(c[i], n);
        }
        return new FieldTaylorN<>(ar, a.variables(), a.index(), c);
    }

    @Override public FieldTaylorN<T> scale(FieldTaylorN<T> a, double s) { return a.multiply(s); }

    /** a/b. @throws SingularExpansionException if b's constant term is 0 */
    @Override public FieldTaylorN<T> divide(FieldTaylorN<T> a, FieldTaylorN<T> b) { return a.divide(b); }

    @Override
    public FieldTaylorN<T> divide(FieldTaylorN<T> a, int n) {
        if (n == 0) {
            throw new ArithmeticException("division of a series by the integer 0");
        }
        T[] c = a.coefficients();
        for (int i = 0; i < c.length; i++) {
            c[i] = ar.divide(c[i], n);
        }
        return new FieldTaylorN<>(ar, a.variables(), a.index(), c);
    }

    @Override public boolean isZero(FieldTaylorN<T> a) { return a.isZero(); }

    @Override
    public int signum(FieldTaylorN<T> a) {
        if (a.isZero()) {
            return 0;
        }
        if (ar.isZero(a.value())) {
            throw new ArithmeticException("signum of a series with constant term 0 is not determined (" + a + ")");
        }
        return ar.signum(a.value());
    }

    @Override public double toDouble(FieldTaylorN<T> a) { return ar.toDouble(a.value()); }
    @Override public double norm(FieldTaylorN<T> a) { return a.norm(); }
    /** {@link FieldTaylorN#apply(ElementaryFunction)}: the composed series. */
    @Override public FieldTaylorN<T> apply(ElementaryFunction f, FieldTaylorN<T> a) { return a.apply(f); }
    @Override public FieldTaylorN<T> pow(FieldTaylorN<T> a, int n) { return a.pow(n); }

    /** a^b: {@link FieldTaylorN#pow(Object)} when b is a constant series, else exp(b·log a). */
    @Override
    public FieldTaylorN<T> pow(FieldTaylorN<T> a, FieldTaylorN<T> b) {
        if (b.subtract(b.value()).isZero()) {
            return a.pow(b.value()).truncate(Math.min(a.order(), b.order()));
        }
        return a.pow(b);
    }

    @Override public FieldTaylorN<T> atan2(FieldTaylorN<T> y, FieldTaylorN<T> x) { return FieldTaylorN.atan2(y, x); }

    @Override
    public String toString() {
        return "FieldTaylorN over " + ar + " in " + vars + " of order " + order;
    }
}
