package org.taylorkit.ode.ensemble;

/**
 * An ensemble member whose input the integrator rejected (a non-finite initial value, a wrong
 * length, a parameter without a value) or whose runner could not be built. The ensemble stops; the
 * results of the members before it have been delivered. The cause is the runner's exception.
 */
public final class MemberFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long index;

    MemberFailedException(long index, Throwable cause) {
        super("ensemble member " + index + ": " + cause.getMessage(), cause);
        this.index = index;
    }

    /** The failed member's index in the input. */
    public long index() {
        return index;
    }
}
