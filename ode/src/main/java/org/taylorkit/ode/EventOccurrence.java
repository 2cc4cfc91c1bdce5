package org.taylorkit.ode;

import java.util.Arrays;

/**
 * A located zero of an event function: which event (index in the order events were added), the
 * time, the state there (from the step polynomial), and the crossing direction. Immutable.
 */
public final class EventOccurrence {

    private final int event;
    private final double t;
    private final double[] state;
    private final Direction crossing;

    EventOccurrence(int event, double t, double[] state, Direction crossing) {
        this.event = event;
        this.t = t;
        this.state = state.clone();
        this.crossing = crossing;
    }

    /** The index of the event, in the order the events were added to the integrator. */
    public int event() {
        return event;
    }

    /** The time of the zero. */
    public double t() {
        return t;
    }

    /** The state at {@link #t()} (a copy). */
    public double[] state() {
        return state.clone();
    }

    /** Component {@code i} of the state at {@link #t()}. */
    public double state(int i) {
        return state[i];
    }

    /** {@link Direction#UP} if g went from negative to positive, else {@link Direction#DOWN}. */
    public Direction crossing() {
        return crossing;
    }

    @Override
    public String toString() {
        return "event " + event + " (" + crossing.label() + ") at t = " + t + ", state " + Arrays.toString(state);
    }
}
