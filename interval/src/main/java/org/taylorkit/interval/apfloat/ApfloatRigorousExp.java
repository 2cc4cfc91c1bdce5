package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.ApintMath;

/**
 * Rigorous {@code exp} and {@code expm1} for Apfloat intervals.
 *
 * <p><b>exp(x), x &gt; 0.</b> Halve exactly: {@code r = x/2^s} (an exact decimal, {@code x·5^s·10^-s})
 * with {@code s} chosen so that {@code 0 < r < 2^-m}. Then
 * {@code e^r = Σ_{k=0}^{n} r^k/k! + T}, {@code 0 ≤ T ≤ 2·r^(n+1)/(n+1)!} (the terms after the
 * {@code (n+1)}-th shrink by a factor {@code r/(k+1) ≤ 1/2}), so
 * {@code e^r ∈ P(R)/n! + [0, 2·R̄^(n+1)/(n+1)!]} where {@code P(R) = Σ (n!/k!)·R^k} is evaluated by
 * interval Horner with exact integer coefficients on an enclosure {@code R ∋ r}. Finally
 * {@code e^x = (e^r)^(2^s)} by {@code s} interval squarings (positive, so each is monotone). Squaring
 * multiplies the relative width by at most about 2 per step; {@code s·log10(2)} extra digits absorb
 * it. <b>x &lt; 0:</b> {@code e^x = 1/e^(−x)} with directed division.
 *
 * <p><b>expm1(x), |x| &lt; 1.</b> The same halving, {@code expm1(r) = r·Q(r)} with
 * {@code Q(r) = Σ_{k=0}^{n} r^k/(k+1)! + T}, {@code |T| ≤ 2|r|^(n+1)/(n+2)!}, and the exact doubling
 * {@code expm1(2y) = expm1(y)·(expm1(y) + 2)} applied {@code s} times: no cancellation for either sign,
 * so the result is accurate relative to {@code expm1(x)} even for tiny {@code x}. For {@code |x| ≥ 1}
 * {@code expm1 = exp − 1} loses nothing.
 *
 * <p>Arguments beyond {@code ±10^15} are not evaluated: {@code e^x} for {@code x > 10^15} is enclosed by
 * {@code [e^(10^15), +∞]} and for {@code x < −10^15} by {@code [0, e^(−10^15)]} (monotonicity).
 */
public final class ApfloatRigorousExp {

    /** Beyond this magnitude exp is bounded by monotonicity instead of evaluated. */
    static final Apfloat ARGUMENT_CAP = ApfloatDirected.pow10(15);

    private ApfloatRigorousExp() {}

    public static ApfloatInterval exp(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, ApfloatRigorousExp::expPoint, ZERO, null);
    }

    public static ApfloatInterval expm1(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, ApfloatRigorousExp::expm1Point, ONE.negate(), null);
    }

    /** An enclosure of {@code e^x} for exact finite {@code x}, about {@code w} digits wide. */
    static ApfloatInterval expPoint(Apfloat x, long w) {
        int sign = x.signum();
        if (sign == 0) {
            return ApfloatSeries.point(ONE, w);
        }
        if (x.compareTo(ARGUMENT_CAP) > 0) {
            return ApfloatInterval.exact(expPositive(ARGUMENT_CAP, w).lo(), null, w);
        }
        if (x.compareTo(ARGUMENT_CAP.negate()) < 0) {
            return ApfloatInterval.exact(ZERO, expPoint(ARGUMENT_CAP.negate(), w).hi(), w);
        }
        if (sign > 0) {
            return expPositive(x, w);
        }
        ApfloatInterval e = expPositive(x.negate(), w + 2);
        return ApfloatInterval.exact(ApfloatDirected.divDown(ONE, e.hi(), w), ApfloatDirected.divUp(ONE, e.lo(), w), w);
    }

    /** Bits below 1 the reduced argument is pushed to (balances series terms and squarings). */
    private static int reductionBits(long w) {
        return (int) Math.max(4, Math.ceil(Math.sqrt(3.32 * w) / 1.5));
    }

    /** An integer {@code e ≥ 0} with {@code |x| < 2^e} (from the decimal scale). */
    static long binaryMagnitude(Apfloat x) {
        long scale = x.scale(); // |x| < 10^scale
        return scale <= 0 ? 0 : (long) Math.ceil(scale * 3.3219280948873626);
    }

    /** Smallest n ≥ 1 with {@code 2^(-m(n+1))/(n+1)! ≤ 10^-(w+1)} (estimate). */
    private static int termCount(int m, long w) {
        int n = 1;
        while ((n + 1) * m * 0.30102999566398120 + ApfloatSeries.log10Factorial(n + 1) < w + 1) {
            n++;
        }
        return n;
    }

    private static ApfloatInterval expPositive(Apfloat x, long w) {
        int m = reductionBits(w);
        long s = binaryMagnitude(x) + m;
        long wi = w + (long) Math.ceil(s * 0.30103) + 5;
        ApfloatInterval r = ApfloatSeries.enclose(ApfloatDirected.halve(x, s), wi); // 0 < r < 2^-m
        int n = termCount(m, wi);
        Apfloat[] c = new Apfloat[n + 1]; // c_k = n!/k!
        c[n] = ONE;
        for (int k = n; k >= 1; k--) {
            c[k - 1] = c[k].multiply(ApfloatDirected.of(k));
        }
        ApfloatInterval sum = ApfloatIntervalBasic.divExact(ApfloatSeries.horner(c, r, wi), c[0], wi);
        // tail of the exponential series: 0 ≤ T ≤ 2·r^(n+1)/(n+1)!  (all terms positive, ratios ≤ 1/2)
        Apfloat tail = ApfloatDirected.divUp(
                ApfloatIntervalBasic.positivePower(r.hi(), n + 1, wi, true).multiply(TWO),
                ApintMath.factorial(n + 1, ApfloatDirected.RADIX), wi);
        ApfloatInterval e = ApfloatInterval.exact(sum.lo(), ApfloatDirected.addUp(sum.hi(), tail, wi), wi);
        for (long i = 0; i < s; i++) {
            e = ApfloatIntervalBasic.sqr(e, wi);
        }
        return e;
    }

    /** An enclosure of {@code e^x − 1} for exact finite {@code x}, accurate relative to the result. */
    static ApfloatInterval expm1Point(Apfloat x, long w) {
        if (x.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        if (ApfloatMath.abs(x).compareTo(ONE) >= 0) {
            return ApfloatIntervalBasic.addExact(expPoint(x, w + 2), ONE.negate(), w);
        }
        int m = reductionBits(w);
        long s = m; // |x| < 1, so |r| < 2^-m
        long wi = w + (long) Math.ceil(Math.log10(s + 1)) + 6;
        ApfloatInterval r = ApfloatSeries.enclose(ApfloatDirected.halve(x, s), wi);
        int n = termCount(m, wi);
        Apfloat[] c = new Apfloat[n + 1]; // c_k = (n+1)!/(k+1)!
        c[n] = ONE;
        for (int k = n; k >= 1; k--) {
            c[k - 1] = c[k].multiply(ApfloatDirected.of(k + 1));
        }
        Apfloat denominator = c[0]; // (n+1)!
        ApfloatInterval q = ApfloatIntervalBasic.divExact(ApfloatSeries.horner(c, r, wi), denominator, wi);
        // |tail of Q| ≤ 2|r|^(n+1)/(n+2)!
        Apfloat tail = ApfloatDirected.divUp(
                ApfloatIntervalBasic.positivePower(r.mag(), n + 1, wi, true).multiply(TWO),
                ApintMath.factorial(n + 2, ApfloatDirected.RADIX), wi);
        q = ApfloatIntervalBasic.add(q, ApfloatSeries.symmetric(tail, wi), wi);
        ApfloatInterval u = ApfloatIntervalBasic.mul(r, q, wi);
        for (long i = 0; i < s; i++) {
            u = ApfloatIntervalBasic.mul(u, ApfloatIntervalBasic.addExact(u, TWO, wi), wi);
        }
        return u;
    }
}
