package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;

/**
 * Rigorous {@code atan}, {@code asin}, {@code acos} and {@code atan2} for Apfloat intervals.
 *
 * <p><b>Kernel: atan(z)</b> for a narrow enclosure {@code Z ⊆ [0, 1]}. The exact half-angle identity
 * {@code atan z = 2·atan(z/(1 + √(1+z²)))} is applied {@code t} times in interval arithmetic until
 * {@code |z| ≤ 2^-m}; then {@code atan z = z·Σ_{j≥0} (−1)^j u^j/(2j+1)}, {@code u = z² < 1}: the first
 * {@code n+1} terms by interval Horner with integer coefficients {@code ±L/(2j+1)},
 * {@code L = lcm(1,3,…,2n+1)}, and the tail of this alternating series with decreasing terms is at
 * most the first omitted term, {@code u^(n+1)/(2n+3)}. So {@code atan z ∈ 2^t·Z·(S ± tail)}.
 *
 * <p><b>atan x</b> for exact {@code x}: odd; {@code |x| ≤ 1} uses the kernel directly, {@code |x| > 1}
 * uses {@code atan x = π/2 − atan(1/x)} with a directed enclosure of {@code 1/x} (no cancellation:
 * {@code atan(1/x) ≤ π/4}). <b>asin x</b> {@code = atan(x/√((1−x)(1+x)))} (the radicand is exact, so
 * nothing cancels near ±1). <b>acos x</b> {@code = 2·atan(√((1−x)/(1+x)))} on {@code (−1, 1]}, accurate
 * near 1 where {@code π/2 − asin x} would cancel; {@code acos(−1) = π}.
 *
 * <p><b>atan2</b>: the box is cut into its closed quadrant pieces; on a piece in the first quadrant
 * the angle is increasing in {@code y} and decreasing in {@code x}, so it ranges from
 * {@code atan(y_lo/x_hi)} to {@code atan(y_hi/x_lo)} (with the limits on the axes); the other quadrants
 * are reflections of it ({@code π − θ}, {@code −π + θ}, {@code −θ}); points on the negative real axis
 * have angle π.
 */
public final class ApfloatRigorousAtan {

    private ApfloatRigorousAtan() {}

    public static ApfloatInterval atan(ApfloatInterval x, long p) {
        ApfloatInterval halfPi = ApfloatRigorousTrig.halfPi(p + ApfloatMonotone.GUARD);
        return ApfloatMonotone.increasing(x, p, ApfloatRigorousAtan::atanPoint, halfPi.hi().negate(), halfPi.hi());
    }

    public static ApfloatInterval asin(ApfloatInterval x, long p) {
        ApfloatInterval xs = x.intersection(ApfloatInterval.exact(ONE.negate(), ONE, p));
        return ApfloatMonotone.increasing(xs, p, ApfloatRigorousAtan::asinPoint, null, null);
    }

    public static ApfloatInterval acos(ApfloatInterval x, long p) {
        ApfloatInterval xs = x.intersection(ApfloatInterval.exact(ONE.negate(), ONE, p));
        return ApfloatMonotone.decreasing(xs, p, ApfloatRigorousAtan::acosPoint, null, null);
    }

    /** An enclosure of {@code atan x} for exact {@code x}. */
    static ApfloatInterval atanPoint(Apfloat x, long w) {
        if (x.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        Apfloat ax = ApfloatMath.abs(x);
        long wi = w + 3;
        ApfloatInterval r;
        if (ax.compareTo(ONE) <= 0) {
            r = atanKernel(ApfloatSeries.point(ax, wi), wi);
        } else {
            ApfloatInterval inv = ApfloatInterval.exact(ApfloatDirected.divDown(ONE, ax, wi),
                    ApfloatDirected.divUp(ONE, ax, wi), wi);
            r = ApfloatIntervalBasic.sub(ApfloatRigorousTrig.halfPi(wi), atanKernel(inv, wi), wi);
        }
        return x.signum() < 0 ? r.negate() : r;
    }

    /** {@code atan} over a narrow finite interval (monotone): from the endpoint enclosures. */
    static ApfloatInterval atanOver(ApfloatInterval z, long w) {
        if (z.isPoint()) {
            return atanPoint(z.lo(), w);
        }
        return ApfloatInterval.exact(atanPoint(z.lo(), w).lo(), atanPoint(z.hi(), w).hi(), w);
    }

    /** The kernel: {@code atan} on a narrow {@code Z ⊆ [0, 1]} (see the class comment). */
    static ApfloatInterval atanKernel(ApfloatInterval z, long w) {
        if (z.isZero()) {
            return ApfloatSeries.point(ZERO, w);
        }
        int m = (int) Math.max(3, Math.round(Math.sqrt(w) / 2));
        long wi = w + 6;
        double bound = Math.scalb(1.0, -m);
        int t = 0;
        while (z.magDouble() > bound) {
            ApfloatInterval root = ApfloatIntervalBasic.sqrt(
                    ApfloatIntervalBasic.addExact(ApfloatIntervalBasic.sqr(z, wi), ONE, wi), wi);
            z = ApfloatIntervalBasic.div(z, ApfloatIntervalBasic.addExact(root, ONE, wi), wi);
            t++;
        }
        ApfloatInterval u = ApfloatIntervalBasic.sqr(z, wi); // u ≤ 2^-2m
        int n = 0;
        while ((2 * n + 2) * m * 0.30102999566398120 < wi + 1) {
            n++;
        }
        Apint l = ApfloatSeries.oddLcm(n);
        ApfloatInterval s = ApfloatIntervalBasic.divExact(
                ApfloatSeries.horner(ApfloatSeries.oddReciprocalCoefficients(n, l, true), u, wi), l, wi);
        Apfloat tail = ApfloatDirected.divUp(ApfloatIntervalBasic.positivePower(u.hi(), n + 1, wi, true),
                ApfloatDirected.of(2L * n + 3), wi);
        s = ApfloatIntervalBasic.add(s, ApfloatSeries.symmetric(tail, wi), wi);
        ApfloatInterval a = ApfloatIntervalBasic.mul(z, s, wi);
        return t == 0 ? a : ApfloatIntervalBasic.mulExact(a, ApfloatDirected.pow2(t), wi);
    }

    /** An enclosure of {@code asin x} for exact {@code x ∈ [−1, 1]}. */
    static ApfloatInterval asinPoint(Apfloat x, long w) {
        if (x.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        Apfloat ax = ApfloatMath.abs(x);
        long wi = w + 3;
        ApfloatInterval r;
        if (ax.compareTo(ONE) == 0) {
            r = ApfloatRigorousTrig.halfPi(wi);
        } else {
            Apfloat radicand = ONE.subtract(ax).multiply(ONE.add(ax)); // exact
            ApfloatInterval root = ApfloatInterval.exact(ApfloatDirected.sqrtDown(radicand, wi),
                    ApfloatDirected.sqrtUp(radicand, wi), wi);
            r = atanOver(ApfloatIntervalBasic.div(ApfloatSeries.point(ax, wi), root, wi), wi);
        }
        return x.signum() < 0 ? r.negate() : r;
    }

    /** An enclosure of {@code acos x} for exact {@code x ∈ [−1, 1]}. */
    static ApfloatInterval acosPoint(Apfloat x, long w) {
        if (x.compareTo(ONE) == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        long wi = w + 3;
        if (x.compareTo(ONE.negate()) == 0) {
            return ApfloatRigorousTrig.pi(wi);
        }
        ApfloatInterval ratio = ApfloatIntervalBasic.div(ApfloatSeries.point(ONE.subtract(x), wi),
                ApfloatSeries.point(ONE.add(x), wi), wi);
        ApfloatInterval root = ApfloatIntervalBasic.sqrt(ratio, wi);
        return ApfloatIntervalBasic.mulExact(atanOver(root, wi), TWO, wi);
    }

    // ------------------------------------------------------------------ atan2

    public static ApfloatInterval atan2(ApfloatInterval y, ApfloatInterval x, long p) {
        if (x.isEmpty() || y.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        long w = p + ApfloatMonotone.GUARD;
        ApfloatInterval pi = ApfloatRigorousTrig.pi(w);
        ApfloatInterval xPos = x.intersection(ApfloatInterval.exact(ZERO, null, w));
        ApfloatInterval xNeg = x.intersection(ApfloatInterval.exact(null, ZERO, w)).negate();
        ApfloatInterval yPos = y.intersection(ApfloatInterval.exact(ZERO, null, w));
        ApfloatInterval yNeg = y.intersection(ApfloatInterval.exact(null, ZERO, w)).negate();
        ApfloatInterval result = ApfloatInterval.empty(w);
        // first quadrant: θ
        result = result.hull(firstQuadrant(yPos, xPos, w));
        // second quadrant (x ≤ 0, y ≥ 0): π − θ(y, −x)
        ApfloatInterval q2 = firstQuadrant(yPos, xNeg, w);
        if (!q2.isEmpty()) {
            result = result.hull(ApfloatIntervalBasic.sub(pi, q2, w));
        }
        // fourth quadrant (x ≥ 0, y ≤ 0): −θ(−y, x)
        result = result.hull(firstQuadrant(yNeg, xPos, w).negate());
        // third quadrant (x ≤ 0, y < 0): −π + θ(−y, −x) ∈ (−π, −π/2]; the closure adds −π when y → 0−.
        // Points with y = 0, x < 0 have angle π: they are in the second-quadrant piece.
        if (!xNeg.isEmpty() && !yNeg.isEmpty() && !yNeg.isZero()) {
            ApfloatInterval q3 = firstQuadrant(yNeg, xNeg, w);
            if (!q3.isEmpty()) {
                result = result.hull(ApfloatIntervalBasic.sub(q3, pi, w));
            }
        }
        return result.roundOut(p);
    }

    /**
     * The angles {@code atan2(b, a)} of the points of {@code [a] × [b]} in the closed first quadrant
     * ({@code a = x ≥ 0} given as {@code x}, {@code b = y ≥ 0} as {@code y}), origin excluded; empty if
     * nothing is left.
     */
    private static ApfloatInterval firstQuadrant(ApfloatInterval y, ApfloatInterval x, long w) {
        if (x.isEmpty() || y.isEmpty() || (x.isZero() && y.isZero())
                || (x.hi() != null && x.hi().signum() == 0 && y.hi() != null && y.hi().signum() == 0)) {
            return ApfloatInterval.empty(w);
        }
        ApfloatInterval halfPi = ApfloatRigorousTrig.halfPi(w);
        Apfloat a = x.lo();
        Apfloat b = x.hi(); // null: +∞
        Apfloat c = y.lo();
        Apfloat d = y.hi(); // null: +∞
        Apfloat lower;
        if (b != null && b.signum() == 0) {
            lower = halfPi.lo(); // the piece lies on the positive y-axis
        } else if (b == null || c.signum() == 0) {
            lower = ZERO; // angle 0 at (b, 0), or its limit as x → +∞
        } else {
            lower = atanPoint(ApfloatDirected.divDown(c, b, w), w).lo();
        }
        Apfloat upper;
        if (d != null && d.signum() == 0) {
            upper = ZERO; // the piece lies on the positive x-axis
        } else if (d == null || a.signum() == 0) {
            upper = halfPi.hi();
        } else {
            upper = atanPoint(ApfloatDirected.divUp(d, a, w), w).hi();
        }
        return ApfloatInterval.exact(lower, upper, w);
    }
}
