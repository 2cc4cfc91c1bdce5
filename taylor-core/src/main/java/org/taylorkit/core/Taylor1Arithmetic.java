package org.taylorkit.core;

/**
 * {@link Arithmetic} over {@link Taylor1} at a fixed order: evaluating an expression over it is
 * Taylor-mode automatic differentiation in {@code double} (feed it {@code variable(x0)} and read the
 * coefficients or {@link Taylor1#derivatives()} of the result).
 *
 * <p>Constants ({@link #zero()}, {@link #one()}, {@link #fromDouble}, {@link #fromDecimal},
 * {@link #pi()}) have this arithmetic's order. Operations are those of {@link Taylor1}, so they
 * follow its order rule (the smaller order wins; cancelling leading zeros lowers the order) and its
 * domain rules: a function without a series at the point throws {@link SingularExpansionException}
 * (an {@link ArithmeticException}). Scalar queries: {@link #isZero} = every coefficient exactly 0,
 * {@link #signum} = sign of c_0 (throws when c_0 = 0 or NaN), {@link #toDouble} = c_0,
 * {@link #norm} = max_k |c_k|.
 *
 * <p>Immutable and thread-safe.
 */
public final class Taylor1Arithmetic implements Arithmetic<Taylor1> {

    private final int order;
    private final Taylor1 zero;
    private final Taylor1 one;

    private Taylor1Arithmetic(int order) {
        this.order = order;
        this.zero = Taylor1.zero(order);
        this.one = Taylor1.constant(1.0, order);
    }

    /**
     * The arithmetic of series of the given order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static Taylor1Arithmetic ofOrder(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order);
        }
        return new Taylor1Arithmetic(order);
    }

    /** The order of the constants this arithmetic creates. */
    public int order() {
        return order;
    }

    /** The independent variable x_0 + t at this arithmetic's order ({@link Taylor1#variable}). */
    public Taylor1 variable(double x0) {
        return Taylor1.variable(x0, order);
    }

    @Override public Taylor1 zero() { return zero; }
    @Override public Taylor1 one() { return one; }
    @Override public Taylor1 fromDouble(double v) { return Taylor1.constant(v, order); }

    /** The constant series of a decimal literal rounded to nearest ({@link Double#parseDouble}). */
    @Override
    public Taylor1 fromDecimal(String decimal) {
        return Taylor1.constant(Double.parseDouble(decimal.trim()), order);
    }

    /** π rounded to double, as a constant series. */
    @Override public Taylor1 pi() { return Taylor1.constant(Math.PI, order); }
    @Override public Taylor1[] newArray(int n) { return new Taylor1[n]; }
    @Override public Taylor1 add(Taylor1 a, Taylor1 b) { return a.add(b); }
    @Override public Taylor1 subtract(Taylor1 a, Taylor1 b) { return a.subtract(b); }
    @Override public Taylor1 negate(Taylor1 a) { return a.negate(); }
    @Override public Taylor1 multiply(Taylor1 a, Taylor1 b) { return a.multiply(b); }
    @Override public Taylor1 multiply(Taylor1 a, int n) { return a.multiply((double) n); }
    @Override public Taylor1 scale(Taylor1 a, double s) { return a.multiply(s); }

    /**
     * a/b by {@link Taylor1#divide(Taylor1)} (cancels common leading zeros, lowering the order).
     *
     * @throws SingularExpansionException if the quotient has a pole or b is zero
     */
    @Override public Taylor1 divide(Taylor1 a, Taylor1 b) { return a.divide(b); }

    /**
     * a/n.
     *
     * @throws SingularExpansionException if {@code n == 0}
     */
    @Override public Taylor1 divide(Taylor1 a, int n) { return a.divide((double) n); }

    @Override
    public boolean isZero(Taylor1 a) {
        double[] c = a.raw();
        for (double v : c) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sign of c_0.
     *
     * @throws ArithmeticException if c_0 is 0 or NaN (the sign of the series near x_0 is then not
     *     that of a number)
     */
    @Override
    public int signum(Taylor1 a) {
        double c0 = a.value();
        if (c0 == 0.0 || Double.isNaN(c0)) {
            throw new ArithmeticException("signum of a series with constant term " + c0
                    + " is not determined (" + a + ")");
        }
        return c0 > 0.0 ? 1 : -1;
    }

    @Override public double toDouble(Taylor1 a) { return a.value(); }

    @Override
    public double norm(Taylor1 a) {
        double m = 0.0;
        for (double v : a.raw()) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** {@link Taylor1#apply(ElementaryFunction)}: the composed series (domain rules of {@code Taylor1}). */
    @Override public Taylor1 apply(ElementaryFunction f, Taylor1 a) { return a.apply(f); }
    @Override public Taylor1 pow(Taylor1 a, int n) { return a.pow(n); }

    /** a^b by {@link Taylor1#pow(Taylor1)}: a constant integer exponent uses {@link Taylor1#pow(int)}. */
    @Override public Taylor1 pow(Taylor1 a, Taylor1 b) { return a.pow(b); }
    @Override public Taylor1 atan2(Taylor1 y, Taylor1 x) { return Taylor1.atan2(y, x); }

    @Override
    public String toString() {
        return "Taylor1 of order " + order;
    }
}
