package org.taylorkit.ode.ensemble;

import java.util.Arrays;
import org.taylorkit.ode.StopReason;

/**
 * The end of one member's double integration: what a single run's {@code OdeSolution} reports,
 * without the trajectory.
 *
 * @param status why the member stopped
 * @param t the time reached
 * @param state the state at {@code t}
 * @param eventTime the time of the member's first counted event, or NaN if none occurred (or no event was set)
 * @param steps the number of steps taken
 */
public record MemberResult(StopReason status, double t, double[] state, double eventTime, long steps) {

    /** Bit-for-bit equality of every number (NaN equals NaN), as {@link Arrays#equals(double[], double[])}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MemberResult r && status == r.status && Double.compare(t, r.t) == 0
                && Arrays.equals(state, r.state) && Double.compare(eventTime, r.eventTime) == 0 && steps == r.steps;
    }

    @Override
    public int hashCode() {
        return (status.hashCode() * 31 + Double.hashCode(t)) * 31 + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return status.label() + " at t = " + t + ", state " + Arrays.toString(state)
                + (Double.isNaN(eventTime) ? "" : ", event at " + eventTime) + ", " + steps + " steps";
    }
}
