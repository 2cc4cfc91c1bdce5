package org.taylorkit.ode.validated.tm;

import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * The result of {@link TaylorModelFlowIntegrator#integrate}: the pieces the initial set was split
 * into, each with its validated steps, and the hull over the pieces at the time all of them reached.
 *
 * <p><b>Guarantee</b> (whatever the status): every solution from the initial box (and every parameter
 * value in its interval) exists on {@code [t0, t()]}, and {@code x(t()) ∈ enclosure()}. The pieces'
 * initial sub-boxes ({@link #pieceBoxes()}) cover the initial box, and each piece's steps
 * ({@link ValidatedStep}: {@code t0, t1, stepEnclosure, endEnclosure}) hold for every initial state in its
 * sub-box: the solution lies in the step enclosure over {@code [t0, t1]} and in the end enclosure at
 * {@code t1}. So the union of all step enclosures is a rigorous flowpipe, and a property that holds on
 * it holds for every solution. {@code FAILED} only means that no more could be proved (see
 * {@link #reason()}).
 */
public final class SetFlowSolution {

    private final double t;
    private final ValidatedSolution.Status status;
    private final String reason;
    private final Interval[] enclosure;
    private final List<ValidatedSolution> pieces;
    private final List<ValidatedStep> allSteps;
    private final List<Interval[]> pieceBoxes;

    SetFlowSolution(double t, ValidatedSolution.Status status, String reason, Interval[] enclosure,
            List<ValidatedSolution> pieces, List<Interval[]> pieceBoxes, List<ValidatedStep> allSteps) {
        this.pieceBoxes = pieceBoxes.stream().map(Interval[]::clone).toList();
        this.t = t;
        this.status = status;
        this.reason = reason;
        this.enclosure = enclosure.clone();
        this.pieces = List.copyOf(pieces);
        this.allSteps = List.copyOf(allSteps);
    }

    /** The time reached by all pieces (their minimum; the end time when completed). */
    public double t() {
        return t;
    }

    /** {@code COMPLETED} when every piece reached the end time. */
    public ValidatedSolution.Status status() {
        return status;
    }

    /** Why the integration stopped early ({@code null} when completed). */
    public String reason() {
        return reason;
    }

    /**
     * A copy of the enclosure at {@link #t()}: the hull over the pieces of their enclosures at that time
     * (for a piece that went further, the hull of its step enclosures of the steps covering {@code t()}).
     */
    public Interval[] enclosure() {
        return enclosure.clone();
    }

    /** The largest width of {@link #enclosure()}. */
    public double width() {
        double w = 0;
        for (Interval v : enclosure) {
            w = Math.max(w, v.wid());
        }
        return w;
    }

    /** The number of pieces at the end (1 when no split happened). */
    public int pieceCount() {
        return pieces.size();
    }

    /** The number of validated steps over all pieces, each step counted once (shared history included once). */
    public int stepCount() {
        return allSteps.size();
    }

    /**
     * The pieces in a stable order (the order of their split paths: lower halves first), each with its
     * whole history from {@code t0} (the steps before a split are shared by both halves), its own status
     * and reason. The same for any number of threads.
     */
    public List<ValidatedSolution> pieces() {
        return pieces;
    }

    /**
     * The initial sub-box of each piece, in {@link #pieces()} order: one interval per state, then one per
     * parameter of positive width (in the system's parameter order). The pieces' sub-boxes cover the
     * initial box (and parameter box); each piece's steps hold for every initial state (and parameter)
     * in its sub-box.
     */
    public List<Interval[]> pieceBoxes() {
        return pieceBoxes.stream().map(Interval[]::clone).toList();
    }

    /** Every step of every piece (shared history once), piece by piece in {@link #pieces()} order. */
    public List<ValidatedStep> allSteps() {
        return allSteps;
    }

    @Override
    public String toString() {
        return "SetFlowSolution[" + status.label() + (reason == null ? "" : " (" + reason + ")") + " at t=" + t
                + ", pieces=" + pieceCount() + ", steps=" + allSteps.size() + ", width=" + width() + "]";
    }
}
