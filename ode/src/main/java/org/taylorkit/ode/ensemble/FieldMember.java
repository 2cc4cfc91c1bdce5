package org.taylorkit.ode.ensemble;

import java.util.Arrays;

/**
 * One member of an ensemble in a field type such as Apfloat: an initial state and optionally its
 * own parameter values. The arrays are not copied: do not modify them while the ensemble runs.
 *
 * @param state the initial value of every state variable, in the system's order
 * @param parameters a value for every parameter in the order of {@code OdeSystem.parameters()}, or {@code null} for the defaults
 * @param <T> the number type
 */
public record FieldMember<T>(T[] state, T[] parameters) {

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldMember<?> m && Arrays.equals(state, m.state) && Arrays.equals(parameters, m.parameters);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(state) + Arrays.hashCode(parameters);
    }

    @Override
    public String toString() {
        return "FieldMember" + Arrays.toString(state) + (parameters == null ? "" : " with parameters " + Arrays.toString(parameters));
    }
}
