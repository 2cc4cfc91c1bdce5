package org.taylorkit.interval.function;

import org.taylorkit.interval.apfloat.ApfloatDirected;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatIntervalBasic;
import org.taylorkit.interval.apfloat.ApfloatRigorousAtan;
import org.taylorkit.interval.apfloat.ApfloatRigorousLog;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;

/**
 * {@link Arithmetic} over {@link ApfloatInterval} at a fixed number of significant digits: rigorous
 * high-precision interval coefficients for the generic Taylor kernels and for expression
 * evaluation (the natural interval extension).
 *
 * <p>Every result is rounded outward to {@link #digits()} digits and encloses the exact set result
 * (see {@link ApfloatInterval}); inputs with other digits are accepted and the result takes this
 * arithmetic's digits. Set-based semantics throughout: a domain error is a set result, not an
 * exception ({@code log} of {@code [−2, −1]} is empty, division by an interval containing 0 is
 * unbounded and by {@code [0, 0]} is empty). The exception is {@link #signum}, which throws when the
 * sign is not determined. Thread-safe (immutable).
 */
public final class ApfloatIntervalArithmetic implements Arithmetic<ApfloatInterval> {

    private final long digits;
    private final ApfloatInterval zero;
    private final ApfloatInterval one;

    private ApfloatIntervalArithmetic(long digits) {
        this.digits = ApfloatInterval.checkDigits(digits);
        this.zero = ApfloatInterval.point(0.0, digits);
        this.one = ApfloatInterval.point(1.0, digits);
    }

    /**
     * The arithmetic at {@code digits} significant decimal digits.
     *
     * @throws IllegalArgumentException if {@code digits < 1}
     */
    public static ApfloatIntervalArithmetic ofDigits(int digits) {
        return new ApfloatIntervalArithmetic(digits);
    }

    /** The number of significant digits every result is rounded to. */
    public long digits() {
        return digits;
    }

    @Override
    public ApfloatInterval zero() {
        return zero;
    }

    @Override
    public ApfloatInterval one() {
        return one;
    }

    /**
     * The exact value of {@code v} as a point (not rounded to {@link #digits()}).
     *
     * @throws IllegalArgumentException if {@code v} is NaN or infinite
     */
    @Override
    public ApfloatInterval fromDouble(double v) {
        return ApfloatInterval.point(v, digits);
    }

    /** The tightest enclosure at {@link #digits()} digits (a point for {@code "0.1"}); also accepts bracket forms. */
    @Override
    public ApfloatInterval fromDecimal(String decimal) {
        return ApfloatInterval.of(decimal, digits);
    }

    @Override
    public ApfloatInterval pi() {
        return ApfloatInterval.pi(digits);
    }

    @Override
    public ApfloatInterval[] newArray(int n) {
        return new ApfloatInterval[n];
    }

    @Override
    public ApfloatInterval add(ApfloatInterval a, ApfloatInterval b) {
        return ApfloatIntervalBasic.add(a, b, digits);
    }

    @Override
    public ApfloatInterval subtract(ApfloatInterval a, ApfloatInterval b) {
        return ApfloatIntervalBasic.sub(a, b, digits);
    }

    @Override
    public ApfloatInterval negate(ApfloatInterval a) {
        return a.negate().roundOut(digits);
    }

    @Override
    public ApfloatInterval multiply(ApfloatInterval a, ApfloatInterval b) {
        return ApfloatIntervalBasic.mul(a, b, digits);
    }

    @Override
    public ApfloatInterval multiply(ApfloatInterval a, int n) {
        return ApfloatIntervalBasic.mulExact(a, ApfloatDirected.of(n), digits);
    }

    /** {@code a·s} with the exact value of {@code s}; NaN or infinite {@code s} throws IllegalArgumentException. */
    @Override
    public ApfloatInterval scale(ApfloatInterval a, double s) {
        return ApfloatIntervalBasic.mul(a, ApfloatInterval.point(s, digits), digits);
    }

    /** Set-based division: empty for {@code b = [0, 0]}, unbounded when {@code b} contains 0. */
    @Override
    public ApfloatInterval divide(ApfloatInterval a, ApfloatInterval b) {
        return ApfloatIntervalBasic.div(a, b, digits);
    }

    /** {@code a/n} with an exact integer; {@code n = 0} throws ArithmeticException (a programming error). */
    @Override
    public ApfloatInterval divide(ApfloatInterval a, int n) {
        if (n == 0) {
            throw new ArithmeticException("ApfloatIntervalArithmetic.divide(" + a + ", 0): integer divisor is zero");
        }
        return ApfloatIntervalBasic.divExact(a, ApfloatDirected.of(n), digits);
    }

    /** True exactly for {@code [0, 0]}. */
    @Override
    public boolean isZero(ApfloatInterval a) {
        return a.isZero();
    }

    /**
     * −1, 0 or +1 when every element has that sign ({@code [0, 0]} gives 0).
     *
     * @throws ArithmeticException for an interval containing 0 and other values, or the empty set
     */
    @Override
    public int signum(ApfloatInterval a) {
        if (a.isEmpty()) {
            throw new ArithmeticException("signum of the empty interval is undefined");
        }
        if (a.isZero()) {
            return 0;
        }
        if (a.isBoundedBelow() && a.inf().signum() > 0) {
            return 1;
        }
        if (a.isBoundedAbove() && a.sup().signum() < 0) {
            return -1;
        }
        if (a.isBoundedBelow() && a.inf().signum() == 0 || a.isBoundedAbove() && a.sup().signum() == 0
                || a.contains(0.0)) {
            throw new ArithmeticException("signum of " + a + " is not determined: it contains 0 and other values");
        }
        throw new ArithmeticException("signum of " + a + " is not determined");
    }

    /** The midpoint as a double ({@link ApfloatInterval#midDouble()}). */
    @Override
    public double toDouble(ApfloatInterval a) {
        return a.midDouble();
    }

    /** The magnitude rounded up to a double ({@link ApfloatInterval#magDouble()}). */
    @Override
    public double norm(ApfloatInterval a) {
        return a.magDouble();
    }

    /** {@code f} by its rigorous enclosure at this arithmetic's digits ({@link RigorousFunctions#of}). */
    @Override
    public ApfloatInterval apply(ElementaryFunction f, ApfloatInterval a) {
        return RigorousFunctions.of(f).enclose(a, digits);
    }

    /** IEEE 1788 {@code pown}: integer powers of any base (see {@link ApfloatInterval#pow(int)}). */
    @Override
    public ApfloatInterval pow(ApfloatInterval a, int n) {
        return ApfloatIntervalBasic.pown(a, n, digits);
    }

    /**
     * IEEE 1788 {@code pow}: {@code a^b} on the domain {@code a > 0} or {@code a = 0, b > 0} (a
     * negative base is outside it, whatever b; integer literal exponents of an expression reach
     * {@link #pow(ApfloatInterval, int)} instead, as the expression layer decides).
     */
    @Override
    public ApfloatInterval pow(ApfloatInterval a, ApfloatInterval b) {
        return ApfloatRigorousLog.pow(a, b, digits);
    }

    @Override
    public ApfloatInterval atan2(ApfloatInterval y, ApfloatInterval x) {
        return ApfloatRigorousAtan.atan2(y, x, digits);
    }

    @Override
    public String toString() {
        return "ApfloatIntervalArithmetic[" + digits + " digits]";
    }
}
