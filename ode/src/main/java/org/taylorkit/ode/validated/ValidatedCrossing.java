package org.taylorkit.ode.validated;

import java.util.Arrays;
import java.util.Locale;
import org.taylorkit.interval.Interval;

/**
 * The result of {@link ValidatedPoincareMap#cross} or {@link ValidatedPoincareMap#crossWithJacobian}:
 * a proved crossing of the section, or the proof that there is none up to a time, or the reason why
 * neither could be proved.
 *
 * <p>Guarantee when {@link #status()} is {@link Status#FOUND}: for every initial state {@code x0} in
 * the initial box (and every parameter value in its interval), the first crossing of the section in
 * the map's direction after {@code t0} (after the set has left the section, when the initial box
 * meets it) happens at exactly one time {@code τ(x0) ∈} {@link #time()}, it is transversal
 * ({@code dg/dt ≠ 0} there), {@code φ(τ(x0), x0) ∈} {@link #state()}, and — when computed —
 * {@code DP(x0) ∈} {@link #jacobian()} and {@code ∇τ(x0) ∈} {@link #timeGradient()}, where
 * {@code P(x0) = φ(τ(x0), x0)} is the Poincaré map. When {@link Status#NOT_FOUND}: no solution from
 * the box crosses in that direction in {@code (t0, searchedUntil()]}. Immutable.
 */
public final class ValidatedCrossing {

    /** What was proved. */
    public enum Status {
        /** A crossing was enclosed. */
        FOUND,
        /** It is proved that there is no crossing up to {@link ValidatedCrossing#searchedUntil()}. */
        NOT_FOUND,
        /** Neither could be proved; see {@link ValidatedCrossing#reason()}. */
        FAILED;

        /** The lower-case name ({@code found}, {@code not_found}, {@code failed}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Status status;
    private final String reason;
    private final Interval time;
    private final Interval[] state;
    private final Interval[][] jacobian;
    private final Interval[] timeGradient;
    private final double searchedUntil;
    private final int steps;

    ValidatedCrossing(Status status, String reason, Interval time, Interval[] state, Interval[][] jacobian,
            Interval[] timeGradient, double searchedUntil, int steps) {
        this.status = status;
        this.reason = reason;
        this.time = time;
        this.state = state == null ? null : state.clone();
        this.jacobian = jacobian == null ? null : deepCopy(jacobian);
        this.timeGradient = timeGradient == null ? null : timeGradient.clone();
        this.searchedUntil = searchedUntil;
        this.steps = steps;
    }

    /** What was proved. */
    public Status status() {
        return status;
    }

    /** Whether a crossing was enclosed ({@link Status#FOUND}). */
    public boolean found() {
        return status == Status.FOUND;
    }

    /** Why no crossing was enclosed; {@code null} when found. */
    public String reason() {
        return reason;
    }

    /**
     * An enclosure of the crossing time {@code τ(x0)} for every initial state in the box.
     *
     * @throws IllegalStateException unless found
     */
    public Interval time() {
        requireFound();
        return time;
    }

    /**
     * A copy of the enclosure of the state at the crossing, one interval per state variable.
     *
     * @throws IllegalStateException unless found
     */
    public Interval[] state() {
        requireFound();
        return state.clone();
    }

    /** Whether the derivative of the map was computed (by {@link ValidatedPoincareMap#crossWithJacobian}). */
    public boolean hasJacobian() {
        return jacobian != null;
    }

    /**
     * A copy of the enclosure of {@code DP(x0) = (I − f·∇gᵀ/(∂_t g + ∇g·f))·Dφ(τ(x0), x0)} for every
     * initial state, {@code [i][j] = ∂P_i/∂x0_j}.
     *
     * @throws IllegalStateException unless found with the derivative
     */
    public Interval[][] jacobian() {
        requireFound();
        if (jacobian == null) {
            throw new IllegalStateException("the derivative was not computed: use crossWithJacobian");
        }
        return deepCopy(jacobian);
    }

    /**
     * A copy of the enclosure of {@code ∇τ(x0) = −∇g·Dφ/(∂_t g + ∇g·f)} for every initial state.
     *
     * @throws IllegalStateException unless found with the derivative
     */
    public Interval[] timeGradient() {
        requireFound();
        if (timeGradient == null) {
            throw new IllegalStateException("the derivative was not computed: use crossWithJacobian");
        }
        return timeGradient.clone();
    }

    /** The time up to which the integration was validated (the search horizon when it completed). */
    public double searchedUntil() {
        return searchedUntil;
    }

    /** The number of validated integration steps. */
    public int steps() {
        return steps;
    }

    private void requireFound() {
        if (status != Status.FOUND) {
            throw new IllegalStateException("no crossing was enclosed (" + status.label() + "): " + reason);
        }
    }

    private static Interval[][] deepCopy(Interval[][] a) {
        Interval[][] c = new Interval[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        if (status != Status.FOUND) {
            return "ValidatedCrossing[" + status.label() + ": " + reason + "]";
        }
        return "ValidatedCrossing[t in " + time + ", state " + Arrays.toString(state) + "]";
    }
}
