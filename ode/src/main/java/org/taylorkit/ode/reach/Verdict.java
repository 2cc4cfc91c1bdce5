package org.taylorkit.ode.reach;

import java.util.Locale;

/** The outcome of checking a {@link SafetyProperty} over a {@link Flowpipe} (see {@link PropertyCheck}). */
public enum Verdict {
    /** Proved: every solution from the initial set satisfies the property at every time of the window. */
    VERIFIED,
    /** Proved false: some solution from the initial set violates the property at a time of the window. */
    VIOLATED,
    /** Neither could be proved from the enclosures (too wide, or the flowpipe does not cover the window). */
    UNKNOWN;

    /** The lower-case name used by the command line ({@code verified}, {@code violated}, {@code unknown}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
