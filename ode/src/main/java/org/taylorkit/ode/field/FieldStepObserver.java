package org.taylorkit.ode.field;

/**
 * Called by a {@link FieldTaylorIntegrator} after every accepted step (progress, custom output,
 * diagnostics): the counterpart of {@link org.taylorkit.ode.StepObserver} over {@code T}.
 *
 * @param <T> the coefficient type
 */
@FunctionalInterface
public interface FieldStepObserver<T> {

    /**
     * The step just taken; {@code step} is valid only during this call. Exceptions thrown here
     * abort the integration and propagate to the caller.
     */
    void onStep(FieldStepInfo<T> step);
}
