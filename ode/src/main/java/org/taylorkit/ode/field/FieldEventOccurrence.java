package org.taylorkit.ode.field;

import java.util.Arrays;
import org.taylorkit.ode.Direction;

/**
 * A located zero of an event function in a {@link FieldTaylorIntegrator} run: the event's index, the
 * time and state in {@code T}, and the crossing direction. Immutable if {@code T} is.
 *
 * @param <T> the coefficient type
 */
public final class FieldEventOccurrence<T> {

    private final int event;
    private final T t;
    private final T[] state;
    private final Direction crossing;

    FieldEventOccurrence(int event, T t, T[] state, Direction crossing) {
        this.event = event;
        this.t = t;
        this.state = state.clone();
        this.crossing = crossing;
    }

    /** The index of the event, in the order events were added. */
    public int event() {
        return event;
    }

    /** The time of the zero. */
    public T t() {
        return t;
    }

    /** The state at {@link #t()} (a copy of the array). */
    public T[] state() {
        return state.clone();
    }

    /** Component {@code i} of the state at {@link #t()}. */
    public T state(int i) {
        return state[i];
    }

    /** {@link Direction#UP} or {@link Direction#DOWN}. */
    public Direction crossing() {
        return crossing;
    }

    @Override
    public String toString() {
        return "event " + event + " (" + crossing.label() + ") at t = " + t + ", state " + Arrays.toString(state);
    }
}
