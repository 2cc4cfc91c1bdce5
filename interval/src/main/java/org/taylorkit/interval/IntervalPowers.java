package org.taylorkit.interval;

import java.math.BigDecimal;

/**
 * The IEEE 1788-2015 power family on {@link Interval} (§9.1, Table 9.1): {@code recip},
 * {@code pown} (integer exponent, any base), {@code pow} (real exponent on the standard's domain)
 * and {@code rootn} (the real n-th root).
 *
 * <p><b>Domains.</b> {@code recip(x) = 1/x} on {@code x ≠ 0}; {@code pown(x, n)} is
 * {@link Interval#pow(int)} (every real base; negative {@code n} excludes 0); {@code pow(x, y)}
 * is defined for {@code x > 0}, and for {@code x = 0} only when {@code y > 0} ({@code 0^y = 0}), so a
 * negative base is outside the domain even for an integer {@code y}: {@code pow([−2, −1], [2, 2]) = ∅}
 * (use {@code pown} for that); {@code rootn(x, n)} is defined on all reals for odd {@code n} and on
 * {@code x ≥ 0} for even {@code n}, with {@code rootn(x, −n) = 1/rootn(x, n)} and
 * {@code rootn(x, 0) = ∅}. As everywhere in this package the result encloses the image of the part
 * of the argument inside the domain.
 *
 * <p><b>Rigor and tightness.</b> {@code recip} is one directed division per bound (tightest).
 * {@code rootn} bounds with {@code |n| ≤ 64} are the tightest doubles, certified by exact
 * {@link BigDecimal} powers of the candidate and its neighbours (so {@code rootn([8, 27], 3) = [2, 3]}
 * exactly); larger {@code |n|} use the rigorous double-double logarithm and exponential (a few ulps);
 * negative {@code n} add one outward-rounded division.
 */
public final class IntervalPowers {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int EXACT_ROOT_LIMIT = 64;

    private IntervalPowers() {
    }

    /** {@code {1/x : x ∈ X, x ≠ 0}} hull ({@code recip([−1, 1]) = entire}, {@code recip([0, 0]) = ∅}). */
    public static Interval recip(Interval x) {
        return Interval.one().divide(x);
    }

    /** The integer power {@code xⁿ} of 1788 ({@link Interval#pow(int)}). */
    public static Interval pown(Interval x, int n) {
        return x.pow(n);
    }

    /**
     * The real power {@code x^y} on 1788's domain {@code {x > 0} ∪ {x = 0, y > 0}}:
     * {@code pow([0, 4], [0.5, 0.5]) = [0, 2]}, {@code pow([−2, −1], y) = ∅},
     * {@code pow([0, 0], [−1, 1]) = [0, 0]}, {@code pow([0, 0], [−1, 0]) = ∅}.
     */
    public static Interval pow(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        Interval xd = x.intersection(Interval.make(0.0, INF));
        if (xd.isEmpty()) {
            return xd;
        }
        if (xd.hi() == 0) { // only y > 0 is in the domain, where 0^y = 0
            return y.hi() > 0 ? Interval.zero() : Interval.empty();
        }
        return RigorousPow.pow(xd, y); // xd ≥ 0 and not [0, 0]: the 1788 pow on that box
    }

    /**
     * The real n-th root: odd {@code n} on all reals, even {@code n} on {@code x ≥ 0},
     * {@code rootn(x, −n) = recip(rootn(x, n))}, {@code rootn(x, 0) = ∅}
     * ({@code rootn([−27, 8], 3) = [−3, 2]}, {@code rootn([−4, 16], 2) = [0, 4]}).
     */
    public static Interval rootn(Interval x, int n) {
        if (x.isEmpty() || n == 0) {
            return Interval.empty();
        }
        if (n < 0) {
            if (n == Integer.MIN_VALUE) { // −n overflows: x^(1/2³¹) = (√x)^(1/2³⁰), a composition of enclosures
                return recip(rootn(x.sqrt(), 1 << 30));
            }
            return recip(rootn(x, -n));
        }
        if (n == 1) {
            return x;
        }
        if (n == 2) {
            return x.sqrt();
        }
        Interval xd = (n & 1) == 0 ? x.intersection(Interval.make(0.0, INF)) : x;
        if (xd.isEmpty()) {
            return xd;
        }
        return Interval.make(rootDown(xd.lo(), n), rootUp(xd.hi(), n));
    }

    /** The largest double ≤ {@code x^{1/n}} (n ≥ 3; x ≥ 0 when n is even); odd root of −x is −root x. */
    static double rootDown(double x, int n) {
        if (x < 0) {
            return -rootUp(-x, n);
        }
        if (x == 0 || x == INF) {
            return x;
        }
        if (n > EXACT_ROOT_LIMIT) {
            return rootByLog(x, n).lo();
        }
        BigDecimal bx = new BigDecimal(x);
        double r = Math.pow(x, 1.0 / n);
        while (r > 0 && new BigDecimal(r).pow(n).compareTo(bx) > 0) {
            r = Math.nextDown(r);
        }
        while (new BigDecimal(Math.nextUp(r)).pow(n).compareTo(bx) <= 0) {
            r = Math.nextUp(r);
        }
        return r;
    }

    /** The smallest double ≥ {@code x^{1/n}}. */
    static double rootUp(double x, int n) {
        if (x < 0) {
            return -rootDown(-x, n);
        }
        if (x == 0 || x == INF) {
            return x;
        }
        if (n > EXACT_ROOT_LIMIT) {
            return rootByLog(x, n).hi();
        }
        BigDecimal bx = new BigDecimal(x);
        double r = Math.pow(x, 1.0 / n);
        while (new BigDecimal(r).pow(n).compareTo(bx) < 0) {
            r = Math.nextUp(r);
        }
        while (Math.nextDown(r) > 0 && new BigDecimal(Math.nextDown(r)).pow(n).compareTo(bx) >= 0) {
            r = Math.nextDown(r);
        }
        return r;
    }

    /** {@code exp(log(x)/n)} enclosed with the rigorous double-double kernels (x finite, > 0). */
    private static Interval rootByLog(double x, int n) {
        return RigorousPow.expOf(RigorousPow.logOf(x).divide(DDInterval.point(n)));
    }
}
