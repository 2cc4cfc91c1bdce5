package org.taylorkit.benchmarks;

import java.util.List;
import java.util.Map;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.reach.Flowpipe;
import org.taylorkit.ode.reach.PropertyCheck;
import org.taylorkit.ode.reach.SafetyProperty;
import org.taylorkit.ode.reach.SetChecks;
import org.taylorkit.ode.reach.Verdict;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.tm.SetFlowSolution;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * One run of an {@link ArchCompInstance} the way {@code taylor integrate --validated --check …} runs
 * it: the Taylor-model flow with automatic splitting when the initial set or a parameter has width,
 * Lohner's method for a point; then every property checked over the flowpipe and, for a set, those left
 * unknown tried on single points of it ({@link SetChecks}, the command line's path).
 *
 * @param instance the instance
 * @param method "taylor-model" or "lohner"
 * @param seconds wall-clock time of the integration and the checks (counterexample search included)
 * @param status completed or failed (with the reason)
 * @param t the time reached
 * @param pieces the number of pieces at the end
 * @param steps the number of validated steps
 * @param checks the verdicts, in the order of the instance's properties
 * @param metricWidth the width of the instance's metric over the final enclosure (NaN if none)
 */
record ArchCompRun(ArchCompInstance instance, String method, double seconds, String status, double t, int pieces, int steps,
        List<PropertyCheck> checks, double metricWidth) {

    /** Step limit per piece, so that a stiff instance (ROBE21) ends in bounded time. */
    static final int MAX_STEPS = 200_000;

    /** Runs the instance once with the CLI's default orders; {@code maxPieces} is the split budget of the Taylor-model flow. */
    static ArchCompRun of(ArchCompInstance in, int maxPieces) {
        return of(in, maxPieces, 0, 0);
    }

    /**
     * Runs the instance once; {@code maxPieces} is the split budget of the Taylor-model flow,
     * {@code timeOrder} and {@code tmOrder} its orders in time and in the deviations (0: the defaults
     * of {@code taylor integrate --validated}, as {@code --order} and {@code --tm-order}).
     */
    static ArchCompRun of(ArchCompInstance in, int maxPieces, int timeOrder, int tmOrder) {
        OdeSystem system = in.system();
        Interval[] box = in.box();
        boolean wide = in.init().values().stream().anyMatch(v -> v.wid() > 0) || in.params().values().stream().anyMatch(v -> v.wid() > 0);
        List<SafetyProperty> props = in.checks().stream().map(c -> SafetyProperty.parse(c, system)).toList();
        long start = System.nanoTime();
        Flowpipe f;
        Interval[] end;
        int pieces;
        int steps;
        String method;
        if (wide) {
            method = "taylor-model";
            int d = system.dimension() + (int) in.params().values().stream().filter(v -> v.wid() > 0).count();
            TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(system).withMaxPieces(maxPieces).withMaxSteps(MAX_STEPS)
                    .withTmOrder(tmOrder > 0 ? tmOrder : TaylorModelFlowIntegrator.defaultTmOrder(d));
            if (timeOrder > 0) {
                tm = tm.withOrder(timeOrder);
            }
            for (Map.Entry<String, Interval> e : in.params().entrySet()) {
                tm = tm.withParameter(e.getKey(), e.getValue());
            }
            SetFlowSolution s = in.tuned(tm).integrate(0, box, in.horizon());
            f = Flowpipe.of(system.variables(), in.params(), 0, box, in.horizon(), s.t(), s.status(), s.reason(), s.pieces());
            end = s.enclosure();
            pieces = s.pieceCount();
            steps = s.stepCount();
        } else {
            method = "lohner";
            ValidatedIntegrator vi = ValidatedIntegrator.of(system).withMaxSteps(MAX_STEPS)
                    .withMaxStep(in.horizon() / SetChecks.FLOWPIPE_STEPS);
            for (Map.Entry<String, Interval> e : in.params().entrySet()) {
                vi = vi.withParameter(e.getKey(), e.getValue());
            }
            ValidatedSolution s = vi.integrate(0, box, in.horizon());
            f = Flowpipe.ofPieces(system.variables(), in.params(), 0, box, in.horizon(), List.of(s));
            end = s.enclosure();
            pieces = 1;
            steps = s.stepCount();
        }
        List<PropertyCheck> checks;
        if (wide) {
            boolean[] ranges = new boolean[box.length];
            for (int i = 0; i < box.length; i++) {
                ranges[i] = box[i].wid() > 0;
            }
            checks = SetChecks.check(props, f, ranges, SetChecks.pointIntegrator(system, in.params(), in.horizon())
                    .withMaxSteps(MAX_STEPS));
        } else {
            checks = PropertyCheck.all(props, f);
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        String status = f.status().label() + (f.reason() == null ? "" : " (" + f.reason() + ")");
        return new ArchCompRun(in, method, seconds, status, f.t(), pieces, steps, checks, metric(in, system, end));
    }

    private static double metric(ArchCompInstance in, OdeSystem system, Interval[] end) {
        if (in.metric() == null) {
            return Double.NaN;
        }
        Map<String, Interval> b = new java.util.HashMap<>(in.params());
        for (int i = 0; i < end.length; i++) {
            b.put(system.variables().get(i), end[i]);
        }
        return Expr.parse(in.metric()).evaluate(IntervalArithmetic.INSTANCE, b).wid();
    }

    /** Whether every property was verified (and there was at least one). */
    boolean verified() {
        return !checks.isEmpty() && checks.stream().allMatch(c -> c.verdict() == Verdict.VERIFIED);
    }
}
