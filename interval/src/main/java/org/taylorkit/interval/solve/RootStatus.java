package org.taylorkit.interval.solve;

/** What is proved about a box returned by {@link RootFinder}. */
public enum RootStatus {

    /**
     * The box contains exactly one zero of the system: existence and uniqueness proved by the Krawczyk
     * operator mapping a box into its own interior (with the system proven continuously differentiable
     * there).
     */
    UNIQUE,

    /**
     * Not decided at the tolerance: the box may contain no zero, one, or several (a double root, a
     * cluster, a zero on a cut, or a function that is not differentiable there).
     */
    UNKNOWN;

    /** The lower-case name used by the command line ({@code unique}, {@code unknown}). */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
