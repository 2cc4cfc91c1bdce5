package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/**
 * Rigorous {@code 2^x}, {@code 10^x}, {@code log₂ x} and {@code log₁₀ x} on {@link ApfloatInterval}
 * (IEEE 1788 {@code exp2}, {@code exp10}, {@code log2}, {@code log10}) at the interval's precision,
 * built on its rigorous {@code exp} and {@code log}.
 *
 * <p><b>Rigor.</b> {@code 2^x = exp(x·[ln 2])}, {@code log₂ x = log x / [ln 2]} (likewise for 10),
 * where {@code [ln 2]}, {@code [ln 10]} are rigorous enclosures at the working precision; each
 * step is an outward-rounded interval operation, so the result contains the exact image. Exact
 * cases stay exact: a point integer {@code k} gives {@code 2^k} / {@code 10^k} through the integer
 * power, and a point {@code 2^k} / {@code 10^k} gives {@code log = k}. Domains as in
 * {@link RigorousExpLogBases}.
 */
public final class ApfloatRigorousExpLogBases {

    private ApfloatRigorousExpLogBases() {
    }

    /** {@code {2^x : x ∈ X}}. */
    public static ApfloatInterval exp2(ApfloatInterval x) {
        return expBase(x, 2);
    }

    /** {@code {10^x : x ∈ X}}. */
    public static ApfloatInterval exp10(ApfloatInterval x) {
        return expBase(x, 10);
    }

    /** {@code {log₂ x : x ∈ X, x > 0}}. */
    public static ApfloatInterval log2(ApfloatInterval x) {
        return logBase(x, 2);
    }

    /** {@code {log₁₀ x : x ∈ X, x > 0}}. */
    public static ApfloatInterval log10(ApfloatInterval x) {
        return logBase(x, 10);
    }

    private static ApfloatInterval expBase(ApfloatInterval x, int base) {
        long p = x.digits();
        if (x.isPoint() && x.isBounded()) {
            Apfloat v = x.inf();
            if (isSmallInteger(v)) {
                return ApfloatInterval.point(ApfloatDirected.of(base), p).pow(v.intValue());
            }
        }
        return x.multiply(lnOf(base, p)).exp().roundedTo(p);
    }

    private static ApfloatInterval logBase(ApfloatInterval x, int base) {
        long p = x.digits();
        if (x.isPoint() && x.isBounded() && x.inf().signum() > 0) {
            Apfloat v = x.inf();
            long k = exactLogarithm(v, base);
            if (k != Long.MIN_VALUE) {
                return ApfloatInterval.point(ApfloatDirected.of(k), p);
            }
        }
        return x.log().divide(lnOf(base, p)).roundedTo(p);
    }

    /** A rigorous enclosure of {@code ln base} at {@code p} digits. */
    private static ApfloatInterval lnOf(int base, long p) {
        return ApfloatInterval.point(ApfloatDirected.of(base), p + 5).log();
    }

    private static boolean isSmallInteger(Apfloat v) {
        return v.signum() == 0 || (v.compareTo(ApfloatMath.floor(v)) == 0 && ApfloatMath.abs(v).compareTo(ApfloatDirected.of(100_000)) <= 0);
    }

    /** {@code k} if {@code v = base^k} exactly (v > 0), else {@code Long.MIN_VALUE}. */
    private static long exactLogarithm(Apfloat v, int base) {
        double approx = Math.log(ApfloatDirected.toDoubleNearest(v)) / Math.log(base);
        if (!Double.isFinite(approx)) {
            return Long.MIN_VALUE;
        }
        long k = Math.round(approx);
        Apfloat power = base == 10 ? ApfloatDirected.pow10(k)
                : k >= 0 ? ApfloatDirected.pow2(k) : ApfloatDirected.halve(ApfloatDirected.ONE, -k);
        return power.compareTo(v) == 0 ? k : Long.MIN_VALUE;
    }
}
