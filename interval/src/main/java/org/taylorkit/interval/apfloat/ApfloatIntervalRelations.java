package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.Overlap;
import org.taylorkit.interval.SetRelations;

/**
 * The comparisons and {@code overlap} of IEEE 1788-2015 (§10.6.3–10.6.4) on {@link ApfloatInterval},
 * with the standard's names: the same algorithms as {@link IntervalRelations} ({@link SetRelations}),
 * on exact comparisons of the Apfloat bounds. Operands of different precisions compare as the sets
 * they are.
 */
public final class ApfloatIntervalRelations {

    private static final ApfloatIntervalKind K = ApfloatIntervalKind.INSTANCE;

    private ApfloatIntervalRelations() {
    }

    /** Set equality. */
    public static boolean equal(ApfloatInterval a, ApfloatInterval b) {
        return a.equals(b);
    }

    /** {@code a ⊆ b}. */
    public static boolean subset(ApfloatInterval a, ApfloatInterval b) {
        return a.isSubsetOf(b);
    }

    /** {@code a} in the interior of {@code b}. */
    public static boolean interior(ApfloatInterval a, ApfloatInterval b) {
        return a.isInteriorTo(b);
    }

    /** No common point. */
    public static boolean disjoint(ApfloatInterval a, ApfloatInterval b) {
        return a.isDisjointFrom(b);
    }

    /** {@code inf a ≤ inf b} and {@code sup a ≤ sup b} (true for two empties). */
    public static boolean less(ApfloatInterval a, ApfloatInterval b) {
        return SetRelations.less(K, a, b);
    }

    /** Strictly less, with {@code −∞ < −∞} and {@code +∞ < +∞} true (1788's {@code <′}). */
    public static boolean strictLess(ApfloatInterval a, ApfloatInterval b) {
        return SetRelations.strictLess(K, a, b);
    }

    /** {@code sup a ≤ inf b}; true if either is ∅. */
    public static boolean precedes(ApfloatInterval a, ApfloatInterval b) {
        return SetRelations.precedes(K, a, b);
    }

    /** {@code sup a < inf b}; true if either is ∅. */
    public static boolean strictPrecedes(ApfloatInterval a, ApfloatInterval b) {
        return SetRelations.strictPrecedes(K, a, b);
    }

    /** Which of the 16 {@link Overlap} states holds. */
    public static Overlap overlap(ApfloatInterval a, ApfloatInterval b) {
        return SetRelations.overlap(K, a, b);
    }
}
