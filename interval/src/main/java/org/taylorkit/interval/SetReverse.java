package org.taylorkit.interval;

/**
 * The algebraic reverse operations of IEEE 1788-2015 (§10.5.4) that are pure set algebra on top of
 * forward operations — {@code sqrRev}, {@code absRev}, {@code coshRev}, {@code mulRevToPair},
 * {@code mulRev} — written once over an {@link IntervalKind} for both interval types
 * ({@link IntervalReverse}, {@code ApfloatIntervalReverse}). Each result is {@code X} intersected
 * with enclosures of the preimage computed by the type's rigorous forward operations, so it holds
 * every {@code x ∈ X} with {@code f(x) ∈ C}.
 */
public final class SetReverse {

    private SetReverse() {
    }

    public static <I> I sqrRev(IntervalKind<I> k, I c, I x) {
        return symmetric(k, k.sqrt(k.intersection(c, k.atLeast(0, c))), x);
    }

    public static <I> I absRev(IntervalKind<I> k, I c, I x) {
        return symmetric(k, k.intersection(c, k.atLeast(0, c)), x);
    }

    public static <I> I coshRev(IntervalKind<I> k, I c, I x) {
        return symmetric(k, k.acosh(k.intersection(c, k.atLeast(1, c))), x);
    }

    /** {@code {x : ∃ b ∈ B, b·x ∈ C}} as two pieces in increasing order (the second ∅ if unused). */
    public static <I> I[] mulRevToPair(IntervalKind<I> k, I b, I c) {
        I none = k.empty(c);
        if (k.isEmpty(b) || k.isEmpty(c)) {
            return k.pair(none, none);
        }
        if (k.containsZero(b) && k.containsZero(c)) {
            return k.pair(k.entire(c), none); // 0·x = 0 ∈ C for every x
        }
        I[] q = k.divideExtended(c, b);
        return k.pair(q.length > 0 ? q[0] : none, q.length > 1 ? q[1] : none);
    }

    public static <I> I mulRev(IntervalKind<I> k, I b, I c, I x) {
        I[] p = mulRevToPair(k, b, c);
        return k.hull(k.intersection(x, p[0]), k.intersection(x, p[1]));
    }

    /** {@code X ∩ (R ∪ −R)} as a hull, for a set {@code R ⊆ [0, ∞]}. */
    static <I> I symmetric(IntervalKind<I> k, I r, I x) {
        if (k.isEmpty(r) || k.isEmpty(x)) {
            return k.empty(x);
        }
        return k.hull(k.intersection(x, r), k.intersection(x, k.negate(r)));
    }
}
