package org.taylorkit.ode.field;

/**
 * A read-only view of the step just taken by a {@link FieldTaylorIntegrator}, given to
 * {@link FieldStepObserver}s: the counterpart of {@link org.taylorkit.ode.StepInfo} over the
 * coefficient type {@code T}. The object is reused from step to step: it is valid only during the
 * callback; copy what you keep.
 *
 * @param <T> the coefficient type
 */
public interface FieldStepInfo<T> {

    /** The time at the start of the step. */
    T start();

    /** The signed step size h (negative when integrating backwards). */
    T step();

    /** The time at the end of the step, start + h in {@code T}. */
    T end();

    /** The Taylor order p of the step polynomial. */
    int order();

    /** The number of state variables. */
    int dimension();

    /** Component {@code i} of the state at {@link #end()}. */
    T state(int i);

    /**
     * The state at time {@code t} (between {@link #start()} and {@link #end()}), by evaluating the
     * step polynomial in {@code T} (Horner's rule at τ = t − start). Allocates the result.
     */
    T[] stateAt(T t);

    /**
     * Taylor coefficient k of state {@code i} about {@link #start()}.
     *
     * @throws IndexOutOfBoundsException if k is outside 0..{@link #order()}
     */
    T coefficient(int i, int k);
}
