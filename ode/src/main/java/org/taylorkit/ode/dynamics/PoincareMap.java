package org.taylorkit.ode.dynamics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.series.TaylorNArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.Event;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;
import org.taylorkit.ode.tape.GenericTapeRunner;

/**
 * A Poincaré map with derivatives: the first crossing of the section g(t, x, p) = 0 (in a given
 * direction) by the orbit of x0 + δ, as jets in δ — the crossing time τ(δ) and the state
 * P(δ) = φ(τ(δ); x0 + δ) — so the map's derivatives include the crossing time's dependence on the
 * initial values.
 *
 * <p><b>Method.</b> (1) The orbit of x0 (δ = 0) is integrated in {@code double} with a terminal event
 * at the section, giving the crossing time t*. (2) The jet x0 + δ is transported to t* by
 * {@link JetIntegrator}. (3) At t* the Taylor series in time of the jet solution and of g along it,
 * Σ_k x_k(δ) s^k and G(s) = Σ_k g_k(δ) s^k, are computed by the tape over {@code TaylorN}. (4) Newton's
 * method on jets, s ← s − G(s)/G'(s), with s a {@code TaylorN} starting at 0, solves G(s(δ)) = 0: each
 * iteration doubles the number of correct degrees of s once its constant part has converged. Then
 * τ = t* + s and P = Σ_k x_k s^k. The time series has order K + 10; since s(0) ≈ 0 (t* is already
 * accurate), s^k has degree ≥ k in δ up to a constant part at rounding level, so the truncation in time
 * is exact for the jet's degrees.
 *
 * <p>Requires a transversal crossing (dG/ds ≠ 0 at s = 0); a tangential crossing makes the division in
 * Newton's method throw {@link ArithmeticException}.
 *
 * <p>Not thread-safe (owns integrators); {@link #cross} is not reentrant.
 */
public final class PoincareMap {

    private final OdeSystem system;
    private final Expr section;
    private final Direction direction;
    private final double maxTime;
    private final JetIntegrator jet;
    private final TaylorIntegrator finder;
    private final GenericTapeRunner<TaylorN> runner;
    private final TaylorNArithmetic ar;
    private final int timeOrder;
    private final Map<String, Double> parameters;

    private PoincareMap(Builder b) {
        this.system = b.system;
        this.section = b.section;
        this.direction = b.direction;
        this.maxTime = b.maxTime;
        this.parameters = Map.copyOf(b.parameters);
        JetIntegrator.Builder jb = JetIntegrator.builder(system).jetOrder(b.order).tolerance(b.tolerance);
        if (b.jetVariables != null) {
            jb.jetVariables(b.jetVariables);
        }
        TaylorIntegrator.Builder fb = TaylorIntegrator.builder(system).tolerance(b.tolerance)
                .event(new Event(section, direction, true));
        for (Map.Entry<String, Double> p : b.parameters.entrySet()) {
            jb.parameter(p.getKey(), p.getValue());
            fb.parameter(p.getKey(), p.getValue());
        }
        this.jet = jb.build();
        this.finder = fb.build();
        this.ar = jet.arithmetic();
        this.timeOrder = b.order + 10;
        this.runner = new GenericTapeRunner<>(system.tape(List.of(section)), ar, timeOrder);
        for (String p : b.parameters.keySet()) {
            runner.setParameter(p, jet.parameterJet(p));
        }
    }

    /** A builder for a Poincaré map of {@code system}. */
    public static Builder builder(OdeSystem system) {
        return new Builder(system);
    }

    /** The system. */
    public OdeSystem system() {
        return system;
    }

    /** The section function g. */
    public Expr section() {
        return section;
    }

    /** The parameter values given to the builder. Unmodifiable. */
    public Map<String, Double> parameters() {
        return parameters;
    }

    /** The jet integrator (its jet variables, order and arithmetic are the map's). */
    public JetIntegrator jetIntegrator() {
        return jet;
    }

    /**
     * The first crossing after t0 of the orbit from x0 + δ (δ in the state variables that are jet
     * variables); see {@link #cross(double, TaylorN[])}.
     */
    public PoincareCrossing cross(double t0, double[] x0) {
        return cross(t0, jet.initialJets(x0));
    }

    /**
     * The first crossing after t0 of the orbit from the initial jets x0(δ) (series in the map's jet
     * variables of its order; e.g. with some components computed from others, as on an energy surface).
     * A zero of g at t0 itself is not a crossing.
     *
     * @throws ArithmeticException if the orbit does not cross within the maximum time, the integration
     *     fails, or the crossing is tangential
     * @throws IllegalArgumentException if the jets have the wrong count, variables or order
     */
    public PoincareCrossing cross(double t0, TaylorN[] x0) {
        int n = system.dimension();
        double[] center = new double[n];
        for (int i = 0; i < Math.min(n, x0.length); i++) {
            center[i] = x0[i].value();
        }
        if (x0.length != n) {
            throw new IllegalArgumentException("expected " + n + " initial jets, got " + x0.length);
        }
        OdeSolution s = finder.integrate(t0, center, t0 + maxTime);
        if (s.status() != StopReason.EVENT) {
            throw new ArithmeticException("Poincaré map: no " + direction.label() + " crossing of the section " + section
                    + " = 0 within time " + maxTime + " (" + s.message() + ")");
        }
        double tStar = s.t();
        JetFlow flow = jet.integrate(t0, x0, tStar);
        TaylorN[] xs = flow.state();
        runner.compute(ar.fromDouble(tStar), xs, timeOrder, true);
        TaylorN[] g = runner.outputCoefficients(0).clone();
        TaylorN[] dg = ar.newArray(timeOrder);
        for (int k = 1; k <= timeOrder; k++) {
            dg[k - 1] = g[k].multiply((double) k);
        }
        TaylorN sJet = ar.zero();
        double scale = Math.max(1, Math.abs(tStar));
        for (int iter = 0; iter < 60; iter++) {
            TaylorN value = horner(g, timeOrder, sJet);
            TaylorN slope = horner(dg, timeOrder - 1, sJet);
            if (slope.value() == 0) {
                throw new ArithmeticException("Poincaré map: tangential crossing of " + section + " = 0 at t = " + tStar
                        + " (dg/dt = 0)");
            }
            TaylorN step = value.divide(slope);
            sJet = sJet.subtract(step);
            if (step.norm() <= 1e-16 * scale && iter > jet.order()) {
                break;
            }
        }
        TaylorN[] state = new TaylorN[n];
        for (int i = 0; i < n; i++) {
            state[i] = horner(runner.stateCoefficients(i), timeOrder, sJet);
        }
        return new PoincareCrossing(sJet.add(tStar), state);
    }

    private static TaylorN horner(TaylorN[] c, int p, TaylorN s) {
        TaylorN f = c[p];
        for (int k = p - 1; k >= 0; k--) {
            f = f.multiply(s).add(c[k]);
        }
        return f;
    }

    /** Configures a {@link PoincareMap}. Not thread-safe. */
    public static final class Builder {

        private final OdeSystem system;
        private Expr section;
        private Direction direction = Direction.BOTH;
        private int order = 1;
        private String[] jetVariables;
        private double tolerance = TaylorIntegrator.DEFAULT_TOLERANCE;
        private double maxTime = 1e3;
        private final Map<String, Double> parameters = new LinkedHashMap<>();

        private Builder(OdeSystem system) {
            this.system = Objects.requireNonNull(system, "system");
        }

        /**
         * The section g = 0 and the crossing direction (UP: g goes from negative to positive).
         *
         * @throws IllegalArgumentException if the text does not parse or uses an unknown symbol
         */
        public Builder section(String g, Direction direction) {
            this.section = system.parseExpression(g, "section function");
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /** The jet order K ≥ 0 (default 1). @throws IllegalArgumentException if negative */
        public Builder jetOrder(int k) {
            if (k < 0) {
                throw new IllegalArgumentException("the jet order must be ≥ 0, got " + k);
            }
            order = k;
            return this;
        }

        /** The jet variables (state variables and/or parameters; default: all state variables). */
        public Builder jetVariables(String... names) {
            jetVariables = names.clone();
            return this;
        }

        /** The integration tolerance (default 2⁻⁵²). */
        public Builder tolerance(double tol) {
            if (!(tol > 0) || !Double.isFinite(tol)) {
                throw new IllegalArgumentException("the tolerance must be positive and finite, got " + tol);
            }
            tolerance = tol;
            return this;
        }

        /** The longest time to search for a crossing (positive; default 1000). */
        public Builder maxTime(double t) {
            if (!(t > 0)) {
                throw new IllegalArgumentException("the maximum time must be positive, got " + t);
            }
            maxTime = t;
            return this;
        }

        /** A parameter's value. @throws IllegalArgumentException if the system has no such parameter */
        public Builder parameter(String name, double value) {
            if (!system.parameters().contains(name)) {
                throw new IllegalArgumentException("no parameter '" + name + "'");
            }
            parameters.put(name, value);
            return this;
        }

        /**
         * The map.
         *
         * @throws IllegalStateException if no section was given
         * @throws IllegalArgumentException for a bad jet variable
         */
        public PoincareMap build() {
            if (section == null) {
                throw new IllegalStateException("Poincaré map: no section given (call section(g, direction))");
            }
            return new PoincareMap(this);
        }
    }
}
