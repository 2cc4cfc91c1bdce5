package org.taylorkit.interval.apfloat;

import org.apfloat.Apfloat;
import org.taylorkit.interval.SetReverse;

/**
 * The set-algebra reverse operations of IEEE 1788-2015 (§10.5.4) on {@link ApfloatInterval}:
 * {@code sqrRev}, {@code absRev}, {@code coshRev}, {@code mulRev}, {@code mulRevToPair} — the same
 * algorithms as {@link IntervalReverse} ({@link SetReverse}), on the Apfloat interval's rigorous
 * forward operations at its precision — and {@code pownRev} (through {@link ApfloatIntervalPowers#rootn},
 * as the double version); {@code sinRev}, {@code cosRev}, {@code tanRev}, {@code atan2Rev1},
 * {@code atan2Rev2} ({@link ApfloatTrigReverse}) and {@code powRev1}, {@code powRev2}
 * ({@link ApfloatPowReverse}): the double versions' mathematics in Apfloat interval arithmetic.
 * Every result holds each {@code x ∈ X} with {@code f(x) ∈ C}, at the larger of the operands'
 * digits, rounded outward. The forms without X use {@code X = entire}.
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

    /** {@code {x : xⁿ ∈ C}} hull. */
    public static ApfloatInterval pownRev(ApfloatInterval c, int n) {
        return pownRev(c, ApfloatInterval.entire(c.digits()), n);
    }

    /**
     * {@code {x ∈ X : xⁿ ∈ C}} hull: {@code n = 0} gives X when {@code 1 ∈ C} (else ∅); odd n the real
     * root of C; even n {@code ±} the root of {@code C ∩ [0, ∞]}; negative n the root
     * ({@code rootn(C, n)}) separately on the two signs of C, so that {@code 1/C} stays one interval.
     */
    public static ApfloatInterval pownRev(ApfloatInterval c, ApfloatInterval x, int n) {
        long p = Math.max(c.digits(), x.digits());
        if (c.isEmpty() || x.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        if (n == 0) {
            return c.contains(1.0) ? x : ApfloatInterval.empty(p);
        }
        ApfloatInterval nonNegative = ApfloatInterval.atLeast(new Apfloat(0), p);
        boolean odd = (n & 1) != 0;
        if (n < 0) {
            ApfloatInterval positive = ApfloatIntervalPowers.rootn(c.intersection(nonNegative), n);
            if (!odd) {
                return symmetric(positive, x, p);
            }
            ApfloatInterval negative = ApfloatIntervalPowers.rootn(c.intersection(ApfloatInterval.atMost(new Apfloat(0), p)), n);
            return x.intersection(positive).hull(x.intersection(negative));
        }
        if (odd) {
            return x.intersection(ApfloatIntervalPowers.rootn(c, n));
        }
        return symmetric(ApfloatIntervalPowers.rootn(c.intersection(nonNegative), n), x, p);
    }

    /** {@code {x : sin x ∈ C}} hull. */
    public static ApfloatInterval sinRev(ApfloatInterval c) {
        return sinRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : sin x ∈ C}} hull ({@code sinRev([0, 0], [1, 4])} is a few digits around π). */
    public static ApfloatInterval sinRev(ApfloatInterval c, ApfloatInterval x) {
        return ApfloatTrigReverse.sinRev(c, x);
    }

    /** {@code {x : cos x ∈ C}} hull. */
    public static ApfloatInterval cosRev(ApfloatInterval c) {
        return cosRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : cos x ∈ C}} hull. */
    public static ApfloatInterval cosRev(ApfloatInterval c, ApfloatInterval x) {
        return ApfloatTrigReverse.cosRev(c, x);
    }

    /** {@code {x : tan x ∈ C}} hull. */
    public static ApfloatInterval tanRev(ApfloatInterval c) {
        return tanRev(c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : tan x ∈ C}} hull. */
    public static ApfloatInterval tanRev(ApfloatInterval c, ApfloatInterval x) {
        return ApfloatTrigReverse.tanRev(c, x);
    }

    /** {@code {y : ∃ x ∈ B, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev1(ApfloatInterval b, ApfloatInterval c) {
        return atan2Rev1(b, c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {y ∈ Y : ∃ x ∈ B, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev1(ApfloatInterval b, ApfloatInterval c, ApfloatInterval y) {
        return ApfloatTrigReverse.atan2Rev1(b, c, y);
    }

    /** {@code {x : ∃ y ∈ A, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev2(ApfloatInterval a, ApfloatInterval c) {
        return atan2Rev2(a, c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : ∃ y ∈ A, atan2(y, x) ∈ C}} hull. */
    public static ApfloatInterval atan2Rev2(ApfloatInterval a, ApfloatInterval c, ApfloatInterval x) {
        return ApfloatTrigReverse.atan2Rev2(a, c, x);
    }

    /** {@code {x : ∃ y ∈ B, x^y ∈ C}} hull, {@code pow} on its 1788 domain. */
    public static ApfloatInterval powRev1(ApfloatInterval b, ApfloatInterval c) {
        return powRev1(b, c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {x ∈ X : ∃ y ∈ B, x^y ∈ C}} hull, {@code pow} on its 1788 domain. */
    public static ApfloatInterval powRev1(ApfloatInterval b, ApfloatInterval c, ApfloatInterval x) {
        return ApfloatPowReverse.powRev1(b, c, x);
    }

    /** {@code {y : ∃ x ∈ A, x^y ∈ C}} hull. */
    public static ApfloatInterval powRev2(ApfloatInterval a, ApfloatInterval c) {
        return powRev2(a, c, ApfloatInterval.entire(c.digits()));
    }

    /** {@code {y ∈ Y : ∃ x ∈ A, x^y ∈ C}} hull, {@code pow} on its 1788 domain. */
    public static ApfloatInterval powRev2(ApfloatInterval a, ApfloatInterval c, ApfloatInterval y) {
        return ApfloatPowReverse.powRev2(a, c, y);
    }

    /** {@code X ∩ (R ∪ −R)} hull. */
    private static ApfloatInterval symmetric(ApfloatInterval r, ApfloatInterval x, long p) {
        if (r.isEmpty()) {
            return ApfloatInterval.empty(p);
        }
        return x.intersection(r).hull(x.intersection(r.negate()));
    }
}
