package org.taylorkit.hipparchus;

import java.util.Objects;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathArrays;
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
        return wrap(series.withValue(value));
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
            return add(b.getValue());
        }
        if (constant) {
            return b.add(getValue());
        }
        return new TaylorNElement(field, series.add(b.series));
    }

    @Override
    public TaylorNElement add(double s) {
        if (unchangedBy(getValue() + s)) {
            return this;
        }
        return new TaylorNElement(field, series.add(s), constant);
    }

    /**
     * Whether {@code newValue} is bit for bit the constant term: then a shift of the constant term
     * returns this (immutable) element instead of an equal copy (adding ±0, Orekit's zero offsets).
     */
    private boolean unchangedBy(double newValue) {
        return Double.doubleToRawLongBits(newValue) == Double.doubleToRawLongBits(getValue());
    }

    @Override
    public TaylorNElement subtract(TaylorNElement b) {
        if (b.constant) {
            return subtract(b.getValue());
        }
        return new TaylorNElement(field, series.subtract(b.series));
    }

    @Override
    public TaylorNElement subtract(double s) {
        if (unchangedBy(getValue() - s)) {
            return this;
        }
        return new TaylorNElement(field, series.subtract(s), constant);
    }

    @Override
    public TaylorNElement negate() {
        return new TaylorNElement(field, series.negate(), constant);
    }

    @Override
    public TaylorNElement multiply(TaylorNElement b) {
        if (b.constant) {
            return multiply(b.getValue());
        }
        if (constant) {
            return b.multiply(getValue());
        }
        return new TaylorNElement(field, series.multiply(b.series));
    }

    /**
     * {@code s·this}. Multiplying by exactly 1 returns this element (x·1 = x bit for bit). Multiplying
     * by ±0 returns the field's zero constant when every coefficient is finite: the same values,
     * except that IEEE would give −0.0 for the negative coefficients (a sign no sum, product or
     * derivative read-out distinguishes from +0.0); the result is then known constant, so the
     * identity rotations and the zero Butcher weights of Hipparchus/Orekit code cost nothing further.
     * Non-finite coefficients keep IEEE's NaN (0·∞).
     */
    @Override
    public TaylorNElement multiply(double s) {
        if (s == 1.0) {
            return this;
        }
        if (s == 0.0 && Double.isFinite(series.norm())) {
            return field.getZero();
        }
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

    // ------------------------------------------------------------------ linear combinations
    // Fused: Σ aᵢ·bᵢ accumulated coefficient by coefficient into one array (products by
    // TaylorN.mulInto, constant factors as scalings), instead of one element per product and per
    // partial sum; the constant term is then the accurate MathArrays.linearCombination, as in
    // TaylorFieldElement. The terms are added left to right as the element-by-element chain adds
    // them (a constant term's scaling of the other factor's coefficients included), so the sums agree
    // with the chain's to the last bit except for the sign of zero coefficients.

    @Override
    public TaylorNElement linearCombination(TaylorNElement[] a, TaylorNElement[] b) {
        if (a.length != b.length || a.length == 0) {
            return super.linearCombination(a, b);
        }
        double[] av = new double[a.length];
        double[] bv = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            av[i] = a[i].getValue();
            bv[i] = b[i].getValue();
        }
        return fusedProducts(a, b, MathArrays.linearCombination(av, bv));
    }

    @Override
    public TaylorNElement linearCombination(double[] a, TaylorNElement[] b) {
        if (a.length != b.length || a.length == 0) {
            return super.linearCombination(a, b);
        }
        double[] bv = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            bv[i] = b[i].getValue();
        }
        return fusedScaled(a, b, MathArrays.linearCombination(a, bv));
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2) {
        return fusedProducts(new TaylorNElement[] {a1, a2}, new TaylorNElement[] {b1, b2},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2) {
        return fusedScaled(new double[] {a1, a2}, new TaylorNElement[] {b1, b2},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2,
            TaylorNElement a3, TaylorNElement b3) {
        return fusedProducts(new TaylorNElement[] {a1, a2, a3}, new TaylorNElement[] {b1, b2, b3},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(),
                        a3.getValue(), b3.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2,
            double a3, TaylorNElement b3) {
        return fusedScaled(new double[] {a1, a2, a3}, new TaylorNElement[] {b1, b2, b3},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue(), a3, b3.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2,
            TaylorNElement a3, TaylorNElement b3, TaylorNElement a4, TaylorNElement b4) {
        return fusedProducts(new TaylorNElement[] {a1, a2, a3, a4}, new TaylorNElement[] {b1, b2, b3, b4},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(),
                        a3.getValue(), b3.getValue(), a4.getValue(), b4.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2,
            double a3, TaylorNElement b3, double a4, TaylorNElement b4) {
        return fusedScaled(new double[] {a1, a2, a3, a4}, new TaylorNElement[] {b1, b2, b3, b4},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue(), a3, b3.getValue(),
                        a4, b4.getValue()));
    }

    /** Σ a[i]·b[i] with constant term {@code value}. */
    private TaylorNElement fusedProducts(TaylorNElement[] a, TaylorNElement[] b, double value) {
        int size = series.size();
        double[] acc = new double[size];
        double[] product = null;
        for (int k = 0; k < a.length; k++) {
            if (b[k].constant) {
                addScaled(acc, b[k].getValue(), a[k].series, k == 0);
            } else if (a[k].constant) {
                addScaled(acc, a[k].getValue(), b[k].series, k == 0);
            } else {
                if (product == null) {
                    product = new double[size];
                }
                TaylorN.mulInto(a[k].series, b[k].series, product);
                if (k == 0) {
                    System.arraycopy(product, 0, acc, 0, size);
                } else {
                    for (int i = 0; i < size; i++) {
                        acc[i] = acc[i] + product[i];
                    }
                }
            }
        }
        acc[0] = value;
        return wrap(TaylorN.of(field.variables(), field.order(), acc));
    }

    /** Σ a[i]·b[i] with constant factors and constant term {@code value}. */
    private TaylorNElement fusedScaled(double[] a, TaylorNElement[] b, double value) {
        double[] acc = new double[series.size()];
        for (int k = 0; k < a.length; k++) {
            addScaled(acc, a[k], b[k].series, k == 0);
        }
        acc[0] = value;
        return wrap(TaylorN.of(field.variables(), field.order(), acc));
    }

    /** {@code acc = s·x} ({@code first}) or {@code acc += s·x}. */
    private static void addScaled(double[] acc, double s, TaylorN x, boolean first) {
        int size = acc.length;
        if (first) {
            for (int i = 0; i < size; i++) {
                acc[i] = s * x.coefficientAt(i);
            }
        } else {
            for (int i = 0; i < size; i++) {
                acc[i] = acc[i] + s * x.coefficientAt(i);
            }
        }
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
