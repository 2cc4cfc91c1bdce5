package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.addDown;
import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divDown;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;
import static org.taylorkit.interval.DirectedRounding.subUp;

import java.math.BigDecimal;

/**
 * The basic interval operations of {@link Interval}: {@code + − × ÷}, extended division, square,
 * square and cube roots, {@code abs}, {@code min}, {@code max}.
 *
 * <p><b>Rigor.</b> Each bound is the directed rounding ({@link DirectedRounding}) of the exact
 * bound of the real-interval operation, whose formulas are the classical endpoint formulas:
 * {@code [a,b]+[c,d] = [a+c, b+d]}, {@code [a,b]−[c,d] = [a−d, b−c]}, products are the min/max
 * of the four endpoint products (the product is bilinear, so extrema lie at corners; with
 * {@code 0·∞ = 0} because a zero endpoint is a member while ∞ is only a limit), and division
 * follows the case table of Ratz / Hickey–Ju–van Emden for set-based semantics (IEEE 1788 §10.5.4).
 * Because directed rounding of an exact double returns it, exact results stay exact.
 */
final class IntervalOps {

    private static final double INF = Double.POSITIVE_INFINITY;

    private IntervalOps() {
    }

    static Interval add(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        // lo + lo never meets +∞ + −∞ (lower bounds are < +∞), likewise for the upper bounds
        return Interval.make(addDown(x.lo(), y.lo()), addUp(x.hi(), y.hi()));
    }

    static Interval subtract(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        return Interval.make(subDown(x.lo(), y.hi()), subUp(x.hi(), y.lo()));
    }

    static Interval multiply(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        double a = x.lo();
        double b = x.hi();
        double c = y.lo();
        double d = y.hi();
        double lo = Math.min(Math.min(mulDown(a, c), mulDown(a, d)), Math.min(mulDown(b, c), mulDown(b, d)));
        double hi = Math.max(Math.max(mulUp(a, c), mulUp(a, d)), Math.max(mulUp(b, c), mulUp(b, d)));
        return Interval.make(lo, hi);
    }

    /**
     * Set-based division {@code hull{x/y : x ∈ X, y ∈ Y \ {0}}}. With {@code X = [a,b]},
     * {@code Y = [c,d]}: if {@code 0 ∉ Y} the endpoint formulas below (no {@code ∞/∞} arises,
     * because the endpoint of Y used as a divisor with an infinite numerator is finite);
     * if {@code Y = [0,0]}: ∅; if {@code X = [0,0]}: {@code [0,0]}; if {@code c < 0 < d}: entire
     * (y → 0 from both sides); if {@code c = 0 < d}: {@code [a/d, +∞]} for {@code a ≥ 0},
     * {@code [−∞, b/d]} for {@code b ≤ 0}, entire otherwise; symmetric for {@code c < 0 = d}.
     */
    static Interval divide(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        double a = x.lo();
        double b = x.hi();
        double c = y.lo();
        double d = y.hi();
        if (c > 0) {
            if (a >= 0) {
                return Interval.make(divDown(a, d), divUp(b, c));
            }
            if (b <= 0) {
                return Interval.make(divDown(a, c), divUp(b, d));
            }
            return Interval.make(divDown(a, c), divUp(b, c));
        }
        if (d < 0) {
            if (a >= 0) {
                return Interval.make(divDown(b, d), divUp(a, c));
            }
            if (b <= 0) {
                return Interval.make(divDown(b, c), divUp(a, d));
            }
            return Interval.make(divDown(b, d), divUp(a, d));
        }
        // 0 ∈ Y
        if (c == 0 && d == 0) {
            return Interval.empty();
        }
        if (a == 0 && b == 0) {
            return Interval.zero();
        }
        if (c < 0 && d > 0) {
            return Interval.entire();
        }
        if (c == 0) { // Y = [0, d], d > 0: y ∈ (0, d]
            if (a >= 0) {
                return Interval.make(divDown(a, d), INF);
            }
            if (b <= 0) {
                return Interval.make(-INF, divUp(b, d));
            }
            return Interval.entire();
        }
        // Y = [c, 0], c < 0: y ∈ [c, 0)
        if (a >= 0) {
            return Interval.make(-INF, divUp(a, c));
        }
        if (b <= 0) {
            return Interval.make(divDown(b, c), INF);
        }
        return Interval.entire();
    }

    /**
     * Two-piece division: for {@code c < 0 < d} and {@code 0 ∉ X} the set {@code {x/y}} is the
     * union of {@code [−∞, a/c] ∪ [a/d, +∞]} ({@code a > 0}) or {@code [−∞, b/d] ∪ [b/c, +∞]}
     * ({@code b < 0}) — the members nearest 0 come from the endpoint of X nearest 0; all other
     * cases are the single piece of {@link #divide}.
     */
    static Interval[] divideExtended(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return new Interval[0];
        }
        double a = x.lo();
        double b = x.hi();
        double c = y.lo();
        double d = y.hi();
        if (c < 0 && d > 0) {
            if (a > 0) {
                return new Interval[] {Interval.make(-INF, divUp(a, c)), Interval.make(divDown(a, d), INF)};
            }
            if (b < 0) {
                return new Interval[] {Interval.make(-INF, divUp(b, d)), Interval.make(divDown(b, c), INF)};
            }
        }
        Interval q = divide(x, y);
        return q.isEmpty() ? new Interval[0] : new Interval[] {q};
    }

    static Interval sqr(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a >= 0) {
            return Interval.make(mulDown(a, a), mulUp(b, b));
        }
        if (b <= 0) {
            return Interval.make(mulDown(b, b), mulUp(a, a));
        }
        double m = Math.max(-a, b);
        return Interval.make(0.0, mulUp(m, m));
    }

    /** {@code √} of {@code x ∩ [0, ∞]} (increasing). */
    static Interval sqrt(Interval x) {
        if (x.isEmpty() || x.hi() < 0) {
            return Interval.empty();
        }
        return Interval.make(DirectedRounding.sqrtDown(Math.max(x.lo(), 0.0)), DirectedRounding.sqrtUp(x.hi()));
    }

    /** Real cube root (increasing on all reals). */
    static Interval cbrt(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        return Interval.make(cbrtDown(x.lo()), cbrtUp(x.hi()));
    }

    /**
     * The largest double ≤ ∛x. A candidate from {@link Math#cbrt} is <em>certified</em> by exact
     * cubing in {@link BigDecimal} and stepped until {@code c³ ≤ x < nextUp(c)³}; the result does
     * not depend on the accuracy of {@code Math.cbrt}.
     */
    static double cbrtDown(double x) {
        if (x == 0 || Double.isInfinite(x)) {
            return x;
        }
        if (x < 0) {
            return -cbrtUp(-x);
        }
        BigDecimal bx = new BigDecimal(x);
        double c = Math.cbrt(x);
        while (cube(c).compareTo(bx) > 0) {
            c = Math.nextDown(c);
        }
        while (cube(Math.nextUp(c)).compareTo(bx) <= 0) {
            c = Math.nextUp(c);
        }
        return c;
    }

    /** The smallest double ≥ ∛x (certified as {@link #cbrtDown}). */
    static double cbrtUp(double x) {
        if (x == 0 || Double.isInfinite(x)) {
            return x;
        }
        if (x < 0) {
            return -cbrtDown(-x);
        }
        double c = cbrtDown(x);
        return cube(c).compareTo(new BigDecimal(x)) == 0 ? c : Math.nextUp(c);
    }

    private static BigDecimal cube(double c) {
        BigDecimal b = new BigDecimal(c);
        return b.multiply(b).multiply(b);
    }

    static Interval abs(Interval x) {
        if (x.isEmpty() || x.lo() >= 0) {
            return x;
        }
        if (x.hi() <= 0) {
            return x.negate();
        }
        return Interval.make(0.0, Math.max(-x.lo(), x.hi()));
    }

    static Interval min(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        return Interval.make(Math.min(x.lo(), y.lo()), Math.min(x.hi(), y.hi()));
    }

    static Interval max(Interval x, Interval y) {
        if (x.isEmpty() || y.isEmpty()) {
            return Interval.empty();
        }
        return Interval.make(Math.max(x.lo(), y.lo()), Math.max(x.hi(), y.hi()));
    }
}
