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
 * corners drawn by a generator seeded with {@link #SEED} (deterministic). Candidates are run in order;
 * each run decides its checks step by step as it is made ({@link ValidatedIntegrator.StepMonitor}) and
 * stops as soon as every check it serves is decided or past its window. The search stops once every
 * check is decided, after {@code maxPoints} runs, or when {@code budgetMillis} of CPU time of the
 * searching thread have passed ({@link #clock}; a budget of work, so the verdicts do not depend on how
 * loaded the machine is): the budget is checked after every step, so a run under way stops after the step during
 * which it ran out (the first run is always started). With several checks ({@link #refineAll}) each
 * candidate is run once for all of them and the budget is shared. Finding nothing, like a budget that
 * runs out, keeps the verdict unknown (the detail says which). Immutable and thread-safe.
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
     * @param budgetMillis the CPU time of the searching thread after which the search stops (see {@link #clock})
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
     * once for every check still unknown, deciding them step by step as the run is made, and the run
     * stops as soon as all of them are decided or past their windows; the budget ({@code maxPoints},
     * {@code budgetMillis}) is for the whole list, and a run under way when the time budget runs out is
     * stopped after its current step (its undecided checks stay unknown, the detail says so).
     */
    public List<PropertyCheck> refineAll(List<PropertyCheck> checks, Flowpipe flowpipe) {
        return search(checks, flowpipe).checks();
    }

    /**
     * One point run of a search: the candidate, the time its run reached, and why it ended early
     * ({@code null}: it reached the end of its windows).
     */
    record PointRun(Interval[] start, double reached, String stop) {
    }

    /** The refined checks and the point runs made, in order (what {@link #refineAll} does, observable for tests). */
    record Outcome(List<PropertyCheck> checks, List<PointRun> runs) {
    }

    /** {@link #refineAll} with the point runs it made. */
    Outcome search(List<PropertyCheck> checks, Flowpipe flowpipe) {
        List<PropertyCheck> out = new ArrayList<>(checks);
        List<Integer> open = new ArrayList<>();
        for (int k = 0; k < checks.size(); k++) {
            if (checks.get(k).verdict() == Verdict.UNKNOWN) {
                open.add(k);
            }
        }
        List<PointRun> runs = new ArrayList<>();
        if (open.isEmpty()) {
            return new Outcome(out, runs);
        }
        long deadline = clock() + Math.min(budgetMillis, NO_DEADLINE / 1_000_000L) * 1_000_000L;
        String interrupted = null;
        for (Interval[] start : candidates(flowpipe.initialSet())) {
            if (open.isEmpty() || runs.size() >= maxPoints || (!runs.isEmpty() && clock() - deadline > 0)) {
                break;
            }
            List<SafetyProperty> props = new ArrayList<>();
            for (int k : open) {
                props.add(checks.get(k).property());
            }
            Counterexample[] found = new Counterexample[props.size()];
            PointRun run = runPoint(props, flowpipe, start, deadline, found);
            runs.add(run);
            for (int j = found.length - 1; j >= 0; j--) {
                if (found[j] != null) {
                    int k = open.remove(j);
                    out.set(k, new PropertyCheck(checks.get(k).property(), Verdict.VIOLATED,
                            describe(checks.get(k).property(), flowpipe, found[j])));
                }
            }
            if (BUDGET_SPENT.equals(run.stop())) {
                interrupted = " (the " + budgetMillis + " ms budget ran out during the run from point " + runs.size()
                        + ", stopped at t = " + PropertyCheck.num(run.reached()) + ")";
            }
        }
        int tried = runs.size();
        for (int k : open) {
            PropertyCheck c = checks.get(k);
            out.set(k, new PropertyCheck(c.property(), Verdict.UNKNOWN, c.detail() + "; no counterexample from "
                    + tried + " point" + (tried == 1 ? "" : "s") + " of the initial set" + (interrupted == null ? "" : interrupted)));
        }
        return new Outcome(out, runs);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The clock of the budget, in nanoseconds: the CPU time of the current thread (the search runs its
     * points in the calling thread), or the wall clock where the JVM does not measure thread CPU time.
     */
    static long clock() {
        if (THREADS.isCurrentThreadCpuTimeSupported()) {
            long t = THREADS.getCurrentThreadCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        return System.nanoTime();
    }

    /** A time span (ns) no run reaches, so that deadline comparisons by subtraction cannot overflow. */
    private static final long NO_DEADLINE = Long.MAX_VALUE / 4;
    /** The reason a point run gives when the time budget stops it. */
    static final String BUDGET_SPENT = "the time budget ran out";
    /** The reason a point run gives when nothing is left for it to decide. */
    static final String ALL_DECIDED = "every check it serves is decided";

    /**
     * Runs the candidate {@code start} (which must lie in the flowpipe's initial set) over the
     * property's narrowest window and returns a proved violation, if its point run gives one (the run
     * stops at the first).
     *
     * @throws IllegalArgumentException if {@code start} is not inside the initial set's enclosure
     */
    public Optional<Counterexample> tryPoint(SafetyProperty property, Flowpipe flowpipe, Interval[] start) {
        Counterexample[] found = new Counterexample[1];
        runPoint(List.of(property), flowpipe, start, clock() + NO_DEADLINE, found);
        return Optional.ofNullable(found[0]);
    }

    /** The narrowest window {@code [from, to]} of the property within {@code [t0, end]} (from > to: empty). */
    private static double[] window(SafetyProperty property, Flowpipe flowpipe) {
        double from = Math.max(flowpipe.t0(), property.windowStart().map(Interval::sup).orElse(flowpipe.t0()));
        double to = Math.min(property.windowEnd().map(Interval::inf).orElse(flowpipe.end()), flowpipe.end());
        return new double[] {from, Math.max(to, flowpipe.t0())};
    }

    /**
     * The point run from {@code start} for {@code props}: {@code found[j]} gets the first proved
     * violation of {@code props.get(j)} (at {@code t0} on the start box, then at each step end in its
     * window, as {@link PropertyCheck#firstEndViolation} decides); the integration goes to the latest
     * window end and stops early once every property is decided or past its window, or after the
     * step during which {@code deadline} ({@link #clock}) passes ({@link #BUDGET_SPENT}).
     */
    private PointRun runPoint(List<SafetyProperty> props, Flowpipe flowpipe, Interval[] start, long deadline,
            Counterexample[] found) {
        Interval[] set = flowpipe.initialSet();
        for (int i = 0; i < set.length; i++) {
            if (!set[i].contains(start[i])) {
                throw new IllegalArgumentException("counterexample search: the candidate " + start[i] + " of "
                        + flowpipe.variables().get(i) + " is not in the initial set " + set[i]);
            }
        }
        double t0 = flowpipe.t0();
        int m = props.size();
        double[][] w = new double[m][];
        boolean[] live = new boolean[m];
        double horizon = t0;
        for (int j = 0; j < m; j++) {
            SafetyProperty p = props.get(j);
            w[j] = window(p, flowpipe);
            live[j] = w[j][0] <= w[j][1] && p.windowEnd().map(Interval::inf).orElse(flowpipe.end()) >= t0;
            if (live[j] && w[j][0] <= t0) {
                SafetyProperty.Evaluation e = p.evaluate(start, Interval.point(t0), flowpipe.parameters());
                if (e.truth() == SafetyProperty.Truth.FALSE) {
                    found[j] = new Counterexample(start.clone(), t0, start.clone(), e.range());
                    live[j] = false;
                }
            }
            if (live[j]) {
                horizon = Math.max(horizon, w[j][1]);
            }
        }
        if (!(horizon > t0)) {
            return new PointRun(start.clone(), t0, ALL_DECIDED);
        }
        ValidatedSolution run = integrator.integrate(t0, start, horizon, step -> {
            double later = t0;
            for (int j = 0; j < m; j++) {
                if (!live[j]) {
                    continue;
                }
                SafetyProperty.Evaluation e = PropertyCheck.endViolation(props.get(j), step, w[j][0], w[j][1],
                        flowpipe.parameters());
                if (e != null) {
                    found[j] = new Counterexample(start.clone(), step.t1(), step.endEnclosure(), e.range());
                    live[j] = false;
                } else {
                    later = Math.max(later, w[j][1]);
                }
            }
            if (!(later > step.t1())) {
                return ALL_DECIDED;
            }
            return clock() - deadline > 0 ? BUDGET_SPENT : null;
        });
        String stop = run.reason() != null && run.reason().startsWith("stopped: ") ? run.reason().substring(9) : null;
        return new PointRun(start.clone(), run.t(), stop);
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
