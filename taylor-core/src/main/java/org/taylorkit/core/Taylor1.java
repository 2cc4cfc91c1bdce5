package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.taylorkit.core.kernels.DoubleKernels;

/**
 * A truncated univariate Taylor series with {@code double} coefficients: the primitive fast path.
 *
 * <p>A series of order n holds c_0..c_n of f(x_0 + t) = Σ_{k=0..n} c_k t^k + O(t^{n+1}), where t is
 * the displacement from the expansion point x_0 (the point itself is not stored). Every operation
 * computes the coefficients of the result that are determined by the inputs' coefficients, by the
 * recurrences of {@link DoubleKernels} and {@link org.taylorkit.core.kernels.DoubleElementaryKernels}
 * (O(n²) per operation; Tucker 2011 ch. 4, Griewank &amp; Walther 2008 ch. 13).
 *
 * <h2>Order rule</h2>
 * A binary operation between series of orders m and n has order min(m, n): truncating the longer
 * operand is exact, while padding the shorter one with zeros would invent coefficients. Operations
 * that cancel a power of t (division by a series with leading zeros, roots of t^m·ã) return
 * the lower order that the inputs determine; this is stated on each such method.
 *
 * <h2>Singular points</h2>
 * Where the function has no Taylor series at the expansion point (log at 0, √t at 0, 1/t at 0,
 * asin at ±1, …) the method throws {@link SingularExpansionException} naming the function, the
 * point (the argument's constant term, or its leading term c_m·t^m when the constant term is 0) and
 * the reason. Leading zeros that cancel are handled exactly: sin(t)/t, √(t²), ∛(t³), |t²| at 0.
 *
 * <h2>Accuracy and IEEE behaviour</h2>
 * Coefficient 0 has the accuracy of the {@link Math} function (1–2.5 ulps); higher coefficients
 * carry the rounding errors of short sums of products (a few ulps of the sum of absolute terms),
 * growing mildly with the order. NaN coefficients propagate; domain checks apply to non-NaN
 * values only. Overflow gives infinities as in IEEE arithmetic.
 *
 * <p>Immutable and thread-safe. {@link #equals} compares orders and coefficients (0.0 equals −0.0,
 * NaN equals NaN).
 */
public final class Taylor1 {

    private final double[] c;

    private Taylor1(double[] c) {
        this.c = c;
    }

    /** Wraps an array without copying (package-private: the caller must not keep or mutate it). */
    static Taylor1 wrap(double[] c) {
        return new Taylor1(c);
    }

    /** The coefficient array itself, not a copy (package-private: callers must not mutate it). */
    double[] raw() {
        return c;
    }

    // ------------------------------------------------------------------ construction

    /**
     * The constant series c + 0·t + … + 0·t^order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static Taylor1 constant(double c, int order) {
        double[] r = new double[checkOrder(order) + 1];
        r[0] = c;
        return new Taylor1(r);
    }

    /**
     * The independent variable at the expansion point x_0: x_0 + t (just x_0 at order 0).
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static Taylor1 variable(double x0, int order) {
        double[] r = new double[checkOrder(order) + 1];
        r[0] = x0;
        if (order >= 1) {
            r[1] = 1.0;
        }
        return new Taylor1(r);
    }

    /**
     * The series with the given coefficients c_0, c_1, …; order = length − 1. The array is copied.
     *
     * @throws IllegalArgumentException if no coefficient is given
     */
    public static Taylor1 of(double... coefficients) {
        if (coefficients.length == 0) {
            throw new IllegalArgumentException("Taylor1.of needs at least one coefficient (c_0)");
        }
        return new Taylor1(coefficients.clone());
    }

    /**
     * The zero series of the given order.
     *
     * @throws IllegalArgumentException if {@code order < 0}
     */
    public static Taylor1 zero(int order) {
        return new Taylor1(new double[checkOrder(order) + 1]);
    }

    /**
     * Expands {@code f} at x_0: {@code f.apply(variable(x0, order))}, the Taylor series of f(x_0 + t)
     * to the given order (or lower, if f cancels leading zeros).
     *
     * @throws IllegalArgumentException if {@code order < 0}
     * @throws SingularExpansionException if f has no Taylor series at x_0
     */
    public static Taylor1 expand(UnaryOperator<Taylor1> f, double x0, int order) {
        return f.apply(variable(x0, order));
    }

    private static int checkOrder(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order);
        }
        return order;
    }

    // ------------------------------------------------------------------ access

    /** The order n: the series holds c_0..c_n. */
    public int order() {
        return c.length - 1;
    }

    /**
     * The coefficient c_k of t^k, which is f^{(k)}(x_0)/k!.
     *
     * @throws IndexOutOfBoundsException if k is outside 0..order (the message names k and the order)
     */
    public double coefficient(int k) {
        checkIndex(k);
        return c[k];
    }

    /** A copy of c_0..c_n. */
    public double[] coefficients() {
        return c.clone();
    }

    /** The value c_0 = f(x_0). */
    public double value() {
        return c[0];
    }

    /**
     * The same series truncated to a lower (or the same) order.
     *
     * @throws IllegalArgumentException if {@code order < 0} or {@code order > order()} (padding with
     *     zeros would invent coefficients)
     */
    public Taylor1 truncate(int order) {
        checkOrder(order);
        if (order > order()) {
            throw new IllegalArgumentException(
                    "cannot truncate a series of order " + order() + " to the higher order " + order);
        }
        return order == order() ? this : new Taylor1(Arrays.copyOf(c, order + 1));
    }

    private void checkIndex(int k) {
        if (k < 0 || k >= c.length) {
            throw new IndexOutOfBoundsException(
                    "coefficient index k = " + k + " is outside 0.." + order() + " (the series order)");
        }
    }

    // ------------------------------------------------------------------ arithmetic

    /** this + b, order min(order(), b.order()). */
    public Taylor1 add(Taylor1 b) {
        return Taylor1Algebra.add(this, b);
    }

    /** this + s (only c_0 changes). */
    public Taylor1 add(double s) {
        return Taylor1Algebra.add(this, s);
    }

    /** this − b, order min(order(), b.order()). */
    public Taylor1 subtract(Taylor1 b) {
        return Taylor1Algebra.subtract(this, b);
    }

    /** this − s (only c_0 changes). */
    public Taylor1 subtract(double s) {
        return add(-s);
    }

    /** −this. */
    public Taylor1 negate() {
        return Taylor1Algebra.negate(this);
    }

    /** this·b (Cauchy product, c_k = Σ a_j b_{k−j}), order min(order(), b.order()). */
    public Taylor1 multiply(Taylor1 b) {
        return Taylor1Algebra.multiply(this, b);
    }

    /** s·this. */
    public Taylor1 multiply(double s) {
        return Taylor1Algebra.scale(this, s);
    }

    /**
     * this/b. With b_0 ≠ 0 the order is min(order(), b.order()). If b = t^m·b̃ (b_0..b_{m−1}
     * exactly 0, b_m ≠ 0), the factor t^m cancels when this series has at least m leading zeros
     * too, and the result has order min(order(), b.order()) − m (sin(t)/t at 0 works).
     *
     * @throws SingularExpansionException ("division") if the quotient has a pole (fewer leading
     *     zeros in this series than in b) or b is zero to its order
     */
    public Taylor1 divide(Taylor1 b) {
        return Taylor1LeadingZeros.divide(this, b);
    }

    /**
     * this/s.
     *
     * @throws SingularExpansionException ("division") if {@code s == 0}
     */
    public Taylor1 divide(double s) {
        return Taylor1Algebra.divideScalar(this, s);
    }

    /**
     * 1/this, by the division recurrence c_k = −(Σ_{j=0..k−1} c_j a_{k−j})/a_0.
     *
     * @throws SingularExpansionException ("reciprocal") if c_0 = 0 (a pole)
     */
    public Taylor1 reciprocal() {
        return Taylor1LeadingZeros.reciprocal(this);
    }

    /** this², by the symmetric product (half the multiplications of {@code multiply(this)}). */
    public Taylor1 square() {
        return Taylor1Algebra.square(this);
    }

    /**
     * this^n for an integer n. n ≥ 0: binary powering by products (exact for small integer
     * coefficients; leading zeros allowed; n = 0 gives 1, also for 0^0); same order. n &lt; 0: the
     * power recurrence of {@link DoubleKernels#pow} with r = n (c_0 of either sign).
     *
     * @throws SingularExpansionException ("pow") if n &lt; 0 and c_0 = 0 (a pole)
     */
    public Taylor1 pow(int n) {
        return Taylor1LeadingZeros.powInt(this, n);
    }

    /**
     * this^r for a real exponent. An integer-valued r (|r| ≤ 2^31 − 1) is {@link #pow(int)}
     * (a larger integer-valued r uses the recurrence below, c_0 of either sign).
     * Otherwise c_0 &gt; 0 uses the power recurrence c_k = (1/(k a_0)) Σ_{j&lt;k} (r(k−j) − j)
     * a_{k−j} c_j. With leading zeros, this = t^m·ã, the power t^{m·r}·ã^r exists when m·r is a
     * non-negative integer and ã_0 &gt; 0; its order is min(n, n − m + m·r). An all-zero series
     * with r &gt; 0 gives the zero series.
     *
     * @throws IllegalArgumentException if r is NaN or infinite
     * @throws SingularExpansionException ("pow") if c_0 &lt; 0, or the leading power m·r is not a
     *     non-negative integer, or the series is zero and r &lt; 0
     */
    public Taylor1 pow(double r) {
        return Taylor1LeadingZeros.powReal(this, r);
    }

    /**
     * this^b = exp(b·log this) for a series exponent, order min(order(), b.order()). An exponent
     * that is constant to that order is {@link #pow(double)} (so x^2 works at negative x).
     *
     * @throws SingularExpansionException ("pow") if the exponent is not constant and c_0 ≤ 0
     */
    public Taylor1 pow(Taylor1 b) {
        return Taylor1LeadingZeros.powSeries(this, b);
    }

    /**
     * √this. c_0 &gt; 0: the square-root recurrence. this = t^m·ã with m even and ã_0 &gt; 0:
     * t^{m/2}·√ã, order n − m/2 (so √(t²) = t, the analytic branch). All-zero: zero.
     *
     * @throws SingularExpansionException ("sqrt") if c_0 &lt; 0, m is odd, or ã_0 &lt; 0
     */
    public Taylor1 sqrt() {
        return Taylor1LeadingZeros.sqrt(this);
    }

    /**
     * ∛this, the real cube root (c_0 of either sign). this = t^m·ã with m divisible by 3:
     * t^{m/3}·∛ã, order n − 2m/3. All-zero: zero.
     *
     * @throws SingularExpansionException ("cbrt") if c_0 = 0 and m is not a multiple of 3
     */
    public Taylor1 cbrt() {
        return Taylor1LeadingZeros.cbrt(this);
    }

    /**
     * |this|: this for c_0 &gt; 0, −this for c_0 &lt; 0; for c_0 = 0 and this = t^m·ã with m even,
     * sign(ã_0)·this (|t²| = t²). All-zero: zero. NaN c_0: all coefficients NaN.
     *
     * @throws SingularExpansionException ("abs") if c_0 = 0 and m is odd (|t| has a corner)
     */
    public Taylor1 abs() {
        return Taylor1LeadingZeros.abs(this);
    }

    // ------------------------------------------------------------------ elementary functions

    /**
     * {@code f(this)}, the composed series by {@code f}'s recurrence, same order. {@code sqrt},
     * {@code cbrt} and {@code abs} first factor out leading zeros ({@link #sqrt()}, {@link #cbrt()},
     * {@link #abs()}); every other function checks its domain at c_0 (skipped when c_0 is NaN, which
     * then propagates).
     *
     * @throws SingularExpansionException where {@code f} has no series at c_0
     */
    public Taylor1 apply(ElementaryFunction f) {
        if (f == Functions.SQRT) {
            return sqrt();
        }
        if (f == Functions.CBRT) {
            return cbrt();
        }
        if (f == Functions.ABS) {
            return abs();
        }
        return Taylor1Elementary.apply(this, f);
    }

    /** e^this: c_k = (1/k) Σ_{j=1..k} j a_j c_{k−j}. */
    public Taylor1 exp() {
        return apply(Functions.EXP);
    }

    /** e^this − 1, accurate for small c_0: c_k = a_k e^{a_0} + (1/k) Σ_{j=1..k−1} j a_j c_{k−j}. */
    public Taylor1 expm1() {
        return apply(Functions.EXPM1);
    }

    /**
     * Natural logarithm: c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / a_0.
     *
     * @throws SingularExpansionException ("log") if c_0 ≤ 0
     */
    public Taylor1 log() {
        return apply(Functions.LOG);
    }

    /**
     * log(1 + this), accurate for small c_0.
     *
     * @throws SingularExpansionException ("log1p") if c_0 ≤ −1
     */
    public Taylor1 log1p() {
        return apply(Functions.LOG1P);
    }

    /** sin(this), by the coupled sin/cos recurrence. */
    public Taylor1 sin() {
        return apply(Functions.SIN);
    }

    /** cos(this), by the coupled sin/cos recurrence. */
    public Taylor1 cos() {
        return apply(Functions.COS);
    }

    /** tan(this): c_k = a_k + (1/k) Σ_{j=1..k} j a_j (c²)_{k−j}. */
    public Taylor1 tan() {
        return apply(Functions.TAN);
    }

    /**
     * asin(this), with r = √(1 − a²): c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0.
     *
     * @throws SingularExpansionException ("asin") if |c_0| ≥ 1 (branch point at ±1, no real value
     *     beyond)
     */
    public Taylor1 asin() {
        return apply(Functions.ASIN);
    }

    /**
     * acos(this), with r = √(1 − a²): c_k = −(a_k + (1/k) Σ j c_j r_{k−j}) / r_0.
     *
     * @throws SingularExpansionException ("acos") if |c_0| ≥ 1
     */
    public Taylor1 acos() {
        return apply(Functions.ACOS);
    }

    /** atan(this), with r = 1 + a²: c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0. */
    public Taylor1 atan() {
        return apply(Functions.ATAN);
    }

    /** sinh(this), by the coupled sinh/cosh recurrence. */
    public Taylor1 sinh() {
        return apply(Functions.SINH);
    }

    /** cosh(this), by the coupled sinh/cosh recurrence. */
    public Taylor1 cosh() {
        return apply(Functions.COSH);
    }

    /** tanh(this): c_k = a_k − (1/k) Σ_{j=1..k} j a_j (c²)_{k−j}. */
    public Taylor1 tanh() {
        return apply(Functions.TANH);
    }

    /** asinh(this), with r = √(a² + 1): c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0. */
    public Taylor1 asinh() {
        return apply(Functions.ASINH);
    }

    /**
     * acosh(this), with r = √(a² − 1): c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0.
     *
     * @throws SingularExpansionException ("acosh") if c_0 ≤ 1
     */
    public Taylor1 acosh() {
        return apply(Functions.ACOSH);
    }

    /**
     * atanh(this), with r = 1 − a²: c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0.
     *
     * @throws SingularExpansionException ("atanh") if |c_0| ≥ 1
     */
    public Taylor1 atanh() {
        return apply(Functions.ATANH);
    }

    /** erf(this): c_k = (1/k) Σ_{j=1..k} j a_j e_{k−j} with e = (2/√π) e^{−a²}. */
    public Taylor1 erf() {
        return apply(Functions.ERF);
    }

    /**
     * The angle of the point (x, y) as a series, atan2(y_0, x_0) ∈ (−π, π] at t = 0, by
     * c'·(x² + y²) = x y' − y x'; order min(y.order(), x.order()). On the negative x axis the
     * series continues the branch of c_0.
     *
     * @throws SingularExpansionException ("atan2") if x_0 = y_0 = 0
     */
    public static Taylor1 atan2(Taylor1 y, Taylor1 x) {
        return Taylor1Elementary.atan2(y, x);
    }

    // ------------------------------------------------------------------ calculus

    /** Σ c_k t^k at the displacement t, by Horner's rule (f(x_0 + t) up to the truncation). */
    public double evaluate(double t) {
        return Taylor1Calculus.evaluate(this, t);
    }

    /**
     * The composition Σ c_k s^k by Horner's rule over series, order min(order(), s.order()); O(n³).
     * When s_0 = 0 this is the Taylor series of f(x_0 + s(u)), exact to that order; when
     * s_0 ≠ 0 it is the series of the polynomial Σ c_k s^k (the truncated f evaluated at s).
     */
    public Taylor1 evaluate(Taylor1 s) {
        return Taylor1Calculus.compose(this, s);
    }

    /** The derivative d/dt: coefficients (k + 1) c_{k+1}, order n − 1 (order 0 gives the order-0 zero). */
    public Taylor1 differentiate() {
        return Taylor1Calculus.differentiate(this);
    }

    /**
     * The antiderivative with constant term c0: coefficients c0, c_0/1, c_1/2, …, c_n/(n+1), order
     * n + 1. {@code integrate(c0).differentiate()} gives this series back, each coefficient as
     * (c_k/(k+1))·(k+1), i.e. up to two roundings (relative error ≤ 2^−52; exact for k + 1 a power
     * of two).
     */
    public Taylor1 integrate(double c0) {
        return Taylor1Calculus.integrate(this, c0);
    }

    /**
     * The k-th derivative f^{(k)}(x_0) = k!·c_k, by {@link Factorials#scaleByFactorial}: no
     * intermediate overflow, also for k &gt; 170 when the result is finite.
     *
     * @throws IndexOutOfBoundsException if k is outside 0..order
     */
    public double derivative(int k) {
        checkIndex(k);
        return Factorials.scaleByFactorial(c[k], k);
    }

    /** All derivatives f^{(k)}(x_0) = k!·c_k for k = 0..n (see {@link #derivative(int)}). */
    public double[] derivatives() {
        return Taylor1Calculus.derivatives(this);
    }

    /**
     * Series reversion: the g with g(0) = 0 and f(x_0 + g(u)) = c_0 + u to order n, i.e. the
     * expansion of the inverse function at y_0 = c_0 as a displacement in u = y − c_0. Computed
     * coefficient by coefficient with a table of the powers g^j (O(n³) operations, O(n²) memory):
     * g_1 = 1/c_1, g_k = −(Σ_{j=2..k} c_j (g^j)_k) / c_1. Example: reverting t·e^t at 0 gives
     * Lambert W, coefficients (−n)^{n−1}/n!.
     *
     * @throws IllegalArgumentException if the order is 0 (c_1 is unknown)
     * @throws SingularExpansionException ("revert") if c_1 = 0 (f is not locally invertible)
     */
    public Taylor1 revert() {
        return Taylor1Calculus.revert(this);
    }

    // ------------------------------------------------------------------ Object

    /**
     * Equal orders and equal coefficients, where 0.0 equals −0.0 and NaN equals NaN (so that
     * {@code equals} is an equivalence and the sign of a zero coefficient, an artefact of
     * rounding, does not matter).
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Taylor1)) {
            return false;
        }
        double[] d = ((Taylor1) o).c;
        if (d.length != c.length) {
            return false;
        }
        for (int k = 0; k < c.length; k++) {
            if (c[k] != d[k] && !(Double.isNaN(c[k]) && Double.isNaN(d[k]))) {
                return false;
            }
        }
        return true;
    }

    /** Consistent with {@link #equals}: ±0.0 hash alike, all NaNs hash alike. */
    @Override
    public int hashCode() {
        int h = 1;
        for (double v : c) {
            h = 31 * h + Double.hashCode(v == 0.0 ? 0.0 : v);
        }
        return h;
    }

    /**
     * Like {@code 1.0 + 2.0 t - 0.5 t^2 + O(t^3)}: non-zero terms in increasing powers with
     * {@link Double#toString} coefficients, then the truncation order (a zero series prints as
     * {@code 0.0 + O(t^{n+1})}).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < c.length; k++) {
            double v = c[k];
            if (v == 0.0) {
                continue;
            }
            if (sb.length() == 0) {
                sb.append(v);
            } else {
                sb.append(v < 0 ? " - " : " + ").append(Math.abs(v));
            }
            if (k == 1) {
                sb.append(" t");
            } else if (k > 1) {
                sb.append(" t^").append(k);
            }
        }
        if (sb.length() == 0) {
            sb.append(0.0);
        }
        return sb.append(" + O(t^").append(c.length).append(')').toString();
    }
}
