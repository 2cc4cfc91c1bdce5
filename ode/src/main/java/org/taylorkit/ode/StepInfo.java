package org.taylorkit.ode;

/**
 * A read-only view of the step just taken, given to {@link StepObserver}s. The object is reused
 * from step to step (no allocation): it is valid only during the callback; copy what you keep.
 */
public interface StepInfo {

    /** The time at the start of the step. */
    double start();

    /** The signed step size h (negative when integrating backwards). */
    double step();

    /** The time at the end of the step. */
    double end();

    /** The Taylor order p of the step polynomial. */
    int order();

    /** The number of state variables. */
    int dimension();

    /** Component {@code i} of the state at {@link #end()}. */
    double state(int i);

    /**
     * Writes the state at time {@code t} (between {@link #start()} and {@link #end()}) into
     * {@code out}, by evaluating the step polynomial.
     */
    void stateAt(double t, double[] out);

    /** Taylor coefficient k (0 ≤ k ≤ order) of state {@code i} about {@link #start()}. */
    double coefficient(int i, int k);
}
