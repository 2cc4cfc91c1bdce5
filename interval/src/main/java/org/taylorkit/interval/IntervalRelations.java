package org.taylorkit.interval;

/**
 * The boolean comparisons of IEEE 1788-2015 (§10.6.3, Table 10.6) and the {@code overlap} function
 * (§10.6.4) on {@link Interval}, with the standard's names and its treatment of ∅ (the order
 * relations are shared with {@code ApfloatIntervalRelations} through {@link SetRelations}).
 *
 * <p>All results are exact: they compare double bounds, never round. Following the standard, the
 * definitions read with {@code inf ∅ = +∞}, {@code sup ∅ = −∞}, so for example {@code less(∅, ∅)}
 * and {@code precedes(∅, x)} are true, and {@code less(∅, x)} is false for a nonempty {@code x}.
 */
public final class IntervalRelations {

    private IntervalRelations() {
    }

    /** Set equality ({@code ∅ = ∅}). */
    public static boolean equal(Interval a, Interval b) {
        return a.equals(b);
    }

    /** {@code a ⊆ b} (∅ is a subset of everything). */
    public static boolean subset(Interval a, Interval b) {
        return a.subsetOf(b);
    }

    /** {@code a} inside the topological interior of {@code b} (see {@link Interval#interior}). */
    public static boolean interior(Interval a, Interval b) {
        return a.interior(b);
    }

    /** No common point. */
    public static boolean disjoint(Interval a, Interval b) {
        return a.disjoint(b);
    }

    /**
     * Weakly less: {@code inf a ≤ inf b} and {@code sup a ≤ sup b} (every point of each set has a
     * point of the other on the right side); true for two empties, false for one.
     */
    public static boolean less(Interval a, Interval b) {
        return SetRelations.less(DoubleIntervalKind.INSTANCE, a, b);
    }

    /**
     * Strictly less: {@code inf a < inf b} and {@code sup a < sup b}, where {@code −∞ < −∞} and
     * {@code +∞ < +∞} count as true (1788's {@code <′}); true for two empties.
     */
    public static boolean strictLess(Interval a, Interval b) {
        return SetRelations.strictLess(DoubleIntervalKind.INSTANCE, a, b);
    }

    /** Every point of {@code a} is ≤ every point of {@code b}: {@code sup a ≤ inf b}; true if either is ∅. */
    public static boolean precedes(Interval a, Interval b) {
        return SetRelations.precedes(DoubleIntervalKind.INSTANCE, a, b);
    }

    /** Every point of {@code a} is < every point of {@code b}: {@code sup a < inf b}; true if either is ∅. */
    public static boolean strictPrecedes(Interval a, Interval b) {
        return SetRelations.strictPrecedes(DoubleIntervalKind.INSTANCE, a, b);
    }

    /** Which of the 16 {@link Overlap} states holds (exactly one). */
    public static Overlap overlap(Interval a, Interval b) {
        return SetRelations.overlap(DoubleIntervalKind.INSTANCE, a, b);
    }

    /**
     * The decision from the signs of exact comparisons of two nonempty intervals:
     * {@code supAvsInfB = cmp(sup a, inf b)}, {@code supBvsInfA = cmp(sup b, inf a)},
     * {@code infs = cmp(inf a, inf b)}, {@code sups = cmp(sup a, sup b)} (so that any interval kind
     * can reuse it).
     */
    static Overlap overlap(int supAvsInfB, int supBvsInfA, int infs, int sups) {
        if (supAvsInfB < 0) {
            return Overlap.before;
        }
        if (supBvsInfA < 0) {
            return Overlap.after;
        }
        if (infs == 0) {
            return sups == 0 ? Overlap.equals : sups < 0 ? Overlap.starts : Overlap.startedBy;
        }
        if (sups == 0) {
            return infs > 0 ? Overlap.finishes : Overlap.finishedBy;
        }
        if (infs > 0 && sups < 0) {
            return Overlap.containedBy;
        }
        if (infs < 0 && sups > 0) {
            return Overlap.contains;
        }
        if (infs < 0) { // and sups < 0
            return supAvsInfB == 0 ? Overlap.meets : Overlap.overlaps;
        }
        return supBvsInfA == 0 ? Overlap.metBy : Overlap.overlappedBy;
    }
}
