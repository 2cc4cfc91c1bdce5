package org.taylorkit.interval.apfloat;

import java.math.BigInteger;
import org.apfloat.Apfloat;
import org.apfloat.Apint;

/**
 * Building blocks for the rigorous series of the Apfloat interval functions: interval Horner
 * evaluation with exact integer coefficients, the integer denominators, and term counts.
 *
 * <p>Rigor: Horner's scheme evaluated in interval arithmetic is the natural interval extension of
 * the polynomial, so for every {@code x ∈ X} the exact value {@code Σ c_k x^k} lies in the result.
 * Term counts are chosen with {@code double} estimates; that only affects tightness, because every
 * caller adds a remainder bound computed in directed arithmetic from the actual term count.
 */
final class ApfloatSeries {

    private ApfloatSeries() {}

    /** {@code Σ_{k=0}^{n} c[k]·X^k} at {@code w} digits, {@code c[k]} exact. */
    static ApfloatInterval horner(Apfloat[] c, ApfloatInterval x, long w) {
        int n = c.length - 1;
        ApfloatInterval acc = ApfloatInterval.exact(c[n], c[n], w);
        for (int k = n - 1; k >= 0; k--) {
            acc = ApfloatIntervalBasic.addExact(ApfloatIntervalBasic.mul(acc, x, w), c[k], w);
        }
        return acc;
    }

    /** {@code lcm(1, 3, 5, …, 2n+1)}, exact. */
    static Apint oddLcm(int n) {
        BigInteger l = BigInteger.ONE;
        for (int j = 0; j <= n; j++) {
            BigInteger d = BigInteger.valueOf(2L * j + 1);
            l = l.divide(l.gcd(d)).multiply(d);
        }
        return new Apint(l, ApfloatDirected.RADIX);
    }

    /** {@code (−1)^j·L/(2j+1)} (alternating) or {@code L/(2j+1)} for j = 0..n. */
    static Apfloat[] oddReciprocalCoefficients(int n, Apint l, boolean alternating) {
        Apfloat[] c = new Apfloat[n + 1];
        for (int j = 0; j <= n; j++) {
            Apint v = l.divide(ApfloatDirected.integer(2L * j + 1)); // exact: 2j+1 divides L
            c[j] = alternating && (j & 1) == 1 ? v.negate() : v;
        }
        return c;
    }

    /** {@code [−r, r]} for an upper bound {@code r ≥ 0}. */
    static ApfloatInterval symmetric(Apfloat r, long w) {
        return ApfloatInterval.exact(r.negate(), r, w);
    }

    /** {@code log10(n!)} (for term-count estimates only). */
    static double log10Factorial(long n) {
        double s = 0;
        for (long k = 2; k <= n; k++) {
            s += Math.log10(k);
        }
        return s;
    }

    /** An upper bound of {@code |X|} as a double, for estimates only. */
    static double magnitude(ApfloatInterval x) {
        return x.magDouble();
    }

    /** {@code x} as a point interval at {@code w} digits when it fits, else its tightest enclosure. */
    static ApfloatInterval enclose(Apfloat x, long w) {
        return ApfloatInterval.exact(ApfloatDirected.down(x, w), ApfloatDirected.up(x, w), w);
    }

    /** The exact interval {@code [v, v]} (no rounding). */
    static ApfloatInterval point(Apfloat v, long w) {
        return ApfloatInterval.exact(v, v, w);
    }
}
