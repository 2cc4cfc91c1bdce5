package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous {@code log} and {@code log1p}.
 *
 * <p><b>Method.</b> For {@code x > 0} write {@code x = 2^e · m} exactly with
 * {@code m ∈ [√½, √2]}; then {@code log x = e·ln 2 + log m} and
 * {@code log m = 2 atanh(s) = 2 Σ_{n≥0} s^{2n+1}/(2n+1)} with {@code s = (m−1)/(m+1)},
 * {@code |s| ≤ (√2−1)/(√2+1) < 0.1716}. Written as {@code log m = 2s·(Σ_{n<N} t^n/(2n+1) + ρ)}
 * with {@code t = s²}, the tail satisfies {@code 0 ≤ ρ ≤ |s|^{2N}/((2N+1)(1 − s²))} (geometric
 * bound of {@code Σ_{n≥N} t^n/(2n+1)}); {@code N} (≈ 21) makes it ≤ 2^−112. Everything runs in
 * double-double interval arithmetic ({@link DDInterval}); {@code m − 1} is exact, so the
 * result keeps relative accuracy near {@code x = 1} ({@code log(1) = 0} exactly).
 *
 * <p>{@code log1p(u)} uses the same series with {@code s = u/(2 + u)} (exact algebra:
 * {@code (m−1)/(m+1)} for {@code m = 1+u}), so tiny {@code u} keep relative accuracy; when
 * {@code |s| > 0.18} it falls back to {@code log(1 + u)} (the result is then ≥ 0.36 in magnitude
 * and no cancellation occurs). For {@code |u| < 2^−54}: {@code u − u² ≤ log1p(u) ≤ u}.
 *
 * <p><b>Domains</b> (IEEE 1788): {@code log} on {@code (0, ∞)}, {@code log1p} on
 * {@code (−1, ∞)}; the image of the intersection is returned, so a bound at the domain's edge
 * gives {@code −∞} ({@code log([0, 1]) = [−∞, 0]}) and a disjoint input gives ∅.
 */
final class RigorousLog {

    private static final double SQRT_HALF_HI = 0.7071067811865476; // > √½
    private static final double SQRT2_HI = 1.4142135623730951; // > √2
    private static final double TARGET = 0x1p-112;
    private static final DDInterval[] INV_ODD;

    static {
        INV_ODD = new DDInterval[RigorousExp.MAX_TERMS];
        for (int n = 0; n < INV_ODD.length; n++) {
            INV_ODD[n] = RigorousExp.INV[2 * n + 1];
        }
    }

    private RigorousLog() {
    }

    /** {@code 2 atanh(s) = log((1+s)/(1−s))} for a DD interval with {@code |s| ≤ 0.5}. */
    static DDInterval twoAtanh(DDInterval s) {
        double sm = s.magUp();
        if (!(sm <= 0.5)) {
            throw new IllegalStateException("internal error: atanh series argument too large: " + s);
        }
        if (sm == 0) {
            return DDInterval.ZERO;
        }
        double t = mulUp(sm, sm);
        double oneMinusT = subDown(1.0, t);
        // bound(N) = sm^{2N} / ((2N+1)(1 − t))
        double pow = 1.0;
        int n = 0;
        double bound;
        do {
            n++;
            pow = mulUp(pow, t);
            bound = divUp(divUp(pow, 2 * n + 1), oneMinusT);
        } while (bound > TARGET && n < INV_ODD.length - 1);
        if (bound > TARGET) {
            throw new IllegalStateException("internal error: atanh series did not converge for " + s);
        }
        DDInterval p = DDInterval.horner(INV_ODD, n, s.sqr());
        // the tail ρ is ≥ 0 (all terms positive), but we add the symmetric [−bound, bound]
        return s.multiply(p.widen(bound)).scalb(1);
    }

    /** {@code log a} for a narrow DD interval with {@code a > 0} (values in [2^−1000, 2^1000]). */
    static DDInterval log(DDInterval a) {
        if (!a.isPositive()) {
            throw new IllegalStateException("internal error: log of a non-positive DD interval " + a);
        }
        int e = Math.getExponent(a.lo.h);
        DDInterval m = a.scalb(-e); // m ∈ [1, 2) up to the width of a
        if (m.approx() > SQRT2_HI) {
            m = m.scalb(-1);
            e++;
        }
        DDInterval s = m.subtract(DDInterval.ONE).divide(m.add(DDInterval.ONE));
        DDInterval logM = twoAtanh(s);
        return e == 0 ? logM : RigorousExp.LN2.multiply(e).add(logM);
    }

    /** {@code log(1 + u)} for a narrow DD interval with {@code u > −1}. */
    static DDInterval log1p(DDInterval u) {
        DDInterval s = u.divide(u.add(DDInterval.TWO));
        if (s.magUp() <= 0.18) {
            return twoAtanh(s);
        }
        return log(u.add(DDInterval.ONE));
    }

    /** Enclosure of {@code log x} for a double {@code x > 0} or {@code +∞}. */
    static Interval logPoint(double x) {
        if (x == 1.0) {
            return Interval.zero();
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        int scale = 0;
        if (x < 0x1p-900) {
            x = Math.scalb(x, 200); // exact
            scale = -200;
        }
        DDInterval r = log(DDInterval.point(x));
        if (scale != 0) {
            r = r.add(RigorousExp.LN2.multiply(scale));
        }
        return r.toInterval();
    }

    /** Enclosure of {@code log1p(x)} for a double {@code x > −1} or {@code +∞}. */
    static Interval log1pPoint(double x) {
        if (x == 0) {
            return Interval.zero();
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (Math.abs(x) < 0x1p-54) {
            // x − x² ≤ x − x²/2 − … ≤ log1p(x) ≤ x for |x| ≤ 1/2
            return Interval.make(subDown(x, mulUp(x, x)), x);
        }
        if (x > 0x1p900) { // log(1+x) − log x = log1p(1/x) ∈ (0, 2^−900): one rounding in DD
            DDInterval logX = log(DDInterval.point(Math.scalb(x, -200))).add(RigorousExp.LN2.multiply(200));
            return logX.add(DDInterval.of(0.0, 0x1p-900)).toInterval();
        }
        return log1p(DDInterval.point(x)).toInterval();
    }

    /** Interval {@code log}: image of {@code x ∩ (0, ∞)}. */
    static Interval log(Interval x) {
        if (x.isEmpty() || x.hi() <= 0) {
            return Interval.empty();
        }
        double lo = Math.max(x.lo(), 0.0);
        if (lo == x.hi()) {
            return logPoint(lo);
        }
        double l = lo == 0 ? Double.NEGATIVE_INFINITY : logPoint(lo).lo();
        return Interval.make(l, logPoint(x.hi()).hi());
    }

    /** Interval {@code log1p}: image of {@code x ∩ (−1, ∞)}. */
    static Interval log1p(Interval x) {
        if (x.isEmpty() || x.hi() <= -1) {
            return Interval.empty();
        }
        double lo = Math.max(x.lo(), -1.0);
        if (lo == x.hi()) {
            return log1pPoint(lo);
        }
        double l = lo == -1 ? Double.NEGATIVE_INFINITY : log1pPoint(lo).lo();
        return Interval.make(l, log1pPoint(x.hi()).hi());
    }
}
