package org.taylorkit.interval;

/**
 * {@code hypot(x, y) = √(x² + y²)} on {@link Interval} (the ITF1788 / MPFI {@code hypot}), tightest
 * in practice.
 *
 * <p>The image of a box is {@code [hypot(mig x, mig y), hypot(mag x, mag y)]} (hypot is increasing
 * in |x| and |y|). A point value scales the larger magnitude into {@code [1, 2)} by an exact power
 * of two, forms {@code x² + y²} from exact double-double products with directed double-double
 * additions, takes the directed double-double square roots and scales back with directed
 * rounding, so the result is at most an ulp wide and exact when the square root is a double
 * ({@code hypot(3, 4) = 5}). When the smaller magnitude is below {@code 2^−60} times the larger,
 * {@code a < hypot(a, b) < a·(1 + 2^−121)}: the bounds are a and the next double. Infinite
 * arguments give {@code +∞}.
 */
public final class RigorousHypot {

    private RigorousHypot() {
    }

    /** {@code {√(x² + y²) : x ∈ X, y ∈ Y}} (∅ if either is empty). */
    public static Interval hypot(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        return Interval.make(point(x.mig(), y.mig()).lo(), point(x.mag(), y.mag()).hi());
    }

    /** An enclosure of {@code √(a² + b²)} for doubles (any signs, infinities allowed). */
    static Interval point(double a, double b) {
        double p = Math.abs(a);
        double q = Math.abs(b);
        if (p < q) {
            double t = p;
            p = q;
            q = t;
        }
        if (p == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (q == 0) {
            return Interval.point(p);
        }
        if (q < p * 0x1p-60) {
            return Interval.make(p, Math.nextUp(p)); // p < √(p² + q²) < p·(1 + 2^−121)
        }
        int e = Math.getExponent(p) == Double.MIN_EXPONENT - 1 ? Math.getExponent(p * 0x1p100) - 100 : Math.getExponent(p);
        double ps = Math.scalb(p, -e); // exact: into [1, 2)
        double qs = Math.scalb(q, -e); // exact: qs ≥ 2^−61 is normal
        DD p2 = DD.product(ps, ps);
        DD q2 = DD.product(qs, qs);
        DDInterval s = DDInterval.of(DD.addDown(p2, q2), DD.addUp(p2, q2));
        DDInterval r = s.sqrt();
        return Interval.make(RigorousExp.scaledDown(r.lo, e), RigorousExp.scaledUp(r.hi, e)); // directed, subnormal too
    }
}
