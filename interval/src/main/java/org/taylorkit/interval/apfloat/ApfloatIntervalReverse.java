package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.SetReverse;

/**
 * The set-algebra reverse operations of IEEE 1788-2015 (§10.5.4) on {@link ApfloatInterval}:
 * {@code sqrRev}, {@code absRev}, {@code coshRev}, {@code mulRev}, {@code mulRevToPair} — the same
 * algorithms as {@link IntervalReverse} ({@link SetReverse}), on the Apfloat interval's rigorous
 * forward operations at its precision. Every result holds each {@code x ∈ X} with {@code f(x) ∈ C}.
 */
public final class ApfloatIntervalReverse {

    private static final ApfloatIntervalKind K = ApfloatIntervalKind.INSTANCE;

    private ApfloatIntervalReverse() {
    }

    /** {@code {x ∈ X : x² ∈ C}} hull. */
    public static ApfloatInterval sqrRev(ApfloatInterval c, ApfloatInterval x) {
        return SetReverse.sqrRev(K, c, x);
    }

    /** {@code {x : x² ∈ C}} hull. */
    public static ApfloatInterval sqrRev(ApfloatInterval c) {
        return sqrRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : |x| ∈ C}} hull. */
    public static ApfloatInterval absRev(ApfloatInterval c, ApfloatInterval x) {
        return SetReverse.absRev(K, c, x);
    }

    /** {@code {x : |x| ∈ C}} hull. */
    public static ApfloatInterval absRev(ApfloatInterval c) {
        return absRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : cosh x ∈ C}} hull. */
    public static ApfloatInterval coshRev(ApfloatInterval c, ApfloatInterval x) {
        return SetReverse.coshRev(K, c, x);
    }

    /** {@code {x : cosh x ∈ C}} hull. */
    public static ApfloatInterval coshRev(ApfloatInterval c) {
        return coshRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x : ∃ b ∈ B, b·x ∈ C}} as two pieces in increasing order (the second ∅ when unused). */
    public static ApfloatInterval[] mulRevToPair(ApfloatInterval b, ApfloatInterval c) {
        return SetReverse.mulRevToPair(K, b, c);
    }

    /** {@code {x ∈ X : ∃ b ∈ B, b·x ∈ C}} hull. */
    public static ApfloatInterval mulRev(ApfloatInterval b, ApfloatInterval c, ApfloatInterval x) {
        return SetReverse.mulRev(K, b, c, x);
    }

    /** {@code {x : ∃ b ∈ B, b·x ∈ C}} hull. */
    public static ApfloatInterval mulRev(ApfloatInterval b, ApfloatInterval c) {
        return mulRev(b, c, ApfloatInterval.entire(c.digits()));
    }
}
