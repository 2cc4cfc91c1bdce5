package org.taylorkit.interval.tm;

import org.taylorkit.core.BinaryPowering;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/**
 * Elementary functions of Taylor models by composition with a Taylor expansion and a rigorous
 * Lagrange remainder.
 *
 * <p><b>Method.</b> Let {@code T = P + R} be the argument, {@code c = P(0)} its constant coefficient,
 * {@code B} a rigorous bound of its range over the box ({@link TaylorModel#bound()}) and
 * {@code B' = hull(B, c)}. If {@code f} is analytic on a neighbourhood of {@code B'} (checked by
 * {@link Smoothness}; otherwise {@link TaylorModelDomainException}), then for every {@code x} in the
 * box, with {@code h(x) = T(x) − c ∈ H = B' − c}, Taylor's theorem gives
 * <pre>f(T(x)) = Σ_{k=0..K} a_k h(x)^k + f^{(K+1)}(ξ)/(K+1)! · h(x)^{K+1},  ξ between c and T(x), so ξ ∈ B',</pre>
 * with {@code a_k = f^{(k)}(c)/k!}. The {@code a_k} are enclosed by the generic Taylor kernels run on
 * the point interval {@code [c, c]} ({@code FieldTaylor1<Interval>}, each operation an outward-rounded
 * interval operation), and the Lagrange coefficient by the same kernels run on the interval
 * {@code B'} as expansion point, whose coefficient {@code K+1} contains
 * {@code f^{(K+1)}(ξ)/(K+1)!} for every {@code ξ ∈ B'}. The polynomial {@code Σ a_k h^k} is
 * evaluated by Horner's scheme in Taylor-model arithmetic (interval constants enter as midpoint
 * plus remainder), and {@code a_{K+1}(B')·pown(H, K+1)} is added to the remainder (Makino &amp; Berz,
 * <i>Taylor models and other validated functional inclusion methods</i>, IJPAM 4 (2003); Neumaier,
 * <i>Taylor forms — use and limits</i>, Reliable Computing 9 (2003)).
 */
final class TaylorModelFunctions {

    private TaylorModelFunctions() {
    }

    /** A univariate function: where it is smooth, and its interval Taylor expansion at a point or interval. */
    interface Expansion {
        /** The function's name, for messages. */
        String name();

        /** {@code null} if the function is analytic near {@code x}, else the reason (see {@link Smoothness}). */
        String violation(Interval x);

        /** The Taylor coefficients of order {@code 0..order} at the expansion "point" {@code x0}. */
        FieldTaylor1<Interval> expand(Interval x0, int order);
    }

    static Expansion of(ElementaryFunction f) {
        return new Expansion() {
            @Override
            public String name() {
                return f.name();
            }

            @Override
            public String violation(Interval x) {
                return Smoothness.unary(f, x);
            }

            @Override
            public FieldTaylor1<Interval> expand(Interval x0, int order) {
                return FieldTaylor1.variable(IntervalArithmetic.INSTANCE, x0, order).apply(f);
            }
        };
    }

    static final Expansion RECIPROCAL = new Expansion() {
        @Override
        public String name() {
            return "division";
        }

        @Override
        public String violation(Interval x) {
            return Smoothness.division(x);
        }

        @Override
        public FieldTaylor1<Interval> expand(Interval x0, int order) {
            return FieldTaylor1.variable(IntervalArithmetic.INSTANCE, x0, order).reciprocal();
        }
    };

    /** {@code u ↦ u^r} for every {@code r} in the interval {@code r} (non-integer powers). */
    static Expansion power(Interval r) {
        return new Expansion() {
            @Override
            public String name() {
                return "pow";
            }

            @Override
            public String violation(Interval x) {
                return Smoothness.power(x, r);
            }

            @Override
            public FieldTaylor1<Interval> expand(Interval x0, int order) {
                return FieldTaylor1.variable(IntervalArithmetic.INSTANCE, x0, order).pow(r);
            }
        };
    }

    /** {@code f(t)} by the method of the class comment. */
    static TaylorModel compose(TaylorModel t, Expansion f) {
        TaylorModelSpace sp = t.space();
        int order = sp.order();
        double c = t.raw()[0];
        Interval range = t.bound();
        String why = f.violation(range);
        Interval b = range.hull(Interval.point(c));
        if (why == null) {
            why = f.violation(b);
        }
        if (why != null) {
            throw new TaylorModelDomainException(why);
        }
        FieldTaylor1<Interval> atC;
        try {
            atC = f.expand(Interval.point(c), order + 1);
        } catch (ArithmeticException e) {
            throw new TaylorModelDomainException(f.name() + ": no Taylor expansion at " + c + " (" + e.getMessage() + ")");
        }
        if (atC.order() != order + 1) {
            throw new TaylorModelDomainException(f.name() + ": the expansion lost orders (leading zeros cancelled)");
        }
        double[] hc = t.raw().clone();
        hc[0] = 0.0;
        TaylorModel h = new TaylorModel(sp, hc, t.remainder());
        TaylorModel r = constant(sp, atC.coefficient(order), f);
        for (int k = order - 1; k >= 0; k--) {
            r = r.multiply(h).add(constant(sp, atC.coefficient(k), f));
        }
        Interval hPower = b.subtract(Interval.point(c)).pow(order + 1);
        Interval coefficient = lagrangeCoefficient(f, b, order + 1, 1);
        // The interval recurrences overestimate f^(K+1)/(K+1)! over a wide b. When the Lagrange term is
        // not negligible (against the rest of the remainder and 1% of the polynomial's variation) and
        // the coefficient is much wider than its values at c and at the ends of b, refine by
        // subdividing b while that pays. Each enclosure is valid, so is their intersection.
        double lagrangeWidth = coefficient.multiply(hPower).wid();
        if (lagrangeWidth > r.remainder().wid() && coefficient.wid() > 4 * atC.coefficient(order + 1).mag()
                && lagrangeWidth > 0.01 * r.polynomialBound().wid()) {
            double scale = Math.max(atC.coefficient(order + 1).mag(), Math.max(
                    pointCoefficient(f, b.inf(), order + 1), pointCoefficient(f, b.sup(), order + 1)));
            for (int pieces = 4; pieces <= 16 && coefficient.wid() > 4 * scale; pieces *= 4) {
                Interval refined = coefficient.intersection(lagrangeCoefficient(f, b, order + 1, pieces));
                boolean pays = refined.wid() < 0.5 * coefficient.wid();
                coefficient = refined;
                if (!pays) {
                    break;
                }
            }
        }
        Interval lagrange = coefficient.multiply(hPower);
        if (lagrange.isEmpty() || !lagrange.isBounded()) {
            throw new TaylorModelDomainException(f.name() + ": the Lagrange remainder over " + b + " is unbounded");
        }
        return r.withRemainder(r.remainder().add(lagrange));
    }

    /**
     * An interval {@code C} containing {@code f^{(n)}(ξ)/n!} for every {@code ξ ∈ b}: the hull of the
     * coefficients {@code n} of the interval expansions over {@code pieces} consecutive sub-intervals
     * covering {@code b} (interval recurrences overestimate on wide arguments, less on narrow ones).
     *
     * @throws TaylorModelDomainException if no expansion exists
     */
    static Interval lagrangeCoefficient(Expansion f, Interval b, int n, int pieces) {
        Interval coefficient = Interval.empty();
        double lo = b.inf();
        double width = b.sup() - b.inf();
        for (int i = 1; i <= pieces; i++) {
            double hi = i == pieces ? b.sup() : Math.min(b.sup(), Math.max(lo, b.inf() + width * i / pieces));
            try {
                coefficient = coefficient.hull(lastCoefficient(f, Interval.of(lo, hi), n));
            } catch (ArithmeticException e) {
                throw new TaylorModelDomainException(f.name() + ": no Taylor expansion over " + b + " (" + e.getMessage() + ")");
            }
            lo = hi;
        }
        return coefficient;
    }

    /**
     * Coefficient {@code n} of the expansion of {@code f} over {@code b}: an interval containing
     * {@code f^{(n)}(ξ)/n!} for every {@code ξ ∈ b}. The kernels square the expansion point as a
     * product of independent intervals ({@code 1 + a_0·a_0} for atan), which for {@code b ∋ 0} is
     * much wider than the square; so {@code b} is split at 0 and the two halves' coefficients are
     * joined by the hull (each contains the coefficient at every point of its half).
     */
    static Interval lastCoefficient(Expansion f, Interval b, int n) {
        if (b.inf() < 0 && b.sup() > 0) {
            Interval left = lastCoefficient(f, Interval.of(b.inf(), 0.0), n);
            return left.hull(lastCoefficient(f, Interval.of(0.0, b.sup()), n));
        }
        FieldTaylor1<Interval> s = f.expand(b, n);
        if (s.order() != n) {
            throw new TaylorModelDomainException(f.name() + ": the expansion lost orders (leading zeros cancelled)");
        }
        return s.coefficient(n);
    }

    /** {@code |f^{(n)}(x)/n!|} at a point (an upper bound), or {@code +∞} if it cannot be computed. */
    private static double pointCoefficient(Expansion f, double x, int n) {
        try {
            return f.expand(Interval.point(x), n).coefficient(n).mag();
        } catch (ArithmeticException | IndexOutOfBoundsException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    private static TaylorModel constant(TaylorModelSpace sp, Interval a, Expansion f) {
        if (a.isEmpty() || !a.isBounded()) {
            throw new TaylorModelDomainException(f.name() + ": a Taylor coefficient is " + a + " (overflow)");
        }
        return sp.constant(a);
    }

    /** {@code |t|}: {@code t} or {@code −t} when the sign of the range is fixed. */
    static TaylorModel abs(TaylorModel t) {
        Interval range = t.bound();
        String why = Smoothness.unary(Functions.ABS, range);
        if (why != null) {
            throw new TaylorModelDomainException(why);
        }
        return range.inf() > 0 ? t : t.negate();
    }

    /** {@code t^n} by binary powering; a negative {@code n} takes the reciprocal first. */
    static TaylorModel pow(TaylorModel t, int n) {
        if (n == 0) {
            return t.space().constant(1.0);
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("pow: exponent " + n + " is out of range");
            }
            return pow(compose(t, RECIPROCAL), -n);
        }
        return BinaryPowering.power(t, n, TaylorModel::multiply, b -> b.multiply(b));
    }

    /**
     * {@code a^b}: an exponent with constant polynomial part is the interval {@code r = b(0) + R_b};
     * a point integer gives {@link #pow(TaylorModel, int)}, otherwise the composition with
     * {@code u ↦ u^r} (for all {@code r} in that interval at once). A varying exponent gives
     * {@code exp(b·log a)}.
     */
    static TaylorModel pow(TaylorModel a, TaylorModel b) {
        if (b.isConstantPolynomial()) {
            Interval r = Interval.point(b.raw()[0]).add(b.remainder());
            Integer n = Smoothness.integerPoint(r);
            return n != null ? pow(a, n) : compose(a, power(r));
        }
        return b.multiply(a.log()).exp();
    }

    /**
     * {@code atan2(y, x)} from the identities {@code atan(y/x)} (x &gt; 0),
     * {@code π/2 − atan(x/y)} (y &gt; 0) and {@code −π/2 − atan(x/y)} (y &lt; 0); one of them applies
     * whenever atan2 is smooth on the ranges ({@link Smoothness#atan2}).
     */
    static TaylorModel atan2(TaylorModel y, TaylorModel x) {
        Interval bx = x.bound();
        Interval by = y.bound();
        String why = Smoothness.atan2(by, bx);
        if (why != null) {
            throw new TaylorModelDomainException(why);
        }
        if (bx.inf() > 0) {
            return y.divide(x).atan();
        }
        TaylorModel halfPi = y.space().constant(Interval.pi().divide(Interval.point(2.0)));
        TaylorModel t = x.divide(y).atan();
        return by.inf() > 0 ? halfPi.subtract(t) : halfPi.negate().subtract(t);
    }
}
