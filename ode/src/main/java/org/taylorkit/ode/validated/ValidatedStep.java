package org.taylorkit.ode.validated;

import java.util.Arrays;
import org.taylorkit.interval.Interval;

/**
 * One validated step from {@code t0} to {@code t1} (both exact doubles).
 *
 * <p>Guarantee: for every initial state in the integrator's initial box, the true solution exists
 * on {@code [t0, t1]}, {@code x(t) ∈ stepEnclosure} for every {@code t ∈ [t0, t1]}, and
 * {@code x(t1) ∈ endEnclosure}.
 *
 * @param t0 the start time of the step
 * @param t1 the end time of the step
 * @param order the Taylor order used
 * @param stepEnclosure a box containing every solution for all {@code t ∈ [t0, t1]}
 * @param endEnclosure a box containing every solution at {@code t1}
 */
public record ValidatedStep(double t0, double t1, int order, Interval[] stepEnclosure, Interval[] endEnclosure) {

    /** Copies the arrays (the record is immutable). */
    public ValidatedStep {
        stepEnclosure = stepEnclosure.clone();
        endEnclosure = endEnclosure.clone();
    }

    /** A copy of the enclosure over the whole step. */
    @Override
    public Interval[] stepEnclosure() {
        return stepEnclosure.clone();
    }

    /** A copy of the enclosure at {@code t1}. */
    @Override
    public Interval[] endEnclosure() {
        return endEnclosure.clone();
    }

    @Override
    public String toString() {
        return "ValidatedStep[" + t0 + ", " + t1 + "] end " + Arrays.toString(endEnclosure);
    }
}
