package org.taylorkit.interval.solve;

/**
 * A listener told how a branch-and-prune or branch-and-bound search advances (for a progress display).
 * Called from the searching thread every few hundred boxes; it must return quickly and must not
 * throw.
 */
@FunctionalInterface
public interface SearchProgress {

    /** No-op. */
    SearchProgress NONE = (processed, pending) -> { };

    /**
     * @param processed the boxes processed so far
     * @param pending the boxes still waiting
     */
    void update(long processed, int pending);
}
