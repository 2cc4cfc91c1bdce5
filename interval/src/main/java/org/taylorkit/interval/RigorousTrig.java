package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous {@code sin}, {@code cos}, {@code tan}.
 *
 * <p><b>Point values.</b> {@code x = k·π/2 + r} by {@link TrigReduction} (exact k, enclosed r with
 * {@code |r| ≤ π/4 + tiny}); then by quadrant {@code sin x ∈ {sin r, cos r, −sin r, −cos r}} and
 * {@code cos x ∈ {cos r, −sin r, −cos r, sin r}} for {@code k ≡ 0, 1, 2, 3 (mod 4)}. The series
 * with Lagrange remainders ({@code |sin⁽ⁿ⁾|, |cos⁽ⁿ⁾| ≤ 1}):
 * {@code sin r = r·(Σ_{n<N} (−1)ⁿ r^{2n}/(2n+1)! + θ·ρ^{2N}/(2N+1)!)} (relative form, so tiny
 * {@code r} keeps its accuracy) and {@code cos r = Σ_{n<N} (−1)ⁿ r^{2n}/(2n)! + θ·ρ^{2N}/(2N)!},
 * {@code |θ| ≤ 1}, {@code ρ ≥ |r|}, N chosen so the bound is below 2^−110 (N ≈ 15 at ρ = π/4).
 * {@code tan x = sin r / cos r} (k even) or {@code −cos r / sin r} (k odd). For
 * {@code |x| < 2^−26}: {@code x − x³/6 ≤ sin x ≤ x}, {@code 1 − x²/2 ≤ cos x ≤ 1},
 * {@code x ≤ tan x ≤ x + x³/2} (x ≥ 0; odd symmetry).
 *
 * <p><b>Intervals.</b> sin and cos are evaluated at both bounds and the hull is extended by the
 * extrema inside: the critical points are the multiples {@code j·π/2}; from the exact {@code k} and
 * the sign of {@code r} at each bound we know exactly which {@code j} lie in {@code [a, b]}
 * ({@link TrigReduction#multiplesMask}); {@code j ≡ 1 (mod 4)} gives {@code sin = 1},
 * {@code j ≡ 3} gives −1, {@code j ≡ 0} gives {@code cos = 1}, {@code j ≡ 2} gives −1. A width
 * {@code ≥ 2π} gives {@code [−1, 1]} directly. tan is increasing between its poles
 * {@code (2m+1)π/2}; an interval containing an odd multiple of π/2 (or of width {@code ≥ π},
 * which always contains one) gives the entire line.
 */
final class RigorousTrig {

    private static final double TARGET = 0x1p-110;
    private static final DDInterval[] SIN_C;
    private static final DDInterval[] COS_C;
    private static final int MAX = 30;
    /** Upper bounds of 2π and π as doubles. */
    private static final double TWO_PI_UP = PiEnclosure.TWO_PI.hi.toDoubleUp();
    private static final double PI_UP = PiEnclosure.PI.hi.toDoubleUp();

    static {
        SIN_C = new DDInterval[MAX];
        COS_C = new DDInterval[MAX];
        for (int n = 0; n < MAX; n++) {
            DDInterval s = RigorousExp.INV_FACT[2 * n + 1];
            DDInterval c = RigorousExp.INV_FACT[2 * n];
            SIN_C[n] = n % 2 == 0 ? s : s.negate();
            COS_C[n] = n % 2 == 0 ? c : c.negate();
        }
    }

    private RigorousTrig() {
    }

    /** Smallest N with {@code ρ^{2N}/(2N+shift)! ≤ 2^−110}, and that bound. */
    private static double[] terms(double rho, int shift) {
        double r2 = mulUp(rho, rho);
        double t = 1.0;
        for (int i = 1; i <= shift; i++) {
            t = divUp(t, i);
        }
        for (int n = 1; n < MAX; n++) {
            t = divUp(divUp(mulUp(t, r2), 2 * n - 1 + shift), 2 * n + shift);
            if (t <= TARGET) {
                return new double[] {n, t};
            }
        }
        throw new IllegalStateException("internal error: trig series argument too large: " + rho);
    }

    /** {@code sin r} for a DD interval with {@code |r| ≤ 2}. */
    static DDInterval sinSeries(DDInterval r) {
        double rho = r.magUp();
        if (rho == 0) {
            return DDInterval.ZERO;
        }
        double[] nt = terms(rho, 1); // ρ^{2N}/(2N+1)!
        int n = (int) nt[0];
        return r.multiply(DDInterval.horner(SIN_C, n, r.sqr()).widen(nt[1])).clamp(-1, 1);
    }

    /** {@code cos r} for a DD interval with {@code |r| ≤ 2}. */
    static DDInterval cosSeries(DDInterval r) {
        double rho = r.magUp();
        if (rho == 0) {
            return DDInterval.ONE;
        }
        double[] nt = terms(rho, 0); // ρ^{2N}/(2N)!
        int n = (int) nt[0];
        return DDInterval.horner(COS_C, n, r.sqr()).widen(nt[1]).clamp(-1, 1);
    }

    static DDInterval sinOf(TrigReduction.Reduced red) {
        switch (red.quadrant()) {
            case 0: return sinSeries(red.r);
            case 1: return cosSeries(red.r);
            case 2: return sinSeries(red.r).negate();
            default: return cosSeries(red.r).negate();
        }
    }

    static DDInterval cosOf(TrigReduction.Reduced red) {
        switch (red.quadrant()) {
            case 0: return cosSeries(red.r);
            case 1: return sinSeries(red.r).negate();
            case 2: return cosSeries(red.r).negate();
            default: return sinSeries(red.r);
        }
    }

    // ------------------------------------------------------------------ point enclosures

    static Interval sinPoint(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            if (x == 0) {
                return Interval.zero();
            }
            double d = divUp(mulUp(mulUp(ax, ax), ax), 6.0); // ≥ |x|³/6
            Interval p = Interval.make(subDown(ax, d), ax);
            return x > 0 ? p : p.negate();
        }
        return sinOf(TrigReduction.reduce(x)).toInterval();
    }

    static Interval cosPoint(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            return Interval.make(subDown(1.0, divUp(mulUp(ax, ax), 2.0)), 1.0);
        }
        return cosOf(TrigReduction.reduce(x)).toInterval();
    }

    /** tan at a point; the entire line if the reduction cannot separate x from a pole. */
    static Interval tanPoint(double x) {
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            if (x == 0) {
                return Interval.zero();
            }
            double d = divUp(mulUp(mulUp(ax, ax), ax), 2.0); // tan x − x ≤ x³/2 for 0 < x < 2^−26
            Interval p = Interval.make(ax, addUp(ax, d));
            return x > 0 ? p : p.negate();
        }
        TrigReduction.Reduced red = TrigReduction.reduce(x);
        DDInterval s = sinSeries(red.r);
        DDInterval c = cosSeries(red.r);
        if ((red.quadrant() & 1) == 0) {
            return s.divide(c).toInterval(); // cos r ≥ cos(π/4 + tiny) > 0.7
        }
        if (s.containsZero()) {
            return Interval.entire();
        }
        return c.divide(s).negate().toInterval();
    }

    // ------------------------------------------------------------------ intervals

    static Interval sin(Interval x) {
        return sinOrCos(x, true);
    }

    static Interval cos(Interval x) {
        return sinOrCos(x, false);
    }

    private static Interval sinOrCos(Interval x, boolean sin) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a == b) {
            return sin ? sinPoint(a) : cosPoint(a);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b) || subDown(b, a) >= TWO_PI_UP) {
            return Interval.make(-1.0, 1.0); // a full period lies inside
        }
        TrigReduction.Reduced ra = TrigReduction.reduce(a);
        TrigReduction.Reduced rb = TrigReduction.reduce(b);
        // the point functions: below 2^−26 their bounds x − x³/6 ≤ sin x ≤ x are tightest
        Interval fa = Math.abs(a) < 0x1p-26 ? (sin ? sinPoint(a) : cosPoint(a)) : (sin ? sinOf(ra) : cosOf(ra)).toInterval();
        Interval fb = Math.abs(b) < 0x1p-26 ? (sin ? sinPoint(b) : cosPoint(b)) : (sin ? sinOf(rb) : cosOf(rb)).toInterval();
        double lo = Math.min(fa.lo(), fb.lo());
        double hi = Math.max(fa.hi(), fb.hi());
        int mask = TrigReduction.multiplesMask(ra, rb);
        int maxBit = sin ? 1 << 1 : 1 << 0; // sin(jπ/2) = 1 for j ≡ 1, cos = 1 for j ≡ 0 (mod 4)
        int minBit = sin ? 1 << 3 : 1 << 2;
        if ((mask & maxBit) != 0) {
            hi = 1.0;
        }
        if ((mask & minBit) != 0) {
            lo = -1.0;
        }
        return Interval.make(Math.max(lo, -1.0), Math.min(hi, 1.0));
    }

    static Interval tan(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        double a = x.lo();
        double b = x.hi();
        if (a == b) {
            return tanPoint(a);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b) || subDown(b, a) >= PI_UP) {
            return Interval.entire(); // contains a pole
        }
        TrigReduction.Reduced ra = TrigReduction.reduce(a);
        TrigReduction.Reduced rb = TrigReduction.reduce(b);
        int mask = TrigReduction.multiplesMask(ra, rb);
        if ((mask & 0b1010) != 0) { // an odd multiple of π/2 (a pole) in [a, b]
            return Interval.entire();
        }
        Interval ta = tanPoint(a);
        Interval tb = tanPoint(b);
        if (ta.isEntire() || tb.isEntire()) {
            return Interval.entire();
        }
        return Interval.make(ta.lo(), tb.hi());
    }
}
