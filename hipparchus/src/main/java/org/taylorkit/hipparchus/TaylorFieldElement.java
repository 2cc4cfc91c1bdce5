package org.taylorkit.hipparchus;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.hipparchus.analysis.differentiation.Derivative;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathArrays;

/**
 * What the two Taylor field elements ({@link Taylor1Element}, {@link TaylorNElement}) share: the
 * functions Hipparchus asks for that our series types do not have as such, composed from their
 * public methods (hypot, log10, roots, remainder, copySign, linear combinations, scalb, degrees),
 * and the rule for singular points.
 *
 * <p><b>Singular points.</b> Our series kernels refuse to expand a function where it has no Taylor
 * series (√ or log at 0, a pole of 1/x, acos at ±1, atan2 at the origin, |x| at a corner) and
 * throw {@link org.taylorkit.core.SingularExpansionException}. Hipparchus elements never throw
 * there: they follow IEEE 754 and let infinities and NaNs flow. So here such a result is the
 * function's <em>value</em> at the constant term (as {@link Math} computes it: {@code sqrt(0) = 0},
 * {@code log(0) = -∞}, {@code 1/0 = ∞}, {@code atan2(±0, ±0)} with its signed zeros) with every
 * higher coefficient NaN: the derivatives do not exist, and NaN says so. A result of lower order
 * than its operands (our kernels cancel leading zeros, e.g. {@code t/t}) is padded with NaN the
 * same way.
 *
 * <p><b>Values.</b> Where a function is composed here, the constant term is replaced by the
 * correctly rounded scalar result ({@link MathArrays#linearCombination} for linear combinations,
 * {@link FastMath#hypot}, {@link FastMath#log10}, {@link FastMath#IEEEremainder}…), so values agree
 * with Hipparchus's own {@code double} functions to the last bit or within one ulp.
 *
 * <p>Immutable and thread-safe, as the series it wraps.
 *
 * @param <T> the element type itself
 */
public abstract sealed class TaylorFieldElement<T extends TaylorFieldElement<T>> implements Derivative<T>
        permits Taylor1Element, TaylorNElement {

    private static final double LN10 = Math.log(10.0);

    TaylorFieldElement() {
    }

    /** This element with its constant term replaced by {@code value} (every other coefficient kept). */
    @Override
    public abstract T withValue(double value);

    /** The element of this field with constant term {@code value} and every other coefficient NaN. */
    abstract T singular(double value);

    /** {@code this} as {@code T}. */
    abstract T self();

    /**
     * The result of a kernel, or, where the kernel finds no Taylor expansion (an
     * {@link ArithmeticException}, such as a {@link org.taylorkit.core.SingularExpansionException}),
     * the scalar value with NaN derivatives (see the class comment).
     */
    final T guarded(Supplier<T> kernel, DoubleSupplier scalarValue) {
        try {
            return kernel.get();
        } catch (ArithmeticException singular) {
            return singular(scalarValue.getAsDouble());
        }
    }

    /**
     * The Taylor coefficients f[k]/k! of a function given by its derivatives f[k], k = 0..order.
     *
     * @throws MathIllegalArgumentException unless exactly order + 1 derivatives are given
     */
    static double[] taylorCoefficients(double[] f, int order) {
        if (f.length != order + 1) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, f.length, order + 1);
        }
        double[] coefficients = new double[order + 1];
        double factorial = 1.0;
        for (int k = 0; k <= order; k++) {
            if (k > 0) {
                factorial *= k;
            }
            coefficients[k] = f[k] / factorial;
        }
        return coefficients;
    }

    @Override
    public final double getReal() {
        return getValue();
    }

    @Override
    public final T getAddendum() {
        return withValue(0.0);
    }

    /**
     * |this|: −this when the constant term is negative (or −0.0), this otherwise: the sign of the
     * value decides, as for Hipparchus's {@code DerivativeStructure} (at 0 the one-sided derivative
     * of the chosen side, not an error).
     */
    @Override
    public final T abs() {
        double v = getValue();
        return (v < 0 || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) ? negate() : self();
    }

    /** this·2ⁿ, exact (power-of-two factors applied in steps that cannot overflow the factor itself). */
    @Override
    public final T scalb(int n) {
        T r = self();
        int left = n;
        while (left != 0) {
            int step = Math.max(-1000, Math.min(1000, left));
            r = r.multiply(Math.scalb(1.0, step));
            left -= step;
        }
        return r;
    }

    /**
     * √(this² + y²). Either value infinite: +∞ (constant); else either NaN: NaN. Otherwise computed
     * on operands scaled by a power of two near the larger value (no overflow or underflow of the
     * squares), value {@link FastMath#hypot}.
     */
    @Override
    public final T hypot(T y) {
        double a = getValue();
        double b = y.getValue();
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return newInstance(Double.POSITIVE_INFINITY);
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return newInstance(Double.NaN);
        }
        int exponent = Math.max(Math.getExponent(a), Math.getExponent(b));
        if (exponent < Double.MIN_EXPONENT) {
            exponent = 0;
        }
        T xs = scalb(-exponent);
        T ys = y.scalb(-exponent);
        T scaled = guarded(() -> xs.square().add(ys.square()).sqrt(), () -> 0.0);
        return scaled.scalb(exponent).withValue(FastMath.hypot(a, b));
    }

    /** log₁₀(this) = log(this)/ln 10, value {@link FastMath#log10}. */
    @Override
    public final T log10() {
        double v = getValue();
        return guarded(() -> log().divide(LN10), () -> FastMath.log10(v)).withValue(FastMath.log10(v));
    }

    /**
     * The real n-th root: {@link #sqrt()} and {@link #cbrt()} for n = 2, 3; otherwise this^(1/n),
     * with the sign carried through for odd n and negative values (−(−this)^(1/n)).
     */
    @Override
    public final T rootN(int n) {
        if (n == 2) {
            return sqrt();
        }
        if (n == 3) {
            return cbrt();
        }
        if (n == 1) {
            return self();
        }
        if (n % 2 != 0 && getValue() < 0) {
            return negate().pow(1.0 / n).negate();
        }
        return pow(1.0 / n);
    }

    /**
     * The IEEE remainder this − k·a, k the integer nearest this/a (as {@link FastMath#IEEEremainder}):
     * derivatives those of this (k is locally constant), value the exact remainder.
     */
    @Override
    public final T remainder(double a) {
        double v = getValue();
        double rem = FastMath.IEEEremainder(v, a);
        double k = FastMath.rint((v - rem) / a);
        return subtract(k * a).withValue(rem);
    }

    /** The IEEE remainder this − k·a, k the integer nearest this/a: derivatives those of this − k·a. */
    @Override
    public final T remainder(T a) {
        double v = getValue();
        double rem = FastMath.IEEEremainder(v, a.getValue());
        double k = FastMath.rint((v - rem) / a.getValue());
        return subtract(a.multiply(k)).withValue(rem);
    }

    /** this or −this, whichever has the sign of {@code sign}'s value (as {@link FastMath#copySign}). */
    @Override
    public final T copySign(T sign) {
        return copySign(sign.getValue());
    }

    /** this or −this, whichever has the sign of {@code sign} (as {@link FastMath#copySign}). */
    @Override
    public final T copySign(double sign) {
        long m = Double.doubleToRawLongBits(getValue());
        long s = Double.doubleToRawLongBits(sign);
        if (Double.isNaN(sign)) {
            s = 0L;
        }
        return ((m ^ s) >= 0) ? self() : negate();
    }

    @Override
    public final T toDegrees() {
        return multiply(FastMath.toDegrees(1.0)).withValue(FastMath.toDegrees(getValue()));
    }

    @Override
    public final T toRadians() {
        return multiply(FastMath.toRadians(1.0)).withValue(FastMath.toRadians(getValue()));
    }

    // ------------------------------------------------------------------ linear combinations

    /** Σ aᵢbᵢ: products of series added, value the accurate {@link MathArrays#linearCombination}. */
    @Override
    public T linearCombination(T[] a, T[] b) {
        checkLengths(a.length, b.length);
        double[] av = new double[a.length];
        double[] bv = new double[b.length];
        T sum = a[0].multiply(b[0]);
        av[0] = a[0].getValue();
        bv[0] = b[0].getValue();
        for (int i = 1; i < a.length; i++) {
            sum = sum.add(a[i].multiply(b[i]));
            av[i] = a[i].getValue();
            bv[i] = b[i].getValue();
        }
        return sum.withValue(MathArrays.linearCombination(av, bv));
    }

    /** Σ aᵢbᵢ with constant factors aᵢ, value the accurate {@link MathArrays#linearCombination}. */
    @Override
    public T linearCombination(double[] a, T[] b) {
        checkLengths(a.length, b.length);
        double[] bv = new double[b.length];
        T sum = b[0].multiply(a[0]);
        bv[0] = b[0].getValue();
        for (int i = 1; i < a.length; i++) {
            sum = sum.add(b[i].multiply(a[i]));
            bv[i] = b[i].getValue();
        }
        return sum.withValue(MathArrays.linearCombination(a, bv));
    }

    @Override
    public T linearCombination(T a1, T b1, T a2, T b2) {
        return a1.multiply(b1).add(a2.multiply(b2)).withValue(MathArrays.linearCombination(
                a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue()));
    }

    @Override
    public T linearCombination(double a1, T b1, double a2, T b2) {
        return b1.multiply(a1).add(b2.multiply(a2)).withValue(MathArrays.linearCombination(
                a1, b1.getValue(), a2, b2.getValue()));
    }

    @Override
    public T linearCombination(T a1, T b1, T a2, T b2, T a3, T b3) {
        return a1.multiply(b1).add(a2.multiply(b2)).add(a3.multiply(b3)).withValue(MathArrays.linearCombination(
                a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(), a3.getValue(), b3.getValue()));
    }

    @Override
    public T linearCombination(double a1, T b1, double a2, T b2, double a3, T b3) {
        return b1.multiply(a1).add(b2.multiply(a2)).add(b3.multiply(a3)).withValue(MathArrays.linearCombination(
                a1, b1.getValue(), a2, b2.getValue(), a3, b3.getValue()));
    }

    @Override
    public T linearCombination(T a1, T b1, T a2, T b2, T a3, T b3, T a4, T b4) {
        return a1.multiply(b1).add(a2.multiply(b2)).add(a3.multiply(b3)).add(a4.multiply(b4))
                .withValue(MathArrays.linearCombination(a1.getValue(), b1.getValue(), a2.getValue(), b2.getValue(),
                        a3.getValue(), b3.getValue(), a4.getValue(), b4.getValue()));
    }

    @Override
    public T linearCombination(double a1, T b1, double a2, T b2, double a3, T b3, double a4, T b4) {
        return b1.multiply(a1).add(b2.multiply(a2)).add(b3.multiply(a3)).add(b4.multiply(a4))
                .withValue(MathArrays.linearCombination(a1, b1.getValue(), a2, b2.getValue(),
                        a3, b3.getValue(), a4, b4.getValue()));
    }

    private static void checkLengths(int a, int b) {
        if (a != b) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.DIMENSIONS_MISMATCH, a, b);
        }
        if (a == 0) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NUMBER_OF_ELEMENTS_SHOULD_BE_POSITIVE, 0);
        }
    }
}
