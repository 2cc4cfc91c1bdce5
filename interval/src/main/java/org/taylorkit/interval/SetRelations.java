package org.taylorkit.interval;

/**
 * The order relations and {@code overlap} of IEEE 1788-2015 (§10.6.3–10.6.4), written once over an
 * {@link IntervalKind} for both interval types ({@link IntervalRelations},
 * {@code ApfloatIntervalRelations}). Exact: they only compare bounds. ∅ is handled as the standard
 * says ({@code inf ∅ = +∞}, {@code sup ∅ = −∞}).
 */
public final class SetRelations {

    private SetRelations() {
    }

    public static <I> boolean less(IntervalKind<I> k, I a, I b) {
        if (k.isEmpty(a) || k.isEmpty(b)) {
            return k.isEmpty(a) && k.isEmpty(b);
        }
        return k.compareInfs(a, b) <= 0 && k.compareSups(a, b) <= 0;
    }

    public static <I> boolean strictLess(IntervalKind<I> k, I a, I b) {
        if (k.isEmpty(a) || k.isEmpty(b)) {
            return k.isEmpty(a) && k.isEmpty(b);
        }
        boolean infs = k.compareInfs(a, b) < 0 || (k.unboundedBelow(a) && k.unboundedBelow(b));
        boolean sups = k.compareSups(a, b) < 0 || (k.unboundedAbove(a) && k.unboundedAbove(b));
        return infs && sups;
    }

    public static <I> boolean precedes(IntervalKind<I> k, I a, I b) {
        return k.isEmpty(a) || k.isEmpty(b) || k.compareSupInf(a, b) <= 0;
    }

    public static <I> boolean strictPrecedes(IntervalKind<I> k, I a, I b) {
        return k.isEmpty(a) || k.isEmpty(b) || k.compareSupInf(a, b) < 0;
    }

    public static <I> Overlap overlap(IntervalKind<I> k, I a, I b) {
        if (k.isEmpty(a)) {
            return k.isEmpty(b) ? Overlap.bothEmpty : Overlap.firstEmpty;
        }
        if (k.isEmpty(b)) {
            return Overlap.secondEmpty;
        }
        return IntervalRelations.overlap(k.compareSupInf(a, b), k.compareSupInf(b, a), k.compareInfs(a, b),
                k.compareSups(a, b));
    }
}
