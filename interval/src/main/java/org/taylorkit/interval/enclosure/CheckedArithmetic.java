package org.taylorkit.interval.enclosure;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.interval.tm.Smoothness;

/**
 * The natural interval extension with a smoothness record: the domain's interval arithmetic, with
 * set-based division ({@code ∅} for a divisor {@code [0, 0]}, IEEE 1788), where every operation
 * also checks with {@link Smoothness} whether it is analytic on (an outward double enclosure of) its
 * argument. After an evaluation, {@link #smooth()} is true only if every operation was; since the
 * arguments checked contain the true sub-ranges, that proves the expression analytic on a
 * neighbourhood of the box — the hypothesis of the mean-value and Taylor forms. It plays the role
 * of the IEEE 1788 decoration {@code com}.
 *
 * <p>Not thread-safe (it records state): one instance per evaluation.
 *
 * @param <I> the interval type
 */
final class CheckedArithmetic<I> implements Arithmetic<I> {

    private final IntervalDomain<I> d;
    private final Arithmetic<I> a;
    private String violation;

    CheckedArithmetic(IntervalDomain<I> domain) {
        this.d = domain;
        this.a = domain.arithmetic();
    }

    /** Whether every operation so far was smooth on its argument. */
    boolean smooth() {
        return violation == null;
    }

    /** The first reason an operation may not be smooth, or null. */
    String violation() {
        return violation;
    }

    private I check(String why, I result) {
        if (violation == null) {
            if (why != null) {
                violation = why;
            } else if (d.isEmpty(result) || !d.isBounded(result)) {
                violation = "a value is " + d.toDouble(result);
            }
        }
        return result;
    }

    @Override public I zero() { return a.zero(); }
    @Override public I one() { return a.one(); }
    @Override public I fromDouble(double v) { return a.fromDouble(v); }
    @Override public I fromDecimal(String decimal) { return a.fromDecimal(decimal); }
    @Override public I pi() { return a.pi(); }
    @Override public I[] newArray(int n) { return a.newArray(n); }
    @Override public I add(I x, I y) { return check(null, a.add(x, y)); }
    @Override public I subtract(I x, I y) { return check(null, a.subtract(x, y)); }
    @Override public I negate(I x) { return a.negate(x); }
    @Override public I multiply(I x, I y) { return check(null, a.multiply(x, y)); }
    @Override public I multiply(I x, int n) { return check(null, a.multiply(x, n)); }
    @Override public I scale(I x, double s) { return check(null, a.scale(x, s)); }

    /** Set-based {@code x/y} ({@code ∅} for {@code y = [0, 0]}). */
    @Override
    public I divide(I x, I y) {
        return check(violation == null ? Smoothness.division(d.toDouble(y)) : null, d.divide(x, y));
    }

    @Override
    public I divide(I x, int n) {
        return check(n == 0 ? "division by the integer 0" : null, n == 0 ? d.empty() : a.divide(x, n));
    }

    @Override public boolean isZero(I x) { return a.isZero(x); }
    @Override public int signum(I x) { return a.signum(x); }
    @Override public double toDouble(I x) { return a.toDouble(x); }
    @Override public double norm(I x) { return a.norm(x); }
    /** {@code f} in the domain's arithmetic, recording whether {@code f} is analytic on the argument. */
    @Override
    public I apply(ElementaryFunction f, I x) {
        return check(violation == null ? Smoothness.unary(f, d.toDouble(x)) : null, a.apply(f, x));
    }

    @Override
    public I pow(I x, int n) {
        return check(violation == null ? Smoothness.power(d.toDouble(x), n) : null, a.pow(x, n));
    }

    @Override
    public I pow(I x, I y) {
        return check(violation == null ? Smoothness.power(d.toDouble(x), d.toDouble(y)) : null, a.pow(x, y));
    }

    @Override
    public I atan2(I y, I x) {
        return check(violation == null ? Smoothness.atan2(d.toDouble(y), d.toDouble(x)) : null, a.atan2(y, x));
    }
}
