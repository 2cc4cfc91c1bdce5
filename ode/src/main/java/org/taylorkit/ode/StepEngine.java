package org.taylorkit.ode;

/**
 * The number-type half of a Taylor integrator, driven by {@link StepDriver}: it owns one run's time,
 * state and Taylor coefficients in its own representation ({@code double} with a compensated time
 * and primitive arrays; {@code T} through an arithmetic) and does every computation on them, while
 * the driver owns the control flow that is the same for every number type — the step loop, the stop
 * reasons and their messages, clamping the last step, the sign-change search of the events and
 * terminal events, grid indices, statistics. Step sizes cross the interface as {@code double}
 * magnitudes (the step-size rule works in the log domain, so coefficients beyond the double range
 * are fine); times, states and roots stay inside the engine.
 *
 * <p>Per step the driver calls, in this order: {@link #expand}, {@link #proposeStep},
 * {@link #clampStep}, {@link #stepUnderflows} (unless clamped), with events {@link #eventCoefficients},
 * {@link #stepAsDouble}, {@link #occurrence} for each counted crossing and
 * {@link #cutStepAtLastOccurrence} at a terminal one; then {@link #stepMagnitude},
 * {@link #computeEndState}, {@link #recordDense}, {@link #gridPoint} while it returns true,
 * {@link #notifyObservers}, {@link #advance} and, on the last step, {@link #landOnEnd}. An engine
 * for {@code double} must not allocate in any of these except for the outputs asked for (events
 * found, grid points, dense output).
 *
 * @param <O> the engine's event occurrence type
 */
public interface StepEngine<O> {

    /** The sign of tEnd − t0: +1 forward, −1 backward, 0 nothing to integrate. */
    int direction();

    /** The current time as text, for the stop messages. */
    String time();

    /**
     * Chooses the order p for the current state and computes the Taylor coefficients of the state
     * (and of the event functions when {@code events}) about the current time.
     *
     * @return {@code null}, or why the right-hand side cannot be expanded here (the run stops
     *     with {@link StopReason#NON_FINITE} and this message)
     */
    String expand(boolean events);

    /** The order p chosen by the last {@link #expand}. */
    int order();

    /**
     * The step magnitude |h| the engine would take: the fixed step, or the automatic rule
     * ({@link StepSizeRule}); +∞ for no bound, NaN if a coefficient norm the rule needs is undefined.
     */
    double proposeStep();

    /** The stop message when {@link #proposeStep} is NaN. */
    String undefinedStepMessage();

    /**
     * Sets the signed step: {@code hAbs} in the direction of integration, or the rest of the
     * interval if that is no longer than {@code hAbs}.
     *
     * @return whether the step was clamped to end exactly at tEnd
     */
    boolean clampStep(double hAbs);

    /**
     * Whether an automatic (not clamped) step of {@code hAbs} no longer advances the time: the sign
     * of a blow-up. Always false with a fixed step.
     */
    boolean stepUnderflows(double hAbs);

    /** Writes each event function's Taylor coefficients 0..p, rounded to {@code double}, into {@code rows[j]}. */
    void eventCoefficients(double[][] rows);

    /** The signed step h rounded to {@code double} (for the event search). */
    double stepAsDouble();

    /**
     * A counted crossing of event {@code event} at τ ≈ {@code tau} after the step start (the root
     * of the double-rounded polynomial; an engine may refine it in its own type): the occurrence with
     * its time and the state there. The engine remembers its τ for {@link #cutStepAtLastOccurrence}.
     */
    O occurrence(int event, double tau, Direction crossing);

    /** Shortens the step to end at the last {@link #occurrence} (a terminal event). */
    void cutStepAtLastOccurrence();

    /** |h| of the step as it will be taken (after clamping and terminal events). */
    double stepMagnitude();

    /**
     * Sums the step polynomials at h: the state at the end of the step (not yet current).
     *
     * @return {@code null}, or why the new state is unusable (the run stops with
     *     {@link StopReason#NON_FINITE} and this message, the state left at the step start)
     */
    String computeEndState();

    /** Keeps this step's polynomials for dense output, if it was asked for. */
    void recordDense();

    /**
     * Records grid point t0 ± index·dt if it lies in this step (or, when {@code completes}, if it is
     * the end time up to rounding).
     *
     * @return whether it was recorded (the driver then asks for the next index)
     */
    boolean gridPoint(long index, boolean completes);

    /** Calls the step observers with a view of this step. */
    void notifyObservers();

    /** Makes the end of the step current: t ← t + h, x ← the state from {@link #computeEndState}. */
    void advance();

    /** After a last step clamped to tEnd: sets the time to exactly tEnd. */
    void landOnEnd();
}
