package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;

/**
 * Interval extensions of monotone functions from enclosures at points: for an increasing {@code f},
 * {@code f([a, b]) ⊆ [lower(f(a)), upper(f(b))]} — exact range when {@code f} is continuous, so the
 * only overestimation is the pointwise enclosure width.
 */
final class ApfloatMonotone {

    /** A rigorous enclosure of {@code f(x)} for an exact finite {@code x} at about {@code w} digits. */
    interface Kernel {
        ApfloatInterval at(Apfloat x, long w);
    }

    /** Guard digits between a kernel's working precision and the result's digits. */
    static final long GUARD = 5;

    private ApfloatMonotone() {}

    /**
     * {@code f(x)} for increasing {@code f} on {@code x} (already intersected with the domain), rounded
     * outward to {@code p} digits. {@code atMinusInf} is a lower bound of {@code f} used when
     * {@code x} is unbounded below (null: −∞); {@code atPlusInf} an upper bound for unbounded above
     * (null: +∞).
     */
    static ApfloatInterval increasing(ApfloatInterval x, long p, Kernel f, Apfloat atMinusInf, Apfloat atPlusInf) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        long w = p + GUARD;
        if (x.isPoint()) {
            return f.at(x.lo(), w).roundOut(p);
        }
        Apfloat lo = x.lo() == null ? atMinusInf : f.at(x.lo(), w).lo();
        Apfloat hi = x.hi() == null ? atPlusInf : f.at(x.hi(), w).hi();
        return ApfloatInterval.exact(lo, hi, p).roundOut(p);
    }

    /**
     * {@code f(x)} for decreasing {@code f}: {@code [lower(f(b)), upper(f(a))]}. {@code atPlusInf} is a
     * lower bound used when {@code x} is unbounded above, {@code atMinusInf} an upper bound used when
     * unbounded below (null: infinite).
     */
    static ApfloatInterval decreasing(ApfloatInterval x, long p, Kernel f, Apfloat atMinusInf, Apfloat atPlusInf) {
        if (x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        long w = p + GUARD;
        if (x.isPoint()) {
            return f.at(x.lo(), w).roundOut(p);
        }
        Apfloat lo = x.hi() == null ? atPlusInf : f.at(x.hi(), w).lo();
        Apfloat hi = x.lo() == null ? atMinusInf : f.at(x.lo(), w).hi();
        return ApfloatInterval.exact(lo, hi, p).roundOut(p);
    }
}
