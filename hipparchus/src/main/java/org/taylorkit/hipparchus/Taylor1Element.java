package org.taylorkit.hipparchus;

import java.util.Arrays;
import java.util.Objects;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.taylorkit.core.series.Taylor1;

/**
 * A truncated Taylor series in one variable, f(x₀ + t) = c₀ + c₁t + … + c_n tⁿ, as a Hipparchus
 * {@link org.hipparchus.CalculusFieldElement}: Hipparchus and Orekit code written against
 * {@code CalculusFieldElement<T>} computes, run over this type, every derivative up to order n in one
 * pass. Every operation is the corresponding method of {@link Taylor1} (our recurrences, O(n²)
 * for the elementary functions), so the coefficients are exactly those of {@code Taylor1}.
 *
 * <p><b>Order.</b> All elements of one {@link Taylor1Field} have its order n. Coefficients are Taylor
 * coefficients, not derivatives: {@link #getPartialDerivative(int...)} and {@link #derivatives()}
 * give k!·c_k. Singular points give NaN derivatives instead of an exception (see
 * {@link TaylorFieldElement}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Taylor1Element extends TaylorFieldElement<Taylor1Element> {

    private final Taylor1Field field;
    private final Taylor1 series;

    Taylor1Element(Taylor1Field field, Taylor1 series) {
        this.field = field;
        this.series = series;
    }

    /**
     * The element of {@code field} with these coefficients; a series of lower order than the field is
     * padded with NaN (its higher coefficients are unknown), a higher one truncated.
     */
    static Taylor1Element of(Taylor1Field field, Taylor1 series) {
        int n = field.order();
        if (series.order() == n) {
            return new Taylor1Element(field, series);
        }
        if (series.order() > n) {
            return new Taylor1Element(field, series.truncate(n));
        }
        double[] c = Arrays.copyOf(series.coefficients(), n + 1);
        Arrays.fill(c, series.order() + 1, n + 1, Double.NaN);
        return new Taylor1Element(field, Taylor1.of(c));
    }

    private Taylor1Element wrap(Taylor1 s) {
        return of(field, s);
    }

    /** The series. */
    public Taylor1 series() {
        return series;
    }

    /** The derivatives f^(k)(x₀) = k!·c_k, k = 0..n. */
    public double[] derivatives() {
        return series.derivatives();
    }

    @Override
    public Taylor1Field getField() {
        return field;
    }

    @Override
    public int getFreeParameters() {
        return 1;
    }

    @Override
    public int getOrder() {
        return field.order();
    }

    @Override
    public double getValue() {
        return series.value();
    }

    /**
     * The derivative of order {@code orders[0]}, k!·c_k.
     *
     * @throws MathIllegalArgumentException if not exactly one order is given or it is outside 0..n
     */
    @Override
    public double getPartialDerivative(int... orders) {
        if (orders.length != 1) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, orders.length, 1);
        }
        if (orders[0] < 0 || orders[0] > field.order()) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.OUT_OF_RANGE_SIMPLE, orders[0], 0,
                    field.order());
        }
        return series.derivative(orders[0]);
    }

    /**
     * f(this) for the function f with derivatives {@code f[k]} = f^(k)(value), k = 0..n: the Taylor
     * polynomial Σ f[k]/k!·(this − value)^k, by {@link Taylor1#evaluate(Taylor1)}.
     *
     * @throws MathIllegalArgumentException unless exactly n + 1 derivatives are given
     */
    @Override
    public Taylor1Element compose(double... f) {
        double[] coefficients = taylorCoefficients(f, field.order());
        return wrap(Taylor1.of(coefficients).evaluate(series.subtract(series.value())));
    }

    @Override
    public Taylor1Element withValue(double value) {
        double[] c = series.coefficients();
        c[0] = value;
        return new Taylor1Element(field, Taylor1.of(c));
    }

    @Override
    Taylor1Element singular(double value) {
        return field.singular(value);
    }

    @Override
    Taylor1Element self() {
        return this;
    }

    @Override
    public Taylor1Element newInstance(double value) {
        return field.constant(value);
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    public Taylor1Element add(Taylor1Element b) {
        return new Taylor1Element(field, series.add(b.series));
    }

    @Override
    public Taylor1Element add(double s) {
        return new Taylor1Element(field, series.add(s));
    }

    @Override
    public Taylor1Element subtract(Taylor1Element b) {
        return new Taylor1Element(field, series.subtract(b.series));
    }

    @Override
    public Taylor1Element subtract(double s) {
        return new Taylor1Element(field, series.subtract(s));
    }

    @Override
    public Taylor1Element negate() {
        return new Taylor1Element(field, series.negate());
    }

    @Override
    public Taylor1Element multiply(Taylor1Element b) {
        return new Taylor1Element(field, series.multiply(b.series));
    }

    @Override
    public Taylor1Element multiply(double s) {
        return new Taylor1Element(field, series.multiply(s));
    }

    @Override
    public Taylor1Element multiply(int n) {
        return multiply((double) n);
    }

    @Override
    public Taylor1Element square() {
        return new Taylor1Element(field, series.square());
    }

    @Override
    public Taylor1Element divide(Taylor1Element b) {
        return guarded(() -> wrap(series.divide(b.series)), () -> getValue() / b.getValue());
    }

    @Override
    public Taylor1Element divide(double s) {
        return guarded(() -> wrap(series.divide(s)), () -> getValue() / s);
    }

    @Override
    public Taylor1Element reciprocal() {
        return guarded(() -> wrap(series.reciprocal()), () -> 1.0 / getValue());
    }

    // ------------------------------------------------------------------ powers

    @Override
    public Taylor1Element pow(int n) {
        return guarded(() -> wrap(series.pow(n)), () -> Math.pow(getValue(), n));
    }

    @Override
    public Taylor1Element pow(double r) {
        if (!Double.isFinite(r)) {
            return singular(Math.pow(getValue(), r));
        }
        return guarded(() -> wrap(series.pow(r)), () -> Math.pow(getValue(), r));
    }

    @Override
    public Taylor1Element pow(Taylor1Element b) {
        return guarded(() -> wrap(series.pow(b.series)), () -> Math.pow(getValue(), b.getValue()));
    }

    @Override
    public Taylor1Element sqrt() {
        return guarded(() -> wrap(series.sqrt()), () -> Math.sqrt(getValue()));
    }

    @Override
    public Taylor1Element cbrt() {
        return guarded(() -> wrap(series.cbrt()), () -> Math.cbrt(getValue()));
    }

    // ------------------------------------------------------------------ exponential and logarithm

    @Override
    public Taylor1Element exp() {
        return new Taylor1Element(field, series.exp());
    }

    @Override
    public Taylor1Element expm1() {
        return new Taylor1Element(field, series.expm1());
    }

    @Override
    public Taylor1Element log() {
        return guarded(() -> wrap(series.log()), () -> Math.log(getValue()));
    }

    @Override
    public Taylor1Element log1p() {
        return guarded(() -> wrap(series.log1p()), () -> Math.log1p(getValue()));
    }

    // ------------------------------------------------------------------ trigonometric

    @Override
    public Taylor1Element sin() {
        return new Taylor1Element(field, series.sin());
    }

    @Override
    public Taylor1Element cos() {
        return new Taylor1Element(field, series.cos());
    }

    @Override
    public Taylor1Element tan() {
        return guarded(() -> wrap(series.tan()), () -> Math.tan(getValue()));
    }

    @Override
    public Taylor1Element asin() {
        return guarded(() -> wrap(series.asin()), () -> Math.asin(getValue()));
    }

    @Override
    public Taylor1Element acos() {
        return guarded(() -> wrap(series.acos()), () -> Math.acos(getValue()));
    }

    @Override
    public Taylor1Element atan() {
        return new Taylor1Element(field, series.atan());
    }

    /** atan2(this, x): the angle of the point (x, this). */
    @Override
    public Taylor1Element atan2(Taylor1Element x) {
        return guarded(() -> wrap(Taylor1.atan2(series, x.series)), () -> Math.atan2(getValue(), x.getValue()));
    }

    // ------------------------------------------------------------------ hyperbolic

    @Override
    public Taylor1Element sinh() {
        return new Taylor1Element(field, series.sinh());
    }

    @Override
    public Taylor1Element cosh() {
        return new Taylor1Element(field, series.cosh());
    }

    @Override
    public Taylor1Element tanh() {
        return new Taylor1Element(field, series.tanh());
    }

    @Override
    public Taylor1Element asinh() {
        return guarded(() -> wrap(series.asinh()), () -> FastMath.asinh(getValue()));
    }

    @Override
    public Taylor1Element acosh() {
        return guarded(() -> wrap(series.acosh()), () -> FastMath.acosh(getValue()));
    }

    @Override
    public Taylor1Element atanh() {
        return guarded(() -> wrap(series.atanh()), () -> FastMath.atanh(getValue()));
    }

    // ------------------------------------------------------------------ Object

    /** Equal fields (orders) and equal series ({@link Taylor1#equals}). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Taylor1Element e && e.field.equals(field) && e.series.equals(series));
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, series);
    }

    @Override
    public String toString() {
        return series.toString();
    }
}
