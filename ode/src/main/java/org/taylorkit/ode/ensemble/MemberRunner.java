package org.taylorkit.ode.ensemble;

/**
 * Integrates one ensemble member at a time. An {@link Ensemble} asks its factory for one runner per
 * worker thread and calls {@link #run} only from that thread, so a runner may own an integrator
 * (which is not thread-safe) and reuse it for every member the thread receives.
 *
 * <p>Contract for determinism: {@link #run} must give for a member exactly what a freshly built
 * runner would give for it, whatever members the runner ran before (reset every parameter a previous
 * member may have changed). Then the ensemble's result for member i is bit-for-bit that of a single run.
 *
 * @param <I> the member's input (an initial state, parameters, a box)
 * @param <R> the member's result
 */
@FunctionalInterface
public interface MemberRunner<I, R> {

    /**
     * Integrates one member.
     *
     * @param member the member's input (not modified)
     * @return the result; a failed integration (blow-up, step limit) is a result with a status, not an exception
     * @throws RuntimeException for input the integrator rejects; the ensemble then stops and reports the member
     */
    R run(I member);
}
