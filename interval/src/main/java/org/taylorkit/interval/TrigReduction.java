package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Rigorous argument reduction {@code x = k·π/2 + r} for the trigonometric functions, with an
 * enclosure of {@code r} accurate to about 2^−88 relative even when {@code x} is close to a
 * multiple of π/2, and the exact integer {@code k} (its residue mod 2^60, enough for the quadrant
 * and for differences between the two bounds of an interval).
 *
 * <p><b>Moderate arguments</b> ({@code |x| ≤ 2^20}, so {@code |k| < 2^20}): Cody–Waite with the
 * four-part split {@code π/2 = P1 + P2 + P3 + P4 + δ} of {@link PiEnclosure}.
 * {@code x − k·P1} and {@code k·P2} are exact doubles ({@code P1}, {@code P2} have 32 bits),
 * {@code k·P3} and {@code k·P4} exact double-doubles (fma), and the subtractions run in
 * double-double interval arithmetic; the accumulated rounding is about 2^−106 times the size of
 * the intermediate differences, which after the first two exact steps is
 * {@code |r| + |k|·2^−63 ≤ |r| + 2^−43}, so the absolute error is below 2^−148; {@code |k·δ|}
 * (δ ≤ 2^−165) is added as a symmetric error. No double comes closer than about 2^−62 to a
 * nonzero multiple of π/2 (the worst case over all doubles, see below), so the relative accuracy
 * of {@code r} is better than 2^−85. (Rigor never depends on this; only tightness does.)
 *
 * <p><b>Large arguments</b> ({@code |x| > 2^20}, up to {@code MAX_VALUE ≈ 2^1024}): exact
 * reduction in {@link BigDecimal}. {@code x} is an exact decimal; {@code k} is the integer nearest
 * {@code x/(π/2)} (any integer would do for rigor); then
 * {@code r ∈ [x − k·(π/2)_hi, x − k·(π/2)_lo]} (k ≥ 0) exactly, with the 1395-bit enclosure of π
 * from {@link PiEnclosure}. The width is {@code |k|·10^−420 < 10^−110}, while the closest any
 * double comes to a multiple of π/2 is about 2^−61 (Muller, <i>Elementary Functions</i>, ch. 11:
 * the worst case x = 6381956970095103·2^797), so {@code r} keeps over 300 correct bits — more than the
 * double-double conversion can hold.
 */
final class TrigReduction {

    static final double MEDIUM_LIMIT = 0x1p20;
    private static final double TWO_OVER_PI = 0.6366197723675814;
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(60);
    static final long MOD_MASK = (1L << 60) - 1;

    /** Sign of r: exactly zero (x = 0). */
    static final int ZERO = 0;
    /** Sign of r could not be decided (never observed; handled conservatively by callers). */
    static final int UNKNOWN = 2;

    private TrigReduction() {
    }

    /** {@code x = k·π/2 + r}. */
    static final class Reduced {
        /** {@code k mod 2^60}, in [0, 2^60). */
        final long kMod;
        /** Enclosure of {@code r}, {@code |r| ≤ π/4 + tiny}. */
        final DDInterval r;
        /** −1, +1, {@link #ZERO} or {@link #UNKNOWN}. */
        final int sign;

        Reduced(long kMod, DDInterval r) {
            this.kMod = kMod;
            this.r = r;
            if (r.lo.h == 0 && r.hi.h == 0) {
                this.sign = ZERO;
            } else if (r.lo.h > 0) {
                this.sign = 1;
            } else if (r.hi.h < 0) {
                this.sign = -1;
            } else {
                this.sign = UNKNOWN;
            }
        }

        int quadrant() {
            return (int) (kMod & 3);
        }

        /** Smallest j with {@code j·π/2 ≥ x}, mod 2^60 (conservatively smaller if the sign is unknown). */
        long firstMultipleAtOrAbove() {
            return sign == 1 ? (kMod + 1) & MOD_MASK : kMod;
        }

        /** Largest j with {@code j·π/2 ≤ x}, mod 2^60 (conservatively larger if the sign is unknown). */
        long lastMultipleAtOrBelow() {
            return sign == -1 ? (kMod - 1) & MOD_MASK : kMod;
        }
    }

    /** Reduces a finite double. */
    static Reduced reduce(double x) {
        if (Math.abs(x) <= MEDIUM_LIMIT) {
            return reduceMedium(x);
        }
        return reduceLarge(x);
    }

    private static Reduced reduceMedium(double x) {
        double kd = Math.rint(x * TWO_OVER_PI);
        if (kd == 0) {
            return new Reduced(0, DDInterval.point(x));
        }
        DDInterval t = DDInterval.exactSum(x, -kd * PiEnclosure.P1); // k·P1 exact (≤ 53 bits)
        t = t.subtract(DDInterval.point(kd * PiEnclosure.P2)); // k·P2 exact
        t = t.subtract(DDInterval.exactProduct(kd, PiEnclosure.P3));
        t = t.subtract(DDInterval.exactProduct(kd, PiEnclosure.P4));
        t = t.widen(DirectedRounding.mulUp(Math.abs(kd), PiEnclosure.HALF_PI_EPS));
        long k = (long) kd;
        return new Reduced(k & MOD_MASK, t);
    }

    private static Reduced reduceLarge(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigInteger k = bx.divide(PiEnclosure.HALF_PI_LO, PiEnclosure.QUOTIENT_CONTEXT)
                .setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        BigDecimal bk = new BigDecimal(k);
        BigDecimal a = bx.subtract(bk.multiply(PiEnclosure.HALF_PI_HI));
        BigDecimal b = bx.subtract(bk.multiply(PiEnclosure.HALF_PI_LO));
        BigDecimal lo = a.min(b);
        BigDecimal hi = a.max(b);
        return new Reduced(k.mod(MOD).longValue(), DDInterval.enclose(lo, hi));
    }

    /**
     * The residues mod 4 of all integers j with {@code j·π/2 ∈ [a, b]} (a superset when a sign was
     * undecidable), as a bit mask (bit q set when some j ≡ q). Requires {@code b − a < 8}, so that
     * the residues mod 2^60 determine the count.
     */
    static int multiplesMask(Reduced a, Reduced b) {
        long first = a.firstMultipleAtOrAbove();
        long last = b.lastMultipleAtOrBelow();
        long count = ((last - first) & MOD_MASK) + 1;
        if (count > 16) { // wrapped: last < first, no multiple inside
            return 0;
        }
        int mask = 0;
        for (long i = 0; i < count; i++) {
            mask |= 1 << (int) ((first + i) & 3);
        }
        return mask;
    }
}
