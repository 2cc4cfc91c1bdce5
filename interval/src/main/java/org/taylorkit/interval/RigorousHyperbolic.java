package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous {@code sinh, cosh, tanh, asinh, acosh, atanh}, as interval expressions in the rigorous
 * {@code exp}/{@code expm1}/{@code log}/{@code log1p} kernels ({@link RigorousExp},
 * {@link RigorousLog}), each written so that no cancellation occurs (a = |x|):
 * <ul>
 *   <li>{@code sinh a = (E + E/(E + 1))/2}, {@code E = expm1(a)} (a &lt; 40); for a ≥ 40,
 *       {@code sinh a = (e^a/2)(1 − e^{−2a}) ∈ (e^a/2)·[1 − 2^−110, 1]};</li>
 *   <li>{@code cosh a = (F + 1/F)/2}, {@code F = e^a} (a &lt; 40); for a ≥ 40,
 *       {@code cosh a ∈ (e^a/2)·[1, 1 + 2^−110]};</li>
 *   <li>{@code tanh a = E/(E + 2)}, {@code E = expm1(2a)} (a ≤ 20); for a &gt; 20,
 *       {@code 0 < 1 − tanh a < 2e^{−2a} < 2^−56}, so {@code tanh a ∈ [1 − 2^−53, 1]};</li>
 *   <li>{@code asinh a = log1p(a + a²/(1 + √(1 + a²)))} (a ≤ 2^30; {@code a²} exact); for
 *       a &gt; 2^30, {@code asinh a − log(2a) ∈ [0, 1/(4a²)]};</li>
 *   <li>{@code acosh x = log1p((x − 1) + √((x − 1)(x + 1)))} (both factors exact; x ≤ 2^30);
 *       for x &gt; 2^30, {@code acosh x − log(2x) ∈ [−1/x², 0]};</li>
 *   <li>{@code atanh a = log1p(2a/(1 − a))/2} ({@code 1 − a} exact).</li>
 * </ul>
 * Tiny arguments ({@code a < 2^−27}) use two-term bounds from the alternating or positive Taylor
 * series: {@code a ≤ sinh a ≤ a + a³/5}, {@code 1 ≤ cosh a ≤ 1 + a²},
 * {@code a − a³/3 ≤ tanh a ≤ a}, {@code a − a³/6 ≤ asinh a ≤ a}, {@code a ≤ atanh a ≤ a + a³/2}.
 * Symmetry: sinh, tanh, asinh, atanh odd and increasing; cosh even (increasing in |x|); acosh
 * increasing on its domain {@code [1, ∞)}; atanh's domain is the open {@code (−1, 1)}, so a bound
 * at ±1 gives ±∞ and {@code atanh([1, 2]) = ∅}.
 */
final class RigorousHyperbolic {

    private static final double TINY = 0x1p-27;
    private static final DDInterval ONE_MINUS_EPS = DDInterval.of(DD.sum(1.0, -0x1p-110), DD.ONE);
    private static final DDInterval ONE_PLUS_EPS = DDInterval.of(DD.ONE, DD.sum(1.0, 0x1p-110));

    private RigorousHyperbolic() {
    }

    /** {@code e^a − 1} for {@code 0 ≤ a < 40} as a DD interval. */
    private static DDInterval expm1(double a) {
        if (a <= 0.35) {
            return RigorousExp.expm1Small(DDInterval.point(a));
        }
        RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(a));
        return s.e.scalb(s.k).subtract(DDInterval.ONE);
    }

    private static Interval odd(double x, Interval positive) {
        return x >= 0 ? positive : positive.negate();
    }

    static Interval sinhPoint(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return Interval.zero();
        }
        if (a == Double.POSITIVE_INFINITY) {
            return odd(x, Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        }
        if (a < TINY) {
            return odd(x, Interval.make(a, addUp(a, divUp(mulUp(mulUp(a, a), a), 5.0))));
        }
        if (a < 40) {
            DDInterval e = expm1(a);
            return odd(x, e.add(e.divide(e.add(DDInterval.ONE))).scalb(-1).toInterval());
        }
        if (a > 746) {
            return odd(x, Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        }
        RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(a));
        return odd(x, RigorousExp.toInterval(new RigorousExp.Scaled(s.k - 1, s.e.multiply(ONE_MINUS_EPS))));
    }

    static Interval coshPoint(double x) {
        double a = Math.abs(x);
        if (a == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (a < TINY) {
            return Interval.make(1.0, addUp(1.0, mulUp(a, a)));
        }
        if (a > 746) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        RigorousExp.Scaled s = RigorousExp.expScaled(DDInterval.point(a));
        if (a < 40) {
            DDInterval f = s.e.scalb(s.k);
            return f.add(f.reciprocal()).scalb(-1).toInterval();
        }
        return RigorousExp.toInterval(new RigorousExp.Scaled(s.k - 1, s.e.multiply(ONE_PLUS_EPS)));
    }

    static Interval tanhPoint(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return Interval.zero();
        }
        if (a < TINY) {
            return odd(x, Interval.make(subDown(a, divUp(mulUp(mulUp(a, a), a), 3.0)), a));
        }
        if (a > 20) {
            return odd(x, Interval.make(Math.nextDown(1.0), 1.0));
        }
        DDInterval e = expm1(2 * a);
        return odd(x, e.divide(e.add(DDInterval.TWO)).toInterval());
    }

    static Interval asinhPoint(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return Interval.zero();
        }
        if (a == Double.POSITIVE_INFINITY) {
            return odd(x, Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        }
        if (a < TINY) {
            return odd(x, Interval.make(subDown(a, divUp(mulUp(mulUp(a, a), a), 6.0)), a));
        }
        if (a > 0x1p30) {
            double b = divUp(0.25, mulDown(a, a)); // ≥ 1/(4a²)
            DDInterval r = RigorousLog.log(DDInterval.point(a)).add(RigorousExp.LN2).add(DDInterval.of(0.0, b));
            return odd(x, r.toInterval());
        }
        DDInterval a2 = DDInterval.exactProduct(a, a);
        DDInterval den = a2.add(DDInterval.ONE).sqrt().add(DDInterval.ONE);
        DDInterval t = a2.divide(den).add(DDInterval.point(a));
        return odd(x, RigorousLog.log1p(t).toInterval());
    }

    /** acosh for {@code x ≥ 1}. */
    static Interval acoshPoint(double x) {
        if (x == 1) {
            return Interval.zero();
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (x > 0x1p30) {
            double b = divUp(1.0, mulDown(x, x)); // ≥ 1/x²
            DDInterval r = RigorousLog.log(DDInterval.point(x)).add(RigorousExp.LN2).add(DDInterval.of(-b, 0.0));
            return r.toInterval();
        }
        DDInterval xm1 = DDInterval.exactSum(x, -1.0);
        DDInterval t = xm1.multiply(DDInterval.exactSum(x, 1.0)).sqrt().add(xm1);
        return RigorousLog.log1p(t).toInterval();
    }

    /** atanh for {@code |x| < 1}. */
    static Interval atanhPoint(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return Interval.zero();
        }
        if (a < TINY) {
            return odd(x, Interval.make(a, addUp(a, divUp(mulUp(mulUp(a, a), a), 2.0))));
        }
        DDInterval u = DDInterval.point(2 * a).divide(DDInterval.exactSum(1.0, -a));
        return odd(x, RigorousLog.log1p(u).scalb(-1).toInterval());
    }

    // ------------------------------------------------------------------ intervals

    static Interval sinh(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return sinhPoint(x.lo());
        }
        return Interval.make(sinhPoint(x.lo()).lo(), sinhPoint(x.hi()).hi());
    }

    static Interval cosh(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a == b) {
            return coshPoint(a);
        }
        if (a >= 0) {
            return Interval.make(coshPoint(a).lo(), coshPoint(b).hi());
        }
        if (b <= 0) {
            return Interval.make(coshPoint(b).lo(), coshPoint(a).hi());
        }
        return Interval.make(1.0, Math.max(coshPoint(a).hi(), coshPoint(b).hi()));
    }

    static Interval tanh(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return tanhPoint(x.lo());
        }
        double lo = x.lo() == Double.NEGATIVE_INFINITY ? -1.0 : tanhPoint(x.lo()).lo();
        double hi = x.hi() == Double.POSITIVE_INFINITY ? 1.0 : tanhPoint(x.hi()).hi();
        return Interval.make(lo, hi);
    }

    static Interval asinh(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return asinhPoint(x.lo());
        }
        return Interval.make(asinhPoint(x.lo()).lo(), asinhPoint(x.hi()).hi());
    }

    /** acosh of {@code x ∩ [1, ∞)}. */
    static Interval acosh(Interval x) {
        if (x.isEmpty() || x.hi() < 1) {
            return Interval.empty();
        }
        double lo = Math.max(x.lo(), 1.0);
        if (lo == x.hi()) {
            return acoshPoint(lo);
        }
        return Interval.make(acoshPoint(lo).lo(), acoshPoint(x.hi()).hi());
    }

    /** atanh of {@code x ∩ (−1, 1)}. */
    static Interval atanh(Interval x) {
        if (x.isEmpty() || x.hi() <= -1 || x.lo() >= 1) {
            return Interval.empty();
        }
        double lo = x.lo();
        double hi = x.hi();
        double l = lo <= -1 ? Double.NEGATIVE_INFINITY : atanhPoint(lo).lo();
        double h = hi >= 1 ? Double.POSITIVE_INFINITY : atanhPoint(hi).hi();
        return Interval.make(l, h);
    }
}
