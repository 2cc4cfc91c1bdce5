package org.taylorkit.interval.enclosure;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.FieldTaylorN;
import org.taylorkit.core.FieldTaylorNArithmetic;
import org.taylorkit.core.multi.Variables;

/**
 * Interval Taylor series over a box: {@link FieldTaylorNArithmetic} over the domain's interval
 * arithmetic, with one tightening. A product or power series computes its constant term as a product of
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
 *
 * @param <I> the interval type
 */
final class BoxSeriesArithmetic<I> implements Arithmetic<FieldTaylorN<I>> {

    private final IntervalDomain<I> dom;
    private final FieldTaylorNArithmetic<I> d;

    BoxSeriesArithmetic(IntervalDomain<I> dom, Variables vars, int order) {
        this.dom = dom;
        this.d = FieldTaylorNArithmetic.of(dom.arithmetic(), vars, order);
    }

    /** The variable {@code name} expanded at the interval {@code x}. */
    FieldTaylorN<I> variable(String name, I x) {
        return d.variable(name, x);
    }

    private FieldTaylorN<I> withConstant(FieldTaylorN<I> s, I tight) {
        I c0 = dom.intersection(s.value(), tight);
        if (dom.isEmpty(c0) || c0.equals(s.value())) {
            return s;
        }
        I[] c = s.coefficients();
        c[0] = c0;
        return FieldTaylorN.of(dom.arithmetic(), s.variables(), s.order(), c);
    }

    @Override public FieldTaylorN<I> zero() { return d.zero(); }
    @Override public FieldTaylorN<I> one() { return d.one(); }
    @Override public FieldTaylorN<I> fromDouble(double v) { return d.fromDouble(v); }
    @Override public FieldTaylorN<I> fromDecimal(String decimal) { return d.fromDecimal(decimal); }
    @Override public FieldTaylorN<I> pi() { return d.pi(); }
    @Override public FieldTaylorN<I>[] newArray(int n) { return d.newArray(n); }
    @Override public FieldTaylorN<I> add(FieldTaylorN<I> a, FieldTaylorN<I> b) { return d.add(a, b); }
    @Override public FieldTaylorN<I> subtract(FieldTaylorN<I> a, FieldTaylorN<I> b) { return d.subtract(a, b); }
    @Override public FieldTaylorN<I> negate(FieldTaylorN<I> a) { return d.negate(a); }

    @Override
    public FieldTaylorN<I> multiply(FieldTaylorN<I> a, FieldTaylorN<I> b) {
        FieldTaylorN<I> r = d.multiply(a, b);
        return a == b ? withConstant(r, dom.arithmetic().pow(a.value(), 2)) : r;
    }

    @Override public FieldTaylorN<I> multiply(FieldTaylorN<I> a, int n) { return d.multiply(a, n); }
    @Override public FieldTaylorN<I> scale(FieldTaylorN<I> a, double s) { return d.scale(a, s); }
    @Override public FieldTaylorN<I> divide(FieldTaylorN<I> a, FieldTaylorN<I> b) { return d.divide(a, b); }
    @Override public FieldTaylorN<I> divide(FieldTaylorN<I> a, int n) { return d.divide(a, n); }
    @Override public boolean isZero(FieldTaylorN<I> a) { return d.isZero(a); }
    @Override public int signum(FieldTaylorN<I> a) { return d.signum(a); }
    @Override public double toDouble(FieldTaylorN<I> a) { return d.toDouble(a); }
    @Override public double norm(FieldTaylorN<I> a) { return d.norm(a); }
    @Override public FieldTaylorN<I> apply(ElementaryFunction f, FieldTaylorN<I> a) { return d.apply(f, a); }

    @Override
    public FieldTaylorN<I> pow(FieldTaylorN<I> a, int n) {
        FieldTaylorN<I> r = d.pow(a, n);
        return n >= 2 ? withConstant(r, dom.arithmetic().pow(a.value(), n)) : r;
    }

    @Override public FieldTaylorN<I> pow(FieldTaylorN<I> a, FieldTaylorN<I> b) { return d.pow(a, b); }
    @Override public FieldTaylorN<I> atan2(FieldTaylorN<I> y, FieldTaylorN<I> x) { return d.atan2(y, x); }
}
