package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;

/**
 * Independent high-precision references for the tests: Apfloat at {@value #DIGITS} significant
 * digits (beyond the integer part of the argument, so that huge trigonometric arguments are
 * reduced correctly), and exact {@link BigDecimal} comparisons.
 *
 * <p>Containment against an Apfloat value allows a relative slack of 10^−45: the argument is
 * rounded to {@value #DIGITS} digits and Apfloat's last digits are not guaranteed ("rounding
 * mode undefined"), so the reference is good to ~10^−55. A real containment bug (one ulp ≈
 * 10^−16 relative or more) is far above the slack; a spurious pass needs the true value within
 * 10^−45 of a double endpoint.
 */
public final class Ref {

    public static final int DIGITS = 60;
    private static final BigDecimal SLACK = new BigDecimal("1e-45");

    private Ref() {
    }

    /** The double {@code x} as an Apfloat with {@value #DIGITS} digits after its integer part. */
    public static Apfloat ap(double x) {
        BigDecimal b = new BigDecimal(x);
        if (b.signum() == 0) {
            return new Apfloat(0, DIGITS);
        }
        int intDigits = Math.max(0, b.precision() - b.scale());
        int p = intDigits + DIGITS;
        return new Apfloat(b.round(new MathContext(p, RoundingMode.HALF_EVEN))).precision(p);
    }

    /**
     * {@code f(x)} in Apfloat, as a BigDecimal, with {@code x} rounded to {@value #DIGITS}
     * significant digits: enough for the functions whose condition number {@code |x f'(x)/f(x)|}
     * is moderate (exp, log, hyperbolic, powers); the trigonometric references need the absolute
     * precision of {@link #ap(double)} instead.
     */
    public static BigDecimal eval(UnaryOperator<Apfloat> f, double x) {
        return bd(f.apply(apRelative(x)));
    }

    /** {@code f(x)} with {@code x} exact to 10^−{@value #DIGITS} absolutely (for trigonometric functions). */
    public static BigDecimal evalAbsolute(UnaryOperator<Apfloat> f, double x) {
        return bd(f.apply(ap(x)));
    }

    /** The double {@code x} rounded to {@value #DIGITS} significant digits, as an Apfloat. */
    public static Apfloat apRelative(double x) {
        BigDecimal b = new BigDecimal(x);
        if (b.signum() == 0) {
            return new Apfloat(0, DIGITS);
        }
        return new Apfloat(b.round(new MathContext(DIGITS, RoundingMode.HALF_EVEN))).precision(DIGITS);
    }

    public static BigDecimal bd(Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    public static BigDecimal bd(double x) {
        return new BigDecimal(x);
    }

    /** {@code enc ∋ ref} up to the reference's own error (relative 10^−45). */
    public static void assertEncloses(Interval enc, BigDecimal ref, String what) {
        BigDecimal slack = ref.abs().multiply(SLACK);
        assertThat(enc.isEmpty()).as("%s: enclosure is empty, reference %s", what, ref).isFalse();
        if (enc.inf() != Double.NEGATIVE_INFINITY) {
            assertThat(bd(enc.inf()).compareTo(ref.add(slack)))
                    .as("%s: lower bound %s above reference %s", what, enc, ref).isLessThanOrEqualTo(0);
        }
        if (enc.sup() != Double.POSITIVE_INFINITY) {
            assertThat(bd(enc.sup()).compareTo(ref.subtract(slack)))
                    .as("%s: upper bound %s below reference %s", what, enc, ref).isGreaterThanOrEqualTo(0);
        }
    }

    /** {@code enc ∋ exact}, compared exactly. */
    public static void assertEnclosesExact(Interval enc, BigDecimal exact, String what) {
        assertThat(enc.isEmpty()).as("%s: empty enclosure of %s", what, exact).isFalse();
        if (enc.inf() != Double.NEGATIVE_INFINITY) {
            assertThat(bd(enc.inf()).compareTo(exact)).as("%s: %s ∌ %s", what, enc, exact).isLessThanOrEqualTo(0);
        }
        if (enc.sup() != Double.POSITIVE_INFINITY) {
            assertThat(bd(enc.sup()).compareTo(exact)).as("%s: %s ∌ %s", what, enc, exact).isGreaterThanOrEqualTo(0);
        }
    }

    /** Number of ulp steps from {@code lo} up to {@code hi} (finite, lo ≤ hi). */
    public static long ulps(double lo, double hi) {
        return ordinal(hi) - ordinal(lo);
    }

    private static long ordinal(double x) {
        long bits = Double.doubleToLongBits(x + 0.0);
        return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
    }

    /** Asserts that a point function value is enclosed within {@code maxUlps} ulps. */
    public static void assertTight(Interval enc, int maxUlps, String what) {
        assertThat(Double.isFinite(enc.inf()) && Double.isFinite(enc.sup())).as("%s: %s bounded", what, enc).isTrue();
        assertThat(ulps(enc.inf(), enc.sup())).as("%s: width of %s in ulps", what, enc).isLessThanOrEqualTo(maxUlps);
    }
}
