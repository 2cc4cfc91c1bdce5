package org.taylorkit.hipparchus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathArrays;
import org.taylorkit.core.multi.FlatRecurrences;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.TaylorN;

/**
 * A truncated Taylor series in several variables, f(x₀ + δ) = Σ_{|α| ≤ n} c_α δ^α, as a Hipparchus
 * {@link org.hipparchus.CalculusFieldElement}: code written against {@code CalculusFieldElement<T>}
 * (Hipparchus, Orekit) computes, run over this type, every partial derivative up to order n in all
 * the variables of its {@link TaylorNField} in one pass, the multivariate counterpart of
 * {@code DerivativeStructure}.
 *
 * <p><b>Same coefficients as {@link TaylorN}.</b> The element holds its graded-lex coefficient array
 * directly (one object per result besides the array, for the many small operations of Orekit code).
 * Sums, differences and scalings are the coefficient-wise operations of {@code TaylorN} (scalings
 * and negations deferred into the next sum, bit for bit the same: see the field {@code scale} and
 * {@link PendingScale}); products are the core's product kernels ({@code ProductSchedule}), at
 * orders 1 and 2 the loops of
 * {@link LowOrderProduct} (the same sums as the core's dense kernel); division and √ are the core's
 * flat recurrences ({@link FlatRecurrences}); every other function is the corresponding method of
 * {@link TaylorN} (our recurrences over homogeneous parts). No formula is repeated here.
 *
 * <p><b>Order and variables.</b> All elements of one field have its variables and order.
 * Coefficients are Taylor coefficients c_α, not derivatives: {@link #getPartialDerivative(int...)}
 * gives α!·c_α, as {@code DerivativeStructure} does. Singular points give NaN derivatives instead
 * of an exception (see {@link TaylorFieldElement}).
 *
 * <p>Immutable and thread-safe (arrays are never handed out or modified after construction; the two
 * caches below are filled idempotently).
 */
public final class TaylorNElement extends TaylorFieldElement<TaylorNElement> {

    private final TaylorNField field;
    /**
     * With {@link #scale}: coefficient i is {@code scale·c[i]} ({@code c[i]} itself when the scale is
     * 1), in graded-lex order; never modified or shared out (several elements may share it).
     */
    private final double[] c;
    /**
     * A pending scalar factor: {@link #multiply(double)} and {@link #negate()} return an element that
     * shares the operand's array and records the factor, and the next sum or difference applies it
     * in its own pass ({@code s·c[i] + t·d[i]}: the same products, rounded once each, as the eager
     * scaling would store, so every result is bit for bit the eager one); any other operation reads
     * the scaled coefficients ({@link #coefficients()}). Saves one array and one pass per scaling in
     * the Runge–Kutta stage sums and Orekit's vector arithmetic.
     */
    private final double scale;
    /**
     * Known to be constant (every coefficient but c₀ zero): made by {@link TaylorNField#constant} or
     * from constants by arithmetic. Products, sums and quotients with such an element use scalar
     * operations (O(size) instead of a full series product): Hipparchus and Orekit code multiplies by
     * constant elements a lot (μ, identity rotations, Butcher weights).
     */
    private final boolean constant;
    /**
     * Caches, each computed at most a few times by racing threads and always to the same value: the
     * scaled coefficients of an element with a pending scale (published with release/acquire, so a
     * reader sees the filled array), and whether every coefficient is finite (0 unknown, 1 yes, 2 no;
     * asked for each multiplication by zero, which Orekit's identity rotations do several times per
     * element).
     */
    private double[] scaled;
    private byte finiteness;

    private static final VarHandle SCALED;

    static {
        try {
            SCALED = MethodHandles.lookup().findVarHandle(TaylorNElement.class, "scaled", double[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The element with a copy of {@code series}'s coefficients (its variables and order are the field's). */
    TaylorNElement(TaylorNField field, TaylorN series) {
        this(field, series.coefficients(), false);
    }

    /** The element owning {@code coefficients} (not copied: the caller hands the array over). */
    TaylorNElement(TaylorNField field, double[] coefficients, boolean constant) {
        this(field, coefficients, 1.0, constant);
    }

    private TaylorNElement(TaylorNField field, double[] coefficients, double scale, boolean constant) {
        this.field = field;
        this.c = coefficients;
        this.scale = scale;
        this.constant = constant;
    }

    /**
     * The coefficients {@code scale·c[i]}: the array itself when the scale is 1, else the cached scaled
     * copy. Not to be modified.
     */
    double[] coefficients() {
        if (scale == 1.0) {
            return c;
        }
        double[] m = (double[]) SCALED.getAcquire(this);
        if (m == null) {
            m = scaledCopy();
            SCALED.setRelease(this, m);
        }
        return m;
    }

    /** The stored array (coefficient i is {@link #pendingScale()}·{@code array()[i]}); not to be modified. */
    double[] array() {
        return c;
    }

    /** The pending scale factor (1 when none). */
    double pendingScale() {
        return scale;
    }

    /** Whether this element is known to be constant (every coefficient but the value zero). */
    boolean isConstant() {
        return constant;
    }

    /** A new array of the coefficients (free to modify). */
    private double[] copyOfCoefficients() {
        return scale == 1.0 ? c.clone() : scaledCopy();
    }

    private double[] scaledCopy() {
        return PendingScale.applied(c, scale);
    }

    private TaylorNElement wrap(TaylorN s) {
        return new TaylorNElement(field, s);
    }

    /** The series (a new {@link TaylorN} with a copy of the coefficients). */
    public TaylorN series() {
        return TaylorN.of(field.variables(), field.order(), coefficients());
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
        return scale * c[0];
    }

    /**
     * The partial derivative ∂^|α| f / ∂x^α = α!·c_α, one order per variable.
     *
     * @throws MathIllegalArgumentException if the number of orders is not the number of variables, or
     *     their sum exceeds the order
     */
    @Override
    public double getPartialDerivative(int... orders) {
        field.checkDerivativeOrders(orders);
        return series().derivative(orders);
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
        return wrap(series().apply(Taylor1.of(coefficients)));
    }

    @Override
    public TaylorNElement withValue(double value) {
        double[] r = copyOfCoefficients();
        r[0] = value;
        return new TaylorNElement(field, r, constant);
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
    // The coefficient-wise operations of TaylorN (a[i] ± b[i], s·a[i], a[i]/s, a constant-term
    // shift), done on the array (loops in PendingScale) so that each result is one element and one array.

    @Override
    public TaylorNElement add(TaylorNElement b) {
        if (b.constant) {
            return add(b.getValue());
        }
        if (constant) {
            return b.add(getValue());
        }
        return new TaylorNElement(field, PendingScale.sum(c, scale, b.c, b.scale), false);
    }

    @Override
    public TaylorNElement add(double s) {
        double v = getValue() + s;
        if (unchangedBy(v)) {
            return this;
        }
        double[] r = copyOfCoefficients();
        r[0] = v;
        return new TaylorNElement(field, r, constant);
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
        return new TaylorNElement(field, PendingScale.difference(c, scale, b.c, b.scale), false);
    }

    /** {@code this − s}, as {@code this + (−s)} (the same bits). */
    @Override
    public TaylorNElement subtract(double s) {
        return add(-s);
    }

    /** −this: the same array with the opposite pending scale (−(s·x) = (−s)·x exactly). */
    @Override
    public TaylorNElement negate() {
        return new TaylorNElement(field, c, -scale, constant);
    }

    @Override
    public TaylorNElement multiply(TaylorNElement b) {
        if (b.constant) {
            return multiply(b.getValue());
        }
        if (constant) {
            return b.multiply(getValue());
        }
        double[] r = new double[c.length];
        field.multiplyInto(coefficients(), b.coefficients(), r);
        return new TaylorNElement(field, r, false);
    }

    /**
     * {@code s·this}. Multiplying by exactly 1 returns this element (x·1 = x bit for bit). Multiplying
     * by ±0 returns the field's zero constant when every coefficient is finite: the same values,
     * except that IEEE would give −0.0 for the negative coefficients (a sign no sum, product or
     * derivative read-out distinguishes from +0.0); the result is then known constant, so the
     * identity rotations and the zero Butcher weights of Hipparchus/Orekit code cost nothing further.
     * Non-finite coefficients keep IEEE's NaN (0·∞). Otherwise the result shares this element's
     * array with the pending factor {@code s} (see the field {@code scale}; a pending factor already there is
     * applied first, as eager scalings would round twice).
     */
    @Override
    public TaylorNElement multiply(double s) {
        if (s == 1.0) {
            return this;
        }
        if (s == 0.0 && allFinite()) {
            return field.getZero();
        }
        return new TaylorNElement(field, coefficients(), s, constant);
    }

    private boolean allFinite() {
        byte known = finiteness;
        if (known == 0) {
            known = PendingScale.allFinite(c, scale) ? (byte) 1 : (byte) 2;
            finiteness = known;
        }
        return known == 1;
    }

    @Override
    public TaylorNElement multiply(int n) {
        return multiply((double) n);
    }

    @Override
    public TaylorNElement square() {
        double[] r = new double[c.length];
        field.squareInto(coefficients(), r);
        return new TaylorNElement(field, r, constant);
    }

    @Override
    public TaylorNElement divide(TaylorNElement b) {
        if (b.constant) {
            return divide(b.getValue());
        }
        return quotient(coefficients(), b);
    }

    /**
     * {@code a / b} by the core's flat division recurrence; a divisor with constant term ±0 has no
     * series (a pole): the IEEE quotient of the values with NaN derivatives (see {@link TaylorFieldElement}).
     */
    private TaylorNElement quotient(double[] a, TaylorNElement b) {
        double b0 = b.getValue();
        if (b0 == 0.0) {
            return singular(a[0] / b0);
        }
        double[] r = new double[a.length];
        FlatRecurrences.divide(field.index(), a, b.coefficients(), r);
        return new TaylorNElement(field, r, false);
    }

    @Override
    public TaylorNElement divide(double s) {
        return new TaylorNElement(field, PendingScale.dividedBy(c, scale, s), constant);
    }

    @Override
    public TaylorNElement reciprocal() {
        return quotient(field.getOne().c, this);
    }

    // ------------------------------------------------------------------ linear combinations
    // Fused into one array by FusedSums; the constant term is the accurate MathArrays.linearCombination.

    @Override
    public TaylorNElement linearCombination(TaylorNElement[] a, TaylorNElement[] b) {
        if (a.length != b.length || a.length == 0) {
            return super.linearCombination(a, b);
        }
        return FusedSums.products(field, a, b, MathArrays.linearCombination(values(a), values(b)));
    }

    @Override
    public TaylorNElement linearCombination(double[] a, TaylorNElement[] b) {
        if (a.length != b.length || a.length == 0) {
            return super.linearCombination(a, b);
        }
        return FusedSums.scaled(field, a, b, MathArrays.linearCombination(a, values(b)));
    }

    /** The constant terms of {@code elements}. */
    private static double[] values(TaylorNElement[] elements) {
        double[] v = new double[elements.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = elements[i].getValue();
        }
        return v;
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2) {
        return FusedSums.products(field, new TaylorNElement[] {a1, a2}, new TaylorNElement[] {b1, b2},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2) {
        return FusedSums.scaled(field, new double[] {a1, a2}, new TaylorNElement[] {b1, b2},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2,
            TaylorNElement a3, TaylorNElement b3) {
        return FusedSums.products(field, new TaylorNElement[] {a1, a2, a3}, new TaylorNElement[] {b1, b2, b3},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(),
                        a3.getValue(), b3.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2,
            double a3, TaylorNElement b3) {
        return FusedSums.scaled(field, new double[] {a1, a2, a3}, new TaylorNElement[] {b1, b2, b3},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue(), a3, b3.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(TaylorNElement a1, TaylorNElement b1, TaylorNElement a2, TaylorNElement b2,
            TaylorNElement a3, TaylorNElement b3, TaylorNElement a4, TaylorNElement b4) {
        return FusedSums.products(field, new TaylorNElement[] {a1, a2, a3, a4}, new TaylorNElement[] {b1, b2, b3, b4},
                MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(),
                        a3.getValue(), b3.getValue(), a4.getValue(), b4.getValue()));
    }

    @Override
    public TaylorNElement linearCombination(double a1, TaylorNElement b1, double a2, TaylorNElement b2,
            double a3, TaylorNElement b3, double a4, TaylorNElement b4) {
        return FusedSums.scaled(field, new double[] {a1, a2, a3, a4}, new TaylorNElement[] {b1, b2, b3, b4},
                MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue(), a3, b3.getValue(),
                        a4, b4.getValue()));
    }

    // ------------------------------------------------------------------ powers

    @Override
    public TaylorNElement pow(int n) {
        return guarded(() -> wrap(series().pow(n)), () -> Math.pow(getValue(), n));
    }

    @Override
    public TaylorNElement pow(double r) {
        if (!Double.isFinite(r)) {
            return singular(Math.pow(getValue(), r));
        }
        return guarded(() -> wrap(series().pow(r)), () -> Math.pow(getValue(), r));
    }

    @Override
    public TaylorNElement pow(TaylorNElement b) {
        return guarded(() -> wrap(series().pow(b.series())), () -> Math.pow(getValue(), b.getValue()));
    }

    /**
     * √this: for a positive (or NaN) constant term the core's flat square-root recurrence
     * ({@link FlatRecurrences#sqrt}); otherwise {@link TaylorN#sqrt()} (0 for the zero series, no
     * series for any other: the value with NaN derivatives).
     */
    @Override
    public TaylorNElement sqrt() {
        double v = getValue();
        if (v > 0.0 || Double.isNaN(v)) {
            double[] r = new double[c.length];
            FlatRecurrences.sqrt(field.index(), coefficients(), r);
            return new TaylorNElement(field, r, constant && v > 0.0);
        }
        return guarded(() -> wrap(series().sqrt()), () -> Math.sqrt(v));
    }

    @Override
    public TaylorNElement cbrt() {
        return guarded(() -> wrap(series().cbrt()), () -> Math.cbrt(getValue()));
    }

    // ------------------------------------------------------------------ exponential and logarithm

    @Override
    public TaylorNElement exp() {
        return new TaylorNElement(field, series().exp());
    }

    @Override
    public TaylorNElement expm1() {
        return new TaylorNElement(field, series().expm1());
    }

    @Override
    public TaylorNElement log() {
        return guarded(() -> wrap(series().log()), () -> Math.log(getValue()));
    }

    @Override
    public TaylorNElement log1p() {
        return guarded(() -> wrap(series().log1p()), () -> Math.log1p(getValue()));
    }

    // ------------------------------------------------------------------ trigonometric

    @Override
    public TaylorNElement sin() {
        return new TaylorNElement(field, series().sin());
    }

    @Override
    public TaylorNElement cos() {
        return new TaylorNElement(field, series().cos());
    }

    @Override
    public TaylorNElement tan() {
        return guarded(() -> wrap(series().tan()), () -> Math.tan(getValue()));
    }

    @Override
    public TaylorNElement asin() {
        return guarded(() -> wrap(series().asin()), () -> Math.asin(getValue()));
    }

    @Override
    public TaylorNElement acos() {
        return guarded(() -> wrap(series().acos()), () -> Math.acos(getValue()));
    }

    @Override
    public TaylorNElement atan() {
        return new TaylorNElement(field, series().atan());
    }

    /** atan2(this, x): the angle of the point (x, this). */
    @Override
    public TaylorNElement atan2(TaylorNElement x) {
        return guarded(() -> wrap(TaylorN.atan2(series(), x.series())), () -> Math.atan2(getValue(), x.getValue()));
    }

    // ------------------------------------------------------------------ hyperbolic

    @Override
    public TaylorNElement sinh() {
        return new TaylorNElement(field, series().sinh());
    }

    @Override
    public TaylorNElement cosh() {
        return new TaylorNElement(field, series().cosh());
    }

    @Override
    public TaylorNElement tanh() {
        return new TaylorNElement(field, series().tanh());
    }

    @Override
    public TaylorNElement asinh() {
        return guarded(() -> wrap(series().asinh()), () -> FastMath.asinh(getValue()));
    }

    @Override
    public TaylorNElement acosh() {
        return guarded(() -> wrap(series().acosh()), () -> FastMath.acosh(getValue()));
    }

    @Override
    public TaylorNElement atanh() {
        return guarded(() -> wrap(series().atanh()), () -> FastMath.atanh(getValue()));
    }

    // ------------------------------------------------------------------ Object

    /** Equal fields (variables and order) and equal coefficients ({@link Arrays#equals(double[], double[])}). */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof TaylorNElement e && e.field.equals(field)
                && Arrays.equals(e.coefficients(), coefficients()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, Arrays.hashCode(coefficients()));
    }

    @Override
    public String toString() {
        return series().toString();
    }
}
