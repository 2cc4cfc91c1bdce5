package org.taylorkit.core.arith;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;

/**
 * {@link Arithmetic} over boxed {@link Double}: the generic path's cross-check of the primitive
 * {@code double} fast path. Every operation is the corresponding {@code java.lang.Math} operation
 * (correctly rounded for + − × ÷ √, within 1–2.5 ulps for elementary functions as documented by
 * {@code Math}), so a generic recurrence over this arithmetic must agree with the fast-path kernel.
 *
 * <p>IEEE semantics: out-of-domain arguments give NaN or ±∞ as {@code Math} does; the series types
 * check domains before calling coefficient-0 functions. Stateless and thread-safe.
 */
public final class BoxedDoubleArithmetic implements Arithmetic<Double> {

    /** The single instance. */
    public static final BoxedDoubleArithmetic INSTANCE = new BoxedDoubleArithmetic();

    private static final Double ZERO = 0.0;
    private static final Double ONE = 1.0;

    private BoxedDoubleArithmetic() {
    }

    @Override public Double zero() { return ZERO; }
    @Override public Double one() { return ONE; }
    @Override public Double fromDouble(double v) { return v; }
    @Override public Double fromDecimal(String decimal) { return Double.parseDouble(decimal.trim()); }
    @Override public Double pi() { return Math.PI; }
    @Override public Double[] newArray(int n) { return new Double[n]; }
    @Override public Double add(Double a, Double b) { return a + b; }
    @Override public Double subtract(Double a, Double b) { return a - b; }
    @Override public Double negate(Double a) { return -a; }
    @Override public Double multiply(Double a, Double b) { return a * b; }
    @Override public Double multiply(Double a, int n) { return a * n; }
    @Override public Double scale(Double a, double s) { return a * s; }

    @Override
    public Double divide(Double a, Double b) {
        if (b == 0.0) {
            throw new ArithmeticException("division by zero: " + a + " / 0");
        }
        return a / b;
    }

    @Override
    public Double divide(Double a, int n) {
        if (n == 0) {
            throw new ArithmeticException("division by the integer 0");
        }
        return a / n;
    }

    @Override public boolean isZero(Double a) { return a == 0.0; }

    @Override
    public int signum(Double a) {
        if (a.isNaN()) {
            throw new ArithmeticException("the sign of NaN is not determined");
        }
        return (int) Math.signum(a);
    }

    @Override public double toDouble(Double a) { return a; }
    @Override public double norm(Double a) { return Math.abs(a); }
    /** {@link ElementaryFunction#value(double)}: the {@code Math} function or the definition's own double formula. */
    @Override public Double apply(ElementaryFunction f, Double a) { return f.value(a); }

    @Override
    public Double pow(Double a, int n) {
        return Math.pow(a, n);
    }

    @Override
    public Double pow(Double a, Double b) {
        return Math.pow(a, b);
    }

    @Override
    public Double atan2(Double y, Double x) {
        return Math.atan2(y, x);
    }

    @Override
    public String toString() {
        return "boxed double";
    }
}
