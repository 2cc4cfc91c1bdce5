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
 * <p><b>Budget.</b> The centre, then the corners: all {@code 2^d} for {@code d ≤ 4} range
 * components, otherwise {@link #MAX_SAMPLED_CORNERS} corners drawn by a generator seeded with
 * {@link #SEED} (deterministic); candidates are run in order and the search stops at the first
 * proof, after {@code maxPoints} runs, or once {@code budgetMillis} of wall time have passed
 * (checked between runs; each run is bounded by the integrator's step limit). Finding nothing keeps
 * the verdict unknown. Immutable and thread-safe.
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
        if (check.verdict() != Verdict.UNKNOWN) {
            return check;
        }
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        List<Interval[]> candidates = candidates(flowpipe.initialSet());
        int tried = 0;
        for (Interval[] c : candidates) {
            if (tried >= maxPoints || (tried > 0 && System.nanoTime() > deadline)) {
                break;
            }
            tried++;
            Optional<Counterexample> found = tryPoint(check.property(), flowpipe, c);
            if (found.isPresent()) {
                return new PropertyCheck(check.property(), Verdict.VIOLATED, describe(check.property(), flowpipe, found.get()));
            }
        }
        return new PropertyCheck(check.property(), Verdict.UNKNOWN, check.detail() + "; no counterexample from "
                + tried + " point" + (tried == 1 ? "" : "s") + " of the initial set");
    }

    /** {@link #refine} for each check, in order. */
    public List<PropertyCheck> refineAll(List<PropertyCheck> checks, Flowpipe flowpipe) {
        return checks.stream().map(c -> refine(c, flowpipe)).toList();
    }

    /**
     * Runs the candidate {@code start} (which must lie in the flowpipe's initial set) over the
     * property's narrowest window and returns a proved violation, if its point run gives one.
     *
     * @throws IllegalArgumentException if {@code start} is not inside the initial set's enclosure
     */
    public Optional<Counterexample> tryPoint(SafetyProperty property, Flowpipe flowpipe, Interval[] start) {
        Interval[] set = flowpipe.initialSet();
        for (int i = 0; i < set.length; i++) {
            if (!set[i].contains(start[i])) {
                throw new IllegalArgumentException("counterexample search: the candidate " + start[i] + " of "
                        + flowpipe.variables().get(i) + " is not in the initial set " + set[i]);
            }
        }
        double from = property.windowStart().map(Interval::sup).orElse(flowpipe.t0());
        double to = Math.min(property.windowEnd().map(Interval::inf).orElse(flowpipe.end()), flowpipe.end());
        if (from > to || to < flowpipe.t0()) {
            return Optional.empty();
        }
        double t0 = flowpipe.t0();
        if (from <= t0) {
            SafetyProperty.Evaluation e = property.evaluate(start, Interval.point(t0), flowpipe.parameters());
            if (e.truth() == SafetyProperty.Truth.FALSE) {
                return Optional.of(new Counterexample(start.clone(), t0, start.clone(), e.range()));
            }
        }
        if (to == t0) {
            return Optional.empty();
        }
        ValidatedSolution run = integrator.integrate(t0, start, to);
        Flowpipe point = Flowpipe.ofPieces(flowpipe.variables(), flowpipe.parameters(), t0, start, to, List.of(run));
        PropertyCheck.EndViolation v = PropertyCheck.firstEndViolation(property, point, from, Math.min(to, point.t()));
        return v == null ? Optional.empty()
                : Optional.of(new Counterexample(start.clone(), v.t(), v.box(), v.evaluation().range()));
    }

    /** The candidates in search order: the centre, then the corners (all, or a seeded sample). */
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
        out.add(centre);
        int d = wide.size();
        Set<Long> masks = new LinkedHashSet<>();
        if (d <= 4) {
            for (long m = 0; m < (1L << d); m++) {
                masks.add(m);
            }
        } else {
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
