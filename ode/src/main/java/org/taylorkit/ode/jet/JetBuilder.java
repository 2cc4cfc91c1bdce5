package org.taylorkit.ode.jet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * The options every jet integrator takes ({@link JetIntegrator}, {@link VariationalJetIntegrator}):
 * jet order and variables, tolerances, a fixed Taylor order, the step limit and parameter values,
 * each checked when set. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class JetBuilder<B extends JetBuilder<B>> {

    final OdeSystem system;
    int order = 1;
    List<String> jetVariables;
    double absTol = TaylorIntegrator.DEFAULT_TOLERANCE;
    double relTol = TaylorIntegrator.DEFAULT_TOLERANCE;
    int fixedOrder;
    /** The jet coefficients' own relative tolerance ε_jet, or 0: expanded with the state. */
    double jetTol;
    long maxSteps = TaylorIntegrator.DEFAULT_MAX_STEPS;
    final Map<String, Double> parameters = new LinkedHashMap<>();

    JetBuilder(OdeSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** This builder, typed as its concrete class. */
    abstract B self();

    /** The jet variables given, or all state variables. */
    List<String> jetVariableNames() {
        return jetVariables != null ? jetVariables : system.variables();
    }
    /**
     * The jet order K ≥ 0 (default 1: the state-transition matrix).
     *
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public B jetOrder(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("the jet order must be ≥ 0, got " + k);
        }
        order = k;
        return self();
    }

    /**
     * The jet variables: names of state variables (their initial values) and/or parameters.
     * Default: all state variables.
     *
     * @throws IllegalArgumentException if none is given or a name repeats
     */
    public B jetVariables(String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("at least one jet variable is needed");
        }
        List<String> list = new ArrayList<>(List.of(names));
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("repeated jet variable in " + list);
        }
        jetVariables = list;
        return self();
    }

    /** Both tolerances (positive, finite); default 2⁻⁵². */
    public B tolerance(double tol) {
        check(tol, "the tolerance");
        absTol = tol;
        relTol = tol;
        return self();
    }

    /** The absolute tolerance (positive, finite). */
    public B absoluteTolerance(double tol) {
        check(tol, "the absolute tolerance");
        absTol = tol;
        return self();
    }

    /** The relative tolerance (positive, finite). */
    public B relativeTolerance(double tol) {
        check(tol, "the relative tolerance");
        relTol = tol;
        return self();
    }

    private static void check(double tol, String what) {
        if (!(tol > 0) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + tol);
        }
    }

    /**
     * The jet's own relative tolerance ε_jet, for {@link VariationalJetIntegrator}: the jet coefficients
     * (every unknown but the state) are expanded in time only to the Jorba–Zou order q of ε_jet (at most
     * the state's order p; {@code TaylorIntegrator.orderFor}), and each step keeps their last two terms
     * within ε_jet times the jet's max norm ({@code TaylorIntegrator.Builder.secondaryStates}); the state's
     * order and step follow the tolerances over the state alone. Default: none — the jet at the state's
     * order, one step rule over all components.
     *
     * @throws IllegalArgumentException if ε_jet is not positive and finite
     */
    public B jetTolerance(double epsJet) {
        check(epsJet, "the jet tolerance");
        jetTol = epsJet;
        return self();
    }

    /** A fixed Taylor order in time (2..1000) instead of the Jorba–Zou order. */
    public B taylorOrder(int p) {
        if (p < 2 || p > 1000) {
            throw new IllegalArgumentException("the Taylor order must be between 2 and 1000, got " + p);
        }
        fixedOrder = p;
        return self();
    }

    /** The maximum number of steps (positive). */
    public B maxSteps(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("maxSteps must be positive, got " + n);
        }
        maxSteps = n;
        return self();
    }

    /**
     * A parameter's value (its expansion point if it is a jet variable).
     *
     * @throws IllegalArgumentException if the system has no such parameter
     */
    public B parameter(String name, double value) {
        parameters.put(system.requireParameter(name), value);
        return self();
    }
}
