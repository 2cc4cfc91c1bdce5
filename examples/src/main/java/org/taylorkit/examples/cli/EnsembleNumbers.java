package org.taylorkit.examples.cli;

import java.util.function.Supplier;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.MemberRunner;

/**
 * The number type of a {@code taylor ensemble} run (double, or Apfloat with {@code --digits}): how
 * a member is made from the text of its values, which runners integrate it, and how its result is
 * written as CSV cells.
 *
 * @param <M> the member type
 * @param <R> the result type
 */
interface EnsembleNumbers<M, R> {

    /**
     * Checks one value of the input.
     *
     * @return {@code null} if it is a valid finite number, else why not (e.g. "is not a number")
     */
    String problem(String text);

    /**
     * A member from its values: one text per state variable, and one per parameter (in the order of
     * the system's parameters), {@code null} where the parameter takes its default.
     */
    M member(String[] state, String[] parameters);

    /** Runners for the workers. */
    Supplier<? extends MemberRunner<M, R>> runners(EnsembleSpec spec);

    /** The status label of a result ({@code completed}, {@code event}, …). */
    String status(R result);

    /** The cells {@code t, state…} and, if {@code withEvent}, the event time (empty when none occurred). */
    String[] cells(R result, boolean withEvent);
}
