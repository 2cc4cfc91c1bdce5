package org.taylorkit.interval.apfloat;

import static org.taylorkit.interval.apfloat.ApfloatDirected.ONE;
import static org.taylorkit.interval.apfloat.ApfloatDirected.TWO;
import static org.taylorkit.interval.apfloat.ApfloatDirected.ZERO;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Rigorous error function for Apfloat intervals.
 *
 * <p>For exact {@code x > 0} (erf is odd and increasing, {@code erf(±∞) = ±1}), Kummer's series
 * {@code erf x = (2/√π)·e^(−x²)·S}, {@code S = Σ_{n≥0} T_n}, {@code T_0 = x},
 * {@code T_n = T_{n−1}·2x²/(2n+1)} (i.e. {@code 2^n x^(2n+1)/(2n+1)!!}). All terms are positive, so the
 * partial sum is summed twice, once with every operation rounded down and once up. The sum stops at
 * a term {@code N} with {@code 2N+5 ≥ 4x²} (every later ratio {@code 2x²/(2n+1) ≤ 1/2}) and negligible
 * size; the tail is then at most {@code 2·T_{N+1} = 2·T_N·2x²/(2N+3)}. {@code e^(−x²)} comes from the
 * rigorous exp, {@code √π} from the Machin π and the verified square root.
 *
 * <p>For large {@code x} the series is not needed: {@code 0 < erfc x ≤ e^(−x²)/(x√π)} (x &gt; 0), and
 * when {@code x² ≥ (w+2)·ln 10} with {@code x > 1} this is below {@code 10^-(w+2)}, so
 * {@code erf x ∈ [1 − 10^-(w+2), 1]}.
 */
public final class ApfloatRigorousErf {

    private ApfloatRigorousErf() {}

    public static ApfloatInterval erf(ApfloatInterval x, long p) {
        return ApfloatMonotone.increasing(x, p, ApfloatRigorousErf::erfPoint, ONE.negate(), ONE);
    }

    /** An enclosure of {@code erf x} for exact {@code x}. */
    static ApfloatInterval erfPoint(Apfloat x, long w) {
        if (x.signum() == 0) {
            return ApfloatSeries.point(ZERO, w);
        }
        ApfloatInterval r = erfPositive(ApfloatMath.abs(x), w);
        return x.signum() < 0 ? r.negate() : r;
    }

    private static ApfloatInterval erfPositive(Apfloat x, long w) {
        Apfloat x2 = x.multiply(x); // exact
        Apfloat threshold = ApfloatDirected.of((long) Math.ceil((w + 2) * 2.3026));
        if (x2.compareTo(threshold) >= 0) { // x > 1 as well
            return ApfloatInterval.exact(ONE.subtract(ApfloatDirected.pow10(-(w + 2))), ONE, w);
        }
        double x2d = x2.doubleValue();
        long wi = w + 6 + (long) Math.ceil(Math.log10(4 * x2d + 60));
        Apfloat q = x2.multiply(TWO); // exact ratio numerator 2x²
        Apfloat negligible = ApfloatDirected.pow10(-(wi + 2));
        Apfloat lowTerm = ApfloatDirected.down(x, wi);
        Apfloat highTerm = ApfloatDirected.up(x, wi);
        Apfloat lowSum = lowTerm;
        Apfloat highSum = highTerm;
        long n = 0;
        while (true) {
            boolean ratiosSmall = ApfloatDirected.of(2 * n + 5).compareTo(q.multiply(TWO)) >= 0; // 2n+5 ≥ 4x²
            if (ratiosSmall && highTerm.compareTo(lowSum.multiply(negligible)) <= 0) {
                break;
            }
            n++;
            Apfloat den = ApfloatDirected.of(2 * n + 1);
            lowTerm = ApfloatDirected.divDown(ApfloatDirected.mulDown(lowTerm, q, wi), den, wi);
            highTerm = ApfloatDirected.divUp(ApfloatDirected.mulUp(highTerm, q, wi), den, wi);
            lowSum = ApfloatDirected.addDown(lowSum, lowTerm, wi);
            highSum = ApfloatDirected.addUp(highSum, highTerm, wi);
        }
        // tail ≤ 2·T_{n+1} = 2·T_n·2x²/(2n+3)
        Apfloat tail = ApfloatDirected.divUp(ApfloatDirected.mulUp(highTerm, q.multiply(TWO), wi),
                ApfloatDirected.of(2 * n + 3), wi);
        ApfloatInterval s = ApfloatInterval.exact(lowSum, ApfloatDirected.addUp(highSum, tail, wi), wi);
        ApfloatInterval e = ApfloatRigorousExp.expPoint(x2.negate(), wi);
        ApfloatInterval twoOverRootPi = ApfloatIntervalBasic.div(ApfloatSeries.point(TWO, wi),
                ApfloatIntervalBasic.sqrt(ApfloatRigorousTrig.pi(wi), wi), wi);
        ApfloatInterval r = ApfloatIntervalBasic.mul(ApfloatIntervalBasic.mul(twoOverRootPi, e, wi), s, wi);
        return r.hi().compareTo(ONE) > 0 ? ApfloatInterval.exact(r.lo().compareTo(ONE) > 0 ? ONE : r.lo(), ONE, wi) : r;
    }
}
