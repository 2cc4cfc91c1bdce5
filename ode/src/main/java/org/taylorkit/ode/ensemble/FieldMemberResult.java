package org.taylorkit.ode.ensemble;

import java.util.Arrays;
import org.taylorkit.ode.StopReason;

/**
 * The end of one member's integration in a field type (Apfloat): what a single run's
 * {@code FieldOdeSolution} reports, without the trajectory.
 *
 * @param status why the member stopped
 * @param t the time reached
 * @param state the state at {@code t}
 * @param eventTime the time of the first counted event, or {@code null} if none occurred
 * @param steps the number of steps taken
 * @param <T> the number type
 */
public record FieldMemberResult<T>(StopReason status, T t, T[] state, T eventTime, long steps) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldMemberResult<?> r && status == r.status && t.equals(r.t) && Arrays.equals(state, r.state)
                && java.util.Objects.equals(eventTime, r.eventTime) && steps == r.steps;
    }

    @Override
    public int hashCode() {
        return (status.hashCode() * 31 + t.hashCode()) * 31 + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return status.label() + " at t = " + t + ", state " + Arrays.toString(state)
                + (eventTime == null ? "" : ", event at " + eventTime) + ", " + steps + " steps";
    }
}
