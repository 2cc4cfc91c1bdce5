package org.taylorkit.ode.dynamics;

import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.Variables;

/**
 * One crossing of a Poincaré section as jets: the crossing time τ(δ) and the state P(δ) = φ(τ(δ); x0 + δ)
 * at the section, polynomials of the jet order in the deviations δ of the jet variables. Produced by
 * {@link PoincareMap#cross}. Immutable and thread-safe.
 */
public final class PoincareCrossing {

    private final TaylorN time;
    private final TaylorN[] state;

    PoincareCrossing(TaylorN time, TaylorN[] state) {
        this.time = time;
        this.state = state.clone();
    }

    /** The jet variables. */
    public Variables jetVariables() {
        return time.variables();
    }

    /** The crossing time τ(δ) as a jet (its constant part is {@link #t()}). */
    public TaylorN time() {
        return time;
    }

    /** The crossing time at δ = 0. */
    public double t() {
        return time.value();
    }

    /** The state at the section P(δ), one jet per state variable (a copy of the array). */
    public TaylorN[] state() {
        return state.clone();
    }

    /** The jet of state variable {@code i} at the section. */
    public TaylorN state(int i) {
        return state[i];
    }

    /** The state at the section for δ = 0. */
    public double[] center() {
        double[] x = new double[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = state[i].value();
        }
        return x;
    }

    /**
     * The derivative matrix of the Poincaré map, ∂P_i/∂δ_j at δ = 0: rows by state variable, columns by
     * jet variable. It includes the dependence of the crossing time on δ (it is not the state-transition
     * matrix at a fixed time).
     *
     * @throws IllegalStateException if the jet order is 0
     */
    public double[][] jacobian() {
        if (time.order() < 1) {
            throw new IllegalStateException("jacobian: the jet has order 0");
        }
        return TaylorN.jacobian(state);
    }

    /** The gradient ∂τ/∂δ_j of the crossing time at δ = 0. @throws IllegalStateException if the jet order is 0 */
    public double[] timeGradient() {
        return time.gradient();
    }

    /** The map's values at the deviations δ (each jet evaluated; error O(|δ|^{K+1})). */
    public double[] evaluate(double... deltas) {
        double[] x = new double[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = state[i].evaluate(deltas);
        }
        return x;
    }

    @Override
    public String toString() {
        return "PoincareCrossing[t = " + t() + ", state " + java.util.Arrays.toString(center()) + "]";
    }
}
