package org.taylorkit.ode.jet;

import java.util.List;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.Variables;

/**
 * The result of {@link JetIntegrator#integrate}: the flow φ(t; x0 + δ) at the final time as one
 * {@link TaylorN} per state variable, a polynomial of order K in the jet variables' deviations δ.
 *
 * <p>{@link #evaluate(double...)} gives the state reached from the perturbed initial values (error
 * O(|δ|^{K+1}) plus the integration error); {@link #stm()} the state-transition matrix ∂φ/∂δ at δ = 0;
 * {@link #derivative(int, int...)} any partial derivative up to order K.
 *
 * <p>Immutable and thread-safe.
 */
public final class JetFlow {

    private final List<String> stateNames;
    private final Variables jetVars;
    private final double t0;
    private final double t;
    private final TaylorN[] state;
    private final long steps;

    JetFlow(List<String> stateNames, Variables jetVars, double t0, double t, TaylorN[] state, long steps) {
        this.stateNames = List.copyOf(stateNames);
        this.jetVars = jetVars;
        this.t0 = t0;
        this.t = t;
        this.state = state.clone();
        this.steps = steps;
    }

    /** The state variable names. */
    public List<String> stateVariables() {
        return stateNames;
    }

    /** The jet variables (the columns of {@link #stm()}, the variables of every jet). */
    public Variables jetVariables() {
        return jetVars;
    }

    /** The jet order K. */
    public int order() {
        return state[0].order();
    }

    /** The initial time. */
    public double startTime() {
        return t0;
    }

    /** The final time. */
    public double t() {
        return t;
    }

    /** The number of integration steps. */
    public long steps() {
        return steps;
    }

    /** The jets of all state variables (a copy of the array; the series are immutable). */
    public TaylorN[] state() {
        return state.clone();
    }

    /**
     * The jet of state variable {@code i}.
     *
     * @throws IndexOutOfBoundsException if there is no such variable
     */
    public TaylorN state(int i) {
        return state[i];
    }

    /**
     * The jet of state variable {@code name}.
     *
     * @throws IllegalArgumentException if there is no such state variable
     */
    public TaylorN state(String name) {
        int i = stateNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a state variable (" + String.join(", ", stateNames) + ")");
        }
        return state[i];
    }

    /** The state at δ = 0 (the constant parts). */
    public double[] center() {
        double[] x = new double[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = state[i].value();
        }
        return x;
    }

    /**
     * The state reached from the deviations {@code deltas} (one per jet variable): each jet evaluated
     * at δ, accurate to O(|δ|^{K+1}) plus the integration error.
     *
     * @throws IllegalArgumentException if the number of deviations is wrong
     */
    public double[] evaluate(double... deltas) {
        double[] x = new double[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = state[i].evaluate(deltas);
        }
        return x;
    }

    /**
     * The state-transition matrix M_ij = ∂φ_i/∂δ_j at δ = 0: rows by state variable, columns by jet
     * variable (the degree-1 coefficients).
     *
     * @throws IllegalStateException if the jet order is 0
     */
    public double[][] stm() {
        if (order() < 1) {
            throw new IllegalStateException("stm: the jet has order 0; integrate with jet order ≥ 1");
        }
        return TaylorN.jacobian(state);
    }

    /**
     * The partial derivative ∂^{|α|} φ_i / ∂δ^α at δ = 0 (α! times the coefficient).
     *
     * @param i the state variable
     * @param exponents α, one exponent per jet variable, total degree ≤ K
     * @throws IllegalArgumentException / IndexOutOfBoundsException for wrong exponents
     */
    public double derivative(int i, int... exponents) {
        return state[i].derivative(exponents);
    }

    @Override
    public String toString() {
        return "JetFlow[t = " + t + ", order " + order() + " in " + jetVars + ", " + steps + " steps]";
    }
}
