package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulUp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rigorous {@code exp} and {@code expm1}.
 *
 * <p><b>Method.</b> {@code e^a = 2^k · e^r} with {@code k = round(a/ln 2)} and
 * {@code r = a − k·ln2} evaluated in double-double interval arithmetic against {@link #LN2}, an
 * enclosure of ln 2 of width ~10^−58 computed at class initialization (below). Then
 * {@code e^r = Σ_{n<N} r^n/n! + R_N} with the Lagrange remainder
 * {@code |R_N| = e^ξ |r|^N/N! ≤ 3ρ^N/N!} for {@code |r| ≤ ρ ≤ 1}; {@code N} is chosen so that
 * this bound is below 2^−110 (about 24 terms for ρ = ln2/2), the bound is computed with upward
 * rounding and added as {@code [−R, R]}. The factor {@code 2^k} is applied exactly, or through an
 * exact decimal rounding when the result is subnormal or overflows. No repeated squaring is
 * used, so the enclosure keeps its ~2^−100 relative width and each double endpoint is at most 2
 * ulps from the exact value.
 *
 * <p>{@code expm1} near 0 uses the series directly, {@code expm1(r) = r·(Σ_{n<N} r^n/(n+1)! + ρ_N)}
 * with {@code |ρ_N| ≤ 3ρ^N/(N+1)!} (Lagrange remainder divided by r), which keeps relative
 * accuracy for tiny r; for {@code |x| < 2^−54} the bounds {@code x ≤ expm1(x) ≤ x + x²} (x ≥ 0),
 * {@code ≤ x + x²/2} (x < 0) are used directly.
 *
 * <p><b>ln 2.</b> {@code ln 2 = 2 atanh(1/3) = 2 Σ_{k≥0} 3^{−(2k+1)}/(2k+1)}: the partial sum of 60
 * terms is computed in {@code BigDecimal} with floor (resp. ceiling) rounding of every term, and
 * the tail is at most {@code 3^{−121}/121 · 9/8} (geometric bound, added to the upper sum).
 */
final class RigorousExp {

    /** Enclosure of ln 2 (see the class comment). */
    static final DDInterval LN2;
    /** Enclosure of 1/n! for n = 0 … MAX_TERMS−1. */
    static final DDInterval[] INV_FACT;
    /** Enclosure of 1/n for n = 1 … (index 0 unused). */
    static final DDInterval[] INV;

    static final int MAX_TERMS = 64;
    private static final double LN2_APPROX = 0.6931471805599453;
    private static final double TARGET = 0x1p-110;

    static {
        MathContext floor = new MathContext(70, RoundingMode.FLOOR);
        MathContext ceil = new MathContext(70, RoundingMode.CEILING);
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        BigDecimal three = BigDecimal.valueOf(3);
        int terms = 60;
        for (int k = 0; k < terms; k++) {
            BigDecimal den = three.pow(2 * k + 1).multiply(BigDecimal.valueOf(2 * k + 1));
            lo = lo.add(BigDecimal.ONE.divide(den, floor));
            hi = hi.add(BigDecimal.ONE.divide(den, ceil));
        }
        BigDecimal tailDen = three.pow(2 * terms + 1).multiply(BigDecimal.valueOf(2 * terms + 1));
        BigDecimal tail = BigDecimal.valueOf(9).divide(tailDen.multiply(BigDecimal.valueOf(8)), ceil);
        hi = hi.add(tail);
        LN2 = DDInterval.enclose(lo.multiply(BigDecimal.valueOf(2)), hi.multiply(BigDecimal.valueOf(2)));

        INV_FACT = new DDInterval[MAX_TERMS + 2];
        INV_FACT[0] = DDInterval.ONE;
        INV = new DDInterval[512];
        INV[0] = DDInterval.ONE; // unused
        for (int n = 1; n < INV.length; n++) {
            INV[n] = DDInterval.ONE.divide(n);
        }
        for (int n = 1; n < INV_FACT.length; n++) {
            INV_FACT[n] = INV_FACT[n - 1].divide(n);
        }
    }

    private RigorousExp() {
    }

    /** {@code e^a = 2^k · e}: an exact power-of-two scale and a DD interval. */
    static final class Scaled {
        final int k;
        final DDInterval e;

        Scaled(int k, DDInterval e) {
            this.k = k;
            this.e = e;
        }
    }

    // ------------------------------------------------------------------ DD-level kernels

    /** The smallest {@code n ≥ 1} with {@code 3ρ^n/(n+shift)! ≤ 2^−110} (computed with upward rounding). */
    private static int termsFor(double rho, int shift) {
        double t = 3.0;
        for (int s = 1; s <= shift; s++) {
            t = divUp(t, s);
        }
        for (int n = 1; n < MAX_TERMS; n++) {
            t = divUp(mulUp(t, rho), n + shift);
            if (t <= TARGET) {
                return n;
            }
        }
        throw new IllegalStateException("internal error: exp series argument too large, |r| ≤ " + rho);
    }

    /** {@code 3ρ^n/(n+shift)!} rounded up. */
    private static double remainder(double rho, int n, int shift) {
        double t = 3.0;
        for (int i = 1; i <= n + shift; i++) {
            t = divUp(i <= n ? mulUp(t, rho) : t, i);
        }
        return t;
    }

    /** {@code e^r} for a DD interval with {@code |r| ≤ 1}: Taylor series + Lagrange remainder. */
    static DDInterval expSmall(DDInterval r) {
        double rho = r.magUp();
        if (!(rho <= 1.0)) {
            throw new IllegalStateException("internal error: expSmall argument too large: " + r);
        }
        if (rho == 0) {
            return DDInterval.ONE;
        }
        int n = termsFor(rho, 0);
        return DDInterval.horner(INV_FACT, n, r).widen(remainder(rho, n, 0));
    }

    /** {@code e^r − 1} for {@code |r| ≤ 1}, with relative accuracy near 0. */
    static DDInterval expm1Small(DDInterval r) {
        double rho = r.magUp();
        if (!(rho <= 1.0)) {
            throw new IllegalStateException("internal error: expm1Small argument too large: " + r);
        }
        if (rho == 0) {
            return DDInterval.ZERO;
        }
        int n = termsFor(rho, 1);
        DDInterval[] shifted = new DDInterval[n];
        System.arraycopy(INV_FACT, 1, shifted, 0, n);
        return r.multiply(DDInterval.horner(shifted, n, r).widen(remainder(rho, n, 1)));
    }

    /** {@code e^a} for a narrow DD interval with {@code |a| ≤ 2^20}, as {@code 2^k · E}. */
    static Scaled expScaled(DDInterval a) {
        double approx = a.approx();
        if (!(Math.abs(approx) <= 0x1p20)) {
            throw new IllegalStateException("internal error: expScaled argument out of range: " + a);
        }
        int k = (int) Math.rint(approx / LN2_APPROX);
        DDInterval r = k == 0 ? a : a.subtract(LN2.multiply(k));
        return new Scaled(k, expSmall(r));
    }

    // ------------------------------------------------------------------ scaling to doubles

    /** The largest double ≤ {@code v·2^k} (any sign; handles overflow and subnormal results). */
    static double scaledDown(DD v, int k) {
        if (v.h < 0) {
            return -scaledUp(v.negate(), k);
        }
        if (v.h == 0) {
            return 0.0;
        }
        int e = Math.getExponent(v.h) + k;
        if (e > 1023) {
            return Double.MAX_VALUE;
        }
        if (e >= -1021) {
            return Math.scalb(v.toDoubleDown(), k); // RD commutes with exact scaling in the normal range
        }
        if (e < -1100) {
            return 0.0;
        }
        return DirectedRounding.roundDown(v.toBigDecimal().multiply(pow2(k)));
    }

    /** The smallest double ≥ {@code v·2^k}. */
    static double scaledUp(DD v, int k) {
        if (v.h < 0) {
            return -scaledDown(v.negate(), k);
        }
        if (v.h == 0) {
            return 0.0;
        }
        int e = Math.getExponent(v.h) + k;
        if (e > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        if (e >= -1021) {
            return Math.scalb(v.toDoubleUp(), k); // may round up to 2^1024 = +∞, which is then correct
        }
        if (e < -1100) {
            return Double.MIN_VALUE;
        }
        return DirectedRounding.roundUp(v.toBigDecimal().multiply(pow2(k)));
    }

    /** {@code 2^k} exactly as a decimal. */
    static BigDecimal pow2(int k) {
        return k >= 0 ? BigDecimal.valueOf(2).pow(k) : BigDecimal.valueOf(5).pow(-k).movePointLeft(-k);
    }

    /** The outward-rounded double interval of {@code 2^k · E}. */
    static Interval toInterval(Scaled s) {
        return Interval.make(scaledDown(s.e.lo, s.k), scaledUp(s.e.hi, s.k));
    }

    // ------------------------------------------------------------------ double and interval level

    /** Enclosure of {@code e^x} for a double {@code x} (finite or infinite). */
    static Interval expPoint(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return Interval.zero();
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (x > 746) { // e^746 > 2^1076 > MAX_VALUE
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        if (x < -746) { // 0 < e^x < e^−746 < 2^−1076 < MIN_VALUE
            return Interval.make(0.0, Double.MIN_VALUE);
        }
        if (Math.abs(x) < 0x1p-54) {
            // 1 + x ≤ e^x ≤ 1 + x + x² for |x| ≤ 1 (e^x − 1 − x = x²(1/2 + x/6 + …) ≤ (e − 2)x²)
            return Interval.make(DirectedRounding.addDown(1.0, x), addUp(1.0, addUp(x, mulUp(x, x))));
        }
        return toInterval(expScaled(DDInterval.point(x)));
    }

    /** Enclosure of {@code e^x − 1} for a double {@code x}. */
    static Interval expm1Point(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return Interval.make(-1.0, -1.0);
        }
        if (x == Double.POSITIVE_INFINITY) {
            return Interval.make(Double.MAX_VALUE, Double.POSITIVE_INFINITY);
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-54) {
            // x ≤ expm1(x); expm1(x) − x ≤ x² for 0 ≤ x ≤ 1 and ≤ x²/2 for −1 ≤ x < 0.
            // Both halvings and additions round up: x²/2 rounded to nearest underflows to 0 when
            // mulUp(x, x) is the smallest subnormal, and x + 0 = x lies below expm1(x) for x < 0.
            double x2 = mulUp(x, x);
            return Interval.make(x, addUp(x, x >= 0 ? x2 : mulUp(x2, 0.5)));
        }
        if (ax <= 0.35) {
            return expm1Small(DDInterval.point(x)).toInterval();
        }
        if (ax < 40) {
            Scaled s = expScaled(DDInterval.point(x));
            return s.e.scalb(s.k).subtract(DDInterval.ONE).toInterval();
        }
        Interval e = expPoint(x);
        return Interval.make(DirectedRounding.subDown(e.lo(), 1.0), DirectedRounding.subUp(e.hi(), 1.0));
    }

    /** Interval {@code exp} (increasing). */
    static Interval exp(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return expPoint(x.lo());
        }
        return Interval.make(expPoint(x.lo()).lo(), expPoint(x.hi()).hi());
    }

    /** Interval {@code expm1} (increasing). */
    static Interval expm1(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return expm1Point(x.lo());
        }
        return Interval.make(expm1Point(x.lo()).lo(), expm1Point(x.hi()).hi());
    }
}
