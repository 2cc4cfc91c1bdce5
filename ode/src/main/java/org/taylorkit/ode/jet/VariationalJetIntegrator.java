package org.taylorkit.ode.jet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Jet transport in {@code double} at the speed of the compiled tape: the {@link VariationalEquations}
 * of order K in the jet variables (initial values and/or parameters), derived symbolically and appended
 * to the system, integrated by a {@link TaylorIntegrator} like any other system. The result is the same
 * {@link JetFlow} as {@link JetIntegrator}'s — the degree-K Taylor expansion of the flow in the
 * deviations δ of the jet variables — with the {@link TaylorN} jets built once, at the end. Per step
 * there are no {@code TaylorN} objects and no allocation: only the tape of the enlarged system runs.
 *
 * <p><b>When to use which.</b> This class for {@code double} jets of low order (the enlarged system has
 * n·C(m + K, K) equations and the symbolic derivative tensors grow with K; at most
 * {@link VariationalEquations#MAX_DIMENSION} equations). {@link JetIntegrator} for Apfloat, interval or
 * high-order jets ({@code TaylorN} coefficients through the generic tape).
 *
 * <p><b>Step control: the norm over all components.</b> Order and step follow Jorba–Zou as in
 * {@link TaylorIntegrator}, with ‖·‖ the max norm over the whole enlarged state: the state and every
 * jet coefficient, as {@link JetIntegrator} does (and heyoka, whose variational systems are ordinary
 * systems to its step control). Reason: the derivative coefficients (e.g. a state-transition matrix
 * growing like e^{λt}) can be far larger than the state, and their truncation error is what a jet is
 * for; the relative tolerance is relative to the same norm. Cost and accuracy against a step size from
 * the state alone are measured in {@code docs/benchmarks.md}. A fixed Taylor order
 * ({@link JetBuilder#taylorOrder}) with its tolerance-based step can be cheaper at equal accuracy: for
 * the Kepler state-transition matrix over one orbit, order 18 at tolerance 1e-14 was as accurate on
 * average over nine starts as the Jorba–Zou order at 1e-15 (order 19), in 0.8–0.9 of the CPU time (the
 * work–precision scan {@code StmWorkPrecision} of the benchmarks module). With a
 * {@linkplain JetBuilder#jetTolerance jet tolerance} the state and the jet each have their own rule and the jet
 * its own order instead (measured: no cheaper, see docs/benchmarks.md); by default ({@link Builder#symmetricProducts})
 * the equations have one product per symmetric pair of the Jacobian (Kepler's STM: 0.84 of the time).
 *
 * <p><b>Accuracy.</b> The integrator's: each jet coefficient has the local error per step of the
 * tolerance relative to the norm above; results agree with {@link JetIntegrator}'s to rounding (both
 * compute the same Taylor coefficients, in a different order of operations).
 *
 * <p>Not thread-safe (owns the integrator's storage); {@link #integrate} is not reentrant.
 */
public final class VariationalJetIntegrator {

    private final VariationalEquations equations;
    private final TaylorIntegrator integrator;
    private final Map<String, Double> parameters;
    private final double[] start;

    private VariationalJetIntegrator(Builder b) {
        List<String> names = b.jetVariableNames();
        this.equations = VariationalEquations.of(b.system, names, b.order, b.symmetric);
        TaylorIntegrator.Builder tb = TaylorIntegrator.builder(equations.system())
                .absoluteTolerance(b.absTol).relativeTolerance(b.relTol).maxSteps(b.maxSteps);
        if (b.fixedOrder > 0) {
            tb.order(b.fixedOrder);
        }
        if (b.jetTol > 0 && b.order > 0) {
            tb.secondaryStates(equations.base().dimension(), b.jetTol);
        }
        this.parameters = new LinkedHashMap<>(b.parameters);
        parameters.forEach(tb::parameter);
        this.integrator = tb.build();
        this.start = new double[equations.dimension()];
    }

    /** A builder for jet transport of {@code system}. */
    public static Builder builder(OdeSystem system) {
        return new Builder(system);
    }

    /** The original system. */
    public OdeSystem system() {
        return equations.base();
    }

    /** The variational equations (the enlarged system and its layout). */
    public VariationalEquations equations() {
        return equations;
    }

    /** The jet variables (state variables and/or parameters), in the order of the jets' monomials. */
    public Variables jetVariables() {
        return equations.jetVariables();
    }

    /** The jet order K. */
    public int order() {
        return equations.order();
    }

    /**
     * Sets a parameter's value (the expansion point, if the parameter is a jet variable); nothing is rebuilt.
     *
     * @throws IllegalArgumentException if the system has no such parameter
     */
    public void setParameter(String name, double value) {
        integrator.setParameter(system().requireParameter(name), value);
        parameters.put(name, value);
    }

    /**
     * Integrates the jet from (t0, x0 + δx) to tEnd (forward or backward).
     *
     * @param t0 the initial time
     * @param x0 the expansion point of the initial values (one per state variable)
     * @param tEnd the final time
     * @return the flow as jets
     * @throws IllegalArgumentException if {@code x0} has the wrong length or a value is not finite
     * @throws IllegalStateException if a parameter used by the system has no value
     * @throws ArithmeticException if the integration does not complete (blow-up, a domain error, the
     *     step limit), with the integrator's message
     */
    public JetFlow integrate(double t0, double[] x0, double tEnd) {
        Objects.requireNonNull(x0, "x0");
        equations.initialState(x0, start);
        return flow(t0, propagate(t0, start, tEnd));
    }

    /**
     * Integrates from given initial jets (e.g. x0 + Q·δ, or the end of a previous jet integration):
     * series in {@link #jetVariables()} of order {@link #order()}.
     *
     * @throws IllegalArgumentException if the count, variables or order of the jets are wrong
     * @throws ArithmeticException if the integration does not complete
     */
    public JetFlow integrate(double t0, TaylorN[] x0, double tEnd) {
        Objects.requireNonNull(x0, "x0");
        equations.initialState(x0, start);
        return flow(t0, propagate(t0, start, tEnd));
    }

    /**
     * Integrates the enlarged system from the enlarged state {@code y0} (layout of
     * {@link VariationalEquations#component}): no jets are built; for callers that work on the
     * coefficients directly (e.g. a Lyapunov spectrum resetting the tangent vectors each interval).
     *
     * @return the solution of the enlarged system, whose status is {@link StopReason#COMPLETED}
     * @throws IllegalArgumentException if {@code y0} has the wrong length or a value is not finite
     * @throws ArithmeticException if the integration does not complete, with the integrator's message
     */
    public OdeSolution propagate(double t0, double[] y0, double tEnd) {
        if (y0.length != equations.dimension()) {
            throw new IllegalArgumentException("the enlarged state has " + equations.dimension() + " components, got "
                    + y0.length);
        }
        OdeSolution s = integrator.integrate(t0, y0, tEnd);
        if (s.status() != StopReason.COMPLETED) {
            throw new ArithmeticException("jet integration stopped (" + s.status().label() + "): " + s.message());
        }
        return s;
    }

    private JetFlow flow(double t0, OdeSolution s) {
        return new JetFlow(system().variables(), jetVariables(), t0, s.t(), equations.jets(s.state()), s.steps());
    }

    /** Configures a {@link VariationalJetIntegrator}; the options are {@link JetBuilder}'s. Not thread-safe. */
    public static final class Builder extends JetBuilder<Builder> {

        private boolean symmetric = true;

        private Builder(OdeSystem system) {
            super(system);
        }

        /**
         * Whether to write the equations' linear part with one product per symmetric pair of the Jacobian
         * ({@link VariationalEquations#of(OdeSystem, List, int, boolean)}: e.g. Kepler's mixed second derivative of
         * the potential; 24 instead of 29 Cauchy products per order for its state-transition matrix). The
         * same equations in another order of operations, so the jets agree with the plain form's to rounding;
         * default true (measured on the Kepler state-transition matrix: 0.84 of the plain form's time at equal
         * accuracy, docs/benchmarks.md). False writes the plain form J·δ.
         */
        public Builder symmetricProducts(boolean on) {
            symmetric = on;
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The integrator: derives the variational equations and compiles their tape.
         *
         * @throws IllegalArgumentException if a jet variable is neither a state variable nor a
         *     parameter, or the enlarged system is too large ({@link VariationalEquations#MAX_DIMENSION})
         */
        public VariationalJetIntegrator build() {
            return new VariationalJetIntegrator(this);
        }
    }
}
