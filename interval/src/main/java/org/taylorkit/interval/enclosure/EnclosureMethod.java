package org.taylorkit.interval.enclosure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The range-enclosure methods of {@link Enclosures}, with the names the command line uses. */
public enum EnclosureMethod {
    /** The natural interval extension: the expression evaluated in interval arithmetic. */
    NATURAL("natural"),
    /** The mean-value form {@code f(m) + ∇f(X)·(X − m)}. */
    MEAN_VALUE("mean-value"),
    /** The Taylor form of order k with a Lagrange remainder from interval coefficients over the box. */
    TAYLOR("taylor"),
    /** A Taylor model of order k: polynomial part plus rigorous remainder. */
    TAYLOR_MODEL("taylor-model"),
    /** Adaptive bisection (branch and bound) with one of the other methods on each sub-box. */
    BISECT("bisect");

    private final String cliName;

    EnclosureMethod(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in JSON: {@code natural}, {@code mean-value}, … */
    public String cliName() {
        return cliName;
    }

    /**
     * The method called {@code name} ({@link #cliName()}, case-insensitive; {@code _} may replace {@code -}).
     *
     * @throws IllegalArgumentException listing the valid names
     */
    public static EnclosureMethod forName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (EnclosureMethod m : values()) {
            if (m.cliName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown enclosure method '" + name + "' (expected one of "
                + Arrays.stream(values()).map(EnclosureMethod::cliName).collect(Collectors.joining(", ")) + ")");
    }
}
