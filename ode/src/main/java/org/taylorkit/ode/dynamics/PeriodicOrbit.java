package org.taylorkit.ode.dynamics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetIntegrator;

/**
 * A periodic orbit refined by Newton's method on a Poincaré map, with its period and Floquet
 * multipliers.
 *
 * <p><b>Method.</b> The unknowns are the state variables that are jet variables of the
 * {@link PoincareMap} (the free coordinates u on the section); the other state variables are fixed or
 * computed from u by a {@code complete} function acting on jets (e.g. a momentum from the energy, which
 * keeps the orbit on an energy surface). Each iteration evaluates the map's order-1 jet P(u + δ) and
 * solves (DP_u − I)·Δ = −(P_u(u) − u), u ← u + Δ (the derivative DP_u includes the crossing time's
 * dependence on u). It stops when |Δ|_∞ ≤ tolerance. A step whose target cannot be evaluated (no
 * crossing, or {@code complete} fails, e.g. a square root of a negative number off the energy surface)
 * is halved, up to 10 times (a damped Newton method).
 *
 * <p>Then the period T is the crossing time, and the monodromy matrix is the state-transition matrix
 * of the full state over [0, T] (an order-1 jet in all state variables); the Floquet multipliers are
 * its eigenvalues ({@link SmallMatrices#eigenvalues}). One multiplier is 1 for every autonomous
 * system (the flow direction); for a Hamiltonian system a second one is 1 (the energy direction) and
 * the others come in pairs λ, 1/λ. A double multiplier 1 is computed only to about √ε ≈ 1e-8.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeriodicOrbit {

    /** How often a Newton step is halved when its target has no crossing or is outside the domain. */
    static final int MAX_HALVINGS = 10;

    private final double[] state;
    private final double period;
    private final int iterations;
    private final double lastCorrection;
    private final double[][] mapJacobian;
    private final double[][] monodromy;
    private final double[][] multipliers;

    private PeriodicOrbit(double[] state, double period, int iterations, double lastCorrection, double[][] mapJacobian,
            double[][] monodromy, double[][] multipliers) {
        this.state = state;
        this.period = period;
        this.iterations = iterations;
        this.lastCorrection = lastCorrection;
        this.mapJacobian = mapJacobian;
        this.monodromy = monodromy;
        this.multipliers = multipliers;
    }

    /**
     * Refines a periodic orbit from a rough guess.
     *
     * @param map the Poincaré map; its jet variables (order ≥ 1) must be state variables: the free coordinates
     * @param guess a full initial state on (or near) the section
     * @param complete maps the initial jets (free coordinates u + δ, the others constant) to the full initial
     *     jets, e.g. filling in a momentum from the energy; {@code null} for the identity
     * @param tolerance the stopping threshold on the Newton correction (e.g. 1e-12)
     * @param maxIterations the maximum number of Newton iterations
     * @return the orbit, its period and Floquet multipliers
     * @throws IllegalArgumentException if a jet variable is not a state variable or the jet order is 0
     * @throws ArithmeticException if Newton's method does not converge within {@code maxIterations}, or a
     *     crossing is not found
     */
    public static PeriodicOrbit refine(PoincareMap map, double[] guess, UnaryOperator<TaylorN[]> complete, double tolerance,
            int maxIterations) {
        Objects.requireNonNull(map, "map");
        JetIntegrator jet = map.jetIntegrator();
        OdeSystem system = map.system();
        if (jet.order() < 1) {
            throw new IllegalArgumentException("PeriodicOrbit.refine: the Poincaré map needs jet order ≥ 1");
        }
        List<String> names = jet.jetVariables().names();
        int m = names.size();
        int[] free = new int[m];
        for (int j = 0; j < m; j++) {
            free[j] = system.variables().indexOf(names.get(j));
            if (free[j] < 0) {
                throw new IllegalArgumentException("PeriodicOrbit.refine: jet variable '" + names.get(j)
                        + "' is not a state variable (parameters cannot be Newton unknowns)");
            }
        }
        UnaryOperator<TaylorN[]> fill = complete == null ? UnaryOperator.identity() : complete;
        double[] x = guess.clone();
        PoincareCrossing c = cross(map, jet, fill, x);
        double correction = Double.POSITIVE_INFINITY;
        int iter = 0;
        while (correction > tolerance) {
            if (iter == maxIterations) {
                throw new ArithmeticException("PeriodicOrbit.refine: no convergence in " + maxIterations
                        + " Newton iterations (last correction " + correction + ", state " + Arrays.toString(x) + ")");
            }
            double[][] jac = c.jacobian();
            double[][] a = new double[m][m];
            double[] rhs = new double[m];
            for (int r = 0; r < m; r++) {
                for (int k = 0; k < m; k++) {
                    a[r][k] = jac[free[r]][k] - (r == k ? 1 : 0);
                }
                rhs[r] = -(c.state(free[r]).value() - x[free[r]]);
            }
            double[] d = SmallMatrices.solve(a, rhs);
            double lambda = 1;
            for (int attempt = 0;; attempt++) {
                double[] trial = x.clone();
                for (int r = 0; r < m; r++) {
                    trial[free[r]] += lambda * d[r];
                }
                try {
                    c = cross(map, jet, fill, trial);
                    x = trial;
                    break;
                } catch (ArithmeticException e) {
                    if (attempt == MAX_HALVINGS) {
                        ArithmeticException failure = new ArithmeticException("PeriodicOrbit.refine: Newton step " + iter
                                + " fails even shortened by 2^" + MAX_HALVINGS + " (from " + Arrays.toString(x) + "): "
                                + e.getMessage());
                        failure.initCause(e);
                        throw failure;
                    }
                    lambda /= 2;
                }
            }
            correction = 0;
            for (int r = 0; r < m; r++) {
                correction = Math.max(correction, Math.abs(lambda * d[r]));
            }
            iter++;
        }
        double[][] jac = c.jacobian();
        double[][] reduced = new double[m][m];
        for (int r = 0; r < m; r++) {
            for (int k = 0; k < m; k++) {
                reduced[r][k] = jac[free[r]][k];
            }
        }
        double period = c.t();
        JetIntegrator.Builder mb = JetIntegrator.builder(system).jetOrder(1);
        for (Map.Entry<String, Double> p : map.parameters().entrySet()) {
            mb.parameter(p.getKey(), p.getValue());
        }
        double[][] monodromy = mb.build().integrate(0, x, period).stm();
        return new PeriodicOrbit(x.clone(), period, iter, correction, reduced, monodromy, SmallMatrices.eigenvalues(monodromy));
    }

    /** The crossing from the state x (free coordinates as jets, completed); x is updated to the completed centre. */
    private static PoincareCrossing cross(PoincareMap map, JetIntegrator jet, UnaryOperator<TaylorN[]> fill, double[] x) {
        TaylorN[] start = fill.apply(jet.initialJets(x));
        for (int i = 0; i < x.length; i++) {
            x[i] = start[i].value();
        }
        return map.cross(0, start);
    }

    /** The initial state of the orbit, on the section (a copy). */
    public double[] initialState() {
        return state.clone();
    }

    /** The period: the time of first return to the section. */
    public double period() {
        return period;
    }

    /** The number of Newton iterations taken. */
    public int iterations() {
        return iterations;
    }

    /** The last Newton correction |Δ|_∞ (≤ the tolerance). */
    public double lastCorrection() {
        return lastCorrection;
    }

    /** The derivative of the Poincaré map in the free coordinates at the fixed point (a copy). */
    public double[][] mapJacobian() {
        return copy(mapJacobian);
    }

    /** The monodromy matrix: the state-transition matrix of the full state over one period (a copy). */
    public double[][] monodromy() {
        return copy(monodromy);
    }

    /** The Floquet multipliers (eigenvalues of the monodromy matrix) as rows {re, im}, by decreasing modulus (a copy). */
    public double[][] multipliers() {
        return copy(multipliers);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PeriodicOrbit[period = " + period + ", state " + Arrays.toString(state)
                + ", multipliers");
        for (double[] z : multipliers) {
            sb.append(' ').append(z[0]).append(z[1] >= 0 ? "+" : "").append(z[1]).append('i');
        }
        return sb.append(", ").append(iterations).append(" Newton iterations]").toString();
    }
}
