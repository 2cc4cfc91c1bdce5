package org.taylorkit.ode.field;

import org.taylorkit.core.function.Functions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.Event;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.tape.GenericTapeRunner;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * The Taylor integrator of {@link TaylorIntegrator} over any coefficient arithmetic: with
 * {@link ApfloatArithmetic} at D digits it integrates to D-digit accuracy (tolerance 10⁻⁵⁰ gives order
 * 59). Same method (the system's {@link TaylorTape} run by a {@link GenericTapeRunner}; Jorba–Zou
 * order p = ⌈−½ ln ε + 1⌉ and the same step-size rules, {@link TaylorIntegrator#safetyFactor}), same
 * stop reasons, step observers ({@link FieldStepObserver}), dense and grid output, events.
 *
 * <p>Differences from the {@code double} integrator:
 * <ul>
 *   <li>Step sizes are chosen in {@code double} (from natural logarithms of the coefficient norms,
 *       so coefficients far outside the double range are handled) and converted to {@code T}; time
 *       and state are summed in {@code T}.</li>
 *   <li>Domain errors of the arithmetic (Apfloat throws {@link ArithmeticException}; it has no NaN)
 *       stop the integration with {@link org.taylorkit.ode.StopReason#NON_FINITE} and the
 *       arithmetic's message. Blow-up: the step no longer changes t in {@code T}.</li>
 *   <li>Events: sign changes are found on the step polynomial rounded to {@code double} (as in
 *       {@link Event}), and each root is then refined by Newton's method on the polynomial in
 *       {@code T} to the tolerance.</li>
 * </ul>
 * Default tolerance: 10<sup>−D</sup> for {@link ApfloatArithmetic} at D digits, 2⁻⁵² otherwise.
 *
 * <p>Not thread-safe (owns the runner's storage); {@link #integrate} is not reentrant.
 *
 * @param <T> the coefficient type
 */
public final class FieldTaylorIntegrator<T> {

    final OdeSystem system;
    final Arithmetic<T> ar;
    final TaylorTape tape;
    final double logAbsTol;
    final double logRelTol;
    final int fixedOrder;
    final T fixedStep;
    final long maxSteps;
    final boolean dense;
    final T gridEvery;
    final Event[] events;
    final List<FieldStepObserver<T>> observers;
    final int orderAbs;
    final int orderRel;
    final int maxOrder;
    final GenericTapeRunner<T> runner;

    private FieldTaylorIntegrator(Builder<T> b) {
        this.system = b.system;
        this.ar = b.ar;
        this.logAbsTol = b.logAbsTol;
        this.logRelTol = b.logRelTol;
        this.fixedOrder = b.order;
        this.fixedStep = b.fixedStep;
        this.maxSteps = b.maxSteps;
        this.dense = b.dense;
        this.gridEvery = b.gridEvery;
        this.events = b.events.toArray(new Event[0]);
        this.observers = List.copyOf(b.observers);
        List<Expr> outputs = new ArrayList<>();
        for (Event e : events) {
            outputs.add(e.function());
        }
        this.tape = system.tape(outputs);
        this.orderAbs = orderForLog(logAbsTol);
        this.orderRel = orderForLog(logRelTol);
        this.maxOrder = fixedOrder > 0 ? fixedOrder : Math.max(orderAbs, orderRel);
        this.runner = new GenericTapeRunner<>(tape, ar, maxOrder);
        for (Map.Entry<String, T> p : b.parameters.entrySet()) {
            runner.setParameter(p.getKey(), p.getValue());
        }
    }

    /** The Jorba–Zou order ⌈−½ ln ε + 1⌉ (at least 2) for ln ε = {@code logTolerance}. */
    static int orderForLog(double logTolerance) {
        return Math.max(2, (int) Math.ceil(-0.5 * logTolerance + 1));
    }

    /** A builder for an integrator of {@code system} over {@code ar}. */
    public static <T> Builder<T> builder(OdeSystem system, Arithmetic<T> ar) {
        return new Builder<>(system, ar);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The coefficient arithmetic. */
    public Arithmetic<T> arithmetic() {
        return ar;
    }

    /** The tape (right-hand sides and event functions). */
    public TaylorTape tape() {
        return tape;
    }

    /** The largest order any step may use. */
    public int maxOrder() {
        return maxOrder;
    }

    /**
     * Sets a parameter (nothing is rebuilt).
     *
     * @throws IllegalArgumentException if the system has no parameter {@code name}
     */
    public void setParameter(String name, T value) {
        runner.setParameter(name, value);
    }

    /**
     * The current value of a parameter.
     *
     * @throws IllegalArgumentException if there is no such parameter or it has no value
     */
    public T parameter(String name) {
        return runner.parameter(name);
    }

    /**
     * Integrates from (t0, x0) to tEnd, forward or backward; stops early (without throwing) at a
     * terminal event, a blow-up, a domain error or the step limit, and says so in the solution.
     *
     * @throws IllegalArgumentException if x0 has the wrong length or contains null
     * @throws IllegalStateException if a parameter used by the system has no value
     */
    public FieldOdeSolution<T> integrate(T t0, T[] x0, T tEnd) {
        Objects.requireNonNull(t0, "t0");
        Objects.requireNonNull(tEnd, "tEnd");
        int n = system.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial values (" + String.join(", ", system.variables())
                    + "), got " + x0.length);
        }
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(x0[i], "initial value of " + system.variables().get(i));
        }
        return new FieldIntegration<>(this).run(t0, x0, tEnd);
    }

    /**
     * Configures a {@link FieldTaylorIntegrator}. Not thread-safe.
     *
     * @param <T> the coefficient type
     */
    public static final class Builder<T> {

        private final OdeSystem system;
        private final Arithmetic<T> ar;
        private double logAbsTol;
        private double logRelTol;
        private int order;
        private T fixedStep;
        private long maxSteps = TaylorIntegrator.DEFAULT_MAX_STEPS;
        private boolean dense;
        private T gridEvery;
        private final List<Event> events = new ArrayList<>();
        private final List<FieldStepObserver<T>> observers = new ArrayList<>();
        private final Map<String, T> parameters = new LinkedHashMap<>();

        private Builder(OdeSystem system, Arithmetic<T> ar) {
            this.system = Objects.requireNonNull(system, "system");
            this.ar = Objects.requireNonNull(ar, "ar");
            double def = ar instanceof ApfloatArithmetic ap ? -ap.digits() * Math.log(10) : Math.log(TaylorIntegrator.DEFAULT_TOLERANCE);
            logAbsTol = def;
            logRelTol = def;
        }

        private static double logOf(double tol, String what) {
            if (!(tol > 0) || !Double.isFinite(tol)) {
                throw new IllegalArgumentException(what + " must be positive and finite, got " + tol);
            }
            return Math.log(tol);
        }

        private double logOf(T tol, String what) {
            if (ar.signum(tol) <= 0) {
                throw new IllegalArgumentException(what + " must be positive, got " + tol);
            }
            return ar.toDouble(ar.apply(Functions.LOG, tol));
        }

        /** Both tolerances (positive). */
        public Builder<T> tolerance(double tol) {
            logAbsTol = logOf(tol, "the tolerance");
            logRelTol = logAbsTol;
            return this;
        }

        /** Both tolerances, as a value of {@code T} (for tolerances below the double range, e.g. 10⁻⁵⁰⁰). */
        public Builder<T> tolerance(T tol) {
            logAbsTol = logOf(tol, "the tolerance");
            logRelTol = logAbsTol;
            return this;
        }

        /** The absolute tolerance (positive). */
        public Builder<T> absoluteTolerance(double tol) {
            logAbsTol = logOf(tol, "the absolute tolerance");
            return this;
        }

        /** The relative tolerance (positive). */
        public Builder<T> relativeTolerance(double tol) {
            logRelTol = logOf(tol, "the relative tolerance");
            return this;
        }

        /** A fixed Taylor order (2..1000; ≥ 1 with a fixed step). */
        public Builder<T> order(int p) {
            if (p < 1 || p > 1000) {
                throw new IllegalArgumentException("the order must be between 1 and 1000, got " + p);
            }
            order = p;
            return this;
        }

        /** A fixed step size |h| (positive). */
        public Builder<T> fixedStep(T h) {
            if (ar.signum(h) <= 0) {
                throw new IllegalArgumentException("the fixed step must be positive, got " + h);
            }
            fixedStep = h;
            return this;
        }

        /** The maximum number of steps (positive). */
        public Builder<T> maxSteps(long n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxSteps must be positive, got " + n);
            }
            maxSteps = n;
            return this;
        }

        /** Whether to keep the step polynomials for {@link FieldOdeSolution#at}. */
        public Builder<T> denseOutput(boolean on) {
            dense = on;
            return this;
        }

        /** Records the state at t0 + i·dt on the step polynomials (positive dt). */
        public Builder<T> gridOutput(T dt) {
            if (ar.signum(dt) <= 0) {
                throw new IllegalArgumentException("the grid spacing must be positive, got " + dt);
            }
            gridEvery = dt;
            return this;
        }

        /**
         * Adds a step observer, called after every accepted step in the order added (as
         * {@link TaylorIntegrator.Builder#observer} for the double integrator).
         */
        public Builder<T> observer(FieldStepObserver<T> o) {
            observers.add(Objects.requireNonNull(o, "observer"));
            return this;
        }

        /**
         * Adds an event.
         *
         * @throws IllegalArgumentException if its function uses an unknown symbol
         */
        public Builder<T> event(Event e) {
            system.checkExpression(e.function(), "event function \"" + e.function() + "\"");
            events.add(e);
            return this;
        }

        /**
         * Adds an event parsed from text over the system's names.
         *
         * @throws IllegalArgumentException if the text does not parse or uses an unknown symbol
         */
        public Builder<T> event(String function, Direction direction, boolean terminal) {
            return event(new Event(system.parseExpression(function, "event function"), direction, terminal));
        }

        /**
         * Gives a parameter its initial value.
         *
         * @throws IllegalArgumentException if the system has no such parameter
         */
        public Builder<T> parameter(String name, T value) {
            if (!system.parameters().contains(name)) {
                throw new IllegalArgumentException("no parameter '" + name + "' (parameters: "
                        + (system.parameters().isEmpty() ? "none" : String.join(", ", system.parameters())) + ")");
            }
            parameters.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The integrator.
         *
         * @throws IllegalArgumentException if a fixed order 1 is combined with automatic steps
         */
        public FieldTaylorIntegrator<T> build() {
            if (order == 1 && fixedStep == null) {
                throw new IllegalArgumentException("order 1 needs a fixed step (automatic steps use the last two coefficients)");
            }
            return new FieldTaylorIntegrator<>(this);
        }
    }
}
