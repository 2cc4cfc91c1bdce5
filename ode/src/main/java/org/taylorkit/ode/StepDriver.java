package org.taylorkit.ode;

import java.util.ArrayList;
import java.util.List;
import org.taylorkit.ode.events.SignChangeLocator;

/**
 * The step loop of every Taylor integrator ({@link TaylorIntegrator} in {@code double},
 * {@code FieldTaylorIntegrator} over any arithmetic, jets through it), written once over a
 * {@link StepEngine}: order and step from the engine, the last step clamped to land exactly on the end
 * time, events (sign changes of the event functions on the step polynomial, found by a
 * {@link SignChangeLocator}; terminal events cut the step), grid indices, step observers, the
 * statistics, and the stop reasons with their messages. Taylor steps are never rejected.
 *
 * <p>Stop reasons: {@link StopReason#COMPLETED}; {@link StopReason#EVENT} at a terminal event;
 * {@link StopReason#MAX_STEPS}; {@link StopReason#BLOW_UP} when an automatic step no longer advances
 * the time; {@link StopReason#NON_FINITE} when the engine reports an undefined expansion, step norm or
 * end state. The loop allocates nothing per step (a step with events found allocates their
 * occurrences). One driver per run; not thread-safe.
 *
 * @param <O> the engine's event occurrence type
 */
public final class StepDriver<O> {

    /**
     * How a run ended: the stop reason, its one-line message, the statistics and the counted event
     * occurrences in time order (unmodifiable).
     *
     * @param reason why the run stopped
     * @param message a one-line explanation
     * @param statistics step and order counts
     * @param events the occurrences found
     * @param <O> the occurrence type
     */
    public record Outcome<O>(StopReason reason, String message, IntegrationStatistics statistics, List<O> events) {
        /** An outcome with an unmodifiable copy of {@code events}. */
        public Outcome {
            events = List.copyOf(events);
        }
    }

    private final StepEngine<O> engine;
    private final long maxSteps;
    private final Event[] events;
    private final boolean grid;
    private final long[] orderCounts;
    private final SignChangeLocator locator;
    private final double[][] eventRows;
    private final List<O> occurrences = new ArrayList<>();
    private final List<O> pending = new ArrayList<>();

    /**
     * A driver for one run.
     *
     * @param engine the number-type engine of the run
     * @param maxSteps the step limit (positive)
     * @param events the events (their function is the engine's output j, in this order)
     * @param maxOrder the largest order the engine may choose
     * @param grid whether the engine records grid output
     */
    public StepDriver(StepEngine<O> engine, long maxSteps, Event[] events, int maxOrder, boolean grid) {
        this.engine = engine;
        this.maxSteps = maxSteps;
        this.events = events;
        this.grid = grid;
        this.orderCounts = new long[maxOrder + 1];
        this.locator = events.length > 0 ? new SignChangeLocator(events.length, maxOrder) : null;
        this.eventRows = new double[events.length][maxOrder + 1];
    }

    /** Steps until the end time, a terminal event, or a stop; the engine holds the final time and state. */
    public Outcome<O> run() {
        int dir = engine.direction();
        boolean withEvents = locator != null;
        long gridIndex = 1;
        long steps = 0;
        long shortened = 0;
        double minStep = Double.POSITIVE_INFINITY;
        double maxStep = 0.0;
        StopReason reason;
        String message;
        while (true) {
            if (dir == 0) {
                reason = StopReason.COMPLETED;
                message = "completed";
                break;
            }
            if (steps >= maxSteps) {
                reason = StopReason.MAX_STEPS;
                message = "maximum number of steps (" + maxSteps + ") reached at t = " + engine.time();
                break;
            }
            message = engine.expand(withEvents);
            if (message != null) {
                reason = StopReason.NON_FINITE;
                break;
            }
            int p = engine.order();
            double hAbs = engine.proposeStep();
            if (Double.isNaN(hAbs)) {
                reason = StopReason.NON_FINITE;
                message = engine.undefinedStepMessage();
                break;
            }
            boolean last = engine.clampStep(hAbs);
            if (!last && engine.stepUnderflows(hAbs)) {
                reason = StopReason.BLOW_UP;
                message = "step size underflow at t = " + engine.time() + " (h = " + hAbs
                        + "): the solution appears to blow up (a singularity) at t ≈ " + engine.time();
                break;
            }
            int terminalEvent = -1;
            pending.clear();
            if (withEvents) {
                terminalEvent = findEvents(p);
                if (terminalEvent >= 0) {
                    last = true;
                }
            }
            double taken = engine.stepMagnitude();
            if (taken < hAbs) { // cut to the end time or a terminal event (hAbs may be +∞: "anything goes")
                shortened++;
            }
            message = engine.computeEndState();
            if (message != null) {
                reason = StopReason.NON_FINITE;
                break;
            }
            if (!pending.isEmpty()) { // addAll would copy even an empty list
                occurrences.addAll(pending);
            }
            engine.recordDense();
            if (grid) {
                boolean completes = last && terminalEvent < 0;
                while (engine.gridPoint(gridIndex, completes)) {
                    gridIndex++;
                }
            }
            steps++;
            orderCounts[p]++;
            maxStep = Math.max(maxStep, taken);
            if (!last) {
                minStep = Math.min(minStep, taken);
            }
            engine.notifyObservers();
            engine.advance();
            if (last) {
                if (terminalEvent >= 0) {
                    reason = StopReason.EVENT;
                    message = "terminal event " + terminalEvent + " (" + events[terminalEvent].function() + ") at t = " + engine.time();
                } else {
                    engine.landOnEnd();
                    reason = StopReason.COMPLETED;
                    message = "completed";
                }
                break;
            }
        }
        if (minStep == Double.POSITIVE_INFINITY) {
            minStep = maxStep;
        }
        IntegrationStatistics stats = IntegrationStatistics.of(steps, shortened, orderCounts, minStep, maxStep);
        return new Outcome<>(reason, message, stats, occurrences);
    }

    /**
     * Locates this step's crossings, records the counted ones as pending occurrences and cuts the
     * step at the first terminal one.
     *
     * @return the index of the terminal event hit, or −1
     */
    private int findEvents(int p) {
        engine.eventCoefficients(eventRows);
        int c = locator.locate(eventRows, p, engine.stepAsDouble());
        for (int i = 0; i < c; i++) {
            int j = locator.event(i);
            int after = locator.after(i);
            Event e = events[j];
            if (!e.direction().accepts(-after, after)) {
                continue;
            }
            pending.add(engine.occurrence(j, locator.tau(i), after > 0 ? Direction.UP : Direction.DOWN));
            if (e.terminal()) {
                engine.cutStepAtLastOccurrence();
                return j;
            }
        }
        return -1;
    }
}
