package org.taylorkit.hipparchus;

import java.util.Objects;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.TaylorN;

/**
 * A truncated Taylor series in several variables, f(x₀ + δ) = Σ_{|α| ≤ n} c_α δ^α, as a Hipparchus
 * {@link org.hipparchus.CalculusFieldElement}: code written against {@code CalculusFieldElement<T>}
 * (Hipparchus, Orekit) computes, run over this type, every partial derivative up to order n in all
 * the variables of its {@link TaylorNField} in one pass, the multivariate counterpart of
 * {@code DerivativeStructure}. Every operation is the corresponding method of {@link TaylorN} (our
 * recurrences over homogeneous parts), so the coefficients are exactly those of {@code TaylorN}.
 *
 * <p><b>Order and variables.</b> All elements of one field have its variables and order.
 * Coefficients are Taylor coefficients c_α, not derivatives: {@link #getPartialDerivative(int...)}
 * gives α!·c_α, as {@code DerivativeStructure} does. Singular points give NaN derivatives instead
 * of an exception (see {@link TaylorFieldElement}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TaylorNElement extends TaylorFieldElement<TaylorNElement> {

    private final TaylorNField field;
    private final TaylorN series;
    /**
     * Known to be constant (every coefficient but c₀ zero): made by {@link TaylorNField#constant} or
     * from constants by arithmetic. Products, sums and quotients with such an element use the
     * scalar operations of {@link TaylorN} (O(size) instead of a full series product): Hipparchus and
     * Orekit code multiplies by constant elements a lot (μ, identity rotations, Butcher weights).
     */
    private final boolean constant;

    TaylorNElement(TaylorNField field, TaylorN series) {
        this(field, series, false);
    }

    TaylorNElement(TaylorNField field, TaylorN series, boolean constant) {
        this.field = field;
        this.series = series;
        this.constant = constant;
    }

    private TaylorNElement wrap(TaylorN s) {
        return new TaylorNElement(field, s);
    }

    /** The series. */
    public TaylorN series() {
        return series;
    }

    @Override
    public TaylorNField getField() {
        return field;
    }

    @Override
    public int getFreeParameters() {
        return field.variables().size();
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
     * The partial derivative ∂^|α| f / ∂x^α = α!·c_α, one order per variable.
     *
     * @throws MathIllegalArgumentException if the number of orders is not the number of variables, or
     *     their sum exceeds the order
     */
    @Override
    public double getPartialDerivative(int... orders) {
        if (orders.length != getFreeParameters()) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, orders.length,
                    getFreeParameters());
        }
        int sum = 0;
        for (int o : orders) {
            if (o < 0) {
                throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_SMALL, o, 0);
            }
            sum += o;
        }
        if (sum > field.order()) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_TOO_LARGE, sum, field.order());
        }
        return series.derivative(orders);
    }

    /**
     * f(this) for the function f with derivatives {@code f[k]} = f^(k)(value), k = 0..n: the Taylor
     * polynomial Σ f[k]/k!·(this − value)^k, by {@link TaylorN#apply(Taylor1)}.
     *
     * @throws MathIllegalArgumentException unless exactly n + 1 derivatives are given
     */
    @Override
    public TaylorNElement compose(double... f) {
        double[] coefficients = taylorCoefficients(f, field.order());
        return wrap(series.apply(Taylor1.of(coefficients)));
    }

    @Override
    public TaylorNElement withValue(double value) {
        double[] c = series.coefficients();
        c[0] = value;
        return wrap(TaylorN.of(field.variables(), field.order(), c));
    }

    @Override
    TaylorNElement singular(double value) {
        return field.singular(value);
    }

    @Override
    TaylorNElement self() {
        return this;
    }

    @Override
    public TaylorNElement newInstance(double value) {
        return field.constant(value);
    }

    // ------------------------------------------------------------------ arithmetic

    @Override
    public TaylorNElement add(TaylorNElement b) {
        if (b.constant) {
            return new TaylorNElement(field, series.add(b.getValue()), constant);
        }
        if (constant) {
            return new TaylorNElement(field, b.series.add(getValue()));
        }
        return new TaylorNElement(field, series.add(b.series));
    }

    @Override
    public TaylorNElement add(double s) {
        return new TaylorNElement(field, series.add(s), constant);
    }

    @Override
    public TaylorNElement subtract(TaylorNElement b) {
        if (b.constant) {
            return new TaylorNElement(field, series.subtract(b.getValue()), constant);
        }
        return new TaylorNElement(field, series.subtract(b.series));
    }

    @Override
    public TaylorNElement subtract(double s) {
        return new TaylorNElement(field, series.subtract(s), constant);
    }

    @Override
    public TaylorNElement negate() {
        return new TaylorNElement(field, series.negate(), constant);
    }

    @Override
    public TaylorNElement multiply(TaylorNElement b) {
        if (b.constant) {
            return new TaylorNElement(field, series.multiply(b.getValue()), constant);
        }
        if (constant) {
            return new TaylorNElement(field, b.series.multiply(getValue()));
        }
        return new TaylorNElement(field, series.multiply(b.series));
    }

    @Override
    public TaylorNElement multiply(double s) {
        return new TaylorNElement(field, series.multiply(s), constant);
    }

    @Override
    public TaylorNElement multiply(int n) {
        return multiply((double) n);
    }

    @Override
    public TaylorNElement square() {
        return new TaylorNElement(field, series.square(), constant);
    }

    @Override
    public TaylorNElement divide(TaylorNElement b) {
        if (b.constant) {
            return divide(b.getValue());
        }
        return guarded(() -> wrap(series.divide(b.series)), () -> getValue() / b.getValue());
    }

    @Override
    public TaylorNElement divide(double s) {
        return guarded(() -> new TaylorNElement(field, series.divide(s), constant), () -> getValue() / s);
    }

    @Override
    public TaylorNElement reciprocal() {
        return guarded(() -> wrap(series.reciprocal()), () -> 1.0 / getValue());
    }

    // ------------------------------------------------------------------ powers

    @Override
    public TaylorNElement pow(int n) {
        return guarded(() -> wrap(series.pow(n)), () -> Math.pow(getValue(), n));
    }

    @Override
    public TaylorNElement pow(double r) {
        if (!Double.isFinite(r)) {
            return singular(Math.pow(getValue(), r));
        }
        return guarded(() -> wrap(series.pow(r)), () -> Math.pow(getValue(), r));
    }

    @Override
    public TaylorNElement pow(TaylorNElement b) {
        return guarded(() -> wrap(series.pow(b.series)), () -> Math.pow(getValue(), b.getValue()));
    }

    @Override
    public TaylorNElement sqrt() {
        return guarded(() -> wrap(series.sqrt()), () -> Math.sqrt(getValue()));
    }

    @Override
    public TaylorNElement cbrt() {
        return guarded(() -> wrap(series.cbrt()), () -> Math.cbrt(getValue()));
    }

    // ------------------------------------------------------------------ exponential and logarithm

    @Override
    public TaylorNElement exp() {
        return new TaylorNElement(field, series.exp());
    }

    @Override
    public TaylorNElement expm1() {
        return new TaylorNElement(field, series.expm1());
    }

    @Override
    public TaylorNElement log() {
        return guarded(() -> wrap(series.log()), () -> Math.log(getValue()));
    }

    @Override
    public TaylorNElement log1p() {
        return guarded(() -> wrap(series.log1p()), () -> Math.log1p(getValue()));
    }

    // ------------------------------------------------------------------ trigonometric

    @Override
    public TaylorNElement sin() {
        return new TaylorNElement(field, series.sin());
    }

    @Override
    public TaylorNElement cos() {
        return new TaylorNElement(field, series.cos());
    }

    @Override
    public TaylorNElement tan() {
        return guarded(() -> wrap(series.tan()), () -> Math.tan(getValue()));
    }

    @Override
    public TaylorNElement asin() {
        return guarded(() -> wrap(series.asin()), () -> Math.asin(getValue()));
    }

    @Override
    public TaylorNElement acos() {
        return guarded(() -> wrap(series.acos()), () -> Math.acos(getValue()));
    }

    @Override
    public TaylorNElement atan() {
        return new TaylorNElement(field, series.atan());
    }

    /** atan2(this, x): the angle of the point (x, this). */
    @Override
    public TaylorNElement atan2(TaylorNElement x) {
        return guarded(() -> wrap(TaylorN.atan2(series, x.series)), () -> Math.atan2(getValue(), x.getValue()));
    }

    // ------------------------------------------------------------------ hyperbolic

    @Override
    public TaylorNElement sinh() {
        return new TaylorNElement(field, series.sinh());
    }

    @Override
    public TaylorNElement cosh() {
        return new TaylorNElement(field, series.cosh());
    }

    @Override
    public TaylorNElement tanh() {
        return new TaylorNElement(field, series.tanh());
    }

    @Override
    public TaylorNElement asinh() {
        return guarded(() -> wrap(series.asinh()), () -> FastMath.asinh(getValue()));
    }

    @Override
    public TaylorNElement acosh() {
        return guarded(() -> wrap(series.acosh()), () -> FastMath.acosh(getValue()));
    }

    @Override
    public TaylorNElement atanh() {
        return guarded(() -> wrap(series.atanh()), () -> FastMath.atanh(getValue()));
    }

    // ------------------------------------------------------------------ Object

    /** Equal fields (variables and order) and equal series ({@link TaylorN#equals}). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TaylorNElement e && e.field.equals(field) && e.series.equals(series));
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
