package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous {@code atan}, {@code atan2}, {@code asin}, {@code acos}.
 *
 * <p><b>atan.</b> For {@code |t| > 1}: {@code atan t = ±π/2 − atan(1/t)}. Then the halving identity
 * {@code atan u = 2 atan(u / (1 + √(1 + u²)))} (valid for all real u) is applied until
 * {@code |u| ≤ 0.2} (at most twice from |u| ≤ 1), and
 * {@code atan u = u·(Σ_{n<N} (−1)ⁿ u^{2n}/(2n+1) + θ·ρ^{2N}/(2N+1))}, {@code |θ| ≤ 1}: for
 * {@code |u| ≤ ρ < 1} the series alternates with decreasing terms, so the tail is bounded by the
 * first omitted term (divided by u for the relative form). N ≈ 24 gives 2^−110 at ρ = 0.2. All in
 * double-double interval arithmetic; for {@code |t| < 2^−30}: {@code atan t ∈ t·[1 − t²/3, 1]}.
 *
 * <p><b>asin, acos</b> through atan of exactly formed ratios, avoiding cancellation:
 * {@code w = (1 − x)(1 + x)} with both factors exact double-doubles;
 * {@code asin x = atan(x/√w)} for {@code |x| ≤ 1/2}, {@code = sign(x)(π/2 − atan(√w/|x|))} otherwise;
 * {@code acos x = 2 atan(√((1 − x)/(1 + x)))} on {@code (−1, 1]}, with {@code acos(−1) = π}.
 * Domains per IEEE 1788: the image of {@code X ∩ [−1, 1]}; ∅ when disjoint.
 *
 * <p><b>atan2</b> (angle of the point (x, y), values in (−π, π]) over a box, set-based: ∅ for
 * the single point (0, 0). If the box contains the origin, the angle set is the union of the
 * rays and open quadrant sectors the box reaches, so the hull is a combination of the multiples
 * 0, ±π/2, ±π (the sector {@code x < 0, y < 0} reaching −π). If the box meets the negative x-axis
 * from below ({@code x < 0}, {@code y_lo < 0 ≤ y_hi}), it contains angle π and angles approaching
 * −π: the hull is {@code [−π, π]}. Otherwise the box lies in a half-plane through the origin that
 * does not cross the branch cut, where the angle is continuous and quasi-linear, so its extrema
 * lie at the box's corners (limits at infinite corners: 0, ±π/2, ±π).
 */
final class RigorousInverseTrig {

    private static final double TARGET = 0x1p-110;
    private static final DDInterval[] ATAN_C;
    private static final DDInterval HALF_PI = PiEnclosure.HALF_PI;
    private static final DDInterval PI = PiEnclosure.PI;

    static {
        ATAN_C = new DDInterval[RigorousExp.MAX_TERMS];
        for (int n = 0; n < ATAN_C.length; n++) {
            DDInterval c = RigorousExp.INV[2 * n + 1];
            ATAN_C[n] = n % 2 == 0 ? c : c.negate();
        }
    }

    private RigorousInverseTrig() {
    }

    // ------------------------------------------------------------------ DD kernels

    /** {@code atan t} for a narrow DD interval (any magnitude). */
    static DDInterval atan(DDInterval t) {
        double mag = t.magUp();
        if (mag < 0x1p-30) {
            // atan t = t·q with q ∈ [1 − t²/3, 1] for |t| ≤ 1
            double b = divUp(mulUp(mag, mag), 3.0);
            return t.multiply(DDInterval.of(subDown(1.0, b), 1.0));
        }
        if (t.lo.h > 1) {
            return HALF_PI.subtract(atanCore(t.reciprocal()));
        }
        if (t.hi.h < -1) {
            return HALF_PI.negate().subtract(atanCore(t.reciprocal()));
        }
        return atanCore(t);
    }

    /** {@code atan u} by halving to |u| ≤ 0.2 and the alternating series. */
    private static DDInterval atanCore(DDInterval u) {
        int halvings = 0;
        while (u.magUp() > 0.2) {
            if (halvings == 4) {
                throw new IllegalStateException("internal error: atan reduction did not converge for " + u);
            }
            DDInterval den = u.sqr().add(DDInterval.ONE).sqrt().add(DDInterval.ONE);
            u = u.divide(den);
            halvings++;
        }
        double rho = u.magUp();
        if (rho == 0) {
            return DDInterval.ZERO;
        }
        double r2 = mulUp(rho, rho);
        double pow = 1.0;
        int n = 0;
        double bound;
        do {
            n++;
            pow = mulUp(pow, r2);
            bound = divUp(pow, 2 * n + 1);
        } while (bound > TARGET);
        DDInterval s = u.multiply(DDInterval.horner(ATAN_C, n, u.sqr()).widen(bound));
        return s.scalb(halvings);
    }

    // ------------------------------------------------------------------ points

    static Interval atanPoint(double x) {
        if (x == 0) {
            return Interval.zero();
        }
        if (x == Double.POSITIVE_INFINITY) {
            return HALF_PI.toInterval();
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return HALF_PI.negate().toInterval();
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            // x − x³/3 ≤ atan x ≤ x for x > 0 (alternating series)
            Interval p = Interval.make(subDown(ax, divUp(mulUp(mulUp(ax, ax), ax), 3.0)), ax);
            return x > 0 ? p : p.negate();
        }
        return atan(DDInterval.point(x)).toInterval();
    }

    static Interval asinPoint(double x) {
        double ax = Math.abs(x);
        if (x == 0) {
            return Interval.zero();
        }
        if (ax == 1) {
            return (x > 0 ? HALF_PI : HALF_PI.negate()).toInterval();
        }
        if (ax < 0x1p-27) {
            // x ≤ asin x ≤ x + x³/5 for 0 < x < 2^−27 (asin x − x = x³/6 + 3x⁵/40 + … ≤ x³/(6(1 − x²)))
            Interval p = Interval.make(ax, addUp(ax, divUp(mulUp(mulUp(ax, ax), ax), 5.0)));
            return x > 0 ? p : p.negate();
        }
        DDInterval w = DDInterval.exactSum(1.0, -ax).multiply(DDInterval.exactSum(1.0, ax));
        DDInterval sq = w.sqrt();
        DDInterval r;
        if (ax <= 0.5) {
            r = atan(DDInterval.point(ax).divide(sq));
        } else {
            r = HALF_PI.subtract(atan(sq.divide(DDInterval.point(ax))));
        }
        return (x > 0 ? r : r.negate()).toInterval();
    }

    static Interval acosPoint(double x) {
        if (x == 1) {
            return Interval.zero();
        }
        if (x == -1) {
            return PI.toInterval();
        }
        DDInterval ratio = DDInterval.exactSum(1.0, -x).divide(DDInterval.exactSum(1.0, x));
        return atan(ratio.sqrt()).scalb(1).toInterval();
    }

    /** Enclosure of the angle of a finite point {@code (x, y) ≠ (0, 0)}. */
    static Interval atan2Point(double y, double x) {
        if (y == 0) {
            return x > 0 ? Interval.zero() : PI.toInterval();
        }
        if (x == 0) {
            return (y > 0 ? HALF_PI : HALF_PI.negate()).toInterval();
        }
        DDInterval r;
        if (Math.abs(y) <= Math.abs(x)) {
            DDInterval a = atan(DDInterval.point(y).divide(DDInterval.point(x)));
            r = x > 0 ? a : (y > 0 ? a.add(PI) : a.subtract(PI));
        } else {
            DDInterval a = atan(DDInterval.point(x).divide(DDInterval.point(y)));
            r = y > 0 ? HALF_PI.subtract(a) : HALF_PI.negate().subtract(a);
        }
        return r.toInterval();
    }

    // ------------------------------------------------------------------ intervals

    static Interval atan(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return atanPoint(x.lo());
        }
        return Interval.make(atanPoint(x.lo()).lo(), atanPoint(x.hi()).hi());
    }

    static Interval asin(Interval x) {
        Interval d = x.intersection(Interval.make(-1.0, 1.0));
        if (d.isEmpty()) {
            return d;
        }
        if (d.isPoint()) {
            return asinPoint(d.lo());
        }
        return Interval.make(asinPoint(d.lo()).lo(), asinPoint(d.hi()).hi());
    }

    static Interval acos(Interval x) {
        Interval d = x.intersection(Interval.make(-1.0, 1.0));
        if (d.isEmpty()) {
            return d;
        }
        if (d.isPoint()) {
            return acosPoint(d.lo());
        }
        return Interval.make(acosPoint(d.hi()).lo(), acosPoint(d.lo()).hi());
    }

    static Interval atan2(Interval y, Interval x) {
        if (y.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        double yl = y.lo();
        double yh = y.hi();
        double xl = x.lo();
        double xh = x.hi();
        double piLo = PI.lo.toDoubleDown();
        double piHi = PI.hi.toDoubleUp();
        double halfLo = HALF_PI.lo.toDoubleDown();
        double halfHi = HALF_PI.hi.toDoubleUp();
        if (xl <= 0 && xh >= 0 && yl <= 0 && yh >= 0) { // the box contains the origin
            if (xl == 0 && xh == 0 && yl == 0 && yh == 0) {
                return Interval.empty();
            }
            boolean right = xh > 0;
            boolean left = xl < 0;
            boolean up = yh > 0;
            boolean down = yl < 0;
            double lo;
            if (left && down) {
                lo = -piHi;
            } else if (down) {
                lo = -halfHi;
            } else if (right) {
                lo = 0.0;
            } else if (up) {
                lo = halfLo;
            } else {
                lo = piLo;
            }
            double hi;
            if (left) {
                hi = piHi;
            } else if (up) {
                hi = halfHi;
            } else if (right) {
                hi = 0.0;
            } else {
                hi = -halfLo;
            }
            return Interval.make(lo, hi);
        }
        if (xh < 0 && yl < 0 && yh >= 0) { // meets the negative x-axis from below: π and → −π
            return Interval.make(-piHi, piHi);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] xs = {xl, xh};
        double[] ys = {yl, yh};
        for (double cx : xs) {
            for (double cy : ys) {
                Interval c = corner(cy, cx);
                if (c != null) {
                    lo = Math.min(lo, c.lo());
                    hi = Math.max(hi, c.hi());
                }
            }
        }
        return Interval.make(lo, hi);
    }

    /** The angle (or its limit) at a corner; null when both coordinates are infinite. */
    private static Interval corner(double y, double x) {
        boolean xi = Double.isInfinite(x);
        boolean yi = Double.isInfinite(y);
        if (xi && yi) {
            return null; // never the unique extremum: the adjacent half-infinite corners bound it
        }
        if (xi) {
            if (x > 0) {
                return Interval.zero();
            }
            return y >= 0 ? PI.toInterval() : PI.negate().toInterval();
        }
        if (yi) {
            return (y > 0 ? HALF_PI : HALF_PI.negate()).toInterval();
        }
        return atan2Point(y, x);
    }
}
