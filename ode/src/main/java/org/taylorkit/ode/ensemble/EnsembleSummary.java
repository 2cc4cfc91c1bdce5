package org.taylorkit.ode.ensemble;

/**
 * What an ensemble run did.
 *
 * @param members the number of results delivered to the sink (all members, unless cancelled)
 * @param cancelled whether the run stopped early on a {@link Cancellation}
 * @param seconds the wall-clock time of the run
 * @param threads the number of worker threads used
 */
public record EnsembleSummary(long members, boolean cancelled, double seconds, int threads) {

    /** Members per second of wall-clock time (0 for an empty run). */
    public double membersPerSecond() {
        return seconds > 0 ? members / seconds : 0;
    }
}
