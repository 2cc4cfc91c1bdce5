package org.taylorkit.ode;

import java.util.List;

/**
 * The result of {@link TaylorIntegrator#integrate}: why it stopped, where (time and state), the
 * events found, statistics, and — when requested — dense output and grid output. Immutable and
 * thread-safe (dense output is read-only after the integration).
 */
public final class OdeSolution {

    private final List<String> variables;
    private final StepDriver.Outcome<EventOccurrence> outcome;
    private final double startTime;
    private final double t;
    private final double[] state;
    private final DenseOutput dense;
    private final double[] gridTimes;
    private final double[][] gridStates;

    OdeSolution(List<String> variables, StepDriver.Outcome<EventOccurrence> outcome, double startTime, double t,
            double[] state, DenseOutput dense, double[] gridTimes, double[][] gridStates) {
        this.variables = variables;
        this.outcome = outcome;
        this.startTime = startTime;
        this.t = t;
        this.state = state.clone();
        this.dense = dense;
        this.gridTimes = gridTimes;
        this.gridStates = gridStates;
    }

    /** Why the integration stopped. */
    public StopReason status() {
        return outcome.reason();
    }

    /**
     * A one-line explanation of {@link #status()}, e.g. {@code "completed"} or
     * {@code "step size underflow at t = 0.9999999999999996: the solution appears to blow up"}.
     */
    public String message() {
        return outcome.message();
    }

    /** The state variable names. */
    public List<String> variables() {
        return variables;
    }

    /** The initial time. */
    public double startTime() {
        return startTime;
    }

    /**
     * The time reached: the end time if {@link StopReason#COMPLETED}, the event time if
     * {@link StopReason#EVENT}, otherwise the time of the last good state.
     */
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

    /**
     * The component named {@code name} of the state at {@link #t()}.
     *
     * @throws IllegalArgumentException if there is no such state variable
     */
    public double state(String name) {
        int i = variables.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no state variable '" + name + "' (state: " + String.join(", ", variables) + ")");
        }
        return state[i];
    }

    /** The number of steps: {@code statistics().steps()}. */
    public long steps() {
        return outcome.statistics().steps();
    }

    /** Step and order statistics. */
    public IntegrationStatistics statistics() {
        return outcome.statistics();
    }

    /** The events found (counted crossings, in time order; the last is the terminal one if {@link StopReason#EVENT}). Unmodifiable. */
    public List<EventOccurrence> events() {
        return outcome.events();
    }

    /** Whether {@link #at(double)} is available (the integrator was built with dense output). */
    public boolean hasDenseOutput() {
        return dense != null;
    }

    /**
     * The state at any time between {@link #startTime()} and {@link #t()}, from the polynomial of
     * the step containing it: as accurate as the steps themselves (the step polynomials are the
     * solution to the integration tolerance, not an interpolant of lower order).
     *
     * @throws IllegalStateException if dense output was not requested
     * @throws IllegalArgumentException if {@code time} is outside the integrated range or NaN
     */
    public double[] at(double time) {
        double[] out = new double[state.length];
        at(time, out);
        return out;
    }

    /**
     * {@link #at(double)} into {@code out} (no allocation).
     *
     * @throws IllegalStateException if dense output was not requested
     * @throws IllegalArgumentException if {@code time} is outside the integrated range or NaN
     */
    public void at(double time, double[] out) {
        if (dense == null) {
            throw new IllegalStateException("no dense output: build the integrator with denseOutput(true)");
        }
        double lo = Math.min(startTime, t);
        double hi = Math.max(startTime, t);
        if (!(time >= lo && time <= hi)) {
            throw new IllegalArgumentException("t = " + time + " is outside the integrated range [" + lo + ", " + hi + "]");
        }
        if (dense.size() == 0) {
            System.arraycopy(state, 0, out, 0, state.length);
            return;
        }
        dense.evaluate(time, out);
    }

    /** The grid times t0 + i·dt reached (empty without grid output); a copy. */
    public double[] gridTimes() {
        return gridTimes.clone();
    }

    /** The states at {@link #gridTimes()}, one row per time (a deep copy). */
    public double[][] gridStates() {
        double[][] c = new double[gridStates.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = gridStates[i].clone();
        }
        return c;
    }

    /** The number of grid points. */
    public int gridSize() {
        return gridTimes.length;
    }

    @Override
    public String toString() {
        return outcome.reason().label() + " at t = " + t + " after " + steps() + " steps";
    }
}
