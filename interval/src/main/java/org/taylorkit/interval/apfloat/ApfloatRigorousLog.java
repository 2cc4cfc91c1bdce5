package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import java.util.ArrayList;
import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;

/**
 * Rigorous {@code log}, {@code log1p} and real powers {@code x^y} for Apfloat intervals.
 *
 * <p><b>Kernel: log1p(d)</b> for a narrow enclosure {@code D} of {@code d ∈ (−1/2, 3/2]}. Two exact
 * identities reduce and then evaluate it:
 * <ol>
 *   <li>{@code log1p(d) = 2·log1p(d')}, {@code d' = d/(1 + √(1+d))} (because {@code 1 + d' = √(1+d)}),
 *       applied {@code t} times in interval arithmetic until {@code |d| ≤ 2^-m}; no cancellation.</li>
 *   <li>{@code log1p(d) = 2·atanh(z)}, {@code z = d/(2+d)} (because {@code (1+z)/(1−z) = 1+d}), and
 *       {@code atanh z = z·Σ_{j≥0} u^j/(2j+1)}, {@code u = z²}: the first {@code n+1} terms by interval
 *       Horner with integer coefficients {@code L/(2j+1)}, {@code L = lcm(1,3,…,2n+1)}, plus the tail
 *       {@code 0 ≤ Σ_{j>n} u^j/(2j+1) ≤ u^(n+1)/((2n+3)(1−u)) ≤ 2u^(n+1)/(2n+3)} (u ≤ 1/2).</li>
 * </ol>
 * So {@code log1p(d) ∈ 2^(t+1)·Z·(S + [0, tail])}.
 *
 * <p><b>log x</b> for exact {@code x > 0}: {@code x = 10^e·2^-k·(1 + d)} with integers {@code e, k}
 * (from a double estimate; any choice is exact) and {@code 1 + d ∈ [0.7, 1.42]} exact, so
 * {@code log x = e·ln 10 − k·ln 2 + log1p(d)}; near 1 ({@code e = k = 0}) {@code d = x − 1} is exact and
 * nothing cancels. {@code ln 2 = log1p(1)}, {@code ln 10 = 3 ln 2 + log1p(1/4)} from the same kernel,
 * cached at the largest precision computed so far.
 *
 * <p><b>x^y</b> = {@code exp(y·log x)}: separately monotone in {@code x} (for fixed {@code y}) and in
 * {@code y} (for fixed {@code x}), so its range over a box is spanned by the four corner limits.
 */
public final class ApfloatRigorousLog {

    private static final Apfloat QUARTER = ApfloatDirected.parseDecimal("0.25");
    private static final Apfloat HALF = ApfloatDirected.parseDecimal("0.5");
    private static final ApfloatConstant LN2 = new ApfloatConstant(w -> log1pKernel(ApfloatSeries.point(ONE, w), w));
    private static final ApfloatConstant LN10 = new ApfloatConstant(w -> ApfloatIntervalBasic.add(
            ApfloatIntervalBasic.mulExact(ln2(w), ApfloatDirected.of(3), w),
            log1pKernel(ApfloatSeries.point(QUARTER, w), w), w));

    private ApfloatRigorousLog() {}

    /** An enclosure of ln 2 at {@code w} digits. */
    static ApfloatInterval ln2(long w) {
        return LN2.at(w);
    }

    /** An enclosure of ln 10 at {@code w} digits. */
    static ApfloatInterval ln10(long w) {
        return LN10.at(w);
    }

    public static ApfloatInterval log(ApfloatInterval x, long p) {
        if (x.isEmpty() || (x.hi() != null && x.hi().signum() <= 0)) {
            return ApfloatInterval.empty(p);
        }
        // log x → −∞ as x → 0+: a lower endpoint ≤ 0 acts as −∞
        Apfloat lo = x.lo() != null && x.lo().signum() > 0 ? x.lo() : null;
        return ApfloatMonotone.increasing(ApfloatInterval.exact(lo, x.hi(), p), p,
                ApfloatRigorousLog::logPoint, null, null);
    }

    public static ApfloatInterval log1p(ApfloatInterval x, long p) {
        Apfloat minusOne = ONE.negate();
        if (x.isEmpty() || (x.hi() != null && x.hi().compareTo(minusOne) <= 0)) {
            return ApfloatInterval.empty(p);
        }
        Apfloat lo = x.lo() != null && x.lo().compareTo(minusOne) > 0 ? x.lo() : null;
        return ApfloatMonotone.increasing(ApfloatInterval.exact(lo, x.hi(), p), p,
                ApfloatRigorousLog::log1pPoint, null, null);
    }

    /** An enclosure of {@code log x} for exact {@code x > 0}. */
    static ApfloatInterval logPoint(Apfloat x, long w) {
        if (x.compareTo(ONE) == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        long scale = x.scale();
        double lead = ApfloatMath.scale(x.precision(20), 1 - scale).doubleValue(); // in [1, 10)
        double log10x = (scale - 1) + Math.log10(lead);
        long e = Math.round(log10x);
        Apfloat m = ApfloatMath.scale(x, -e); // exact, in about [0.316, 3.17]
        long k = Math.round(-(log10x - e) * 3.3219280948873626); // m·2^k in about [0.7, 1.42]
        Apfloat mk = k >= 0 ? m.multiply(ApfloatDirected.pow2(k)) : ApfloatDirected.halve(m, -k);
        Apfloat d = mk.subtract(ONE);
        long wc = w + 4 + (e == 0 ? 0 : (long) Math.ceil(Math.log10(Math.abs((double) e) + 1)));
        ApfloatInterval r = log1pKernel(ApfloatSeries.point(d, wc), wc);
        if (e != 0) {
            r = ApfloatIntervalBasic.add(r, ApfloatIntervalBasic.mulExact(ln10(wc), ApfloatDirected.of(e), wc), wc);
        }
        if (k != 0) {
            r = ApfloatIntervalBasic.sub(r, ApfloatIntervalBasic.mulExact(ln2(wc), ApfloatDirected.of(k), wc), wc);
        }
        return r;
    }

    /** An enclosure of {@code log(1 + x)} for exact {@code x > −1}, accurate relative to the result. */
    static ApfloatInterval log1pPoint(Apfloat x, long w) {
        if (x.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        if (ApfloatMath.abs(x).compareTo(HALF) <= 0) {
            return log1pKernel(ApfloatSeries.point(x, w), w + 2);
        }
        return logPoint(ONE.add(x), w);
    }

    /** The kernel {@code log1p(D)} for a narrow {@code D ⊆ (−1/2, 3/2]} (see the class comment). */
    static ApfloatInterval log1pKernel(ApfloatInterval d, long w) {
        if (d.isZero()) {
            return ApfloatSeries.point(ZERO, w);
        }
        int m = (int) Math.max(3, Math.round(Math.sqrt(w) / 2));
        long wi = w + 6;
        double bound = Math.scalb(1.0, -m);
        int t = 0;
        while (d.magDouble() > bound) {
            ApfloatInterval root = ApfloatIntervalBasic.sqrt(ApfloatIntervalBasic.addExact(d, ONE, wi), wi);
            d = ApfloatIntervalBasic.div(d, ApfloatIntervalBasic.addExact(root, ONE, wi), wi);
            t++;
        }
        ApfloatInterval z = ApfloatIntervalBasic.div(d, ApfloatIntervalBasic.addExact(d, TWO, wi), wi);
        ApfloatInterval u = ApfloatIntervalBasic.sqr(z, wi); // u ≤ 2^-2m
        int n = 0;
        while ((2 * n + 3) * m * 0.30102999566398120 < wi + 1) {
            n++;
        }
        Apint l = ApfloatSeries.oddLcm(n);
        ApfloatInterval s = ApfloatIntervalBasic.divExact(
                ApfloatSeries.horner(ApfloatSeries.oddReciprocalCoefficients(n, l, false), u, wi), l, wi);
        Apfloat tail = ApfloatDirected.divUp(
                ApfloatIntervalBasic.positivePower(u.hi(), n + 1, wi, true).multiply(TWO),
                ApfloatDirected.of(2L * n + 3), wi);
        s = ApfloatInterval.exact(s.lo(), ApfloatDirected.addUp(s.hi(), tail, wi), wi);
        ApfloatInterval atanh = ApfloatIntervalBasic.mul(z, s, wi);
        return ApfloatIntervalBasic.mulExact(atanh, ApfloatDirected.pow2(t + 1L), wi);
    }

    // ------------------------------------------------------------------ x^y

    /** IEEE 1788 {@code pow(x, y)} (see {@link ApfloatInterval#pow(ApfloatInterval)}). */
    public static ApfloatInterval pow(ApfloatInterval x, ApfloatInterval y, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        ApfloatInterval xs = x.intersection(ApfloatInterval.exact(ZERO, null, p));
        if (xs.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (xs.isZero()) { // 0^y = 0 for y > 0, undefined otherwise
            boolean hasPositive = y.hi() == null || y.hi().signum() > 0;
            return hasPositive ? ApfloatSeries.point(ZERO, p) : ApfloatInterval.empty(p);
        }
        if (y.isPoint() && y.lo().isInteger() && y.lo().compareTo(ApfloatDirected.of(Integer.MAX_VALUE)) <= 0
                && y.lo().compareTo(ApfloatDirected.of(Integer.MIN_VALUE)) >= 0) {
            // integer exponent: pown on x ≥ 0 has the same set value (x = 0 only matters for y > 0 there)
            return ApfloatIntervalBasic.pown(xs, y.lo().intValue(), p);
        }
        long w = p + ApfloatMonotone.GUARD;
        List<Apfloat> xe = new ArrayList<>();
        xe.add(xs.lo());
        if (!xs.isPoint()) {
            xe.add(xs.hi()); // may be null: +∞
        }
        List<Apfloat> ye = new ArrayList<>();
        ye.add(y.lo()); // null: −∞
        if (!y.isPoint()) {
            ye.add(y.hi()); // null: +∞
        }
        Apfloat lo = null;
        Apfloat hi = ZERO;
        boolean hiInfinite = false;
        for (int i = 0; i < xe.size(); i++) {
            for (int j = 0; j < ye.size(); j++) {
                int yInf = ye.get(j) != null ? 0 : (j == 0 ? -1 : 1);
                ApfloatInterval c = corner(xe.get(i), ye.get(j), yInf, w);
                if (c == null) { // +∞
                    hiInfinite = true;
                    continue;
                }
                lo = lo == null || c.lo().compareTo(lo) < 0 ? c.lo() : lo;
                if (c.hi() == null) {
                    hiInfinite = true;
                } else if (c.hi().compareTo(hi) > 0) {
                    hi = c.hi();
                }
            }
        }
        return ApfloatInterval.exact(lo == null ? ZERO : lo, hiInfinite ? null : hi, p).roundOut(p);
    }

    /**
     * An enclosure of the limit of {@code a^b} at a corner: {@code a ≥ 0} exact or null (+∞), {@code b}
     * exact or infinite ({@code bInf = ±1}); null stands for the value +∞.
     */
    private static ApfloatInterval corner(Apfloat a, Apfloat b, int bInf, long w) {
        ApfloatInterval zero = ApfloatSeries.point(ZERO, w);
        ApfloatInterval one = ApfloatSeries.point(ONE, w);
        if (bInf == 0 && b.signum() == 0) {
            return one; // x^0 = 1 for x > 0
        }
        int bSign = bInf != 0 ? bInf : b.signum();
        if (a == null) {
            return bSign > 0 ? null : zero;
        }
        if (a.signum() == 0) {
            return bSign > 0 ? zero : null;
        }
        int vsOne = a.compareTo(ONE);
        if (vsOne == 0) {
            return one;
        }
        if (bInf != 0) {
            return (vsOne > 0) == (bInf > 0) ? null : zero;
        }
        if (b.isInteger() && ApfloatMath.abs(b).compareTo(ApfloatDirected.of(1_000_000)) <= 0) {
            return ApfloatIntervalBasic.pown(ApfloatSeries.point(a, w), b.longValue(), w); // exact when it fits
        }
        // |b·log a| < 10^scale(b)·2.31·(|scale(a)| + 1): digits of the exponent, lost to exp's relative error
        long extra = Math.max(0, b.scale()) + (long) Math.ceil(Math.log10(2.31 * (Math.abs((double) a.scale()) + 1)));
        long wl = w + 5 + extra;
        ApfloatInterval bl = ApfloatIntervalBasic.mul(logPoint(a, wl), ApfloatSeries.point(b, wl), wl);
        if (bl.isPoint()) {
            return ApfloatRigorousExp.expPoint(bl.lo(), w);
        }
        return ApfloatInterval.exact(ApfloatRigorousExp.expPoint(bl.lo(), w).lo(),
                ApfloatRigorousExp.expPoint(bl.hi(), w).hi(), w);
    }
}
