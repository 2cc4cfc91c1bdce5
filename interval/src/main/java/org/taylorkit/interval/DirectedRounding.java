package org.taylorkit.interval;

import java.math.BigDecimal;

/**
 * Directed rounding of the basic operations on {@code double}, without control of the hardware
 * rounding mode (Java has none).
 *
 * <p><b>Method.</b> Java's {@code + − × ÷ √} and {@link Math#fma} are correctly rounded to nearest
 * (JLS §15.4, {@code Math.fma} Javadoc). For each operation we compute the rounded-to-nearest
 * result {@code r} and then the <em>exact sign</em> of the rounding error {@code exact − r}:
 * <ul>
 *   <li>sum: TwoSum (Knuth): {@code s = a+b, b' = s−a, a' = s−b', e = (a−a')+(b−b')} gives
 *       {@code a + b = s + e} exactly whenever {@code s} does not overflow;</li>
 *   <li>product: {@code e = fma(a, b, −p)} is exactly {@code a·b − p} when the exponents satisfy
 *       {@code e_a + e_b ≥ e_min + 52}, which {@code |p| > 2^−960} guarantees;</li>
 *   <li>quotient: {@code r = fma(−q, b, a) = a − q·b} exactly when {@code |a| > 2^−960}
 *       (Boldo &amp; Daumas 2003: the remainder of a correctly rounded quotient is representable when
 *       {@code e_q + e_b ≥ e_min + 52}; {@code |a| ≤ 2^{e_q+e_b+2}} gives this); the error
 *       {@code a/b − q = r/b} has the sign of {@code r·b};</li>
 *   <li>square root: {@code r = fma(−s, s, a) = a − s²} exactly when {@code a > 2^−960}.</li>
 * </ul>
 * Below the thresholds (results near underflow, where a residual could itself be rounded) the
 * product's sign comes from the same fma residual of the factors scaled by exact powers of two (the
 * products of high-order Taylor coefficients land there often, so it must be fast); the quotient's
 * and square root's by an exact comparison in {@link BigDecimal} (every double is a finite decimal,
 * and {@code BigDecimal} {@code +} and {@code ×} are exact), rare and slow-ish but exact. Knowing the sign, the result is stepped by one ulp ({@link Math#nextDown}/{@link
 * Math#nextUp}) <em>only</em> when it lies on the wrong side: a correctly rounded result is within
 * half an ulp of the exact value, so one step reaches the directed rounding. Exact results stay
 * exact: {@code mulDown(0, 2) = 0}, {@code addUp(1, 3) = 4}.
 *
 * <p><b>Edges.</b> Overflow: a finite operation that rounds to {@code ±∞} has exact magnitude
 * above {@code MAX_VALUE}, so the rounding towards zero is {@code ±MAX_VALUE}
 * ({@code addDown(MAX, MAX) = MAX}, {@code addUp(MAX, MAX) = +∞}). Infinite operands give the
 * extended-real result, which is exact. The undefined forms follow the set-based conventions the
 * interval layer needs: {@code 0·(±∞) = 0} (an endpoint product where one factor is a member 0 and
 * the other only a limit), and {@code ∞ − ∞}, {@code 0/0}, {@code ∞/∞} round down to {@code −∞}
 * and up to {@code +∞} (the hull of every possible limit). A NaN operand gives NaN. Zeros: the
 * sign of a zero result is not significant (the interval layer compares with {@code ==}).
 *
 * <p>Stateless, allocation-free except on the near-underflow path; thread-safe.
 */
public final class DirectedRounding {

    /** Above this magnitude the fma residuals of ×, ÷, √ are exact (see class comment). */
    static final double EFT_SAFE = 0x1p-960;

    private DirectedRounding() {
    }

    // ------------------------------------------------------------------ addition, subtraction

    /** The largest double ≤ {@code a + b} (see the class comment for ∞ and NaN). */
    public static double addDown(double a, double b) {
        double s = a + b;
        if (Double.isNaN(s)) {
            return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(s)) {
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return s;
            }
            return s > 0 ? Double.MAX_VALUE : s;
        }
        int sign = twoSumErrorSign(a, b, s);
        return sign < 0 || sign == UNKNOWN ? Math.nextDown(s) : s;
    }

    /** The smallest double ≥ {@code a + b}. */
    public static double addUp(double a, double b) {
        double s = a + b;
        if (Double.isNaN(s)) {
            return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(s)) {
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return s;
            }
            return s < 0 ? -Double.MAX_VALUE : s;
        }
        int sign = twoSumErrorSign(a, b, s);
        return sign > 0 ? Math.nextUp(s) : s; // UNKNOWN (> 0) steps up too
    }

    /** The largest double ≤ {@code a − b}. */
    public static double subDown(double a, double b) {
        return addDown(a, -b);
    }

    /** The smallest double ≥ {@code a − b}. */
    public static double subUp(double a, double b) {
        return addUp(a, -b);
    }

    /**
     * Sign of {@code (a + b) − s} for finite {@code s = RN(a + b)}, by TwoSum. TwoSum is exact when
     * the sum does not overflow (also for subnormals: there the sum is exact and the error 0). An
     * intermediate overflow inside TwoSum would show as a non-finite error; we then answer
     * "unknown" (±2) so that the caller steps outward unconditionally, which is always safe.
     */
    private static int twoSumErrorSign(double a, double b, double s) {
        double bv = s - a;
        double av = s - bv;
        double err = (a - av) + (b - bv);
        if (!Double.isFinite(err)) {
            return UNKNOWN;
        }
        return err > 0 ? 1 : (err < 0 ? -1 : 0);
    }

    // ------------------------------------------------------------------ multiplication

    /** The largest double ≤ {@code a · b}; {@code 0·(±∞) = 0}. */
    public static double mulDown(double a, double b) {
        double p = a * b;
        int sign = productErrorSign(a, b, p);
        switch (sign) {
            case OVERFLOW_POS: return Double.MAX_VALUE;
            case OVERFLOW_NEG: return Double.NEGATIVE_INFINITY;
            case ZERO_TIMES_INF: return 0.0;
            case NAN: return Double.NaN;
            default: return sign < 0 ? Math.nextDown(p) : p;
        }
    }

    /** The smallest double ≥ {@code a · b}; {@code 0·(±∞) = 0}. */
    public static double mulUp(double a, double b) {
        double p = a * b;
        int sign = productErrorSign(a, b, p);
        switch (sign) {
            case OVERFLOW_POS: return Double.POSITIVE_INFINITY;
            case OVERFLOW_NEG: return -Double.MAX_VALUE;
            case ZERO_TIMES_INF: return 0.0;
            case NAN: return Double.NaN;
            default: return sign > 0 ? Math.nextUp(p) : p;
        }
    }

    /** TwoSum could not decide (intermediate overflow): step outward in both directions. */
    private static final int UNKNOWN = 2;
    private static final int OVERFLOW_POS = 10;
    private static final int OVERFLOW_NEG = 11;
    private static final int ZERO_TIMES_INF = 12;
    private static final int NAN = 13;

    /** Sign of {@code a·b − p}, or one of the special codes. */
    private static int productErrorSign(double a, double b, double p) {
        if (Double.isNaN(p)) {
            return Double.isNaN(a) || Double.isNaN(b) ? NAN : ZERO_TIMES_INF;
        }
        if (Double.isInfinite(p)) {
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return 0; // exact extended-real product
            }
            return p > 0 ? OVERFLOW_POS : OVERFLOW_NEG;
        }
        if (a == 0 || b == 0) {
            return 0;
        }
        if (Math.abs(p) > EFT_SAFE) {
            double e = Math.fma(a, b, -p);
            return e > 0 ? 1 : (e < 0 ? -1 : 0);
        }
        return scaledProductErrorSign(a, b, p);
    }

    /**
     * Sign of {@code a·b − p} for a product near underflow ({@code |p| ≤ 2^−960}, a, b finite and
     * nonzero), without {@code BigDecimal}: {@code a' = a·2^−ea}, {@code b' = b·2^−eb} and
     * {@code P = p·2^−(ea+eb)} are exact (scalings by powers of two that stay normal and finite:
     * {@code |a'|, |b'| ∈ [2^−51, 2)}; {@code p} is 0 or within {@code 2^−1075} of {@code a·b}, so
     * {@code |P| ≤ |a'b'| + 4}), and {@code a·b − p} has the sign of {@code a'b' − P}, which
     * {@code fma} computes exactly before one rounding; that value, a multiple of {@code 2^−116} (as
     * {@code ea + eb ≤ −958}) or zero, cannot underflow, so the rounding keeps its sign.
     */
    private static int scaledProductErrorSign(double a, double b, double p) {
        int ea = Math.getExponent(a);
        int eb = Math.getExponent(b);
        double as = timesPowerOfTwo(a, -ea);
        double bs = timesPowerOfTwo(b, -eb);
        double e = Math.fma(as, bs, -timesPowerOfTwo(p, -(ea + eb)));
        return e > 0 ? 1 : (e < 0 ? -1 : 0);
    }

    /**
     * {@code x·2^k} for {@code −1022 ≤ k ≤ 2046} by multiplications with exact powers of two of at most
     * {@code 2^1000} each (exact whenever every partial result is normal or the scaling is upward
     * without overflow, as in {@link #scaledProductErrorSign}); {@link Math#scalb} gives the same but
     * is several times slower, and this path is hot in high-order interval Taylor coefficients.
     */
    private static double timesPowerOfTwo(double x, int k) {
        while (k > 1000) {
            x *= 0x1p1000;
            k -= 1000;
        }
        return x * Double.longBitsToDouble((long) (k + Double.MAX_EXPONENT) << 52);
    }

    // ------------------------------------------------------------------ division

    /** The largest double ≤ {@code a / b}. {@code 0/0} and {@code ∞/∞} give {@code −∞}. */
    public static double divDown(double a, double b) {
        double q = a / b;
        int sign = quotientErrorSign(a, b, q);
        switch (sign) {
            case OVERFLOW_POS: return Double.MAX_VALUE;
            case OVERFLOW_NEG: return Double.NEGATIVE_INFINITY;
            case ZERO_TIMES_INF: return Double.NEGATIVE_INFINITY;
            case NAN: return Double.NaN;
            default: return sign < 0 ? Math.nextDown(q) : q;
        }
    }

    /** The smallest double ≥ {@code a / b}. {@code 0/0} and {@code ∞/∞} give {@code +∞}. */
    public static double divUp(double a, double b) {
        double q = a / b;
        int sign = quotientErrorSign(a, b, q);
        switch (sign) {
            case OVERFLOW_POS: return Double.POSITIVE_INFINITY;
            case OVERFLOW_NEG: return -Double.MAX_VALUE;
            case ZERO_TIMES_INF: return Double.POSITIVE_INFINITY;
            case NAN: return Double.NaN;
            default: return sign > 0 ? Math.nextUp(q) : q;
        }
    }

    /** Sign of {@code a/b − q}, or a special code ({@code ZERO_TIMES_INF} stands for 0/0, ∞/∞). */
    private static int quotientErrorSign(double a, double b, double q) {
        if (Double.isNaN(q)) {
            return Double.isNaN(a) || Double.isNaN(b) ? NAN : ZERO_TIMES_INF;
        }
        if (Double.isInfinite(q)) {
            if (Double.isInfinite(a) || b == 0) {
                return 0; // exact: ∞/finite, or IEEE a/±0 (the interval layer never divides by 0)
            }
            return q > 0 ? OVERFLOW_POS : OVERFLOW_NEG;
        }
        if (a == 0 || Double.isInfinite(b)) {
            return 0; // 0/b and finite/∞ are exactly 0
        }
        if (Math.abs(a) > EFT_SAFE) {
            double r = Math.fma(-q, b, a); // exactly a − q·b
            int rs = r > 0 ? 1 : (r < 0 ? -1 : 0);
            return b > 0 ? rs : -rs;
        }
        int rs = new BigDecimal(a).compareTo(new BigDecimal(q).multiply(new BigDecimal(b)));
        return b > 0 ? rs : -rs;
    }

    // ------------------------------------------------------------------ square root

    /** The largest double ≤ {@code √a} for {@code a ≥ 0}; NaN for {@code a < 0} or NaN. */
    public static double sqrtDown(double a) {
        double s = Math.sqrt(a);
        return sqrtErrorSign(a, s) < 0 ? Math.nextDown(s) : s;
    }

    /** The smallest double ≥ {@code √a} for {@code a ≥ 0}; NaN for {@code a < 0} or NaN. */
    public static double sqrtUp(double a) {
        double s = Math.sqrt(a);
        return sqrtErrorSign(a, s) > 0 ? Math.nextUp(s) : s;
    }

    private static int sqrtErrorSign(double a, double s) {
        if (!(a > 0) || Double.isInfinite(a)) {
            return 0; // 0, +∞ exact; NaN propagates
        }
        if (a > EFT_SAFE) {
            double r = Math.fma(-s, s, a); // exactly a − s²; √a − s has its sign
            return r > 0 ? 1 : (r < 0 ? -1 : 0);
        }
        BigDecimal sb = new BigDecimal(s);
        return new BigDecimal(a).compareTo(sb.multiply(sb));
    }

    // ------------------------------------------------------------------ decimal rounding

    /**
     * The largest double ≤ {@code v} ({@code −∞} below {@code −MAX_VALUE}). The candidate
     * {@code v.doubleValue()} is certified by exact comparison and stepped if needed, so the result
     * does not depend on the accuracy of {@link BigDecimal#doubleValue()}.
     */
    public static double roundDown(BigDecimal v) {
        double d = v.doubleValue();
        if (d == Double.POSITIVE_INFINITY) {
            d = Double.MAX_VALUE;
        }
        if (d == Double.NEGATIVE_INFINITY) {
            if (v.compareTo(new BigDecimal(-Double.MAX_VALUE)) >= 0) {
                return -Double.MAX_VALUE;
            }
            return d;
        }
        while (new BigDecimal(d).compareTo(v) > 0) {
            d = Math.nextDown(d);
            if (Double.isInfinite(d)) {
                return d;
            }
        }
        while (true) {
            double up = Math.nextUp(d);
            if (Double.isInfinite(up) || new BigDecimal(up).compareTo(v) > 0) {
                return d == 0 ? 0.0 : d;
            }
            d = up;
        }
    }

    /** The smallest double ≥ {@code v} ({@code +∞} above {@code MAX_VALUE}). */
    public static double roundUp(BigDecimal v) {
        double r = -roundDown(v.negate());
        return r == 0 ? 0.0 : r;
    }

    /** {@code true} when {@code roundDown(v) == roundUp(v)}, i.e. {@code v} is a double. */
    static boolean isDouble(BigDecimal v) {
        return roundDown(v) == roundUp(v);
    }
}
