package org.taylorkit.ode.jet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.series.TaylorNArithmetic;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * Jet transport: integrates x' = f(t, x, p) with initial values and/or parameters given as
 * multivariate Taylor polynomials (x0 + δx, p + δp) in named <em>jet variables</em>, to any jet order
 * K. The result ({@link JetFlow}) is the flow φ(t; x0 + δx, p + δp) as a {@link TaylorN} of order K per
 * state variable: its degree-1 part is the state-transition matrix, its higher parts the higher
 * derivatives of the flow with respect to the jet variables.
 *
 * <p><b>Method.</b> The system's Taylor tape runs over {@code TaylorN} coefficients (a
 * {@link FieldTaylorIntegrator} over {@link TaylorNArithmetic}): every time coefficient x_k of the
 * solution is a polynomial in δ, computed by the same recurrences as the {@code double} integrator
 * (x_{k+1} = f_k / (k+1)). Truncating each product at total degree K in δ is exact for the
 * coefficients of degree ≤ K, so the jet is the degree-K Taylor expansion of the numerical flow.
 *
 * <p><b>Step control: the norm over all jet coefficients.</b> Order and step follow Jorba–Zou as in
 * {@link TaylorIntegrator}, with ‖x_k‖ the largest absolute coefficient of all polynomials x_{i,k}(δ)
 * ({@link TaylorNArithmetic#norm}), as TaylorIntegration.jl does. Reason: the derivative coefficients
 * of the flow (e.g. the state-transition matrix of a chaotic system, which grows like e^{λt}) can be far
 * larger than the constant part, and their truncation error is what the jet is for; a step chosen from
 * the constant part alone leaves the error of the derivatives uncontrolled (it may be orders of
 * magnitude above the tolerance). The relative tolerance is relative to the same norm, so large
 * derivatives do not force tiny steps on their own. Cost: a few more steps than the plain flow.
 *
 * <p><b>Accuracy.</b> Each coefficient of the jet has the integrator's local error per step (tolerance
 * ε, relative to the jet's norm); evaluating the jet at a deviation δ adds the truncation error
 * O(|δ|^{K+1}) of the expansion itself.
 *
 * <p>Not thread-safe (owns the runner's storage); {@link #integrate} is not reentrant.
 */
public final class JetIntegrator {

    private final OdeSystem system;
    private final Variables jetVars;
    private final int order;
    private final TaylorNArithmetic ar;
    private final FieldTaylorIntegrator<TaylorN> integrator;
    private final int[] stateOfJetVar;
    private final int[] paramOfJetVar;
    private final Map<String, Double> parameters;

    private JetIntegrator(Builder b) {
        if (b.jetTol > 0) {
            throw new IllegalArgumentException("a jet tolerance (jet coefficients at their own order) needs the variational"
                    + " equations on the double tape: use VariationalJetIntegrator");
        }
        this.system = b.system;
        this.order = b.order;
        List<String> names = b.jetVariableNames();
        this.jetVars = Variables.of(names);
        this.ar = TaylorNArithmetic.of(jetVars, order);
        this.stateOfJetVar = new int[names.size()];
        this.paramOfJetVar = new int[names.size()];
        for (int v = 0; v < names.size(); v++) {
            String name = names.get(v);
            stateOfJetVar[v] = system.variables().indexOf(name);
            paramOfJetVar[v] = system.parameters().indexOf(name);
            if (stateOfJetVar[v] < 0 && paramOfJetVar[v] < 0) {
                throw new IllegalArgumentException("jet variable '" + name + "' is neither a state variable ("
                        + String.join(", ", system.variables()) + ") nor a parameter ("
                        + (system.parameters().isEmpty() ? "none" : String.join(", ", system.parameters())) + ")");
            }
        }
        FieldTaylorIntegrator.Builder<TaylorN> fb = FieldTaylorIntegrator.builder(system, ar)
                .absoluteTolerance(b.absTol).relativeTolerance(b.relTol).maxSteps(b.maxSteps);
        if (b.fixedOrder > 0) {
            fb.order(b.fixedOrder);
        }
        this.integrator = fb.build();
        this.parameters = new LinkedHashMap<>(b.parameters);
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            applyParameter(p.getKey(), p.getValue());
        }
    }

    private void applyParameter(String name, double value) {
        int v = jetVars.contains(name) ? jetVars.indexOf(name) : -1;
        integrator.setParameter(name, v >= 0 ? ar.variable(name, value) : ar.fromDouble(value));
    }

    /** A builder for jet transport of {@code system}. */
    public static Builder builder(OdeSystem system) {
        return new Builder(system);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The jet variables (state variables and/or parameters), in the order of the jets' monomials. */
    public Variables jetVariables() {
        return jetVars;
    }

    /** The jet order K (highest total degree in δ). */
    public int order() {
        return order;
    }

    /** The arithmetic of the jets ({@code TaylorN} in {@link #jetVariables()} of order {@link #order()}). */
    public TaylorNArithmetic arithmetic() {
        return ar;
    }

    /**
     * Sets a parameter's value (the expansion point, if the parameter is a jet variable).
     *
     * @throws IllegalArgumentException if the system has no such parameter
     */
    public void setParameter(String name, double value) {
        parameters.put(system.requireParameter(name), value);
        applyParameter(name, value);
    }

    /**
     * The jet of a parameter: p + δp if it is a jet variable, else the constant p.
     *
     * @throws IllegalArgumentException if there is no such parameter or it has no value
     */
    public TaylorN parameterJet(String name) {
        return integrator.parameter(name);
    }

    /**
     * The initial jets for the expansion point {@code x0}: x0_i + δx_i for the state variables that are
     * jet variables, the constant x0_i otherwise.
     *
     * @throws IllegalArgumentException if {@code x0} has the wrong length
     */
    public TaylorN[] initialJets(double[] x0) {
        int n = system.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial values (" + String.join(", ", system.variables())
                    + "), got " + x0.length);
        }
        TaylorN[] jets = new TaylorN[n];
        for (int i = 0; i < n; i++) {
            String name = system.variables().get(i);
            jets[i] = jetVars.contains(name) ? ar.variable(name, x0[i]) : ar.fromDouble(x0[i]);
        }
        return jets;
    }

    /**
     * Integrates the jet from (t0, x0 + δx) to tEnd (forward or backward).
     *
     * @param t0 the initial time
     * @param x0 the expansion point of the initial values (one per state variable)
     * @param tEnd the final time
     * @return the flow as jets
     * @throws IllegalArgumentException if {@code x0} has the wrong length
     * @throws IllegalStateException if a parameter used by the system has no value
     * @throws ArithmeticException if the integration does not complete (blow-up, a domain error,
     *     the step limit), with the integrator's message
     */
    public JetFlow integrate(double t0, double[] x0, double tEnd) {
        return integrate(t0, initialJets(x0), tEnd);
    }

    /**
     * Integrates from given initial jets (e.g. x0 + Q·δ, or the end of a previous jet integration).
     * They must be series in {@link #jetVariables()} of order {@link #order()}.
     *
     * @throws IllegalArgumentException if the count, variables or order of the jets are wrong
     * @throws ArithmeticException if the integration does not complete
     */
    public JetFlow integrate(double t0, TaylorN[] x0, double tEnd) {
        int n = system.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial jets, got " + x0.length);
        }
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(x0[i], "initial jet " + i);
            if (!x0[i].variables().equals(jetVars) || x0[i].order() != order) {
                throw new IllegalArgumentException("initial jet of " + system.variables().get(i) + " is a series in "
                        + x0[i].variables() + " of order " + x0[i].order() + "; expected " + jetVars + " of order " + order);
            }
        }
        FieldOdeSolution<TaylorN> s = integrator.integrate(ar.fromDouble(t0), x0, ar.fromDouble(tEnd));
        if (s.status() != StopReason.COMPLETED) {
            throw new ArithmeticException("jet integration stopped (" + s.status().label() + "): " + s.message());
        }
        return new JetFlow(system.variables(), jetVars, t0, tEnd, s.state(), s.steps());
    }

    /** Configures a {@link JetIntegrator}; the options are {@link JetBuilder}'s. Not thread-safe. */
    public static final class Builder extends JetBuilder<Builder> {

        private Builder(OdeSystem system) {
            super(system);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The integrator.
         *
         * @throws IllegalArgumentException if a jet variable is neither a state variable nor a parameter,
         *     or a {@linkplain JetBuilder#jetTolerance jet tolerance} is set (only {@link VariationalJetIntegrator} has one)
         */
        public JetIntegrator build() {
            return new JetIntegrator(this);
        }
    }
}
