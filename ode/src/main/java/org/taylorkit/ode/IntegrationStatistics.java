package org.taylorkit.ode;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts of one integration. Taylor steps chosen by the Jorba–Zou rule are never rejected (the
 * step size is computed from the coefficients before the step, not tested after it), so there is
 * no rejection count; a step is <em>shortened</em> when it was cut to land on the end time or on a
 * terminal event. Immutable.
 */
public final class IntegrationStatistics {

    private final long steps;
    private final long shortenedSteps;
    private final SortedMap<Integer, Long> orders;
    private final double minStep;
    private final double maxStep;

    /**
     * Statistics from raw counts.
     *
     * @param steps the number of steps
     * @param shortenedSteps how many were cut to the end time or a terminal event
     * @param orderCounts {@code orderCounts[p]} = the number of steps of order p (copied)
     * @param minStep the smallest |h| of the steps that were not shortened
     * @param maxStep the largest |h|
     * @return the statistics
     */
    public static IntegrationStatistics of(long steps, long shortenedSteps, long[] orderCounts, double minStep, double maxStep) {
        return new IntegrationStatistics(steps, shortenedSteps, orderCounts, minStep, maxStep);
    }

    private IntegrationStatistics(long steps, long shortenedSteps, long[] orderCounts, double minStep, double maxStep) {
        this.steps = steps;
        this.shortenedSteps = shortenedSteps;
        SortedMap<Integer, Long> m = new TreeMap<>();
        for (int p = 0; p < orderCounts.length; p++) {
            if (orderCounts[p] > 0) {
                m.put(p, orderCounts[p]);
            }
        }
        this.orders = Collections.unmodifiableSortedMap(m);
        this.minStep = steps == 0 ? 0.0 : minStep;
        this.maxStep = steps == 0 ? 0.0 : maxStep;
    }

    /** The number of steps taken. */
    public long steps() {
        return steps;
    }

    /** The number of steps cut short to end exactly at the end time or at a terminal event. */
    public long shortenedSteps() {
        return shortenedSteps;
    }

    /** How many steps used each Taylor order (order → count). Unmodifiable. */
    public SortedMap<Integer, Long> orders() {
        return orders;
    }

    /** The smallest order used, or 0 if no step was taken. */
    public int minOrder() {
        return orders.isEmpty() ? 0 : orders.firstKey();
    }

    /** The largest order used, or 0 if no step was taken. */
    public int maxOrder() {
        return orders.isEmpty() ? 0 : orders.lastKey();
    }

    /** The smallest |h| over the steps that were not shortened (all steps if all were), or 0 if none. */
    public double minStep() {
        return minStep;
    }

    /** The largest |h| taken, or 0 if no step was taken. */
    public double maxStep() {
        return maxStep;
    }

    @Override
    public String toString() {
        return steps + " steps (" + shortenedSteps + " shortened), orders " + orders + ", |h| in [" + minStep + ", " + maxStep + "]";
    }
}
