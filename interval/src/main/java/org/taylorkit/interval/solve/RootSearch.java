package org.taylorkit.interval.solve;

import java.util.List;

/**
 * The outcome of {@link RootFinder#find()}. The guarantee: every zero of the system in the search box
 * lies in one of {@link #roots()} (boxes may extend slightly beyond the search box, which was inflated
 * so that zeros on its boundary are found). When {@link #complete()} is false the budget of boxes ran
 * out and the undecided remainder is included among the {@code UNKNOWN} boxes, so the guarantee still
 * holds.
 *
 * @param roots the boxes, sorted by their first side; {@code UNIQUE} boxes are pairwise disjoint
 * @param complete whether the whole box was decided (excluded, proved, or reduced below the tolerance)
 *     within the budget
 * @param boxesProcessed the number of boxes examined
 */
public record RootSearch(List<Root> roots, boolean complete, long boxesProcessed) {

    public RootSearch {
        roots = List.copyOf(roots);
    }

    /** The number of boxes with status {@link RootStatus#UNIQUE}: each holds exactly one zero. */
    public long uniqueCount() {
        return roots.stream().filter(r -> r.status() == RootStatus.UNIQUE).count();
    }
}
