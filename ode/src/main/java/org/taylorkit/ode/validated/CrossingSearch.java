package org.taylorkit.ode.validated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;

/**
 * The rigorous search for the first crossing of a section {@code g(t, x) = 0} along a validated
 * integration (see {@link ValidatedPoincareMap} for the contract and the theory note
 * {@code docs/theory/validated.md} for the proof).
 *
 * <p>The time axis of the integration is cut into <em>pieces</em> (whole steps, bisected where
 * needed). On a piece with times {@code T} the solution set is enclosed by the step polynomial
 * ({@link StepPolynomial}) in a box {@code E}; {@code G = g(T, E)} and
 * {@code G' = ∂_t g + ∇g·f} over {@code (T, E)} are evaluated in interval arithmetic. A piece is
 * <em>zero-free</em> if {@code 0 ∉ G} (every solution has the sign of {@code G} there), a <em>zone</em>
 * piece if {@code 0 ∈ G} but {@code 0 ∉ G'}, and is bisected otherwise (up to a depth limit, then the
 * search fails: a tangency or a set too wide to separate). A maximal run of zone pieces is a zone
 * on which {@code G} is strictly monotone for every solution (same sign of {@code G'} throughout,
 * by continuity), so each solution has at most one zero there; with the signs {@code s₋} of the
 * zero-free piece before and {@code s₊} after, every solution crosses exactly once, transversally,
 * from {@code s₋} to {@code s₊} when {@code s₋ ≠ s₊}, and none crosses when {@code s₋ = s₊}. A zone
 * starting at {@code t0} when {@code g(t0, X0)} contains 0 is the departure from the section and is
 * not counted. The first zone whose crossing the direction accepts is the answer; interval Newton
 * {@code N(T) = m − G(m)/G'(T)} then narrows it (each solution's unique zero stays in
 * {@code N(T) ∩ T}). Not thread-safe.
 */
final class CrossingSearch {

    private static final int MAX_DEPTH = 40;
    /**
     * Monotone pieces are split further, up to this depth, while g at one of their end times excludes
     * 0: with long steps a zone that spans a whole step would end only at the next step (or never, in
     * the last step of the integration).
     */
    private static final int ZONE_DEPTH = 8;
    private static final int NEWTON_ITERATIONS = 40;
    private static final int MAX_PIECES = 100_000;

    private final IntervalTaylorStepper stepper;
    private final List<String> variables;
    private final Map<String, Interval> parameters;
    private final Expr g;
    private final Expr gDot;
    private final Direction direction;

    /** The outcome: a crossing ({@code time != null}) or why none was proved ({@code reason}). */
    record Outcome(Interval time, Interval[] state, boolean noneBefore, String reason) {
    }

    private record Piece(int step, Interval s) {
    }

    CrossingSearch(OdeSystem system, IntervalTaylorStepper stepper, Map<String, Interval> parameters, Expr g, Expr gDot,
            Direction direction) {
        this.stepper = stepper;
        this.variables = system.variables();
        this.parameters = parameters;
        this.g = g;
        this.gDot = gDot;
        this.direction = direction;
    }

    // ---- search state
    private List<ValidatedStep> steps;
    /** The integrator's set at the start of each step ({@code null}, or {@code null} entries, if unknown). */
    private List<LohnerSet.Snapshot> starts;
    private Interval[] box0;
    private Map<Integer, StepPolynomial> models;
    private int previousSign;
    private List<Piece> zone;
    private int zoneSign;
    private int zoneBefore;
    private String failure;
    private boolean stopAtFirst;
    private boolean done;
    private List<Outcome> crossings;
    private int leaves;

    /** The first accepted crossing after {@code t0} along {@code solution} from {@code box} at {@code t0}. */
    Outcome first(double t0, Interval[] box, ValidatedSolution solution, List<LohnerSet.Snapshot> starts) {
        List<Outcome> all = scan(t0, box, solution, starts, true);
        return all.get(0);
    }

    /**
     * All accepted crossings along {@code solution}, in time order, followed by one outcome without a
     * time: {@code noneBefore} if the rest of the integration is proved free of accepted crossings,
     * otherwise the reason the search stopped.
     */
    List<Outcome> all(double t0, Interval[] box, ValidatedSolution solution, List<LohnerSet.Snapshot> starts) {
        return scan(t0, box, solution, starts, false);
    }

    private List<Outcome> scan(double t0, Interval[] box, ValidatedSolution solution, List<LohnerSet.Snapshot> starts,
            boolean firstOnly) {
        steps = solution.steps();
        this.starts = starts;
        box0 = box.clone();
        models = new HashMap<>();
        zone = null;
        failure = null;
        stopAtFirst = firstOnly;
        done = false;
        crossings = new ArrayList<>();
        leaves = 0;
        Interval g0;
        try {
            g0 = g(Interval.point(t0), box0);
        } catch (ArithmeticException e) {
            crossings.add(new Outcome(null, null, false, "the section function cannot be evaluated on the initial box: "
                    + e.getMessage()));
            return crossings;
        }
        if (g0.isEmpty() || Double.isNaN(g0.inf())) {
            crossings.add(new Outcome(null, null, false, "the section function is undefined on the initial box"));
            return crossings;
        }
        previousSign = g0.contains(0) ? 0 : (g0.inf() > 0 ? 1 : -1);
        for (int k = 0; k < steps.size() && !done && failure == null; k++) {
            ValidatedStep st = steps.get(k);
            Interval s = Interval.of(0, Interval.point(st.t1()).subtract(Interval.point(st.t0())).sup());
            Interval whole;
            try {
                whole = g(Interval.of(st.t0(), st.t1()), st.stepEnclosure());
            } catch (ArithmeticException e) {
                whole = Interval.entire();
            }
            if (!whole.contains(0) && !whole.isEmpty()) {
                zeroFree(whole.inf() > 0 ? 1 : -1);
            } else {
                piece(k, s, 0);
            }
        }
        if (zone != null && !done && failure == null) {
            closeAtEnd();
        }
        if (done) {
            return crossings;
        }
        if (failure != null) {
            crossings.add(new Outcome(null, null, false, failure));
            return crossings;
        }
        String where = solution.status() == ValidatedSolution.Status.COMPLETED
                ? "up to t=" + solution.t()
                : "up to t=" + solution.t() + ", where the integration stopped: " + solution.reason();
        String more = crossings.isEmpty() ? "" : " further";
        if (zone != null && zoneBefore == 0) {
            crossings.add(new Outcome(null, null, false, "the set did not leave the section " + where));
        } else if (zone != null && zoneBefore != zoneSign && direction.accepts(-zoneSign, zoneSign)) {
            crossings.add(new Outcome(null, null, false, "a" + more + " " + direction.label()
                    + " crossing may be under way at the end of the integration (" + where + ")"));
        } else {
            crossings.add(new Outcome(null, null, solution.status() == ValidatedSolution.Status.COMPLETED,
                    "no" + more + " " + direction.label() + " crossing of the section " + where));
        }
        return crossings;
    }

    /**
     * A zone still open after the last step runs up to the end {@code t1} of that step (every piece
     * after its start was monotone, and the pieces cover the steps without gaps); if g over the
     * step's end enclosure, which holds every solution at {@code t1}, excludes 0, the point
     * {@code t1} is a zero-free piece after the zone and closes it (step 3 of the theory note).
     */
    private void closeAtEnd() {
        ValidatedStep last = steps.get(steps.size() - 1);
        Interval end;
        try {
            end = g(Interval.point(last.t1()), last.endEnclosure());
        } catch (ArithmeticException e) {
            return;
        }
        if (!end.isEmpty() && !end.contains(0)) {
            zeroFree(end.inf() > 0 ? 1 : -1);
        }
    }

    /** Classifies a piece of step {@code k} (elapsed times {@code s}), bisecting when undecided. */
    private void piece(int k, Interval s, int depth) {
        if (done || failure != null) {
            return;
        }
        if (++leaves > MAX_PIECES) {
            failure = "more than " + MAX_PIECES + " time pieces needed to separate the crossings (set too wide?)";
            return;
        }
        StepPolynomial poly;
        try {
            poly = model(k);
        } catch (ArithmeticException e) {
            failure = "domain error while enclosing step [" + steps.get(k).t0() + ", " + steps.get(k).t1() + "]: "
                    + e.getMessage();
            return;
        }
        Interval times = poly.times(s);
        Interval gv;
        Interval dv;
        try {
            Interval[] e = poly.enclose(s);
            gv = g(times, e);
            dv = gv.contains(0) ? gDot(times, e) : null;
        } catch (ArithmeticException ex) {
            gv = Interval.entire();
            dv = Interval.entire();
        }
        if (!gv.isEmpty() && !gv.contains(0)) {
            zeroFree(gv.inf() > 0 ? 1 : -1);
            return;
        }
        if (dv != null && !dv.isEmpty() && !dv.contains(0) && dv.isBounded()) {
            if (depth < ZONE_DEPTH && s.wid() > 0 && endZeroFree(poly, s)) {
                // part of the piece is probably zero-free: split it, so that the zone ends inside a step
                double mid = s.mid();
                piece(k, Interval.of(s.inf(), mid), depth + 1);
                piece(k, Interval.of(mid, s.sup()), depth + 1);
                return;
            }
            zonePiece(new Piece(k, s), dv.inf() > 0 ? 1 : -1);
            return;
        }
        if (depth >= MAX_DEPTH || !(s.wid() > 0)) {
            failure = "cannot prove a transversal crossing for t in " + times + ": g = " + gv
                    + " and its time derivative " + dv + " both contain 0 (tangential crossing, or the set is too wide)";
            return;
        }
        double mid = s.mid();
        piece(k, Interval.of(s.inf(), mid), depth + 1);
        piece(k, Interval.of(mid, s.sup()), depth + 1);
    }

    /**
     * Whether g, enclosed at one of the two end times of the piece (point times: tighter than over the
     * piece), excludes 0. Only a heuristic for splitting monotone pieces; proofs use whole pieces.
     */
    private boolean endZeroFree(StepPolynomial poly, Interval s) {
        try {
            for (double e : new double[] {s.inf(), s.sup()}) {
                Interval at = Interval.point(e);
                Interval ge = g(poly.times(at), poly.enclose(at));
                if (!ge.isEmpty() && !ge.contains(0)) {
                    return true;
                }
            }
        } catch (ArithmeticException ex) {
            return false;
        }
        return false;
    }

    private void zeroFree(int sign) {
        if (zone != null) {
            if (zoneBefore != 0 && zoneBefore != sign && direction.accepts(zoneBefore, sign)) {
                crossings.add(refine(zone));
                done = stopAtFirst;
            }
            zone = null;
        }
        previousSign = sign;
    }

    private void zonePiece(Piece p, int derivativeSign) {
        if (zone == null) {
            zone = new ArrayList<>();
            zoneSign = derivativeSign;
            zoneBefore = previousSign;
        } else if (zoneSign != derivativeSign) {
            // impossible for a continuous derivative on adjacent closed pieces; refuse rather than guess
            failure = "inconsistent signs of the time derivative of g near t=" + model(p.step()).times(p.s());
            return;
        }
        zone.add(p);
    }

    /** Narrows the zone by interval Newton and encloses the state over it. */
    private Outcome refine(List<Piece> pieces) {
        Interval tau = Interval.empty();
        for (Piece p : pieces) {
            tau = tau.hull(model(p.step()).times(p.s()));
        }
        int first = pieces.get(0).step();
        try {
            for (int it = 0; it < NEWTON_ITERATIONS; it++) {
                double m = tau.mid();
                Interval gm = g(Interval.point(m), enclose(Interval.point(m), first));
                Interval d = gDot(tau, enclose(tau, first));
                if (d.contains(0) || d.isEmpty() || gm.isEmpty()) {
                    break;
                }
                Interval next = Interval.point(m).subtract(gm.divide(d)).intersection(tau);
                if (next.isEmpty()) {
                    break; // cannot happen (the zone holds each solution's zero); keep the proved zone
                }
                boolean slow = !(next.wid() < 0.75 * tau.wid());
                tau = next;
                if (slow && it > 0) {
                    break;
                }
            }
        } catch (ArithmeticException e) {
            // keep the zone as proved so far
        }
        return new Outcome(tau, enclose(tau, first), false, null);
    }

    /** The hull of the step enclosures of the solution over the times {@code tau}, from step {@code first} on. */
    private Interval[] enclose(Interval tau, int first) {
        Interval[] hull = null;
        for (int k = first; k < steps.size(); k++) {
            ValidatedStep st = steps.get(k);
            if (st.t0() > tau.sup()) {
                break;
            }
            if (st.t1() < tau.inf()) {
                continue;
            }
            StepPolynomial poly = model(k);
            Interval[] e = poly.enclose(poly.elapsed(tau.intersection(Interval.of(st.t0(), st.t1()))));
            if (hull == null) {
                hull = e;
            } else {
                for (int i = 0; i < e.length; i++) {
                    hull[i] = hull[i].hull(e[i]);
                }
            }
        }
        return hull;
    }

    private StepPolynomial model(int k) {
        StepPolynomial m = models.get(k);
        if (m == null) {
            ValidatedStep st = steps.get(k);
            Interval[] start = k == 0 ? box0 : steps.get(k - 1).endEnclosure();
            LohnerSet.Snapshot set = starts == null || k >= starts.size() ? null : starts.get(k);
            m = new StepPolynomial(stepper, st.t0(), st.t1(), start, st.stepEnclosure(), set);
            models.put(k, m);
        }
        return m;
    }

    private Interval g(Interval t, Interval[] x) {
        return evaluate(g, variables, parameters, t, x);
    }

    private Interval gDot(Interval t, Interval[] x) {
        return evaluate(gDot, variables, parameters, t, x);
    }

    /**
     * An enclosure of {@code e(t, x, p)} for all {@code t, x} in the given intervals and the parameter
     * intervals, with the domain checks of {@link DomainCheckedArithmetic}.
     *
     * @throws ArithmeticException if an argument leaves a function's open domain
     */
    static Interval evaluate(Expr e, List<String> variables, Map<String, Interval> parameters, Interval t, Interval[] x) {
        Map<String, Interval> b = new HashMap<>(parameters);
        for (int i = 0; i < variables.size(); i++) {
            b.put(variables.get(i), x[i]);
        }
        b.put(OdeSystem.TIME, t);
        return e.evaluate(DomainCheckedArithmetic.INSTANCE, b);
    }
}
