package org.taylorkit.core;

import java.math.RoundingMode;
import java.util.function.BiFunction;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;

/**
 * A working precision for pointwise Apfloat evaluation: {@link #digits()} significant decimal
 * digits for results, computed with {@value #GUARD} guard digits (more on request, where a small
 * argument would lose relative accuracy) and rounded half to even once. Used by the function
 * definitions ({@link ElementaryFunction#value(Apfloat, ApfloatPrecision)}) and the Apfloat
 * arithmetic. Immutable and thread-safe.
 */
public final class ApfloatPrecision {

    /** Extra digits used inside functions before the final rounding. */
    public static final int GUARD = 10;

    private static final Apfloat EXACT_ZERO = new Apfloat(0);

    private final int digits;
    private final FixedPrecisionApfloatHelper guarded;

    /**
     * @param digits significant decimal digits of results, ≥ 1
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public ApfloatPrecision(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1, got " + digits);
        }
        this.digits = digits;
        this.guarded = new FixedPrecisionApfloatHelper(digits + (long) GUARD);
    }

    /** The significant digits of results. */
    public int digits() {
        return digits;
    }

    /** A helper computing at {@code digits + GUARD} digits. */
    public FixedPrecisionApfloatHelper guarded() {
        return guarded;
    }

    /** A helper computing at {@code digits + GUARD + extraDigits} digits. */
    public FixedPrecisionApfloatHelper guarded(long extraDigits) {
        return extraDigits <= 0 ? guarded : new FixedPrecisionApfloatHelper(digits + GUARD + extraDigits);
    }

    /** {@code x} rounded to {@link #digits()} significant digits, half to even; zero is the exact zero. */
    public Apfloat round(Apfloat x) {
        if (x.signum() == 0) {
            return EXACT_ZERO;
        }
        if (x.precision() == digits && x.size() <= digits) {
            return x;
        }
        return ApfloatMath.roundToPrecision(x, digits, RoundingMode.HALF_EVEN);
    }

    /** {@code x} with infinite precision (its exact value). */
    public static Apfloat exact(Apfloat x) {
        return x.precision(Apfloat.INFINITE);
    }

    /** Whether {@code |x|} is below the precision's reach: {@code x²} vanishes next to {@code x}. */
    public boolean negligibleSquare(Apfloat x) {
        return -x.scale() > digits + (long) GUARD;
    }

    /**
     * {@code f(x)} for an odd function with {@code f(x) = x + c₃x³ + O(x⁵)} near 0 (sinh, tanh, asin, atan,
     * asinh, atanh). Two troubles of Apfloat's own evaluation at small arguments are avoided here: sinh and
     * tanh cancel (so an argument with {@code scale(x) < 0} is evaluated with {@code −scale(x)} extra
     * digits), and the inverse functions run through logarithms or Newton iterations whose working
     * precision grows with {@code −scale(x)} (asin(10⁻³⁰⁰⁰) at 80 digits took seconds and a smaller
     * argument exhausted any heap). Where {@code x² ≤ 10^−(digits + GUARD)} the two-term series is used
     * instead: with {@code |c₅| ≤ 1} (1/120, 2/15, 3/40, 1/5 here) the omitted terms are below
     * {@code 10^−2(digits + GUARD)} relative, far under the guard digits, and the cubic term keeps the final
     * rounding on the right side of a tie. Zero gives the exact zero.
     *
     * @param c3Numerator numerator of the cubic coefficient c₃
     * @param c3Denominator denominator of c₃, positive
     */
    public Apfloat oddNearIdentity(Apfloat x, int c3Numerator, int c3Denominator,
                                   BiFunction<FixedPrecisionApfloatHelper, Apfloat, Apfloat> f) {
        return round(oddNearIdentityGuarded(x, c3Numerator, c3Denominator, f));
    }

    /**
     * {@link #oddNearIdentity} before the final rounding: the value at {@code digits + GUARD} digits, for
     * callers that combine it further (acos = π/2 − asin).
     */
    public Apfloat oddNearIdentityGuarded(Apfloat x, int c3Numerator, int c3Denominator,
                                          BiFunction<FixedPrecisionApfloatHelper, Apfloat, Apfloat> f) {
        if (x.signum() == 0) {
            return EXACT_ZERO;
        }
        if (-2 * x.scale() >= digits + (long) GUARD) {
            FixedPrecisionApfloatHelper h = guarded;
            Apfloat cube = h.multiply(x, h.multiply(x, x));
            return h.add(x, h.divide(h.multiply(cube, new Apfloat(c3Numerator)), new Apfloat(c3Denominator)));
        }
        return f.apply(guarded(Math.max(0, -x.scale())), x);
    }

    /**
     * Whether {@code e^{−t}} (for {@code t ≥ 0}) is below {@code 10^−(digits + GUARD)/e}, so that a
     * function of the form {@code L(1 + O(e^{−t}))} with an O-constant at most e equals its limit L at this
     * precision: {@code t > (digits + GUARD)·ln 10 + 1}. Used for the saturation of tanh, coth, erf, erfc
     * and expm1 at large arguments, where Apfloat's own evaluation overflows or stalls.
     */
    public boolean negligibleExp(Apfloat t) {
        double bound = (digits + (double) GUARD) * Math.log(10) + 1;
        return t.compareTo(new Apfloat(Math.ceil(bound))) > 0;
    }

    /**
     * Whether {@code e^{−2|x|}} is below the precision ({@link #negligibleExp} of {@code 2|x|}): there
     * sinh, cosh, tanh and their reciprocals are their one-exponential forms or limits
     * ({@code cosh x = e^{|x|}/2}, {@code tanh x = sign x}, …), where Apfloat's own evaluation overflows or
     * divides by an underflowed {@code e^{−|x|}}.
     */
    public boolean hyperbolicSaturates(Apfloat x) {
        return negligibleExp(ApfloatMath.abs(x).multiply(new Apfloat(2)));
    }

    /** The error for an argument outside a function's domain. */
    public static ArithmeticException domain(String function, Apfloat a, String why) {
        return new ArithmeticException(function + ": argument " + a.toString(true)
                + " is outside the domain (" + why + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApfloatPrecision && ((ApfloatPrecision) o).digits == digits;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(digits);
    }

    @Override
    public String toString() {
        return digits + " digits";
    }
}
