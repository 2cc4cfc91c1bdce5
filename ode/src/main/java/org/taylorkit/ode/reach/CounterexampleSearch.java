package org.taylorkit.ode.reach;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * A search for a <em>proved</em> counterexample to a {@link SafetyProperty} that the set flow left
 * {@link Verdict#UNKNOWN}: a few candidate points of the initial set (its centre and corners) are
 * integrated one by one with the validated point method ({@link ValidatedIntegrator}, Lohner) over
 * the property's window, and the first whose rigorous end enclosure at some step end {@code t} of
 * the window lies entirely on the violating side proves the property {@link Verdict#VIOLATED}.
 *
 * <p><b>Rigor.</b> The property claims something for <em>every</em> solution from the initial set
 * at <em>every</em> time of the window, so one solution from one point of the set violating it at one
 * time of the window is a counterexample. A candidate is a box {@code C} that meets the initial set
 * (a degenerate box — a double — where the set has width there; the whole component enclosure where
 * the set is a single value such as {@code 0.1}, which is no double); the point run encloses
 * {@code x(t)} for every initial state in {@code C} at every step end {@code t}, and the property is
 * decided on that box by the same interval evaluation as the set check
 * ({@link PropertyCheck#firstEndViolation}): certainly false on the whole box means false for the
 * solution from the point of {@code C} in the set. Parameters keep the enclosures the integrator was
 * given (those of the flowpipe), so the violation holds for every parameter value in them.
 *
 * <p><b>Points in the set.</b> The initial set's components are of two kinds (see
 * {@link #of}): a <em>range</em> {@code [a, b]} given as decimals and enclosed by the tightest double
 * interval {@code [A, B]} (so {@code a ∈ [A, A⁺]} and {@code b ∈ [B⁻, B]}, one ulp apart), whose
 * corner candidates are the one-ulp boxes {@code [A, A⁺]} and {@code [B⁻, B]} (each contains
 * {@code a} or {@code b}) and whose centre is the midpoint, checked to lie in {@code [A⁺, B⁻]} ⊆ the
 * range; or a single <em>value</em>, whose candidate is its whole enclosure. Every candidate is
 * checked to be inside the enclosure of the set before it is run.
 *
 * <p><b>Budget.</b> The corners, then the centre: all {@code 2^d} corners for {@code d ≤ 4} range
 * components, otherwise {@link #MAX_SAMPLED_CORNERS} corners: the all-lower and all-upper ones, then
 * corners drawn by a generator seeded with {@link #SEED} (deterministic); candidates are run in
 * order and the search stops at the first
 * proof, after {@code maxPoints} runs, or once {@code budgetMillis} of wall time have passed
 * (checked between runs, so at least one run is made; each run is bounded only by the integrator's
 * step limit — a 12-dimensional Lohner run of 200 steps takes minutes). With several checks
 * ({@link #refineAll}) each candidate is run once for all of them and the budget is shared. Finding
 * nothing keeps the verdict unknown. Immutable and thread-safe.
 */
public final class CounterexampleSearch {

    /** The seed of the corner sampler for more than four range components. */
    public static final long SEED = 20261207L;
    /** The number of corners drawn when there are more than four range components. */
    public static final int MAX_SAMPLED_CORNERS = 16;

    /**
     * A proved counterexample.
     *
     * @param start the candidate box the solution starts from (a point where the set has width)
     * @param t the time, inside the property's window, where it fails
     * @param enclosure a box containing the solution(s) from {@code start} at {@code t}, all violating the property
     * @param range the enclosure of {@code lhs − rhs} over that box
     */
    public record Counterexample(Interval[] start, double t, Interval[] enclosure, Interval range) {
    }

    private final ValidatedIntegrator integrator;
    private final boolean[] ranges;
    private final int maxPoints;
    private final long budgetMillis;

    private CounterexampleSearch(ValidatedIntegrator integrator, boolean[] ranges, int maxPoints, long budgetMillis) {
        this.integrator = integrator;
        this.ranges = ranges.clone();
        this.maxPoints = maxPoints;
        this.budgetMillis = budgetMillis;
    }

    /**
     * A search with point runs by {@code integrator} (its parameters must be those of the flowpipes
     * searched; its step limits bound each run).
     *
     * @param ranges per state component: true when the initial set's component is a range given by
     *     decimal ends enclosed tightly (e.g. {@code x=[1.25,1.55]}), false when it is one value
     * @param maxPoints the most candidates run (at least 1)
     * @param budgetMillis the wall time after which no new candidate is started
     */
    public static CounterexampleSearch of(ValidatedIntegrator integrator, boolean[] ranges, int maxPoints, long budgetMillis) {
        if (ranges.length != integrator.system().dimension()) {
            throw new IllegalArgumentException("counterexample search: " + ranges.length + " range flags for "
                    + integrator.system().dimension() + " state variables");
        }
        if (maxPoints < 1 || budgetMillis < 0) {
            throw new IllegalArgumentException("counterexample search: need maxPoints >= 1 and budgetMillis >= 0, got "
                    + maxPoints + ", " + budgetMillis);
        }
        return new CounterexampleSearch(integrator, ranges, maxPoints, budgetMillis);
    }

    /**
     * {@code check} unchanged unless it is unknown and a candidate proves a violation: then
     * violated, with a detail naming the point and the time; when none does, unknown with the
     * number of points tried appended.
     */
    public PropertyCheck refine(PropertyCheck check, Flowpipe flowpipe) {
        return refineAll(List.of(check), flowpipe).get(0);
    }

    /**
     * {@link #refine} for each check, in order, sharing the point runs: each candidate is integrated
     * once (to the latest window end among the checks still unknown) and every such check is decided
     * on that run; the budget ({@code maxPoints}, {@code budgetMillis}) is for the whole list.
     */
    public List<PropertyCheck> refineAll(List<PropertyCheck> checks, Flowpipe flowpipe) {
        List<PropertyCheck> out = new ArrayList<>(checks);
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < checks.size(); k++) {
            if (checks.get(k).verdict() == Verdict.UNKNOWN) {
                open.add(k);
            }
        }
        if (open.isEmpty()) {
            return out;
        }
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        int tried = 0;
        for (Interval[] start : candidates(flowpipe.initialSet())) {
            if (open.isEmpty() || tried >= maxPoints || (tried > 0 && System.nanoTime() > deadline)) {
                break;
            }
            tried++;
            double horizon = flowpipe.t0();
            for (int k : open) {
                horizon = Math.max(horizon, window(checks.get(k).property(), flowpipe)[1]);
            }
            Flowpipe run = pointRun(flowpipe, start, horizon);
            for (java.util.Iterator<Integer> it = open.iterator(); it.hasNext();) {
                int k = it.next();
                Optional<Counterexample> found = decide(checks.get(k).property(), flowpipe, start, run);
                if (found.isPresent()) {
                    out.set(k, new PropertyCheck(checks.get(k).property(), Verdict.VIOLATED,
                            describe(checks.get(k).property(), flowpipe, found.get())));
                    it.remove();
                }
            }
        }
        for (int k : open) {
            PropertyCheck c = checks.get(k);
            out.set(k, new PropertyCheck(c.property(), Verdict.UNKNOWN, c.detail() + "; no counterexample from "
                    + tried + " point" + (tried == 1 ? "" : "s") + " of the initial set"));
        }
        return out;
    }

    /**
     * Runs the candidate {@code start} (which must lie in the flowpipe's initial set) over the
     * property's narrowest window and returns a proved violation, if its point run gives one.
     *
     * @throws IllegalArgumentException if {@code start} is not inside the initial set's enclosure
     */
    public Optional<Counterexample> tryPoint(SafetyProperty property, Flowpipe flowpipe, Interval[] start) {
        return decide(property, flowpipe, start, pointRun(flowpipe, start, window(property, flowpipe)[1]));
    }

    /** The narrowest window {@code [from, to]} of the property within {@code [t0, end]} (from > to: empty). */
    private static double[] window(SafetyProperty property, Flowpipe flowpipe) {
        double from = Math.max(flowpipe.t0(), property.windowStart().map(Interval::sup).orElse(flowpipe.t0()));
        double to = Math.min(property.windowEnd().map(Interval::inf).orElse(flowpipe.end()), flowpipe.end());
        return new double[] {from, Math.max(to, flowpipe.t0())};
    }

    /** The point run from {@code start} to {@code horizon} as a one-piece flowpipe (just the start when horizon = t0). */
    private Flowpipe pointRun(Flowpipe flowpipe, Interval[] start, double horizon) {
        Interval[] set = flowpipe.initialSet();
        for (int i = 0; i < set.length; i++) {
            if (!set[i].contains(start[i])) {
                throw new IllegalArgumentException("counterexample search: the candidate " + start[i] + " of "
                        + flowpipe.variables().get(i) + " is not in the initial set " + set[i]);
            }
        }
        double t0 = flowpipe.t0();
        List<ValidatedSolution> runs = horizon > t0 ? List.of(integrator.integrate(t0, start, horizon))
                : List.of(ValidatedSolution.of(t0, start, ValidatedSolution.Status.COMPLETED, null, List.of()));
        return Flowpipe.ofPieces(flowpipe.variables(), flowpipe.parameters(), t0, start, horizon, runs);
    }

    /** A violation of {@code property} proved by the point run {@code run} from {@code start}, if any. */
    private static Optional<Counterexample> decide(SafetyProperty property, Flowpipe flowpipe, Interval[] start, Flowpipe run) {
        double[] w = window(property, flowpipe);
        if (w[0] > w[1] || property.windowEnd().map(Interval::inf).orElse(flowpipe.end()) < flowpipe.t0()) {
            return Optional.empty();
        }
        double t0 = flowpipe.t0();
        if (w[0] <= t0) {
            SafetyProperty.Evaluation e = property.evaluate(start, Interval.point(t0), flowpipe.parameters());
            if (e.truth() == SafetyProperty.Truth.FALSE) {
                return Optional.of(new Counterexample(start.clone(), t0, start.clone(), e.range()));
            }
        }
        PropertyCheck.EndViolation v = PropertyCheck.firstEndViolation(property, run, w[0], Math.min(w[1], run.t()));
        return v == null ? Optional.empty()
                : Optional.of(new Counterexample(start.clone(), v.t(), v.box(), v.evaluation().range()));
    }

    /**
     * The candidates in search order: the corners (all, or the two extreme ones and a seeded
     * sample), then the centre — extremes of a set's solutions come from its corners more often.
     */
    List<Interval[]> candidates(Interval[] set) {
        List<Integer> wide = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (ranges[i] && set[i].sup() > Math.nextUp(set[i].inf())) {
                wide.add(i);
            }
        }
        List<Interval[]> out = new ArrayList<>();
        Interval[] centre = set.clone();
        for (int i : wide) {
            double m = set[i].mid();
            if (Math.nextUp(set[i].inf()) <= m && m <= Math.nextDown(set[i].sup())) {
                centre[i] = Interval.point(m);
            }
        }
        int d = wide.size();
        Set<Long> masks = new LinkedHashSet<>();
        if (d <= 4) {
            for (long m = 0; m < (1L << d); m++) {
                masks.add(m);
            }
        } else {
            masks.add(0L); // all lower ends
            masks.add((1L << d) - 1); // all upper ends
            SplittableRandom random = new SplittableRandom(SEED);
            int attempts = 0;
            while (masks.size() < MAX_SAMPLED_CORNERS && attempts++ < 64 * MAX_SAMPLED_CORNERS) {
                long m = 0;
                for (int k = 0; k < d; k++) {
                    m |= random.nextBoolean() ? 1L << k : 0;
                }
                masks.add(m);
            }
        }
        for (long m : masks) {
            if (d == 0) {
                break;
            }
            Interval[] corner = set.clone();
            for (int k = 0; k < d; k++) {
                int i = wide.get(k);
                corner[i] = (m & (1L << k)) == 0 ? Interval.of(set[i].inf(), Math.nextUp(set[i].inf()))
                        : Interval.of(Math.nextDown(set[i].sup()), set[i].sup());
            }
            out.add(corner);
        }
        out.add(centre);
        return out;
    }

    private static String describe(SafetyProperty property, Flowpipe flowpipe, Counterexample c) {
        StringBuilder sb = new StringBuilder("the solution from ");
        List<String> names = flowpipe.variables();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(point(c.start()[i]));
        }
        sb.append(" (a point of the initial set) has ");
        Set<String> mentioned = property.lhs().minus(property.rhs()).symbols();
        boolean any = false;
        for (int i = 0; i < names.size(); i++) {
            if (mentioned.contains(names.get(i))) {
                sb.append(any ? ", " : "").append(names.get(i)).append(" in ").append(c.enclosure()[i].format(6));
                any = true;
            }
        }
        if (!any) {
            sb.append("lhs - rhs in ").append(c.range().format(6));
        }
        return sb.append(" at t = ").append(PropertyCheck.num(c.t())).append(" (needs ").append(property.text())
                .append("): a proved counterexample").toString();
    }

    /**
     * A candidate component as text: a point as its double (shortest round-trip digits); a corner's
     * one-ulp box as its midpoint to 15 significant digits, which is the decimal end typed (the box
     * contains it) whenever that had at most 15 digits; a wider value enclosure as an interval.
     */
    private static String point(Interval v) {
        if (v.inf() == v.sup()) {
            return String.valueOf(v.inf());
        }
        if (v.sup() <= Math.nextUp(v.inf())) {
            return new java.math.BigDecimal(v.mid()).round(new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
        }
        return v.format(17);
    }
}
