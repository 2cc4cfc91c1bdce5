package org.taylorkit.core.arith;

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
    @Override public Double sqrt(Double a) { return Math.sqrt(a); }
    @Override public Double cbrt(Double a) { return Math.cbrt(a); }
    @Override public Double exp(Double a) { return Math.exp(a); }
    @Override public Double expm1(Double a) { return Math.expm1(a); }
    @Override public Double log(Double a) { return Math.log(a); }
    @Override public Double log1p(Double a) { return Math.log1p(a); }
    @Override public Double sin(Double a) { return Math.sin(a); }
    @Override public Double cos(Double a) { return Math.cos(a); }
    @Override public Double tan(Double a) { return Math.tan(a); }
    @Override public Double asin(Double a) { return Math.asin(a); }
    @Override public Double acos(Double a) { return Math.acos(a); }
    @Override public Double atan(Double a) { return Math.atan(a); }
    @Override public Double sinh(Double a) { return Math.sinh(a); }
    @Override public Double cosh(Double a) { return Math.cosh(a); }
    @Override public Double tanh(Double a) { return Math.tanh(a); }

    @Override
    public Double asinh(Double a) {
        double x = Math.abs(a);
        // asinh(x) = log1p(x + x²/(1 + √(1 + x²))) keeps full accuracy near 0.
        double r = x > 1e150 ? Math.log(x) + Math.log(2.0) : Math.log1p(x + x * x / (1.0 + Math.sqrt(1.0 + x * x)));
        return Math.copySign(r, a);
    }

    @Override
    public Double acosh(Double a) {
        // acosh(x) = log(x + √(x² − 1)) = log1p(t + √(t(t + 2))) with t = x − 1, accurate near 1.
        if (a > 1e150) {
            return Math.log(a) + Math.log(2.0);
        }
        double t = a - 1.0;
        return Math.log1p(t + Math.sqrt(t * (t + 2.0)));
    }

    @Override
    public Double atanh(Double a) {
        // atanh(x) = ½ log1p(2x/(1 − x)).
        double x = Math.abs(a);
        return Math.copySign(0.5 * Math.log1p(2.0 * x / (1.0 - x)), a);
    }

    @Override public Double erf(Double a) { return ErrorFunction.erf(a); }
    @Override public Double abs(Double a) { return Math.abs(a); }

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
