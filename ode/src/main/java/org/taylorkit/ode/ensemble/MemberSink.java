package org.taylorkit.ode.ensemble;

/**
 * Receives ensemble results in input order (index 0, 1, 2, …), always from the thread that called
 * {@link Ensemble#run}, one call at a time: a sink need not be thread-safe. A sink that writes each
 * result out and drops it keeps memory bounded whatever the ensemble's size.
 *
 * @param <I> the member's input type
 * @param <R> the member's result type
 */
@FunctionalInterface
public interface MemberSink<I, R> {

    /**
     * @param index the member's position in the input, from 0
     * @param member the member's input
     * @param result its result
     */
    void accept(long index, I member, R result);
}
