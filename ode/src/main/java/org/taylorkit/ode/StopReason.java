package org.taylorkit.ode;

import java.util.Locale;

/** Why an integration stopped. {@link #label()} is the CLI/JSON spelling ({@code blow-up}, …). */
public enum StopReason {
    /** The end time was reached. */
    COMPLETED,
    /** A terminal event occurred; the solution ends at the event time. */
    EVENT,
    /**
     * The step size underflowed: the Taylor coefficients grew so fast that the step fell below a few
     * ulps of t, which signals a singularity of the solution (such as x' = x², x(0) = 1 at t = 1) a
     * step-size radius ahead of the final time.
     */
    BLOW_UP,
    /** A coefficient or the new state was NaN (a domain error such as ln of a negative number) or infinite. */
    NON_FINITE,
    /** The maximum number of steps was taken before the end time. */
    MAX_STEPS;

    /** The lowercase hyphenated name: {@code completed}, {@code event}, {@code blow-up}, {@code non-finite}, {@code max-steps}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
