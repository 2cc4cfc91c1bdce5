package org.taylorkit.ode;

import java.util.Objects;
import org.taylorkit.core.expr.Expr;

/**
 * An event: the zeros of g(t, x) (an expression over the state variables, {@code t} and the
 * parameters), counted in a {@link Direction}, and whether the integration stops at the first one
 * (terminal). Poincaré sections are events, e.g. {@code z − 27} crossed upwards. Immutable.
 *
 * <p>The integrator computes g's Taylor series on the same tape as the right-hand sides, looks for
 * sign changes of g's step polynomial at max(8, p) + 1 equally spaced points of each step (p the
 * order) and refines each bracket by safeguarded Newton iteration on the polynomial to about an ulp
 * of the step. Two zeros closer than a sampling interval (a near-tangential graze) cancel and are
 * not reported. A zero exactly at the start of the integration is not an event.
 *
 * @param function g
 * @param direction which crossings count
 * @param terminal whether the integration stops at the first counted crossing
 */
public record Event(Expr function, Direction direction, boolean terminal) {

    /** Checks for nulls. */
    public Event {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(direction, "direction");
    }

    /** Non-terminal zeros of g in both directions. */
    public static Event of(Expr function) {
        return new Event(function, Direction.BOTH, false);
    }

    /** This event with another direction. */
    public Event withDirection(Direction d) {
        return new Event(function, d, terminal);
    }

    /** This event, terminal. */
    public Event asTerminal() {
        return new Event(function, direction, true);
    }
}
