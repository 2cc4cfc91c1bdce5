package org.taylorkit.ode.validated;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalArithmetic;

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
final class DomainCheckedArithmetic implements Arithmetic<Interval> {

    static final DomainCheckedArithmetic INSTANCE = new DomainCheckedArithmetic();

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
    @Override public Interval sqrt(Interval a) { return IA.sqrt(require(a.inf() > 0, "sqrt", a)); }
    @Override public Interval cbrt(Interval a) { return IA.cbrt(require(!a.contains(0), "cbrt", a)); }
    @Override public Interval exp(Interval a) { return IA.exp(a); }
    @Override public Interval expm1(Interval a) { return IA.expm1(a); }
    @Override public Interval log(Interval a) { return IA.log(require(a.inf() > 0, "log", a)); }
    @Override public Interval log1p(Interval a) { return IA.log1p(require(a.inf() > -1, "log1p", a)); }
    @Override public Interval sin(Interval a) { return IA.sin(a); }
    @Override public Interval cos(Interval a) { return IA.cos(a); }
    @Override public Interval tan(Interval a) { return IA.tan(a); }
    @Override public Interval asin(Interval a) { return IA.asin(require(a.inf() > -1 && a.sup() < 1, "asin", a)); }
    @Override public Interval acos(Interval a) { return IA.acos(require(a.inf() > -1 && a.sup() < 1, "acos", a)); }
    @Override public Interval atan(Interval a) { return IA.atan(a); }
    @Override public Interval sinh(Interval a) { return IA.sinh(a); }
    @Override public Interval cosh(Interval a) { return IA.cosh(a); }
    @Override public Interval tanh(Interval a) { return IA.tanh(a); }
    @Override public Interval asinh(Interval a) { return IA.asinh(a); }
    @Override public Interval acosh(Interval a) { return IA.acosh(require(a.inf() > 1, "acosh", a)); }
    @Override public Interval atanh(Interval a) { return IA.atanh(require(a.inf() > -1 && a.sup() < 1, "atanh", a)); }
    @Override public Interval erf(Interval a) { return IA.erf(a); }
    @Override public Interval abs(Interval a) { return IA.abs(require(!a.contains(0), "abs", a)); }

    /** Integer powers: negative exponents need 0 outside the base (else the result is unbounded anyway). */
    @Override public Interval pow(Interval a, int n) { return IA.pow(require(n >= 0 || !a.contains(0), "pow", a), n); }

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
