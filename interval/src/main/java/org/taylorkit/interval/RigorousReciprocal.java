package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.divDown;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous, tightest-in-practice {@code sec}, {@code csc}, {@code cot}, {@code sech}, {@code csch},
 * {@code coth}, {@code acoth} and {@code acot} on {@link Interval} (set semantics: the hull of the image of the
 * argument's points in the function's domain; a pole inside gives the entire line).
 *
 * <p><b>Point values</b> are evaluated once in double-double interval arithmetic on the rigorous
 * kernels ({@link RigorousTrig}'s reduced series, {@link RigorousExp}, {@link RigorousLog}) and
 * rounded outward once, so a value is the tightest double interval unless the ~2^−100-wide
 * double-double enclosure straddles a double (then one ulp wider). Where the function is within
 * 2^−100 relative of {@code ±1/x} ({@code |x| < 2^−60} for the trigonometric and hyperbolic ones,
 * {@code x > 2^60} for acoth) the value is bounded by the sign of the known remainder instead
 * ({@code csc x − 1/x ∈ (0, x/6]}, {@code cot x − 1/x ∈ [−x/3, 0)}, …), so exact reciprocals stay
 * one ulp wide.
 *
 * <p><b>Intervals.</b> Each function is monotone between its poles and extrema, so the image is the
 * hull of the values at the bounds and the extremal values inside: {@code sec = ±1} at the multiples
 * of π, {@code csc = ±1} at the odd multiples of π/2 ({@link TrigReduction#multiplesMask} says which
 * multiples {@code jπ/2} lie in the argument, exactly), {@code sech = 1} at 0. Poles: the odd
 * multiples of π/2 (sec), the multiples of π (csc, cot; only 0 is a double, as a bound it gives the
 * one-sided infinite limit), 0 (csch, coth); acoth is defined on {@code |x| > 1} with infinite
 * limits at ±1.
 */
public final class RigorousReciprocal {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double PI_UP = PiEnclosure.PI.hi.toDoubleUp();
    private static final double TINY = 0x1p-60;
    private static final DDInterval ONE_PLUS_EPS = DDInterval.of(DD.ONE, DD.sum(1.0, 0x1p-110));
    private static final DDInterval ONE_MINUS_EPS = DDInterval.of(DD.sum(1.0, -0x1p-110), DD.ONE);

    private RigorousReciprocal() {
    }

    // ------------------------------------------------------------------ intervals

    /** {@code {sec x : x ∈ X, cos x ≠ 0}} hull. */
    public static Interval sec(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (Double.isInfinite(a) || Double.isInfinite(b) || subDown(b, a) >= PI_UP) {
            return Interval.entire(); // contains an odd multiple of π/2
        }
        TrigReduction.Reduced ra = TrigReduction.reduce(a);
        TrigReduction.Reduced rb = TrigReduction.reduce(b);
        int mask = a == b ? 0 : TrigReduction.multiplesMask(ra, rb);
        if ((mask & 0b1010) != 0) {
            return Interval.entire();
        }
        Interval fa = secPoint(a, ra);
        Interval fb = a == b ? fa : secPoint(b, rb);
        if (fa.isEntire() || fb.isEntire()) {
            return Interval.entire();
        }
        double lo = Math.min(fa.lo(), fb.lo());
        double hi = Math.max(fa.hi(), fb.hi());
        if ((mask & 0b0001) != 0) {
            lo = 1.0; // cos = 1 inside: the minimum of the positive branch
        }
        if ((mask & 0b0100) != 0) {
            hi = -1.0; // cos = −1 inside: the maximum of the negative branch
        }
        return Interval.make(lo, hi);
    }

    /** {@code {csc x : x ∈ X, sin x ≠ 0}} hull. */
    public static Interval csc(Interval x) {
        return cscOrCot(x, false);
    }

    /** {@code {cot x : x ∈ X, sin x ≠ 0}} hull. */
    public static Interval cot(Interval x) {
        return cscOrCot(x, true);
    }

    private static Interval cscOrCot(Interval x, boolean cot) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a == 0 && b == 0) {
            return Interval.empty();
        }
        if (a < 0 && b > 0 || Double.isInfinite(a) || Double.isInfinite(b) || subDown(b, a) >= PI_UP) {
            return Interval.entire(); // a multiple of π inside
        }
        // 0 as a bound: the one-sided limit (+∞ from the right, −∞ from the left, for both)
        double loLimit = INF;
        double hiLimit = -INF;
        if (a == 0) {
            a = Double.MIN_VALUE;
            hiLimit = INF;
        } else if (b == 0) {
            b = -Double.MIN_VALUE;
            loLimit = -INF;
        }
        TrigReduction.Reduced ra = TrigReduction.reduce(a);
        TrigReduction.Reduced rb = TrigReduction.reduce(b);
        int mask = a == b ? 0 : TrigReduction.multiplesMask(ra, rb);
        if ((mask & 0b0101) != 0) {
            return Interval.entire(); // a nonzero multiple of π inside (never a double bound)
        }
        Interval fa = cot ? cotPoint(a, ra) : cscPoint(a, ra);
        Interval fb = a == b ? fa : cot ? cotPoint(b, rb) : cscPoint(b, rb);
        if (fa.isEntire() || fb.isEntire()) {
            return Interval.entire();
        }
        if (cot) { // decreasing on each branch
            return Interval.make(Math.min(fb.lo(), loLimit), Math.max(fa.hi(), hiLimit));
        }
        double lo = Math.min(Math.min(fa.lo(), fb.lo()), loLimit);
        double hi = Math.max(Math.max(fa.hi(), fb.hi()), hiLimit);
        if ((mask & 0b0010) != 0) {
            lo = 1.0; // sin = 1 inside
        }
        if ((mask & 0b1000) != 0) {
            hi = -1.0; // sin = −1 inside
        }
        return Interval.make(lo, hi);
    }

    /** {@code {sech x : x ∈ X}} (even, largest value 1 at 0). */
    public static Interval sech(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a >= 0) {
            return Interval.make(sechPoint(b).lo(), sechPoint(a).hi());
        }
        if (b <= 0) {
            return Interval.make(sechPoint(a).lo(), sechPoint(b).hi());
        }
        return Interval.make(Math.min(sechPoint(a).lo(), sechPoint(b).lo()), 1.0);
    }

    /** {@code {csch x : x ∈ X, x ≠ 0}} hull (odd, decreasing on each side of the pole 0). */
    public static Interval csch(Interval x) {
        return oddDecreasing(x, false);
    }

    /** {@code {coth x : x ∈ X, x ≠ 0}} hull (odd, decreasing on each side of the pole 0). */
    public static Interval coth(Interval x) {
        return oddDecreasing(x, true);
    }

    private static Interval oddDecreasing(Interval x, boolean coth) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a == 0 && b == 0) {
            return Interval.empty();
        }
        if (a < 0 && b > 0) {
            return Interval.entire();
        }
        double hi = a == 0 ? INF : (coth ? cothPoint(a) : cschPoint(a)).hi();
        double lo = b == 0 ? -INF : (coth ? cothPoint(b) : cschPoint(b)).lo();
        return Interval.make(lo, hi);
    }

    /**
     * {@code {acoth x : x ∈ X, |x| > 1}} hull: odd, decreasing on {@code (1, ∞)} from +∞ to 0 (and
     * on {@code (−∞, −1)}); ∅ when X lies in {@code [−1, 1]}.
     */
    public static Interval acoth(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        Interval result = Interval.empty();
        double a = x.lo();
        double b = x.hi();
        if (b > 1) {
            double hi = a <= 1 ? INF : acothPoint(a).hi();
            result = Interval.make(acothPoint(b).lo(), hi);
        }
        if (a < -1) {
            double lo = b >= -1 ? -INF : acothPoint(b).lo();
            result = result.hull(Interval.make(lo, acothPoint(a).hi()));
        }
        return result;
    }

    /**
     * {@code {acot x : x ∈ X}} with the continuous branch {@code acot x = π/2 − atan x} (range
     * {@code (0, π)}, decreasing on all reals; fi_lib's and C-XSC's convention, the one of the
     * ITF1788 acot vectors): {@code acot([−1, 1]) = [π/4, 3π/4]}.
     */
    public static Interval acot(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        return Interval.make(acotPoint(x.hi()).lo(), acotPoint(x.lo()).hi());
    }

    // ------------------------------------------------------------------ point values

    /** acot at a double or ±∞ (the limits 0 and π). */
    static Interval acotPoint(double x) {
        if (x == INF) {
            return Interval.zero();
        }
        if (x == -INF) {
            return PiEnclosure.PI.toInterval();
        }
        double ax = Math.abs(x);
        if (x > 0x1p60) {
            return nearReciprocal(x, false); // acot x = atan(1/x) ∈ [1/x − 1/(3x³), 1/x)
        }
        if (x > 0x1p27) { // acot x = atan t, t = 1/x < 2^−27: t·(1 − t²/3) ≤ atan t ≤ t, in DD
            DDInterval t = DDInterval.point(x).reciprocal();
            double b = DirectedRounding.divUp(DirectedRounding.mulUp(t.magUp(), t.magUp()), 3.0);
            return t.multiply(DDInterval.of(DD.subDown(DD.ONE, DD.of(b)), DD.ONE)).toInterval();
        }
        DDInterval atanAbs = ax > 1 ? RigorousInverseTrig.atan(DDInterval.point(ax).reciprocal()) // atan(1/|x|)
                : RigorousInverseTrig.atan(DDInterval.point(ax)); // atan |x|
        if (x > 0) { // atan(1/x) for x > 1, π/2 − atan x for x ≤ 1
            return (ax > 1 ? atanAbs : PiEnclosure.HALF_PI.subtract(atanAbs)).toInterval();
        }
        // x ≤ 0: π/2 + atan|x| for |x| ≤ 1, π − atan(1/|x|) for |x| > 1
        return (ax > 1 ? PiEnclosure.PI.subtract(atanAbs) : PiEnclosure.HALF_PI.add(atanAbs)).toInterval();
    }

    private static Interval secPoint(double x, TrigReduction.Reduced red) {
        if (Math.abs(x) < TINY) {
            return x == 0 ? Interval.one() : Interval.make(1.0, Math.nextUp(1.0)); // 1 < sec x < 1 + x²
        }
        DDInterval c = RigorousTrig.cosOf(red);
        return c.containsZero() ? Interval.entire() : c.reciprocal().toInterval();
    }

    private static Interval cscPoint(double x, TrigReduction.Reduced red) {
        if (Math.abs(x) < TINY) {
            return nearReciprocal(x, true); // csc x − 1/x ∈ (0, x/6] for x > 0
        }
        DDInterval s = RigorousTrig.sinOf(red);
        return s.containsZero() ? Interval.entire() : s.reciprocal().toInterval();
    }

    private static Interval cotPoint(double x, TrigReduction.Reduced red) {
        if (Math.abs(x) < TINY) {
            return nearReciprocal(x, false); // cot x − 1/x ∈ [−x/3, 0) for x > 0
        }
        DDInterval s = RigorousTrig.sinSeries(red.r);
        DDInterval c = RigorousTrig.cosSeries(red.r);
        // tan x = sin r / cos r (k even) or −cos r / sin r (k odd)
        if ((red.quadrant() & 1) == 0) {
            return s.containsZero() ? Interval.entire() : c.divide(s).toInterval();
        }
        return s.divide(c).negate().toInterval();
    }

    /**
     * {@code f(x)} for {@code 0 < |x| < 2^−60} where {@code f(x) − 1/x} has the sign of x (above)
     * or the opposite sign (below) and magnitude below {@code |x|}: the outward rounding of
     * {@code 1/x}, moved one ulp to the remainder's side when {@code 1/x} is a double.
     */
    private static Interval nearReciprocal(double x, boolean above) {
        double ax = Math.abs(x);
        double lo = divDown(1.0, ax);
        double hi = divUp(1.0, ax);
        if (lo == hi) { // 1/|x| is a double (or overflows to the same bound)
            if (above) {
                hi = Math.nextUp(hi);
            } else {
                lo = Math.nextDown(lo);
            }
        }
        Interval p = Interval.make(lo, hi);
        return x > 0 ? p : p.negate();
    }

    private static Interval odd(double x, Interval positive) {
        return x >= 0 ? positive : positive.negate();
    }

    /** {@code e^a − 1} for {@code 0 < a < 80} as a DD interval. */
    private static DDInterval expm1(double a) {
        if (a <= 0.35) {
            return RigorousExp.expm1Small(DDInterval.point(a));
        }
        RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(a));
        return s.e.scalb(s.k).subtract(DDInterval.ONE);
    }

    static Interval cothPoint(double x) {
        double a = Math.abs(x);
        if (a == INF || a > 20) {
            return odd(x, Interval.make(1.0, Math.nextUp(1.0))); // 0 < coth a − 1 < 2e^−40 < 2^−53
        }
        if (a < TINY) {
            return nearReciprocal(x, true); // coth a − 1/a ∈ (0, a/3]
        }
        DDInterval e = expm1(2 * a); // coth a = 1 + 2/(e^{2a} − 1)
        return odd(x, DDInterval.ONE.add(DDInterval.TWO.divide(e)).toInterval());
    }

    static Interval cschPoint(double x) {
        double a = Math.abs(x);
        if (a == INF || a > 0x1p11) {
            return odd(x, Interval.make(0.0, Double.MIN_VALUE));
        }
        if (a < TINY) {
            return nearReciprocal(x, false); // csch a − 1/a ∈ [−a/6, 0)
        }
        if (a > 40) { // csch a = 2e^−a / (1 − e^−2a) ∈ 2e^−a·[1, 1 + 2^−110]
            RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(-a));
            return odd(x, RigorousExp.toInterval(new RigorousExp.Scaled(s.k + 1, s.e.multiply(ONE_PLUS_EPS))));
        }
        DDInterval e = expm1(a); // sinh a = (e + e/(e + 1))/2
        return odd(x, DDInterval.TWO.divide(e.add(e.divide(e.add(DDInterval.ONE)))).toInterval());
    }

    static Interval sechPoint(double x) {
        double a = Math.abs(x);
        if (a == INF || a > 0x1p11) {
            return Interval.make(0.0, Double.MIN_VALUE);
        }
        if (a < TINY) {
            return a == 0 ? Interval.one() : Interval.make(Math.nextDown(1.0), 1.0); // 1 − a² < sech a < 1
        }
        RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(-a));
        if (a > 40) { // sech a = 2e^−a / (1 + e^−2a) ∈ 2e^−a·[1 − 2^−110, 1]
            return RigorousExp.toInterval(new RigorousExp.Scaled(s.k + 1, s.e.multiply(ONE_MINUS_EPS)));
        }
        DDInterval f = s.e.scalb(s.k); // e^−a; sech a = 2 / (e^a + e^−a)
        return DDInterval.TWO.divide(f.add(f.reciprocal())).toInterval();
    }

    /** acoth at a double with {@code |x| > 1} (±∞ gives 0). */
    static Interval acothPoint(double x) {
        double a = Math.abs(x);
        if (a == INF) {
            return Interval.zero();
        }
        if (a > 0x1p60) {
            return nearReciprocal(x, true); // acoth a − 1/a ∈ (0, 1/(2a³)]
        }
        // acoth a = ½ log1p(2 / (a − 1)), a − 1 exact in DD
        DDInterval u = DDInterval.TWO.divide(DDInterval.exactSum(a, -1.0));
        return odd(x, RigorousLog.log1p(u).scalb(-1).toInterval());
    }
}
