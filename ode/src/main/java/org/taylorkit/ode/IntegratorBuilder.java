package org.taylorkit.ode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The settings every Taylor integrator builder shares, whatever its number type
 * ({@link TaylorIntegrator.Builder}, {@code FieldTaylorIntegrator.Builder}): the system, a fixed
 * order, the step limit, dense output and events, each checked when it is set. The number-typed
 * settings (tolerances, fixed step, grid spacing, parameter values, observers) are the subclass's.
 *
 * @param <B> the concrete builder (each setter returns it, for chaining)
 */
public abstract class IntegratorBuilder<B extends IntegratorBuilder<B>> {

    /** The default maximum number of steps per integration. */
    public static final long DEFAULT_MAX_STEPS = 10_000_000L;

    /** The system to integrate. */
    protected final OdeSystem system;
    private int order;
    private long maxSteps = DEFAULT_MAX_STEPS;
    private boolean dense;
    private final List<Event> events = new ArrayList<>();

    /**
     * A builder for {@code system}.
     *
     * @throws NullPointerException if {@code system} is null
     */
    protected IntegratorBuilder(OdeSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** This builder, typed as the subclass. */
    protected abstract B self();

    /**
     * A fixed Taylor order p for every step (≥ 2; the step size still follows the tolerances
     * unless a fixed step is set, then p ≥ 1).
     *
     * @throws IllegalArgumentException if p is outside 1..1000
     */
    public B order(int p) {
        if (p < 1 || p > 1000) {
            throw new IllegalArgumentException("the order must be between 1 and 1000, got " + p);
        }
        order = p;
        return self();
    }

    /**
     * The maximum number of steps per integration (positive).
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public B maxSteps(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxSteps must be positive, got " + n);
        }
        maxSteps = n;
        return self();
    }

    /** Whether to keep every step's polynomial for the solution's {@code at(t)} (allocates per step). */
    public B denseOutput(boolean on) {
        dense = on;
        return self();
    }

    /**
     * Adds an event.
     *
     * @throws IllegalArgumentException if its function uses an unknown symbol
     */
    public B event(Event e) {
        system.checkExpression(e.function(), "event function \"" + e.function() + "\"");
        events.add(e);
        return self();
    }

    /**
     * Adds an event parsed from text over the system's names, e.g. {@code event("z - 27", Direction.UP, false)}.
     *
     * @throws IllegalArgumentException if the text does not parse or uses an unknown symbol
     */
    public B event(String function, Direction direction, boolean terminal) {
        return event(new Event(system.parseExpression(function, "event function"), direction, terminal));
    }

    /**
     * The shared settings as set so far, for the subclass's {@code build()}.
     *
     * @param fixedStep whether the subclass has a fixed step
     * @throws IllegalArgumentException if a fixed order 1 is combined with automatic steps
     */
    protected final Settings settings(boolean fixedStep) {
        if (order == 1 && !fixedStep) {
            throw new IllegalArgumentException("order 1 needs a fixed step (automatic steps use the last two coefficients)");
        }
        return new Settings(system, order, maxSteps, dense, events.toArray(new Event[0]));
    }

    /**
     * The shared settings of a built integrator.
     *
     * @param system the system
     * @param fixedOrder the fixed order, or 0 for the Jorba–Zou order
     * @param maxSteps the step limit
     * @param dense whether dense output is kept
     * @param events the events, in the order added (their functions are the tape's outputs); a
     *     fresh array for each {@link #settings} call, owned by the integrator built from it
     */
    public record Settings(OdeSystem system, int fixedOrder, long maxSteps, boolean dense, Event[] events) {
    }
}
