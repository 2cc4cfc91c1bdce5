package org.taylorkit.ode.reach;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.tm.Smoothness;

/**
 * Interval arithmetic ({@link IntervalArithmetic}, rigorous by the inclusion property of each
 * operation) that also records whether every operation was defined on its whole argument. The test
 * is {@link Smoothness} (analytic on a neighbourhood of the argument, a sufficient condition for
 * being defined there), so after an evaluation {@link #defined()} true proves the expression is
 * defined at every point of the box and the result contains all its values. That matters for
 * properties: the set-based extension of {@code sqrt(x)} over {@code [−1, 4]} is {@code [0, 2]},
 * which alone would "prove" {@code sqrt(x) < 3} at points where it means nothing. A result that is
 * empty or unbounded also counts as not defined.
 *
 * <p>Not thread-safe (it records state): one instance per evaluation.
 */
final class DefinedIntervalArithmetic implements Arithmetic<Interval> {

    private static final IntervalArithmetic A = IntervalArithmetic.INSTANCE;

    private String problem;

    /** Whether every operation so far was defined (analytic) on its whole argument. */
    boolean defined() {
        return problem == null;
    }

    /** The first operation that may not be defined on its argument, or null. */
    String problem() {
        return problem;
    }

    private Interval check(String why, Interval result) {
        if (problem == null) {
            if (why != null) {
                problem = why;
            } else if (result.isEmpty() || !result.isBounded()) {
                problem = "a value is " + result;
            }
        }
        return result;
    }

    @Override public Interval zero() { return A.zero(); }
    @Override public Interval one() { return A.one(); }
    @Override public Interval fromDouble(double v) { return A.fromDouble(v); }
    @Override public Interval fromDecimal(String decimal) { return A.fromDecimal(decimal); }
    @Override public Interval pi() { return A.pi(); }
    @Override public Interval[] newArray(int n) { return A.newArray(n); }
    @Override public Interval add(Interval x, Interval y) { return check(null, A.add(x, y)); }
    @Override public Interval subtract(Interval x, Interval y) { return check(null, A.subtract(x, y)); }
    @Override public Interval negate(Interval x) { return A.negate(x); }
    @Override public Interval multiply(Interval x, Interval y) { return check(null, A.multiply(x, y)); }
    @Override public Interval multiply(Interval x, int n) { return check(null, A.multiply(x, n)); }
    @Override public Interval scale(Interval x, double s) { return check(null, A.scale(x, s)); }
    @Override public Interval divide(Interval x, Interval y) { return check(Smoothness.division(y), A.divide(x, y)); }

    @Override
    public Interval divide(Interval x, int n) {
        return n == 0 ? check("division by the integer 0", Interval.empty()) : check(null, A.divide(x, n));
    }

    @Override public boolean isZero(Interval x) { return A.isZero(x); }
    @Override public int signum(Interval x) { return A.signum(x); }
    @Override public double toDouble(Interval x) { return A.toDouble(x); }
    @Override public double norm(Interval x) { return A.norm(x); }
    @Override public Interval apply(ElementaryFunction f, Interval x) { return check(Smoothness.unary(f, x), A.apply(f, x)); }
    @Override public Interval pow(Interval x, int n) { return check(Smoothness.power(x, n), A.pow(x, n)); }
    @Override public Interval pow(Interval x, Interval y) { return check(Smoothness.power(x, y), A.pow(x, y)); }
    @Override public Interval atan2(Interval y, Interval x) { return check(Smoothness.atan2(y, x), A.atan2(y, x)); }
}
