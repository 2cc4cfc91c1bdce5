package org.taylorkit.ode.ensemble;

/**
 * Told after each delivered result how far an ensemble is. Called from the thread that called
 * {@link Ensemble#run}, in order, as often as once per member: throttle any drawing yourself.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * @param done members delivered so far
     * @param total the number of members when known (a count or a list), else -1 (an iterator or a stream)
     */
    void progress(long done, long total);
}
