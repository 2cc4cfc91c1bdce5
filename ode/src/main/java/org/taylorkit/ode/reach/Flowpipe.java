package org.taylorkit.ode.reach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * The flowpipe of a validated set integration: for every piece of the initial set, the per-step
 * enclosures over their time intervals, kept in order, with hull queries over time windows.
 *
 * <p>Built from a list of {@link ValidatedSolution} pieces, so it serves both the single Lohner run
 * (one piece) and a Taylor-model flow with splitting (many pieces), or from hand-built steps.
 *
 * <p><b>Guarantee</b> (inherited from the steps; nothing here adds or loses rigor): for every initial
 * state of a piece, for every step {@code s} of that piece and every {@code τ ∈ [s.t0(), s.t1()]},
 * the solution {@code x(τ)} lies in {@code s.stepEnclosure()}, and {@code x(s.t1())} lies in
 * {@code s.endEnclosure()}. The pieces together cover the initial set, and the source integrator
 * vouches that every solution from it is enclosed up to {@link #t()}. {@link #hull} and
 * {@link #enclosureAt} are unions of such boxes, so they contain every solution at the times
 * asked for. Immutable and thread-safe.
 */
public final class Flowpipe {

    private final List<String> variables;
    private final Map<String, Interval> parameters;
    private final double t0;
    private final double end;
    private final double t;
    private final ValidatedSolution.Status status;
    private final String reason;
    private final Interval[] initialSet;
    private final List<List<ValidatedStep>> pieces;

    private Flowpipe(List<String> variables, Map<String, Interval> parameters, double t0, double end, double t,
            ValidatedSolution.Status status, String reason, Interval[] initialSet, List<List<ValidatedStep>> pieces) {
        if (initialSet.length != variables.size()) {
            throw new IllegalArgumentException("flowpipe: the initial set has " + initialSet.length
                    + " components for the variables " + variables);
        }
        if (!(t0 <= t) || !(t <= end)) {
            throw new IllegalArgumentException("flowpipe: need t0 <= t <= end, got t0=" + t0 + ", t=" + t + ", end=" + end);
        }
        for (List<ValidatedStep> piece : pieces) {
            for (ValidatedStep s : piece) {
                if (s.stepEnclosure().length != variables.size() || s.endEnclosure().length != variables.size()) {
                    throw new IllegalArgumentException("flowpipe: a step has enclosures of the wrong length for "
                            + variables + ": " + s);
                }
            }
        }
        this.variables = List.copyOf(variables);
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.t0 = t0;
        this.end = end;
        this.t = t;
        this.status = status;
        this.reason = reason;
        this.initialSet = initialSet.clone();
        List<List<ValidatedStep>> copy = new ArrayList<>();
        pieces.forEach(p -> copy.add(List.copyOf(p)));
        this.pieces = List.copyOf(copy);
    }

    /**
     * A flowpipe from independent pieces (e.g. Lohner runs from a partition of the initial set):
     * the time reached is the smallest of the pieces', the status failed if any piece failed (with
     * that piece's reason, prefixed by its number when there are several).
     *
     * @param variables the state variable names, in system order
     * @param parameters the parameter enclosures the runs used (for properties that mention them)
     * @param t0 the initial time
     * @param initialSet the whole initial set
     * @param end the end time asked for
     * @param pieces one solution per piece of the initial set, all started at {@code t0}
     */
    public static Flowpipe ofPieces(List<String> variables, Map<String, Interval> parameters, double t0,
            Interval[] initialSet, double end, List<ValidatedSolution> pieces) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("flowpipe: no pieces");
        }
        double reached = end;
        ValidatedSolution.Status status = ValidatedSolution.Status.COMPLETED;
        String reason = null;
        for (int i = 0; i < pieces.size(); i++) {
            ValidatedSolution p = pieces.get(i);
            if (p.status() == ValidatedSolution.Status.FAILED && (reason == null || p.t() < reached)) {
                status = ValidatedSolution.Status.FAILED;
                reason = pieces.size() == 1 ? p.reason() : "piece " + (i + 1) + " of " + pieces.size() + ": " + p.reason();
            }
            reached = Math.min(reached, p.t());
        }
        return of(variables, parameters, t0, initialSet, end, reached, status, reason, pieces);
    }

    /**
     * A flowpipe whose overall outcome (time reached, status, reason) is given by the integrator
     * (e.g. a Taylor-model flow with splitting, whose pieces may be split off during the run).
     */
    public static Flowpipe of(List<String> variables, Map<String, Interval> parameters, double t0, Interval[] initialSet,
            double end, double t, ValidatedSolution.Status status, String reason, List<ValidatedSolution> pieces) {
        List<List<ValidatedStep>> steps = new ArrayList<>();
        pieces.forEach(p -> steps.add(p.steps()));
        return new Flowpipe(variables, parameters, t0, end, t, status, reason, initialSet, steps);
    }

    /**
     * A flowpipe from hand-built steps (tests, imports): each inner list is one piece's steps in
     * time order; the caller vouches for the guarantee of the class and for {@code t}.
     */
    public static Flowpipe ofSteps(List<String> variables, Map<String, Interval> parameters, double t0,
            Interval[] initialSet, double end, double t, ValidatedSolution.Status status, String reason,
            List<List<ValidatedStep>> pieces) {
        return new Flowpipe(variables, parameters, t0, end, t, status, reason, initialSet, pieces);
    }

    /** The state variable names, in system order (the order of every enclosure's components). */
    public List<String> variables() {
        return variables;
    }

    /** The parameter enclosures (name → interval) the flow was computed for. */
    public Map<String, Interval> parameters() {
        return parameters;
    }

    /** The initial time. */
    public double t0() {
        return t0;
    }

    /** The end time asked for. */
    public double end() {
        return end;
    }

    /** The time up to which every solution from the initial set is enclosed ({@link #end()} when completed). */
    public double t() {
        return t;
    }

    /** Whether the integration reached {@link #end()}. */
    public ValidatedSolution.Status status() {
        return status;
    }

    /** Why the integration stopped early, or {@code null}. */
    public String reason() {
        return reason;
    }

    /** A copy of the initial set. */
    public Interval[] initialSet() {
        return initialSet.clone();
    }

    /** The number of pieces. */
    public int pieceCount() {
        return pieces.size();
    }

    /** The steps of piece {@code i} (0-based), in time order. */
    public List<ValidatedStep> steps(int i) {
        return pieces.get(i);
    }

    /** The number of steps over all pieces. */
    public int stepCount() {
        return pieces.stream().mapToInt(List::size).sum();
    }

    /**
     * The hull of every step enclosure whose time interval meets {@code [from, to]}: a box containing
     * every enclosed solution at every time of {@code [from, to] ∩ [t0, t]}; {@code null} when no
     * step meets the window.
     */
    public Interval[] hull(double from, double to) {
        Interval[] h = null;
        for (List<ValidatedStep> piece : pieces) {
            for (ValidatedStep s : piece) {
                if (s.t0() <= to && from <= s.t1()) {
                    h = hullOf(h, s.stepEnclosure());
                }
            }
        }
        return h;
    }

    /**
     * A box containing every solution at time {@code τ ∈ [t0, t]}: the hull over the pieces of the
     * end enclosure of a step ending at {@code τ} (or the initial set at {@code t0}), else of the
     * enclosure of a step containing {@code τ}.
     *
     * @throws IllegalArgumentException if some piece has no step containing {@code τ}
     */
    public Interval[] enclosureAt(double tau) {
        if (tau == t0) {
            return initialSet.clone();
        }
        Interval[] h = null;
        for (int i = 0; i < pieces.size(); i++) {
            Interval[] best = null;
            for (ValidatedStep s : pieces.get(i)) {
                if (s.t1() == tau) {
                    best = s.endEnclosure();
                    break;
                }
                if (s.t0() <= tau && tau <= s.t1() && best == null) {
                    best = s.stepEnclosure();
                }
            }
            if (best == null) {
                throw new IllegalArgumentException("flowpipe: piece " + (i + 1) + " has no step containing t=" + tau);
            }
            h = hullOf(h, best);
        }
        return h;
    }

    /**
     * Whether the steps' time intervals together cover {@code [from, to]} without a gap and the
     * integration reached {@code to} ({@code t0 ≤ from ≤ to ≤ t}).
     */
    public boolean covers(double from, double to) {
        if (from < t0 || to > t || from > to) {
            return false;
        }
        List<double[]> spans = new ArrayList<>();
        for (List<ValidatedStep> piece : pieces) {
            for (ValidatedStep s : piece) {
                spans.add(new double[] {s.t0(), s.t1()});
            }
        }
        spans.sort(Comparator.comparingDouble(a -> a[0]));
        double reached = from;
        boolean any = false;
        for (double[] s : spans) {
            if (s[0] > reached) {
                break;
            }
            if (s[1] >= reached) {
                reached = s[1];
                any = true;
            }
        }
        return any && reached >= to;
    }

    private static Interval[] hullOf(Interval[] h, Interval[] box) {
        if (h == null) {
            return box.clone();
        }
        for (int k = 0; k < h.length; k++) {
            h[k] = h[k].hull(box[k]);
        }
        return h;
    }

    @Override
    public String toString() {
        return "Flowpipe[" + variables + ", " + pieces.size() + " pieces, " + stepCount() + " steps, t in [" + t0 + ", " + t
                + "] of " + end + ", " + status.label() + (reason == null ? "" : " (" + reason + ")") + ", initial "
                + Arrays.toString(initialSet) + "]";
    }
}
