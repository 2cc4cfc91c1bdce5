package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalPowers;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;

/**
 * {@link Arithmetic} over {@link Interval}: runs the generic Taylor kernels on rigorous interval
 * coefficients. Every operation is the corresponding rigorous {@link Interval} operation, so a
 * computed coefficient encloses the exact one.
 *
 * <p>Specifics: {@link #fromDecimal} is the tightest enclosure of the decimal; {@link #pi} an
 * enclosure of π; {@link #multiply(Interval, int)}, {@link #divide(Interval, int)} and
 * {@link #scale} use the exact integer or double as a point interval (exact, then outward
 * rounding); {@link #isZero} means the interval is exactly {@code [0, 0]}; {@link #signum}
 * throws {@link ArithmeticException} when the interval contains 0 and another value (or is
 * empty); {@link #toDouble} is the midpoint and {@link #norm} the magnitude. Set-based domains:
 * out-of-domain arguments give their 1788 results (∅, half-lines) rather than exceptions, except
 * {@link #divide(Interval, Interval)} by {@code [0, 0]} and {@link #divide(Interval, int)} by 0,
 * which throw as the {@code Arithmetic} contract requires. Stateless and thread-safe.
 */
public final class IntervalArithmetic implements Arithmetic<Interval> {

    /** The single instance. */
    public static final IntervalArithmetic INSTANCE = new IntervalArithmetic();

    private IntervalArithmetic() {
    }

    @Override public Interval zero() { return Interval.zero(); }
    @Override public Interval one() { return Interval.one(); }

    /** The point interval {@code [v, v]}; NaN or infinite {@code v} throws {@link IllegalArgumentException}. */
    @Override public Interval fromDouble(double v) { return Interval.point(v); }

    @Override public Interval fromDecimal(String decimal) { return Interval.fromDecimal(decimal); }
    @Override public Interval pi() { return Interval.pi(); }
    @Override public Interval[] newArray(int n) { return new Interval[n]; }
    @Override public Interval add(Interval a, Interval b) { return a.add(b); }
    @Override public Interval subtract(Interval a, Interval b) { return a.subtract(b); }
    @Override public Interval negate(Interval a) { return a.negate(); }
    @Override public Interval multiply(Interval a, Interval b) { return a.multiply(b); }
    @Override public Interval multiply(Interval a, int n) { return a.multiply(Interval.point(n)); }
    @Override public Interval scale(Interval a, double s) { return a.multiply(Interval.point(s)); }

    /**
     * {@code a/b} in set semantics ({@code [1,2]/[−1,1] = entire}).
     *
     * @throws ArithmeticException if {@code b = [0, 0]} (no quotient exists)
     */
    @Override
    public Interval divide(Interval a, Interval b) {
        if (b.isPoint() && b.inf() == 0) {
            throw new ArithmeticException("interval division by [0, 0]: " + a + " / " + b);
        }
        return a.divide(b);
    }

    /** {@code a/n}; {@code n = 0} throws {@link ArithmeticException}. */
    @Override
    public Interval divide(Interval a, int n) {
        if (n == 0) {
            throw new ArithmeticException("interval division by the integer 0: " + a + " / 0");
        }
        return a.divide(Interval.point(n));
    }

    @Override
    public boolean isZero(Interval a) {
        return a.isPoint() && a.inf() == 0;
    }

    /**
     * −1, 0 or +1 when the sign of every member is the same.
     *
     * @throws ArithmeticException if the interval is empty, or contains 0 and another value
     */
    @Override
    public int signum(Interval a) {
        if (a.isEmpty()) {
            throw new ArithmeticException("the sign of the empty interval is not determined");
        }
        if (a.inf() > 0) {
            return 1;
        }
        if (a.sup() < 0) {
            return -1;
        }
        if (a.inf() == 0 && a.sup() == 0) {
            return 0;
        }
        throw new ArithmeticException("the sign of " + a + " is not determined (it contains 0 and other values)");
    }

    @Override public double toDouble(Interval a) { return a.mid(); }
    @Override public double norm(Interval a) { return a.mag(); }
    /** {@code f} by its rigorous enclosure ({@link RigorousFunctions#of}). */
    @Override public Interval apply(ElementaryFunction f, Interval a) { return RigorousFunctions.of(f).enclose(a); }
    @Override public Interval pow(Interval a, int n) { return a.pow(n); }
    /**
     * IEEE 1788 {@code pow} ({@link IntervalPowers#pow}): {@code a^b} on the domain {@code a > 0} or
     * {@code a = 0, b > 0} — a negative base is outside it, whatever b ({@code [−2, −1]^[2, 2] = ∅}).
     * Integer literal exponents of an expression reach {@link #pow(Interval, int)} (1788
     * {@code pown}) instead, as the expression layer decides.
     */
    @Override public Interval pow(Interval a, Interval b) { return IntervalPowers.pow(a, b); }
    @Override public Interval atan2(Interval y, Interval x) { return y.atan2(x); }
}
