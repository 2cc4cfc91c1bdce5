package org.taylorkit.ode.ensemble;

import java.util.Arrays;

/**
 * One member of a double (or jet) ensemble: an initial state and optionally its own parameter
 * values. The arrays are not copied: do not modify them while the ensemble runs.
 *
 * @param state the initial value of every state variable, in the system's order
 * @param parameters a value for every parameter in the order of {@code OdeSystem.parameters()},
 *     or {@code null} to use the defaults of the ensemble's problem
 */
public record Member(double[] state, double[] parameters) {

    /** A member with its initial state and the default parameters. */
    public static Member of(double... state) {
        return new Member(state, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Member m && Arrays.equals(state, m.state) && Arrays.equals(parameters, m.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(state) + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "Member" + Arrays.toString(state) + (parameters == null ? "" : " with parameters " + Arrays.toString(parameters));
    }
}
