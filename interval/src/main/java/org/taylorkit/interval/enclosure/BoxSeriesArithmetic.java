package org.taylorkit.interval.enclosure;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.FieldTaylorN;
import org.taylorkit.core.FieldTaylorNArithmetic;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.IntervalArithmetic;

/**
 * Interval Taylor series over a box: {@link FieldTaylorNArithmetic} over {@link IntervalArithmetic},
 * with one tightening. A product or power series computes its constant term as a product of
 * independent intervals ({@code X·X = [−1, 1]} for {@code X = [−1, 1]}); for {@code a·a} and
 * {@code a^n} the constant term is replaced by its intersection with the tight interval power
 * ({@code sqr(X) = [0, 1]}). Both contain the exact constant term at every point of the box, so the
 * intersection does too; the higher coefficients are untouched. This keeps the series' constant
 * terms at least as tight as the natural extension, so the domain checks of the series (e.g.
 * {@code sqrt(x² + 1)} needs a positive constant term) pass whenever the natural extension found the
 * expression smooth.
 *
 * <p>Why the coefficients are rigorous: every generic kernel is a fixed sequence of
 * {@link org.taylorkit.core.Arithmetic} operations (no branch on values other than exact tests for
 * zero and exact integer tests), and each is an outward-rounded interval operation; by the inclusion
 * property, running the kernels with the box's intervals as the expansion point gives, for every
 * monomial, an interval containing that Taylor coefficient at every point of the box.
 * Immutable and thread-safe.
 */
final class BoxSeriesArithmetic implements Arithmetic<FieldTaylorN<Interval>> {

    private static final IntervalArithmetic IA = IntervalArithmetic.INSTANCE;

    private final FieldTaylorNArithmetic<Interval> d;

    BoxSeriesArithmetic(Variables vars, int order) {
        this.d = FieldTaylorNArithmetic.of(IA, vars, order);
    }

    /** The variable {@code name} expanded at the interval {@code x}. */
    FieldTaylorN<Interval> variable(String name, Interval x) {
        return d.variable(name, x);
    }

    private static FieldTaylorN<Interval> withConstant(FieldTaylorN<Interval> s, Interval tight) {
        Interval c0 = s.value().intersection(tight);
        if (c0.isEmpty() || c0.equals(s.value())) {
            return s;
        }
        Interval[] c = s.coefficients();
        c[0] = c0;
        return FieldTaylorN.of(IA, s.variables(), s.order(), c);
    }

    @Override public FieldTaylorN<Interval> zero() { return d.zero(); }
    @Override public FieldTaylorN<Interval> one() { return d.one(); }
    @Override public FieldTaylorN<Interval> fromDouble(double v) { return d.fromDouble(v); }
    @Override public FieldTaylorN<Interval> fromDecimal(String decimal) { return d.fromDecimal(decimal); }
    @Override public FieldTaylorN<Interval> pi() { return d.pi(); }
    @Override public FieldTaylorN<Interval>[] newArray(int n) { return d.newArray(n); }
    @Override public FieldTaylorN<Interval> add(FieldTaylorN<Interval> a, FieldTaylorN<Interval> b) { return d.add(a, b); }
    @Override public FieldTaylorN<Interval> subtract(FieldTaylorN<Interval> a, FieldTaylorN<Interval> b) { return d.subtract(a, b); }
    @Override public FieldTaylorN<Interval> negate(FieldTaylorN<Interval> a) { return d.negate(a); }

    @Override
    public FieldTaylorN<Interval> multiply(FieldTaylorN<Interval> a, FieldTaylorN<Interval> b) {
        FieldTaylorN<Interval> r = d.multiply(a, b);
        return a == b ? withConstant(r, a.value().sqr()) : r;
    }

    @Override public FieldTaylorN<Interval> multiply(FieldTaylorN<Interval> a, int n) { return d.multiply(a, n); }
    @Override public FieldTaylorN<Interval> scale(FieldTaylorN<Interval> a, double s) { return d.scale(a, s); }
    @Override public FieldTaylorN<Interval> divide(FieldTaylorN<Interval> a, FieldTaylorN<Interval> b) { return d.divide(a, b); }
    @Override public FieldTaylorN<Interval> divide(FieldTaylorN<Interval> a, int n) { return d.divide(a, n); }
    @Override public boolean isZero(FieldTaylorN<Interval> a) { return d.isZero(a); }
    @Override public int signum(FieldTaylorN<Interval> a) { return d.signum(a); }
    @Override public double toDouble(FieldTaylorN<Interval> a) { return d.toDouble(a); }
    @Override public double norm(FieldTaylorN<Interval> a) { return d.norm(a); }
    @Override public FieldTaylorN<Interval> sqrt(FieldTaylorN<Interval> a) { return d.sqrt(a); }
    @Override public FieldTaylorN<Interval> cbrt(FieldTaylorN<Interval> a) { return d.cbrt(a); }
    @Override public FieldTaylorN<Interval> exp(FieldTaylorN<Interval> a) { return d.exp(a); }
    @Override public FieldTaylorN<Interval> expm1(FieldTaylorN<Interval> a) { return d.expm1(a); }
    @Override public FieldTaylorN<Interval> log(FieldTaylorN<Interval> a) { return d.log(a); }
    @Override public FieldTaylorN<Interval> log1p(FieldTaylorN<Interval> a) { return d.log1p(a); }
    @Override public FieldTaylorN<Interval> sin(FieldTaylorN<Interval> a) { return d.sin(a); }
    @Override public FieldTaylorN<Interval> cos(FieldTaylorN<Interval> a) { return d.cos(a); }
    @Override public FieldTaylorN<Interval> tan(FieldTaylorN<Interval> a) { return d.tan(a); }
    @Override public FieldTaylorN<Interval> asin(FieldTaylorN<Interval> a) { return d.asin(a); }
    @Override public FieldTaylorN<Interval> acos(FieldTaylorN<Interval> a) { return d.acos(a); }
    @Override public FieldTaylorN<Interval> atan(FieldTaylorN<Interval> a) { return d.atan(a); }
    @Override public FieldTaylorN<Interval> sinh(FieldTaylorN<Interval> a) { return d.sinh(a); }
    @Override public FieldTaylorN<Interval> cosh(FieldTaylorN<Interval> a) { return d.cosh(a); }
    @Override public FieldTaylorN<Interval> tanh(FieldTaylorN<Interval> a) { return d.tanh(a); }
    @Override public FieldTaylorN<Interval> asinh(FieldTaylorN<Interval> a) { return d.asinh(a); }
    @Override public FieldTaylorN<Interval> acosh(FieldTaylorN<Interval> a) { return d.acosh(a); }
    @Override public FieldTaylorN<Interval> atanh(FieldTaylorN<Interval> a) { return d.atanh(a); }
    @Override public FieldTaylorN<Interval> erf(FieldTaylorN<Interval> a) { return d.erf(a); }
    @Override public FieldTaylorN<Interval> abs(FieldTaylorN<Interval> a) { return d.abs(a); }

    @Override
    public FieldTaylorN<Interval> pow(FieldTaylorN<Interval> a, int n) {
        FieldTaylorN<Interval> r = d.pow(a, n);
        return n >= 2 ? withConstant(r, a.value().pow(n)) : r;
    }

    @Override public FieldTaylorN<Interval> pow(FieldTaylorN<Interval> a, FieldTaylorN<Interval> b) { return d.pow(a, b); }
    @Override public FieldTaylorN<Interval> atan2(FieldTaylorN<Interval> y, FieldTaylorN<Interval> x) { return d.atan2(y, x); }
}
