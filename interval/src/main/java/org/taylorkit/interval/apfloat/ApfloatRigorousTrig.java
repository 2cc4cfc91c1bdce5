package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.Apint;

/**
 * Rigorous π, {@code sin}, {@code cos} and {@code tan} for Apfloat intervals.
 *
 * <p><b>π</b> by Machin's formula {@code π = 16·atan(1/5) − 4·atan(1/239)} (an identity), with the
 * rigorous atan kernel of {@link ApfloatRigorousAtan} on {@code 1/5} (exact) and on a directed
 * enclosure of {@code 1/239}; cached.
 *
 * <p><b>Reduction.</b> For exact {@code x} pick an integer {@code k ≈ x/(π/2)} (any integer is
 * correct; only the size of the remainder depends on it) and enclose {@code r = x − k·π/2} using an
 * enclosure of π/2 with {@code scale(x)} extra digits, so that {@code k·π/2} is known to the working
 * precision. Then {@code sin x} and {@code cos x} are {@code ±sin r} or {@code ±cos r} according to
 * {@code k mod 4} (exact identities). If the enclosure of {@code r} contains 0 (x within rounding of a
 * multiple of π/2), the reduction is redone with more digits, up to a limit.
 *
 * <p><b>Kernel</b> on {@code |r| ≤ 1}: {@code y = r/2^t} (exact halving), then
 * {@code sin y = y·Σ_{j≤n} (−1)^j u^j/(2j+1)! + θ₁·|y|·u^(n+1)/(2n+3)!} and
 * {@code cos y = Σ_{j≤n} (−1)^j u^j/(2j)! + θ₂·u^(n+1)/(2n+2)!}, {@code u = y²}, {@code |θ| ≤ 1}
 * (alternating series with decreasing terms: the tail is bounded by the first omitted term), both
 * polynomials by interval Horner with integer coefficients; then {@code t} doublings
 * {@code sin 2y = 2 sin y cos y}, {@code cos 2y = 1 − 2 sin² y} in interval arithmetic.
 *
 * <p><b>Intervals.</b> {@code sin [a, b]} is the hull of the endpoint enclosures and of the extreme
 * values ±1 at every {@code nπ/2} ({@code n} odd) the interval may contain: {@code n} runs over the
 * integers in {@code [⌈lower(a/(π/2))⌉, ⌊upper(b/(π/2))⌋]}, a superset of those actually inside, so a
 * maximum is never missed (an extra one can only be added when an endpoint is within rounding of
 * it, where the function is within that much of ±1 anyway). Cosine likewise with even {@code n};
 * tangent is the entire line if that range holds an odd {@code n} (a pole), otherwise increasing.
 */
public final class ApfloatRigorousTrig {

    private static final Apfloat FIFTH = ApfloatDirected.parseDecimal("0.2");
    private static final Apfloat SEVEN = ApfloatDirected.of(7);
    private static final Apfloat FOUR = ApfloatDirected.of(4);
    private static final ApfloatConstant PI = new ApfloatConstant(ApfloatRigorousTrig::machin);
    /** Beyond this many digits of π the reduction is not attempted and sin/cos give [−1, 1]. */
    static final long MAX_PI_DIGITS = 20_000;

    private ApfloatRigorousTrig() {}

    // ------------------------------------------------------------------ π

    private static ApfloatInterval machin(long w) {
        long wi = w + 4;
        ApfloatInterval a5 = ApfloatRigorousAtan.atanKernel(ApfloatSeries.point(FIFTH, wi), wi);
        Apfloat d239 = ApfloatDirected.of(239);
        ApfloatInterval inv239 = ApfloatInterval.exact(ApfloatDirected.divDown(ONE, d239, wi),
                ApfloatDirected.divUp(ONE, d239, wi), wi);
        ApfloatInterval a239 = ApfloatRigorousAtan.atanKernel(inv239, wi);
        return ApfloatIntervalBasic.sub(ApfloatIntervalBasic.mulExact(a5, ApfloatDirected.of(16), wi),
                ApfloatIntervalBasic.mulExact(a239, FOUR, wi), wi);
    }

    /** An enclosure of π at {@code w} digits. */
    static ApfloatInterval pi(long w) {
        return PI.at(w);
    }

    /** An enclosure of π/2 at {@code w} digits (exact halving of the π enclosure). */
    static ApfloatInterval halfPi(long w) {
        ApfloatInterval pi = PI.at(w + 1);
        return ApfloatInterval.exact(ApfloatDirected.halve(pi.lo(), 1), ApfloatDirected.halve(pi.hi(), 1), w)
                .roundOut(w);
    }

    // ------------------------------------------------------------------ interval functions

    public static ApfloatInterval sin(ApfloatInterval x, long p) {
        return sinOrCos(x, p, true);
    }

    public static ApfloatInterval cos(ApfloatInterval x, long p) {
        return sinOrCos(x, p, false);
    }

    private static ApfloatInterval sinOrCos(ApfloatInterval x, long p, boolean sine) {
        ApfloatInterval unit = ApfloatInterval.exact(ONE.negate(), ONE, p);
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (!x.isBounded() || x.hi().subtract(x.lo()).compareTo(SEVEN) >= 0 || tooLarge(x)) {
            return unit;
        }
        long w = p + ApfloatMonotone.GUARD;
        if (x.isPoint()) {
            return pick(sinCosPoint(x.lo(), w), sine).intersection(unit).roundOut(p);
        }
        ApfloatInterval result = pick(sinCosPoint(x.lo(), w), sine).hull(pick(sinCosPoint(x.hi(), w), sine));
        BigInteger[] range = quarterTurns(x, w);
        for (BigInteger n = range[0]; n.compareTo(range[1]) <= 0; n = n.add(BigInteger.ONE)) {
            int mod = n.mod(BigInteger.valueOf(4)).intValue();
            // sin: max at n ≡ 1, min at n ≡ 3; cos: max at n ≡ 0, min at n ≡ 2 (mod 4)
            int extreme = sine ? (mod == 1 ? 1 : mod == 3 ? -1 : 0) : (mod == 0 ? 1 : mod == 2 ? -1 : 0);
            if (extreme != 0) {
                Apfloat v = extreme > 0 ? ONE : ONE.negate();
                result = result.hull(ApfloatSeries.point(v, w));
            }
        }
        return result.intersection(unit).roundOut(p);
    }

    public static ApfloatInterval tan(ApfloatInterval x, long p) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (!x.isBounded() || x.hi().subtract(x.lo()).compareTo(FOUR) >= 0 || tooLarge(x)) {
            return ApfloatInterval.entire(p);
        }
        long w = p + ApfloatMonotone.GUARD;
        if (x.isPoint()) {
            return tanPoint(x.lo(), w).roundOut(p);
        }
        BigInteger[] range = quarterTurns(x, w);
        for (BigInteger n = range[0]; n.compareTo(range[1]) <= 0; n = n.add(BigInteger.ONE)) {
            if (n.testBit(0)) {
                return ApfloatInterval.entire(p); // a pole (2k+1)π/2 may lie in x
            }
        }
        ApfloatInterval a = tanPoint(x.lo(), w);
        ApfloatInterval b = tanPoint(x.hi(), w);
        return ApfloatInterval.exact(a.lo(), b.hi(), w).roundOut(p);
    }

    private static boolean tooLarge(ApfloatInterval x) {
        long scale = Math.max(x.lo().scale(), x.hi().scale());
        return scale > MAX_PI_DIGITS;
    }

    /** The integers {@code n} with {@code nπ/2} possibly in {@code x}: {@code [⌈a/(π/2)⌉, ⌊b/(π/2)⌋]} widened. */
    private static BigInteger[] quarterTurns(ApfloatInterval x, long w) {
        long wr = w + Math.max(0, Math.max(x.lo().scale(), x.hi().scale())) + 5;
        ApfloatInterval halfPi = halfPi(wr);
        ApfloatInterval a = ApfloatIntervalBasic.div(ApfloatSeries.point(x.lo(), wr), halfPi, wr);
        ApfloatInterval b = ApfloatIntervalBasic.div(ApfloatSeries.point(x.hi(), wr), halfPi, wr);
        return new BigInteger[] {
            ApfloatMath.ceil(a.lo()).toBigInteger(), ApfloatMath.floor(b.hi()).toBigInteger()
        };
    }

    private static ApfloatInterval pick(ApfloatInterval[] sc, boolean sine) {
        return sine ? sc[0] : sc[1];
    }

    // ------------------------------------------------------------------ point kernels

    /** An enclosure of {@code tan x} for exact {@code x}: sin/cos of the same reduction. */
    static ApfloatInterval tanPoint(Apfloat x, long w) {
        ApfloatInterval[] sc = sinCosPoint(x, w + 3);
        return ApfloatIntervalBasic.div(sc[0], sc[1], w);
    }

    /** Enclosures {@code {sin x, cos x}} for exact {@code x} (see the class comment). */
    static ApfloatInterval[] sinCosPoint(Apfloat x, long w) {
        if (x.signum() == 0) {
            return new ApfloatInterval[] {ApfloatSeries.point(ZERO, w), ApfloatSeries.point(ONE, w)};
        }
        long extra = Math.max(0, x.scale()) + 5;
        for (int attempt = 0; ; attempt++) {
            long wr = w + extra;
            ApfloatInterval halfPi = halfPi(wr);
            long approxDigits = Math.max(1, x.scale()) + 10;
            Apint k = ApfloatMath.roundToInteger(
                    x.precision(approxDigits).divide(halfPi.lo().precision(approxDigits)), RoundingMode.HALF_EVEN);
            ApfloatInterval r = ApfloatIntervalBasic.sub(ApfloatSeries.point(x, wr),
                    ApfloatIntervalBasic.mulExact(halfPi, k, wr), wr);
            boolean straddlesZero = r.lo().signum() <= 0 && r.hi().signum() >= 0;
            if (straddlesZero && attempt < 4 && wr < MAX_PI_DIGITS) {
                extra = 2 * extra + 20;
                continue;
            }
            ApfloatInterval[] sc = sinCosSmall(r, wr);
            ApfloatInterval s = sc[0];
            ApfloatInterval c = sc[1];
            switch (k.toBigInteger().mod(BigInteger.valueOf(4)).intValue()) {
                case 0:
                    return new ApfloatInterval[] {s, c};
                case 1:
                    return new ApfloatInterval[] {c, s.negate()};
                case 2:
                    return new ApfloatInterval[] {s.negate(), c.negate()};
                default:
                    return new ApfloatInterval[] {c.negate(), s};
            }
        }
    }

    /** {@code {sin r, cos r}} for a narrow {@code R} with {@code |R| ≤ 1} (halving, series, doubling). */
    static ApfloatInterval[] sinCosSmall(ApfloatInterval r, long w) {
        long wi = w + 6;
        int m = (int) Math.max(2, Math.round(Math.sqrt(3.32 * wi) / 2));
        double mag = r.magDouble();
        long t = mag == 0 ? 0 : Math.max(0, m + Math.getExponent(mag) + 1);
        ApfloatInterval y = ApfloatInterval.exact(ApfloatDirected.halve(r.lo(), t), ApfloatDirected.halve(r.hi(), t), wi)
                .roundOut(wi); // |y| ≤ 2^-m
        ApfloatInterval u = ApfloatIntervalBasic.sqr(y, wi);
        int n = 0;
        while ((n + 1) * 2 * m * 0.30102999566398120 + ApfloatSeries.log10Factorial(2L * n + 2) < wi + 1) {
            n++;
        }
        // sine: Σ (−1)^j ((2n+1)!/(2j+1)!) u^j / (2n+1)!;  cosine: Σ (−1)^j ((2n)!/(2j)!) u^j / (2n)!
        Apfloat[] cs = new Apfloat[n + 1];
        Apfloat[] cc = new Apfloat[n + 1];
        cs[n] = (n & 1) == 0 ? ONE : ONE.negate();
        cc[n] = cs[n];
        for (int j = n; j >= 1; j--) {
            cs[j - 1] = cs[j].multiply(ApfloatDirected.of((2L * j) * (2L * j + 1))).negate();
            cc[j - 1] = cc[j].multiply(ApfloatDirected.of((2L * j - 1) * (2L * j))).negate();
        }
        Apfloat sinDen = ApfloatMath.abs(cs[0]); // (2n+1)!
        Apfloat cosDen = ApfloatMath.abs(cc[0]); // (2n)!
        Apfloat uPow = ApfloatIntervalBasic.positivePower(u.hi(), n + 1, wi, true);
        Apfloat sinTail = ApfloatDirected.divUp(uPow, sinDen.multiply(ApfloatDirected.of((2L * n + 2) * (2L * n + 3))), wi);
        Apfloat cosTail = ApfloatDirected.divUp(uPow, cosDen.multiply(ApfloatDirected.of((2L * n + 1) * (2L * n + 2))), wi);
        ApfloatInterval s = ApfloatIntervalBasic.add(
                ApfloatIntervalBasic.divExact(ApfloatSeries.horner(cs, u, wi), sinDen, wi),
                ApfloatSeries.symmetric(sinTail, wi), wi);
        s = ApfloatIntervalBasic.mul(y, s, wi);
        ApfloatInterval c = ApfloatIntervalBasic.add(
                ApfloatIntervalBasic.divExact(ApfloatSeries.horner(cc, u, wi), cosDen, wi),
                ApfloatSeries.symmetric(cosTail, wi), wi);
        for (long i = 0; i < t; i++) {
            ApfloatInterval s2 = ApfloatIntervalBasic.mulExact(ApfloatIntervalBasic.mul(s, c, wi), TWO, wi);
            c = ApfloatIntervalBasic.addExact(
                    ApfloatIntervalBasic.mulExact(ApfloatIntervalBasic.sqr(s, wi), TWO.negate(), wi), ONE, wi);
            s = s2;
        }
        return new ApfloatInterval[] {s, c};
    }
}
