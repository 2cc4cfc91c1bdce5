package org.taylorkit.interval;

/**
 * The algebraic reverse operations of IEEE 1788-2015 (§10.5.4, Table 10.3) on {@link Interval}:
 * for a function {@code f}, {@code fRev(c, x)} encloses {@code {x ∈ X : f(x) ∈ C}}, the values of
 * the argument compatible with a constraint on the result — the building block of constraint
 * propagation and contractors. The one-argument form uses {@code X = entire}.
 * The trigonometric ones are in {@link IntervalTrigReverse}; the pure set-algebra ones are shared
 * with {@code ApfloatIntervalReverse} through {@link SetReverse}.
 *
 * <p><b>Rigor.</b> Each result contains every {@code x ∈ X} with {@code f(x) ∈ C}: it is
 * {@code X} intersected with forward-rounded enclosures of the preimage pieces
 * ({@code ±√C}, {@code ±C}, {@code C / B}, …), computed with the rigorous forward operations, so
 * any enclosure error only widens the result. {@code sqrRev}, {@code absRev}, {@code mulRev},
 * {@code mulRevToPair}, {@code powRev1} and {@code powRev2} ({@link PowReverse}) are tightest in
 * practice; the others can be an ulp or so wider per bound.
 */
public final class IntervalReverse {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Interval NONNEGATIVE = Interval.of(0.0, INF);

    private IntervalReverse() {
    }

    /** {@code {x : x² ∈ C}} hull ({@code sqrRev([0, 4]) = [−2, 2]}). */
    public static Interval sqrRev(Interval c) {
        return sqrRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : x² ∈ C}} hull ({@code sqrRev([1, 4], [0, 5]) = [1, 2]}). */
    public static Interval sqrRev(Interval c, Interval x) {
        return SetReverse.sqrRev(DoubleIntervalKind.INSTANCE, c, x);
    }

    /** {@code {x : |x| ∈ C}} hull. */
    public static Interval absRev(Interval c) {
        return absRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : |x| ∈ C}} hull ({@code absRev([1, 2], [0, 5]) = [1, 2]}). */
    public static Interval absRev(Interval c, Interval x) {
        return SetReverse.absRev(DoubleIntervalKind.INSTANCE, c, x);
    }

    /** {@code {x : xⁿ ∈ C}} hull. */
    public static Interval pownRev(Interval c, int n) {
        return pownRev(c, Interval.entire(), n);
    }

    /**
     * {@code {x ∈ X : xⁿ ∈ C}} hull: {@code n = 0} gives {@code X} when {@code 1 ∈ C} (else ∅); odd
     * {@code n} the real root of {@code C}; even {@code n} {@code ±} the root of {@code C ∩ [0, ∞]};
     * negative {@code n} the root {@code rootn(C, n)} separately on the two signs of {@code C}.
     */
    public static Interval pownRev(Interval c, Interval x, int n) {
        if (c.isEmpty() || x.isEmpty()) {
            return Interval.empty();
        }
        if (n == 0) {
            return c.contains(1.0) ? x : Interval.empty();
        }
        if (n < 0) {
            // x^n ∈ C with x > 0 ⇔ x ∈ rootn(C ∩ [0, ∞], n) (decreasing); x < 0 (odd n) from C ∩ [−∞, 0]
            Interval positive = IntervalPowers.rootn(c.intersection(NONNEGATIVE), n);
            if ((n & 1) == 0) {
                return symmetric(positive, x);
            }
            Interval negative = IntervalPowers.rootn(c.intersection(Interval.of(-INF, 0.0)), n);
            return x.intersection(positive).hull(x.intersection(negative));
        }
        if ((n & 1) != 0) {
            return x.intersection(IntervalPowers.rootn(c, n));
        }
        return symmetric(IntervalPowers.rootn(c.intersection(NONNEGATIVE), n), x);
    }

    /** {@code {x : cosh x ∈ C}} hull. */
    public static Interval coshRev(Interval c) {
        return coshRev(c, Interval.entire());
    }

    /** {@code {x ∈ X : cosh x ∈ C}} hull: {@code ±acosh(C ∩ [1, ∞])}. */
    public static Interval coshRev(Interval c, Interval x) {
        return SetReverse.coshRev(DoubleIntervalKind.INSTANCE, c, x);
    }

    /**
     * The two-piece reverse multiplication: {@code {x : ∃ b ∈ B, b·x ∈ C}} as two disjoint intervals
     * in increasing order, the second ∅ when one piece suffices ({@code [entire, ∅]} when
     * {@code 0 ∈ B} and {@code 0 ∈ C}, since {@code 0·x = 0} for every x; {@code [∅, ∅]} when nothing
     * fits). Each piece is tightest.
     */
    public static Interval[] mulRevToPair(Interval b, Interval c) {
        return SetReverse.mulRevToPair(DoubleIntervalKind.INSTANCE, b, c);
    }

    /** {@code {x : ∃ b ∈ B, b·x ∈ C}} hull. */
    public static Interval mulRev(Interval b, Interval c) {
        return mulRev(b, c, Interval.entire());
    }

    /** {@code {x ∈ X : ∃ b ∈ B, b·x ∈ C}} hull (the pieces of {@link #mulRevToPair} cut by X). */
    public static Interval mulRev(Interval b, Interval c, Interval x) {
        return SetReverse.mulRev(DoubleIntervalKind.INSTANCE, b, c, x);
    }

    /** {@code {x : ∃ y ∈ B, x^y ∈ C}} hull, with 1788's {@code pow} domain. */
    public static Interval powRev1(Interval b, Interval c) {
        return powRev1(b, c, Interval.entire());
    }

    /**
     * {@code {x ∈ X : ∃ y ∈ B, x^y ∈ C}} hull, {@code pow} on its 1788 domain ({@code x > 0}, or
     * {@code x = 0} with {@code y > 0}): {@code x = c^{1/y}} for {@code y ≠ 0} (the two signs of y
     * separately), every {@code x > 0} when {@code 0 ∈ B} and {@code 1 ∈ C}; bounds that are only limits
     * are open ({@link PowReverse}: tightest in practice, exact values stay exact).
     */
    public static Interval powRev1(Interval b, Interval c, Interval x) {
        return PowReverse.powRev1(b, c, x);
    }

    /** {@code {y : ∃ x ∈ A, x^y ∈ C}} hull. */
    public static Interval powRev2(Interval a, Interval c) {
        return powRev2(a, c, Interval.entire());
    }

    /**
     * {@code {y ∈ Y : ∃ x ∈ A, x^y ∈ C}} hull, {@code pow} on its 1788 domain: every y when
     * {@code 1 ∈ A ∩ C}; every {@code y > 0} when {@code 0 ∈ A ∩ C} ({@code 0^y = 0}); otherwise
     * {@code y = log c / log x} over {@code x ∈ A ∩ (0, ∞)}, {@code c ∈ C ∩ (0, ∞)}; bounds that are
     * only limits are open ({@link PowReverse}: tightest in practice, exact values stay exact).
     */
    public static Interval powRev2(Interval a, Interval c, Interval y) {
        return PowReverse.powRev2(a, c, y);
    }

    private static Interval symmetric(Interval r, Interval x) {
        return SetReverse.symmetric(DoubleIntervalKind.INSTANCE, r, x);
    }
}
