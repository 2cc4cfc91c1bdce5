package org.taylorkit.ode.reach;

import java.util.List;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;

/**
 * The check path of {@code taylor integrate --validated --check}, shared by the command line and the
 * ARCH-COMP runner so that both give the same verdicts: every property is checked over the set's
 * flowpipe ({@link PropertyCheck}); when some are left unknown and the initial set has a range, single
 * points of it are tried ({@link CounterexampleSearch}, {@value #POINTS} points at most, no run beyond
 * {@value #MILLIS} ms of CPU time). Each verdict keeps the guarantee of the class that gave it.
 */
public final class SetChecks {

    /** The most points of the initial set the counterexample search runs: 16 corners and the centre. */
    public static final int POINTS = 17;
    /**
     * The budget of the counterexample search in milliseconds of the searching thread's CPU time
     * (checked after every step; see {@link CounterexampleSearch#of}).
     */
    public static final long MILLIS = 10_000;
    /**
     * Lohner steps are as long as the error allows (a whole oscillation for x' = y, y' = -x), which
     * makes a coarse flowpipe; for flowpipes and checks a step is at most 1/{@value #FLOWPIPE_STEPS}
     * of the time range.
     */
    public static final int FLOWPIPE_STEPS = 200;
    /**
     * The Taylor order of the counterexample search's point runs when none is given: their steps are
     * capped at 1/{@value #FLOWPIPE_STEPS} of the time range, where order 12 already meets the step
     * tolerance, and a 12-dimensional run at order 20 costs twice as much for the same steps.
     */
    public static final int POINT_ORDER = 12;

    private SetChecks() {
    }

    /**
     * The point integrator of the search over a time range of length {@code span}: Lohner's method of
     * order {@link #POINT_ORDER}, steps at most {@code span}/{@value #FLOWPIPE_STEPS}, the given parameters.
     */
    public static ValidatedIntegrator pointIntegrator(OdeSystem system, Map<String, Interval> parameters, double span) {
        ValidatedIntegrator vi = ValidatedIntegrator.of(system).withOrder(POINT_ORDER);
        for (Map.Entry<String, Interval> e : parameters.entrySet()) {
            vi = vi.withParameter(e.getKey(), e.getValue());
        }
        return span > 0 ? vi.withMaxStep(span / FLOWPIPE_STEPS) : vi;
    }

    /**
     * The verdicts of {@code properties} over {@code flowpipe}, in order: {@link PropertyCheck#of}, then
     * for those left unknown the counterexample search from the initial set's points with
     * {@code points} (its parameters must be the flowpipe's), when some component is a range.
     *
     * @param ranges per state component: true when the initial set's component is a range given by
     *     decimal ends (see {@link CounterexampleSearch#of})
     */
    public static List<PropertyCheck> check(List<SafetyProperty> properties, Flowpipe flowpipe, boolean[] ranges,
            ValidatedIntegrator points) {
        List<PropertyCheck> checks = PropertyCheck.all(properties, flowpipe);
        boolean anyRange = false;
        for (boolean r : ranges) {
            anyRange |= r;
        }
        if (!anyRange || checks.stream().noneMatch(c -> c.verdict() == Verdict.UNKNOWN)) {
            return checks;
        }
        return CounterexampleSearch.of(points, ranges, POINTS, MILLIS).refineAll(checks, flowpipe);
    }
}
