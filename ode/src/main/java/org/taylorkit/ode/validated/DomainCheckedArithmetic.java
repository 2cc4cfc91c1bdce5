package org.taylorkit.ode.validated;

import org.taylorkit.interval.function.RigorousFunctions;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/**
 * {@link IntervalArithmetic} that refuses arguments leaving a function's domain of continuity, for
 * the validated integrator.
 *
 * <p>Why: IEEE 1788 set semantics evaluates {@code √[−1, 4] = [0, 2]}, i.e. over the part of the box
 * inside the domain. That is a correct range enclosure, but the Picard–Lindelöf test also needs
 * {@code f} to be defined and continuous on the whole candidate box (otherwise a solution may reach
 * the domain boundary and cease to exist, as for {@code x' = √x − 2}). Without 1788 decorations this
 * class provides that check: every operation whose domain is not all of ℝ (or ℝ minus the zero
 * divisor, which yields an unbounded result that the integrator rejects anyway) throws
 * {@link ArithmeticException} unless its argument lies in the open domain: {@code √, log, real pow}
 * need {@code inf > 0}; {@code log1p} needs {@code inf > −1}; {@code asin, acos, atanh} need
 * {@code [inf, sup] ⊂ (−1, 1)}; {@code acosh} needs {@code inf > 1}; {@code atan2(y, x)} needs the box
 * to avoid the branch cut {@code {x ≤ 0, y = 0}}; {@code abs} and {@code cbrt} need 0 outside the
 * interval (they are not differentiable there, and the Taylor recurrences need it). Everything else is
 * delegated unchanged. Stateless and thread-safe.
 */
public final class DomainCheckedArithmetic implements Arithmetic<Interval> {

    /** The shared instance. */
    public static final DomainCheckedArithmetic INSTANCE = new DomainCheckedArithmetic();

    private static final IntervalArithmetic IA = IntervalArithmetic.INSTANCE;

    private DomainCheckedArithmetic() {
    }

    private static Interval require(boolean ok, String function, Interval a) {
        if (!ok || a.isEmpty()) {
            throw new ArithmeticException(function + " of " + a + ": the argument leaves the open domain");
        }
        return a;
    }

    @Override public Interval zero() { return IA.zero(); }
    @Override public Interval one() { return IA.one(); }
    @Override public Interval fromDouble(double v) { return IA.fromDouble(v); }
    @Override public Interval fromDecimal(String decimal) { return IA.fromDecimal(decimal); }
    @Override public Interval pi() { return IA.pi(); }
    @Override public Interval[] newArray(int n) { return IA.newArray(n); }
    @Override public Interval add(Interval a, Interval b) { return IA.add(a, b); }
    @Override public Interval subtract(Interval a, Interval b) { return IA.subtract(a, b); }
    @Override public Interval negate(Interval a) { return IA.negate(a); }
    @Override public Interval multiply(Interval a, Interval b) { return IA.multiply(a, b); }
    @Override public Interval multiply(Interval a, int n) { return IA.multiply(a, n); }
    @Override public Interval scale(Interval a, double s) { return IA.scale(a, s); }
    @Override public Interval divide(Interval a, Interval b) { return IA.divide(a, b); }
    @Override public Interval divide(Interval a, int n) { return IA.divide(a, n); }
    @Override public boolean isZero(Interval a) { return IA.isZero(a); }
    @Override public int signum(Interval a) { return IA.signum(a); }
    @Override public double toDouble(Interval a) { return IA.toDouble(a); }
    @Override public double norm(Interval a) { return IA.norm(a); }
    /**
     * {@code f} of an argument on which {@code f} is analytic (its rule in
     * {@link RigorousFunctions}); otherwise an {@link ArithmeticException} naming the function.
     */
    @Override
    public Interval apply(ElementaryFunction f, Interval a) {
        String why = a.isEmpty() ? "empty" : RigorousFunctions.of(f).notAnalyticOn(a);
        if (why != null) {
            throw new ArithmeticException(f.name() + " of " + a + ": the argument leaves the open domain (" + why + ")");
        }
        return IA.apply(f, a);
    }

    /** Integer powers: negative exponents need 0 outside the base (else the result is unbounded anyway). */
    @Override
    public Interval pow(Interval a, int n) {
        return IA.pow(require(n >= 0 || !a.contains(0), "pow", a), n);
    }

    /** A point-integer exponent is {@link #pow(Interval, int)}; otherwise the base must be positive. */
    @Override
    public Interval pow(Interval a, Interval b) {
        if (b.isPoint() && b.inf() == Math.rint(b.inf()) && Math.abs(b.inf()) <= 1 << 30) {
            return pow(a, (int) b.inf());
        }
        return IA.pow(require(a.inf() > 0, "pow", a), b);
    }

    @Override
    public Interval atan2(Interval y, Interval x) {
        boolean onCut = y.contains(0) && x.inf() <= 0;
        if (onCut || y.isEmpty() || x.isEmpty()) {
            throw new ArithmeticException("atan2(" + y + ", " + x + "): the box meets the branch cut {x ≤ 0, y = 0}");
        }
        return IA.atan2(y, x);
    }
}
