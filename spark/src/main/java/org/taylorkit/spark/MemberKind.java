package org.taylorkit.spark;

/** What a member row holds, and so which integrator runs it. */
public enum MemberKind {
    /**
     * An initial point in double: one column per state variable (named like it), optionally one per
     * parameter; results {@code index, status, t, <state…>[, event_t]}.
     */
    POINTS,
    /**
     * An initial box for validated integration: columns {@code <x>_lo, <x>_hi} per state variable;
     * results {@code index, status, t, <x>_lo, <x>_hi…}, rigorous enclosures.
     */
    BOXES
}
