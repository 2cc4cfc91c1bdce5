package org.taylorkit.ode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.tape.DoubleTapeRunner;
import org.taylorkit.ode.tape.SecondaryPart;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * Taylor-series integrator for x' = f(t, x, p) in {@code double}, with automatic order and step
 * size (Jorba &amp; Zou 2005), dense and grid output, events and step observers.
 *
 * <h2>Method</h2>
 * Each step expands the solution about the current point to order p by running the system's
 * {@link TaylorTape} (no allocation per step), chooses the step h from the last two coefficients,
 * and sums the polynomial at h by Horner's rule. With absolute and relative tolerances εa, εr and
 * ‖·‖ the max norm over the state components:
 * <ul>
 *   <li>Order: p = ⌈−½ ln ε + 1⌉ (at least 2), with ε = εr in the relative regime
 *       (εr‖x‖ &gt; εa) and ε = εa otherwise (Jorba &amp; Zou 2005, eq. 3.9). The defaults
 *       εa = εr = 2⁻⁵² give p = 20.</li>
 *   <li>Step, automatic order (Jorba &amp; Zou 2005, sec. 3.2; heyoka, Biscani &amp; Izzo 2021):
 *       |h| = ρ · e^{−2} · exp(−0.7/(p−1)) with ρ = min_{k ∈ {p−1, p}} (X/‖x_k‖)^{1/k}, where
 *       X = ‖x‖ in the relative regime and X = 1 in the absolute one. The tolerance enters through
 *       the order: e^{−2p} ≈ ε, so the neglected terms x_k h^k ≈ X (e^{−2} s_p)^k are about ε X.</li>
 *   <li>Step, fixed order ({@link Builder#order(int)}): |h| = exp(−0.7/(p−1)) · min_{k ∈ {p−1, p}}
 *       (ε'/‖x_k‖)^{1/k} with ε' = max(εa, εr‖x‖), so the last two terms of the series are at
 *       most ε' whatever p is (TaylorIntegration.jl's rule with heyoka's safety factor). With both
 *       rules, when both coefficients vanish (a polynomial solution)
 *       |h| = max_{1≤k≤p−2} (1/‖x_k‖)^{1/k}, or the rest of the interval if every coefficient
 *       beyond x_0 vanishes.</li>
 *   <li>No step is rejected; the last step is cut to land exactly on the end time. A computed
 *       |h| of at most 4 ulps of t stops the integration with {@link StopReason#BLOW_UP} (the
 *       coefficients grow like ρ^{−k} with ρ the distance to a singularity); NaN coefficients or a
 *       non-finite new state stop it with {@link StopReason#NON_FINITE}.</li>
 *   <li>Time is accumulated as an unevaluated sum of two doubles (Knuth's TwoSum), so t carries no
 *       drift from rounding over millions of steps.</li>
 * </ul>
 * A fixed order ({@link Builder#order(int)}) and a fixed step ({@link Builder#fixedStep(double)})
 * replace the corresponding rule.
 *
 * <p>The step loop (clamping, events, grid, observers, statistics, stop reasons) is
 * {@link StepDriver}'s, shared with the arbitrary-precision and jet integrators; this class supplies
 * its {@code double} engine (compensated time, the compiled tape's arrays read in place).
 *
 * <h2>Accuracy</h2>
 * The local truncation error per step is about ε'; rounding in the kernels and in Horner's sum adds
 * a few ulps per step, which dominates at the default tolerances. There is no global error
 * guarantee (as for any non-validated integrator): chaotic systems amplify local errors
 * exponentially.
 *
 * <h2>Threads</h2>
 * An integrator owns its preallocated coefficient storage and parameter values: it is not
 * thread-safe, and {@link #integrate} is not reentrant (an observer must not call it). Use one
 * integrator per thread; building another from the same {@link OdeSystem} is cheap.
 */
public final class TaylorIntegrator {

    /** The default absolute and relative tolerance, 2⁻⁵² (the double machine epsilon). */
    public static final double DEFAULT_TOLERANCE = 0x1p-52;

    /** The default maximum number of steps per integration. */
    public static final long DEFAULT_MAX_STEPS = IntegratorBuilder.DEFAULT_MAX_STEPS;

    final OdeSystem system;
    final TaylorTape tape;
    final double absTol;
    final double relTol;
    final int fixedOrder;
    final double fixedStep;
    final long maxSteps;
    final boolean dense;
    final double gridEvery;
    final Event[] events;
    final StepObserver[] observers;
    final int orderAbs;
    final int orderRel;
    final int maxOrder;
    final DoubleTapeRunner runner;
    /** The step-size safety factors by order ({@link #safetyFactor}), computed once; read-only. */
    final double[] safety;
    /** The first secondary state ({@link Builder#secondaryStates}), or 0 for none. */
    final int secondaryFrom;
    /** The secondary states' relative tolerance ε_s (0 without them). */
    final double secondaryTol;
    /** The secondary states' order q = {@link #orderFor}(ε_s), at most {@link #maxOrder}. */
    final int secondaryOrder;
    /** The secondary states' step-size safety factors by order (the fixed-order form), read-only; null without them. */
    final double[] secondarySafety;

    private TaylorIntegrator(Builder b, IntegratorBuilder.Settings common) {
        this.system = common.system();
        this.absTol = b.absTol;
        this.relTol = b.relTol;
        this.fixedOrder = common.fixedOrder();
        this.fixedStep = b.fixedStep;
        this.maxSteps = common.maxSteps();
        this.dense = common.dense();
        this.gridEvery = b.gridEvery;
        this.events = common.events();
        this.observers = b.observers.toArray(new StepObserver[0]);
        List<Expr> outputs = new ArrayList<>();
        for (Event e : events) {
            outputs.add(e.function());
        }
        this.tape = system.tape(outputs);
        this.orderAbs = orderFor(absTol);
        this.orderRel = orderFor(relTol);
        this.maxOrder = fixedOrder > 0 ? fixedOrder : Math.max(orderAbs, orderRel);
        this.secondaryFrom = b.secondaryFrom;
        this.secondaryTol = b.secondaryTol;
        this.secondaryOrder = secondaryFrom > 0 ? Math.min(orderFor(secondaryTol), maxOrder) : 0;
        this.runner = secondaryFrom > 0
                ? new DoubleTapeRunner(tape, maxOrder, SecondaryPart.of(tape, secondaryFrom, secondaryOrder))
                : new DoubleTapeRunner(tape, maxOrder);
        this.safety = new double[maxOrder + 1];
        this.secondarySafety = secondaryFrom > 0 ? new double[maxOrder + 1] : null;
        for (int k = 2; k <= maxOrder; k++) {
            safety[k] = safetyFactor(k, fixedOrder > 0);
            if (secondarySafety != null) {
                secondarySafety[k] = safetyFactor(k, true);
            }
        }
        for (Map.Entry<String, Double> p : b.parameters.entrySet()) {
            runner.setParameter(p.getKey(), p.getValue());
        }
    }

    /**
     * The Jorba–Zou order for tolerance ε: ⌈−½ ln ε + 1⌉, at least 2 (1e−15 → 19, 2⁻⁵² → 20,
     * 1e−50 → 59).
     */
    public static int orderFor(double tolerance) {
        return Math.max(2, (int) Math.ceil(-0.5 * Math.log(tolerance) + 1));
    }

    /**
     * The factor multiplying ρ in the step-size rule at order p: e^{−2}·exp(−0.7/(p−1)) with an
     * automatic order (Jorba–Zou's ρ/e² with heyoka's safety factor), exp(−0.7/(p−1)) with a fixed
     * order (where ρ carries the tolerance). Shared with the field integrator.
     *
     * @param p the order, at least 2
     * @param fixedOrder whether the order was fixed by the user
     * @return the factor
     */
    public static double safetyFactor(int p, boolean fixedOrder) {
        return Math.exp((fixedOrder ? 0.0 : -2.0) - 0.7 / (p - 1));
    }

    /** An integrator with the default settings (tolerances 2⁻⁵², automatic order and step). */
    public static TaylorIntegrator of(OdeSystem system) {
        return builder(system).build();
    }

    /** A builder for an integrator of {@code system}. */
    public static Builder builder(OdeSystem system) {
        return new Builder(system);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The tape (right-hand sides and event functions). */
    public TaylorTape tape() {
        return tape;
    }

    /** The largest order any step may use (the fixed order, or the order of the tighter tolerance). */
    public int maxOrder() {
        return maxOrder;
    }

    /**
     * The order q the secondary states are expanded to ({@link Builder#secondaryStates}; at most the
     * step's order), or 0 if there are none.
     */
    public int secondaryOrder() {
        return secondaryOrder;
    }

    /**
     * Sets a parameter for the following integrations; nothing is rebuilt (the tape's constant
     * slots are re-evaluated once).
     *
     * @throws IllegalArgumentException if the system has no parameter {@code name}
     */
    public void setParameter(String name, double value) {
        runner.setParameter(name, value);
    }

    /**
     * Sets all parameters, in the order of {@link OdeSystem#parameters()}.
     *
     * @throws IllegalArgumentException if the count differs
     */
    public void setParameters(double... values) {
        runner.setParameters(values);
    }

    /**
     * The current value of parameter {@code name}.
     *
     * @throws IllegalArgumentException if there is no such parameter or it has no value
     */
    public double parameter(String name) {
        return runner.parameter(name);
    }

    /**
     * Refuses a grid whose points cannot all be held: more than an array can index, or more bytes than the
     * heap's limit at about 2·(40 + 8n) per point (time, state array, the arrays' doubling and final copy).
     */
    private void checkGridSize(double t0, double tEnd, int n) {
        if (!(gridEvery > 0)) {
            return;
        }
        double points = Math.floor(Math.abs(tEnd - t0) / gridEvery) + 1;
        double bytes = points * 2 * (40.0 + 8.0 * n);
        double heap = Runtime.getRuntime().maxMemory();
        if (points > Integer.MAX_VALUE - 8 || bytes > heap) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the grid output over [%s, %s] with spacing %s has %.0f points, about %.3g GB, more than the heap of"
                    + " %.3g GB: use a larger grid spacing", t0, tEnd, gridEvery, points, bytes / 1e9, heap / 1e9));
        }
    }

    /**
     * Integrates from (t0, x0) to tEnd (forward if tEnd &gt; t0, backward if tEnd &lt; t0; nothing if
     * equal). Stops early at a terminal event, a blow-up, a non-finite value or the step limit, and
     * says so in {@link OdeSolution#status()}; it does not throw for those.
     *
     * @param t0 the initial time (finite)
     * @param x0 the initial state, one value per state variable (finite; not modified)
     * @param tEnd the final time (finite)
     * @return the solution
     * @throws IllegalArgumentException if an argument is not finite or x0 has the wrong length, or the
     *     {@linkplain Builder#gridOutput grid output} over [t0, tEnd] could not fit in the heap
     *     ({@link Runtime#maxMemory()}; checked before the run instead of an OutOfMemoryError during it)
     * @throws IllegalStateException if a parameter used by the system or an event has no value
     */
    public OdeSolution integrate(double t0, double[] x0, double tEnd) {
        Objects.requireNonNull(x0, "x0");
        if (!Double.isFinite(t0) || !Double.isFinite(tEnd)) {
            throw new IllegalArgumentException("the time range must be finite, got [" + t0 + ", " + tEnd + "]");
        }
        int n = system.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial values (" + String.join(", ", system.variables())
                    + "), got " + x0.length);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x0[i])) {
                throw new IllegalArgumentException("initial value of " + system.variables().get(i) + " is " + x0[i]);
            }
        }
        checkGridSize(t0, tEnd, n);
        DoubleStepEngine engine = new DoubleStepEngine(this, t0, x0, tEnd);
        return engine.solution(new StepDriver<>(engine, maxSteps, events, maxOrder, gridEvery > 0).run());
    }

    /**
     * Configures a {@link TaylorIntegrator}. Defaults: tolerances {@link #DEFAULT_TOLERANCE},
     * automatic order and step, {@link #DEFAULT_MAX_STEPS}, no dense or grid output, no events or
     * observers. Not thread-safe.
     */
    public static final class Builder extends IntegratorBuilder<Builder> {

        private double absTol = DEFAULT_TOLERANCE;
        private double relTol = DEFAULT_TOLERANCE;
        private double fixedStep;
        private double gridEvery;
        private int secondaryFrom;
        private double secondaryTol;
        private final List<StepObserver> observers = new ArrayList<>();
        private final Map<String, Double> parameters = new LinkedHashMap<>();

        private Builder(OdeSystem system) {
            super(system);
        }

        @Override
        protected Builder self() {
            return this;
        }

        private static double positive(double v, String what) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
            }
            return v;
        }

        /** Sets both the absolute and the relative tolerance (positive). */
        public Builder tolerance(double tol) {
            absTol = positive(tol, "the tolerance");
            relTol = tol;
            return this;
        }

        /** The absolute tolerance εa (positive). */
        public Builder absoluteTolerance(double tol) {
            absTol = positive(tol, "the absolute tolerance");
            return this;
        }

        /** The relative tolerance εr (positive). */
        public Builder relativeTolerance(double tol) {
            relTol = positive(tol, "the relative tolerance");
            return this;
        }

        /** A fixed step size |h| (positive; its sign follows the direction of integration; the last step is cut). */
        public Builder fixedStep(double h) {
            fixedStep = positive(h, "the fixed step");
            return this;
        }

        /**
         * Records the state at t0 + i·dt (i = 0, 1, …) in the direction of integration, evaluated on
         * the step polynomials; steps are not shortened to hit the grid.
         */
        public Builder gridOutput(double dt) {
            gridEvery = positive(dt, "the grid spacing");
            return this;
        }

        /**
         * Expands the states {@code first}, …, n − 1 (the <em>secondary</em> states, e.g. variational
         * equations appended to a system) to their own, lower Taylor order q = min({@link #orderFor}(ε_s), p)
         * and controls their truncation error relative to their own norm. Nothing the right-hand sides
         * of states 0..first−1 (or an event function) read may depend on them (checked when built).
         * Per step:
         * <ul>
         *   <li>the tape runs the operations that only the secondary states need at orders k &lt; q only
         *       ({@link SecondaryPart}); their coefficients above q are zero, the others' bit for bit
         *       those of the full expansion;</li>
         *   <li>the order p and the step rule of the class comment use the norms over the primary states
         *       0..first−1 only (their own X and coefficients);</li>
         *   <li>the step is also at most exp(−0.7/(q−1))·min_{k∈{q−1,q}} (ε'/‖y_k‖)^{1/k} with ε' =
         *       max(εa, ε_s·‖y‖) and ‖·‖ the max norm over the secondary states: their last two terms
         *       are at most ε', as for a fixed order.</li>
         * </ul>
         * Without this setting every state is expanded to p under one rule over all of them.
         * With a fixed step, only the expansion changes.
         *
         * @param first the first secondary state (1 ≤ first &lt; n)
         * @param tolerance ε_s, their relative tolerance (positive, finite)
         * @throws IllegalArgumentException if {@code first} is out of range or the tolerance is not
         *     positive and finite
         */
        public Builder secondaryStates(int first, double tolerance) {
            int n = system.dimension();
            if (first < 1 || first >= n) {
                throw new IllegalArgumentException("the first secondary state must be in 1.." + (n - 1) + " (the system has "
                        + n + " states), got " + first);
            }
            secondaryTol = positive(tolerance, "the tolerance of the secondary states");
            secondaryFrom = first;
            return this;
        }

        /** Adds a step observer (called in the order added). */
        public Builder observer(StepObserver o) {
            observers.add(Objects.requireNonNull(o, "observer"));
            return this;
        }

        /**
         * Gives a parameter its initial value (changeable later with {@link TaylorIntegrator#setParameter}).
         *
         * @throws IllegalArgumentException if the system has no such parameter
         */
        public Builder parameter(String name, double value) {
            parameters.put(system.requireParameter(name), value);
            return this;
        }

        /**
         * The integrator (builds the tape and preallocates its storage).
         *
         * @throws IllegalArgumentException if a fixed order 1 is combined with automatic steps
         */
        public TaylorIntegrator build() {
            return new TaylorIntegrator(this, settings(fixedStep > 0));
        }
    }
}
