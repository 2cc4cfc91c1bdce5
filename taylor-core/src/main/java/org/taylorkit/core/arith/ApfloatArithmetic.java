package org.taylorkit.core.arith;

import org.taylorkit.core.ApfloatOverflowException;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.ElementaryFunction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.taylorkit.core.Arithmetic;

/**
 * {@link Arithmetic} over {@link Apfloat} (radix 10) at a fixed number of significant decimal digits.
 *
 * <p><b>Precision guarantee.</b> Every value this arithmetic returns is rounded to {@link #digits()}
 * significant digits (round half to even) and carries that precision:
 * <ul>
 *   <li>{@link #add}, {@link #subtract}, {@link #multiply(Apfloat, Apfloat)},
 *       {@link #multiply(Apfloat, int)}, {@link #scale}, {@link #negate}, {@link #abs},
 *       {@link #fromDecimal}, {@link #fromDouble} and {@link #fromApfloat} compute the exact result and
 *       round it once: they are correctly rounded. (When the two terms of a sum differ in magnitude by
 *       more than {@code digits + 2} decimal orders, the smaller one is below a hundredth of an ulp of
 *       the larger and Apfloat's own finite-precision sum is rounded instead.)</li>
 *   <li>{@link #divide(Apfloat, Apfloat)} and {@link #divide(Apfloat, int)} are correctly rounded too
 *       ({@link BigDecimal#divide(BigDecimal, MathContext)} on the exact decimal values; exponents
 *       beyond ±10<sup>8</sup> fall back to Apfloat with {@value #GUARD} guard digits), so an exactly
 *       representable quotient (0.3 / 3 = 0.1) comes out exact.</li>
 *   <li>{@link #sqrt} and {@link #cbrt} compute with {@value #GUARD} guard digits, then round:
 *       correctly rounded except within about 10<sup>−{@value #GUARD}</sup> ulp of a rounding tie.</li>
 *   <li>Elementary functions are Apfloat's ({@link FixedPrecisionApfloatHelper} at
 *       {@code digits + }{@value #GUARD} digits, more where a small argument would lose relative
 *       accuracy: expm1, log1p, log near 1, sinh, tanh, pow with a large exponent), then rounded:
 *       accurate to about the last digit. Near a zero of the function other than 0 (sin near π)
 *       the relative accuracy is limited by the absolute accuracy 10<sup>−(digits+{@value #GUARD})</sup>.
 *       Not rigorous: Apfloat documents no error bounds; use the interval module for enclosures.</li>
 * </ul>
 * {@link #isZero} and {@link #signum} are exact. {@link #toDouble} and {@link #norm} round the exact
 * value to the nearest {@code double}. Values from elsewhere (e.g. {@code new Apfloat(2)}, which has infinite
 * precision) are accepted as operands; results are always rounded to {@code digits}.
 *
 * <p>Errors: out-of-domain arguments ({@code sqrt(−1)}, {@code log(0)}, {@code asin(2)},
 * {@code atan2(0, 0)}, division by zero, {@code 0^−1}) throw {@link ArithmeticException} naming the
 * function and the argument. Apfloat has no NaN or infinity.
 *
 * <p>Cost: + − × are a few microseconds at 50 digits; elementary functions are much slower
 * (milliseconds), which is why the series kernels call them only for coefficient 0. Immutable and
 * thread-safe.
 */
public final class ApfloatArithmetic implements Arithmetic<Apfloat> {

    /** Extra digits used inside divisions, roots and elementary functions before the final rounding. */
    public static final int GUARD = ApfloatPrecision.GUARD;

    private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    private static final Apfloat EXACT_ONE = new Apfloat(1);
    private static final Apfloat EXACT_ZERO = new Apfloat(0);

    private final int digits;
    private final ApfloatPrecision precision;
    private final MathContext context;
    private final Apfloat one;
    private volatile Apfloat pi;

    private ApfloatArithmetic(int digits) {
        this.digits = digits;
        this.precision = new ApfloatPrecision(digits);
        this.context = new MathContext(digits, ROUNDING);
        this.one = ApfloatMath.roundToPrecision(EXACT_ONE, digits, ROUNDING);
    }

    /**
     * An arithmetic whose results are rounded to {@code digits} significant decimal digits.
     *
     * @param digits the precision, at least 1
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public static ApfloatArithmetic ofDigits(int digits) {
        if (digits < 1 || digits > Integer.MAX_VALUE - 4 * GUARD) {
            throw new IllegalArgumentException("ApfloatArithmetic.ofDigits: digits must be at least 1, got " + digits);
        }
        return new ApfloatArithmetic(digits);
    }

    /** The number of significant decimal digits of every result. */
    public int digits() {
        return digits;
    }

    /**
     * {@code x} rounded (half to even) to {@link #digits()} significant digits; exact values such as
     * {@code new Apfloat(2)} get this precision.
     */
    public Apfloat fromApfloat(Apfloat x) {
        return precision.round(x);
    }

    @Override
    public Apfloat zero() {
        return EXACT_ZERO;
    }

    @Override
    public Apfloat one() {
        return one;
    }

    /**
     * The exact binary value of {@code v} rounded to {@code digits} (so {@code fromDouble(0.1)} is
     * 0.1000000000000000055511151231257827…; use {@link #fromDecimal} for decimal literals).
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    @Override
    public Apfloat fromDouble(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("ApfloatArithmetic.fromDouble: " + v + " has no Apfloat value");
        }
        if (v == 0.0) {
            return EXACT_ZERO;
        }
        return precision.round(new Apfloat(new BigDecimal(v)));
    }

    /** The decimal literal parsed exactly ({@link BigDecimal} syntax, e.g. {@code "-1.5e-7"}), then rounded. */
    @Override
    public Apfloat fromDecimal(String decimal) {
        BigDecimal exact;
        try {
            exact = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("ApfloatArithmetic.fromDecimal: not a decimal number: \"" + decimal + "\"");
        }
        if (exact.signum() == 0) {
            return EXACT_ZERO;
        }
        return precision.round(new Apfloat(exact));
    }

    /** π rounded to {@code digits} ({@link ApfloatMath#pi(long)} with guard digits), computed once. */
    @Override
    public Apfloat pi() {
        Apfloat p = pi;
        if (p == null) {
            p = precision.round(ApfloatMath.pi(digits + (long) GUARD));
            pi = p;
        }
        return p;
    }

    @Override
    public Apfloat[] newArray(int n) {
        return new Apfloat[n];
    }

    @Override
    public Apfloat add(Apfloat a, Apfloat b) {
        if (a.signum() == 0) {
            return precision.round(b);
        }
        if (b.signum() == 0) {
            return precision.round(a);
        }
        if (Math.abs(a.scale() - b.scale()) > digits + 2L) {
            return precision.round(a.add(b));
        }
        return precision.round(ApfloatPrecision.exact(a).add(ApfloatPrecision.exact(b)));
    }

    @Override
    public Apfloat subtract(Apfloat a, Apfloat b) {
        return add(a, b.negate());
    }

    @Override
    public Apfloat negate(Apfloat a) {
        return precision.round(a.negate());
    }

    @Override
    public Apfloat multiply(Apfloat a, Apfloat b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return EXACT_ZERO;
        }
        return precision.round(ApfloatPrecision.exact(a).multiply(ApfloatPrecision.exact(b)));
    }

    /** {@code a·n}, exact then rounded. */
    @Override
    public Apfloat multiply(Apfloat a, int n) {
        if (n == 0 || a.signum() == 0) {
            return EXACT_ZERO;
        }
        return precision.round(ApfloatPrecision.exact(a).multiply(new Apfloat(n)));
    }

    /** {@code a·s} with the exact binary value of {@code s}, exact then rounded. */
    @Override
    public Apfloat scale(Apfloat a, double s) {
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("ApfloatArithmetic.scale: factor " + s + " has no Apfloat value");
        }
        if (s == 0.0 || a.signum() == 0) {
            return EXACT_ZERO;
        }
        return precision.round(ApfloatPrecision.exact(a).multiply(ApfloatPrecision.exact(new Apfloat(new BigDecimal(s)))));
    }

    @Override
    public Apfloat divide(Apfloat a, Apfloat b) {
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero: " + a + " / 0");
        }
        if (a.signum() == 0) {
            return EXACT_ZERO;
        }
        if (inDecimalRange(a) && inDecimalRange(b)) {
            return precision.round(new Apfloat(decimal(a).divide(decimal(b), context)));
        }
        return precision.round(precision.guarded().divide(a, b));
    }

    /** {@code a/n}, exact then rounded (correctly rounded; exact when the quotient is representable). */
    @Override
    public Apfloat divide(Apfloat a, int n) {
        if (n == 0) {
            throw new ArithmeticException("division by the integer 0: " + a + " / 0");
        }
        if (a.signum() == 0) {
            return EXACT_ZERO;
        }
        if (inDecimalRange(a)) {
            return precision.round(new Apfloat(decimal(a).divide(BigDecimal.valueOf(n), context)));
        }
        return precision.round(precision.guarded().divide(a, new Apfloat(n)));
    }

    @Override
    public boolean isZero(Apfloat a) {
        return a.signum() == 0;
    }

    @Override
    public int signum(Apfloat a) {
        return a.signum();
    }

    /**
     * The nearest {@code double} (through the exact decimal value, so {@code toDouble(fromDouble(v)) == v});
     * 0 or ±∞ beyond the {@code double} range.
     */
    @Override
    public double toDouble(Apfloat a) {
        long scale = a.scale();
        if (a.signum() == 0 || scale > 400 || scale < -400) {
            return a.doubleValue();
        }
        return new BigDecimal(a.toString()).doubleValue();
    }

    /** {@code |toDouble(a)|}. */
    @Override
    public double norm(Apfloat a) {
        return Math.abs(toDouble(a));
    }

    /** {@code f} by its definition at this precision ({@link ElementaryFunction#value(Apfloat, ApfloatPrecision)}). */
    @Override
    public Apfloat apply(ElementaryFunction f, Apfloat a) {
        try {
            return f.value(a, precision);
        } catch (org.apfloat.OverflowException e) {
            throw new ApfloatOverflowException(f.name() + "(" + a.toString(false)
                    + ") is beyond Apfloat's exponent range", e);
        }
    }

    /**
     * {@code a^n} by Apfloat's binary powering with {@code GUARD + log10|n|} extra digits (the
     * relative error of binary powering grows like {@code |n|} roundings).
     */
    @Override
    public Apfloat pow(Apfloat a, int n) {
        return powLong(a, n);
    }

    /**
     * {@code a^b}: an integer {@code b} uses {@link #pow(Apfloat, int)} (negative bases allowed);
     * otherwise {@code exp(b·ln a)} for {@code a > 0} ({@code 0^b = 0} for {@code b > 0}) with extra
     * digits for the magnitude of {@code b·ln a}.
     */
    @Override
    public Apfloat pow(Apfloat a, Apfloat b) {
        if (b.signum() == 0) {
            return one;
        }
        if (b.isInteger() && b.scale() <= 18) {
            return powLong(a, b.longValue());
        }
        if (a.signum() < 0) {
            throw ApfloatPrecision.domain("pow", a, "a negative base to the non-integer power " + b + " is not real");
        }
        if (a.signum() == 0) {
            if (b.signum() > 0) {
                return EXACT_ZERO;
            }
            throw ApfloatPrecision.domain("pow", a, "0 to the negative power " + b + " is infinite");
        }
        long extra = Math.max(0, b.scale()) + Long.toString(Math.abs(a.scale()) + 1).length();
        FixedPrecisionApfloatHelper h = precision.guarded(extra);
        return precision.round(h.pow(a, b));
    }

    @Override
    public Apfloat atan2(Apfloat y, Apfloat x) {
        if (y.signum() == 0 && x.signum() == 0) {
            throw new ArithmeticException("atan2: the angle of the point (0, 0) is undefined");
        }
        return precision.round(precision.guarded().atan2(y, x));
    }

    private Apfloat powLong(Apfloat a, long n) {
        if (n == 0) {
            return one;
        }
        if (a.signum() == 0) {
            if (n > 0) {
                return EXACT_ZERO;
            }
            throw ApfloatPrecision.domain("pow", a, "0 to the negative power " + n + " is infinite");
        }
        long extra = Long.toString(Math.abs(n)).length();
        return precision.round(precision.guarded(extra).pow(a, n));
    }

    /** Whether {@code x}'s exponent fits a {@link BigDecimal} comfortably. */
    private static boolean inDecimalRange(Apfloat x) {
        long scale = x.scale();
        return scale < 100_000_000L && scale > -100_000_000L;
    }

    /** The exact decimal value of {@code x}. */
    private static BigDecimal decimal(Apfloat x) {
        return new BigDecimal(x.toString());
    }

    /** Two instances are equal when they have the same number of digits. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApfloatArithmetic && ((ApfloatArithmetic) o).digits == digits;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(digits) * 31 + 7;
    }

    @Override
    public String toString() {
        return "Apfloat (" + digits + " digits)";
    }
}
