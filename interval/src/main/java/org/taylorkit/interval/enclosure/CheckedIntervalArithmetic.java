package org.taylorkit.interval.enclosure;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.UnaryOp;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalArithmetic;
import org.taylorkit.interval.tm.Smoothness;

/**
 * The natural interval extension with a smoothness record: {@link IntervalArithmetic}, except that
 * division by {@code [0, 0]} is the set-based {@code ∅} (IEEE 1788) rather than an exception, and
 * every operation checks with {@link Smoothness} whether it is analytic on its argument's enclosure.
 * After an evaluation, {@link #smooth()} is true only if every operation was; since the arguments
 * checked are enclosures of the true sub-ranges, that proves the expression is analytic on a
 * neighbourhood of the box — the hypothesis of the mean-value and Taylor forms. It plays the role
 * of the IEEE 1788 decoration {@code com}.
 *
 * <p>Not thread-safe (it records state): one instance per evaluation.
 */
final class CheckedIntervalArithmetic implements Arithmetic<Interval> {

    private static final IntervalArithmetic IA = IntervalArithmetic.INSTANCE;

    private String violation;

    /** Whether every operation so far was smooth on its argument. */
    boolean smooth() {
        return violation == null;
    }

    /** The first reason an operation may not be smooth, or null. */
    String violation() {
        return violation;
    }

    private Interval check(String why, Interval result) {
        if (violation == null) {
            if (why != null) {
                violation = why;
            } else if (result.isEmpty() || !result.isBounded()) {
                violation = "a value is " + result;
            }
        }
        return result;
    }

    private Interval unary(UnaryOp op, Interval a, Interval result) {
        return check(Smoothness.unary(op, a), result);
    }

    @Override public Interval zero() { return IA.zero(); }
    @Override public Interval one() { return IA.one(); }
    @Override public Interval fromDouble(double v) { return IA.fromDouble(v); }
    @Override public Interval fromDecimal(String decimal) { return IA.fromDecimal(decimal); }
    @Override public Interval pi() { return IA.pi(); }
    @Override public Interval[] newArray(int n) { return new Interval[n]; }
    @Override public Interval add(Interval a, Interval b) { return check(null, a.add(b)); }
    @Override public Interval subtract(Interval a, Interval b) { return check(null, a.subtract(b)); }
    @Override public Interval negate(Interval a) { return a.negate(); }
    @Override public Interval multiply(Interval a, Interval b) { return check(null, a.multiply(b)); }
    @Override public Interval multiply(Interval a, int n) { return check(null, a.multiply(Interval.point(n))); }
    @Override public Interval scale(Interval a, double s) { return check(null, a.multiply(Interval.point(s))); }

    /** Set-based {@code a/b} ({@code ∅} for {@code b = [0, 0]}). */
    @Override
    public Interval divide(Interval a, Interval b) {
        return check(Smoothness.division(b), a.divide(b));
    }

    @Override
    public Interval divide(Interval a, int n) {
        return check(n == 0 ? "division by the integer 0" : null, a.divide(Interval.point(n)));
    }

    @Override public boolean isZero(Interval a) { return IA.isZero(a); }
    @Override public int signum(Interval a) { return IA.signum(a); }
    @Override public double toDouble(Interval a) { return IA.toDouble(a); }
    @Override public double norm(Interval a) { return IA.norm(a); }
    @Override public Interval sqrt(Interval a) { return unary(UnaryOp.SQRT, a, a.sqrt()); }
    @Override public Interval cbrt(Interval a) { return unary(UnaryOp.CBRT, a, a.cbrt()); }
    @Override public Interval exp(Interval a) { return unary(UnaryOp.EXP, a, a.exp()); }
    @Override public Interval expm1(Interval a) { return unary(UnaryOp.EXPM1, a, a.expm1()); }
    @Override public Interval log(Interval a) { return unary(UnaryOp.LOG, a, a.log()); }
    @Override public Interval log1p(Interval a) { return unary(UnaryOp.LOG1P, a, a.log1p()); }
    @Override public Interval sin(Interval a) { return unary(UnaryOp.SIN, a, a.sin()); }
    @Override public Interval cos(Interval a) { return unary(UnaryOp.COS, a, a.cos()); }
    @Override public Interval tan(Interval a) { return unary(UnaryOp.TAN, a, a.tan()); }
    @Override public Interval asin(Interval a) { return unary(UnaryOp.ASIN, a, a.asin()); }
    @Override public Interval acos(Interval a) { return unary(UnaryOp.ACOS, a, a.acos()); }
    @Override public Interval atan(Interval a) { return unary(UnaryOp.ATAN, a, a.atan()); }
    @Override public Interval sinh(Interval a) { return unary(UnaryOp.SINH, a, a.sinh()); }
    @Override public Interval cosh(Interval a) { return unary(UnaryOp.COSH, a, a.cosh()); }
    @Override public Interval tanh(Interval a) { return unary(UnaryOp.TANH, a, a.tanh()); }
    @Override public Interval asinh(Interval a) { return unary(UnaryOp.ASINH, a, a.asinh()); }
    @Override public Interval acosh(Interval a) { return unary(UnaryOp.ACOSH, a, a.acosh()); }
    @Override public Interval atanh(Interval a) { return unary(UnaryOp.ATANH, a, a.atanh()); }
    @Override public Interval erf(Interval a) { return unary(UnaryOp.ERF, a, a.erf()); }
    @Override public Interval abs(Interval a) { return unary(UnaryOp.ABS, a, a.abs()); }
    @Override public Interval pow(Interval a, int n) { return check(Smoothness.power(a, n), a.pow(n)); }
    @Override public Interval pow(Interval a, Interval b) { return check(Smoothness.power(a, b), a.pow(b)); }
    @Override public Interval atan2(Interval y, Interval x) { return check(Smoothness.atan2(y, x), y.atan2(x)); }
}
