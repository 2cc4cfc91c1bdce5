package org.taylorkit.interval.tm;

import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.interval.Interval;

/**
 * {@link Arithmetic} over the {@link TaylorModel}s of one {@link TaylorModelSpace}, so that
 * {@code expr.evaluate(space.arithmetic(), Map.of("x", space.variable("x"), …))} computes a Taylor
 * model of an expression over the space's box.
 *
 * <p>Constants: {@link #fromDouble} is exact; {@link #fromDecimal} and {@link #pi} are the tight
 * interval enclosures as models (midpoint plus remainder). {@link #isZero} means the zero polynomial
 * with remainder {@code [0, 0]}; {@link #signum} is the sign of the range bound and throws
 * {@link ArithmeticException} when that bound contains 0 and other values; {@link #toDouble} is the
 * constant coefficient (the value at the expansion point, approximately) and {@link #norm} the
 * magnitude of the range bound. {@link TaylorModelSpace#sweepingArithmetic(double)} gives the same arithmetic
 * with products cut at a lower degree where that adds little to their remainders (cheaper, slightly wider;
 * still rigorous). Functions that may not be smooth on their argument's range throw
 * {@link TaylorModelDomainException}. Immutable and thread-safe.
 */
public final class TaylorModelArithmetic implements Arithmetic<TaylorModel> {

    private final TaylorModelSpace space;
    private final double sweepRatio;
    private final TaylorModel zero;
    private final TaylorModel one;

    TaylorModelArithmetic(TaylorModelSpace space, double sweepRatio) {
        this.space = space;
        this.sweepRatio = sweepRatio;
        this.zero = space.constant(0.0);
        this.one = space.constant(1.0);
    }

    /**
     * How much {@link #multiply(TaylorModel, TaylorModel)} may cut, relative to a product's inherent remainder:
     * 0 (full products) for {@link TaylorModelSpace#arithmetic()}, positive for
     * {@link TaylorModelSpace#sweepingArithmetic(double)}.
     */
    public double sweepRatio() {
        return sweepRatio;
    }

    /** The space of the models. */
    public TaylorModelSpace space() {
        return space;
    }

    @Override public TaylorModel zero() { return zero; }
    @Override public TaylorModel one() { return one; }
    @Override public TaylorModel fromDouble(double v) { return space.constant(v); }
    @Override public TaylorModel fromDecimal(String decimal) { return space.constant(Interval.fromDecimal(decimal)); }
    @Override public TaylorModel pi() { return space.constant(Interval.pi()); }
    @Override public TaylorModel[] newArray(int n) { return new TaylorModel[n]; }
    @Override public TaylorModel add(TaylorModel a, TaylorModel b) { return a.add(b); }
    @Override public TaylorModel subtract(TaylorModel a, TaylorModel b) { return a.subtract(b); }
    @Override public TaylorModel negate(TaylorModel a) { return a.negate(); }
    /** {@code a·b}: the full product, or with a {@link #sweepRatio()}, cut as {@link TaylorModelSpace#sweepingArithmetic} says. */
    @Override
    public TaylorModel multiply(TaylorModel a, TaylorModel b) {
        return sweepRatio > 0 ? PolynomialArithmetic.multiplyWithin(space.same(a, "multiply"), space.same(b, "multiply"), sweepRatio) : a.multiply(b);
    }
    @Override public TaylorModel multiply(TaylorModel a, int n) { return a.multiply(n); }
    @Override public TaylorModel scale(TaylorModel a, double s) { return a.multiply(s); }

    /** {@code a/b}. @throws TaylorModelDomainException if the range of {@code b} may contain 0 */
    @Override public TaylorModel divide(TaylorModel a, TaylorModel b) { return a.divide(b); }

    /** {@code a/n}. @throws ArithmeticException if {@code n = 0} */
    @Override public TaylorModel divide(TaylorModel a, int n) { return a.divide(n); }

    @Override
    public boolean isZero(TaylorModel a) {
        return a.isConstantPolynomial() && a.raw()[0] == 0 && PolynomialArithmetic.isZero(a.remainder());
    }

    /**
     * The sign of every value of the model.
     *
     * @throws ArithmeticException if the range bound contains 0 and other values
     */
    @Override
    public int signum(TaylorModel a) {
        Interval b = a.bound();
        if (b.inf() > 0) {
            return 1;
        }
        if (b.sup() < 0) {
            return -1;
        }
        if (b.isPoint() && b.inf() == 0) {
            return 0;
        }
        throw new ArithmeticException("the sign of a Taylor model with range " + b + " is not determined");
    }

    @Override public double toDouble(TaylorModel a) { return a.raw()[0]; }
    @Override public double norm(TaylorModel a) { return a.bound().mag(); }
    /** {@link TaylorModel#apply(ElementaryFunction)}. */
    @Override public TaylorModel apply(ElementaryFunction f, TaylorModel a) { return a.apply(f); }
    @Override public TaylorModel pow(TaylorModel a, int n) { return a.pow(n); }
    @Override public TaylorModel pow(TaylorModel a, TaylorModel b) { return a.pow(b); }
    @Override public TaylorModel atan2(TaylorModel y, TaylorModel x) { return TaylorModel.atan2(y, x); }

    @Override
    public String toString() {
        return "TaylorModelArithmetic over " + space + (sweepRatio > 0 ? ", products cut within " + sweepRatio + " of their remainders" : "");
    }
}
