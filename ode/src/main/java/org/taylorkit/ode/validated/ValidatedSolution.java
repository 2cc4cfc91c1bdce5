package org.taylorkit.ode.validated;

import java.util.List;
import org.taylorkit.interval.Interval;

/**
 * The result of {@link ValidatedIntegrator#integrate}: the time reached, an enclosure of every
 * true solution from the initial box at that time, the status and the per-step records.
 *
 * <p>Guarantee (whatever the status): for every initial state in the box, the solution exists on
 * {@code [t0, t()]} and {@code x(t()) ∈ enclosure()}; every {@link ValidatedStep} carries its own
 * guarantee. A {@code failed} status only means the integrator could not prove more (it stopped at
 * {@code t()} for the {@link #reason()} given), never that a returned enclosure is wrong.
 */
public final class ValidatedSolution {

    /** Outcome of an integration. */
    public enum Status {
        /** The end time was reached. */
        COMPLETED,
        /** The integrator stopped before the end time; see {@link ValidatedSolution#reason()}. */
        FAILED;

        /** The lower-case name used by the command line ({@code completed}, {@code failed}). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final double t;
    private final Interval[] enclosure;
    private final Status status;
    private final String reason;
    private final List<ValidatedStep> steps;

    ValidatedSolution(double t, Interval[] enclosure, Status status, String reason, List<ValidatedStep> steps) {
        this.t = t;
        this.enclosure = enclosure.clone();
        this.status = status;
        this.reason = reason;
        this.steps = List.copyOf(steps);
    }

    /**
     * A solution record for another validated integrator (e.g. a Taylor-model flow piece), which must
     * give the same guarantee as the class comment states for its own initial set.
     *
     * @param t the time reached
     * @param enclosure an enclosure of every solution at {@code t}
     * @param status whether the end time was reached
     * @param reason why the integration stopped early ({@code null} when completed)
     * @param steps the validated steps, in order
     */
    public static ValidatedSolution of(double t, Interval[] enclosure, Status status, String reason,
            List<ValidatedStep> steps) {
        return new ValidatedSolution(t, enclosure, status, reason, steps);
    }

    /** The time reached (the end time when {@link #status()} is {@link Status#COMPLETED}). */
    public double t() {
        return t;
    }

    /** A copy of the enclosure at {@link #t()}, one interval per state variable in system order. */
    public Interval[] enclosure() {
        return enclosure.clone();
    }

    /** The largest width of {@link #enclosure()} (an upper bound, rounded up). */
    public double width() {
        return IntervalMatrices.maxWidth(enclosure);
    }

    /** Whether the end time was reached. */
    public Status status() {
        return status;
    }

    /** Why the integration stopped early; {@code null} when completed. */
    public String reason() {
        return reason;
    }

    /** The validated steps, in order. */
    public List<ValidatedStep> steps() {
        return steps;
    }

    /** The number of steps. */
    public int stepCount() {
        return steps.size();
    }

    @Override
    public String toString() {
        return "ValidatedSolution[" + status.label() + (reason == null ? "" : " (" + reason + ")") + " at t=" + t
                + ", steps=" + steps.size() + ", width=" + width() + "]";
    }
}
