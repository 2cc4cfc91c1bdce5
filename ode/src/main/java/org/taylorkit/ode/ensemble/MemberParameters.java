package org.taylorkit.ode.ensemble;

import java.util.List;

/** The parameter values a double member runs with: its own, or the defaults (checked to exist). */
final class MemberParameters {

    private MemberParameters() {
    }

    /**
     * @param names the system's parameter names, in order
     * @param given the member's values in that order, or null for the defaults
     * @param defaults the defaults in that order, NaN where there is none
     * @return the values to set (one of the two arrays; not copied)
     * @throws IllegalArgumentException on a wrong length, or a missing default when the member gives none
     */
    static double[] resolve(List<String> names, double[] given, double[] defaults) {
        if (given != null) {
            if (given.length != names.size()) {
                throw new IllegalArgumentException("expected " + names.size() + " parameter values (" + String.join(", ", names)
                        + "), got " + given.length);
            }
            return given;
        }
        for (int i = 0; i < defaults.length; i++) {
            if (Double.isNaN(defaults[i])) {
                throw new IllegalArgumentException("parameter " + names.get(i) + " has no value (no default, none given by the member)");
            }
        }
        return defaults;
    }
}
