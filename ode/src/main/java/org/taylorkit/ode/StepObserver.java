package org.taylorkit.ode;

/** Called after every accepted step (for progress, custom output, diagnostics). */
@FunctionalInterface
public interface StepObserver {

    /**
     * The step just taken; {@code step} is valid only during this call. Exceptions thrown here
     * abort the integration and propagate to the caller.
     */
    void onStep(StepInfo step);
}
