package org.taylorkit.ode.field;

import java.util.List;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.ode.IntegrationStatistics;
import org.taylorkit.ode.StepDriver;
import org.taylorkit.ode.StopReason;

/**
 * The result of {@link FieldTaylorIntegrator#integrate}: the same content as
 * {@link org.taylorkit.ode.OdeSolution} with times and states in {@code T}. Immutable if {@code T}
 * is; thread-safe for reading.
 *
 * @param <T> the coefficient type
 */
public final class FieldOdeSolution<T> {

    private final Arithmetic<T> ar;
    private final List<String> variables;
    private final StepDriver.Outcome<FieldEventOccurrence<T>> outcome;
    private final T startTime;
    private final T t;
    private final T[] state;
    private final FieldDenseOutput<T> dense;
    private final List<T> gridTimes;
    private final List<T[]> gridStates;

    FieldOdeSolution(Arithmetic<T> ar, List<String> variables, StepDriver.Outcome<FieldEventOccurrence<T>> outcome,
            T startTime, T t, T[] state, FieldDenseOutput<T> dense, List<T> gridTimes, List<T[]> gridStates) {
        this.ar = ar;
        this.variables = variables;
        this.outcome = outcome;
        this.startTime = startTime;
        this.t = t;
        this.state = state.clone();
        this.dense = dense;
        this.gridTimes = List.copyOf(gridTimes);
        this.gridStates = List.copyOf(gridStates);
    }

    /** Why the integration stopped. */
    public StopReason status() {
        return outcome.reason();
    }

    /** A one-line explanation of the status. */
    public String message() {
        return outcome.message();
    }

    /** The state variable names. */
    public List<String> variables() {
        return variables;
    }

    /** The initial time. */
    public T startTime() {
        return startTime;
    }

    /** The time reached (end time, event time, or the time of the last good state). */
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

    /**
     * The component named {@code name} of the state at {@link #t()}.
     *
     * @throws IllegalArgumentException if there is no such state variable
     */
    public T state(String name) {
        int i = variables.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no state variable '" + name + "'");
        }
        return state[i];
    }

    /** The number of steps. */
    public long steps() {
        return outcome.statistics().steps();
    }

    /** Step and order statistics (step sizes as doubles). */
    public IntegrationStatistics statistics() {
        return outcome.statistics();
    }

    /** The events found, in time order. Unmodifiable. */
    public List<FieldEventOccurrence<T>> events() {
        return outcome.events();
    }

    /** Whether {@link #at} is available. */
    public boolean hasDenseOutput() {
        return dense != null;
    }

    /**
     * The state at any time between {@link #startTime()} and {@link #t()}, from the step polynomials.
     *
     * @throws IllegalStateException if dense output was not requested
     * @throws IllegalArgumentException if {@code time} is outside the integrated range
     */
    public T[] at(T time) {
        if (dense == null) {
            throw new IllegalStateException("no dense output: build the integrator with denseOutput(true)");
        }
        int a = ar.signum(ar.subtract(time, startTime));
        int b = ar.signum(ar.subtract(time, t));
        if (a * b > 0) {
            throw new IllegalArgumentException("t = " + time + " is outside the integrated range [" + startTime + ", " + t + "]");
        }
        T[] out = ar.newArray(state.length);
        if (dense.size() == 0) {
            return state.clone();
        }
        dense.evaluate(time, out);
        return out;
    }

    /** The grid times t0 + i·dt reached (empty without grid output). Unmodifiable. */
    public List<T> gridTimes() {
        return gridTimes;
    }

    /** The number of grid points. */
    public int gridSize() {
        return gridTimes.size();
    }

    /** The state at grid time {@code i} (a copy of the array). */
    public T[] gridState(int i) {
        return gridStates.get(i).clone();
    }

    @Override
    public String toString() {
        return outcome.reason().label() + " at t = " + t + " after " + steps() + " steps";
    }
}
