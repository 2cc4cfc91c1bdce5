package org.taylorkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.reach.Flowpipe;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.tm.SetFlowSolution;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * The outcome of {@code taylor integrate --validated} as the command reports it, whichever method ran:
 * the time reached, status, reason, step count, enclosure at that time (the hull over the pieces) and
 * its width, the number of pieces, and the {@link Flowpipe} for checks and exports.
 *
 * @param method "lohner" or "taylor-model"
 * @param t the time reached
 * @param status completed or failed
 * @param reason why it stopped early, or null
 * @param steps the number of validated steps (over all pieces; shared history once)
 * @param enclosure a box containing every solution from the initial set at {@code t}
 * @param width the largest width of {@code enclosure}
 * @param pieces the number of pieces at the end
 * @param flowpipe every step's enclosure, per piece
 */
record ValidatedSetRun(String method, double t, ValidatedSolution.Status status, String reason, int steps,
        Interval[] enclosure, double width, int pieces, Flowpipe flowpipe) {

    static final String LOHNER = "lohner";
    static final String TAYLOR_MODEL = "taylor-model";

    /**
     * Lohner's method ({@link ValidatedIntegrator}) on the box, or on {@code split} pieces of it cut
     * up front (bisecting the widest side, relative to the whole box, until there are {@code split}
     * pieces), run in parallel. With one piece the figures are exactly the integrator's.
     */
    static ValidatedSetRun lohner(OdeSystem system, ValidatedIntegrator vi, Map<String, Interval> params, double t0,
            Interval[] box, double t1, int split) {
        List<Interval[]> boxes = cut(box, split);
        List<ValidatedSolution> solutions = IntStream.range(0, boxes.size()).parallel()
                .mapToObj(i -> vi.integrate(t0, boxes.get(i), t1)).toList();
        Flowpipe f = Flowpipe.ofPieces(system.variables(), params, t0, box, t1, solutions);
        if (solutions.size() == 1) {
            ValidatedSolution s = solutions.get(0);
            return new ValidatedSetRun(LOHNER, s.t(), s.status(), s.reason(), s.stepCount(), s.enclosure(), s.width(), 1, f);
        }
        Interval[] at = f.enclosureAt(f.t());
        return new ValidatedSetRun(LOHNER, f.t(), f.status(), f.reason(), f.stepCount(), at, maxWidth(at), solutions.size(), f);
    }

    /** A Taylor-model flow with automatic splitting ({@link TaylorModelFlowIntegrator}). */
    static ValidatedSetRun taylorModel(OdeSystem system, TaylorModelFlowIntegrator tm, Map<String, Interval> params,
            double t0, Interval[] box, double t1) {
        SetFlowSolution s = tm.integrate(t0, box, t1);
        Flowpipe f = Flowpipe.of(system.variables(), params, t0, box, t1, s.t(), s.status(), s.reason(), s.pieces());
        return new ValidatedSetRun(TAYLOR_MODEL, s.t(), s.status(), s.reason(), s.stepCount(), s.enclosure(), s.width(),
                s.pieceCount(), f);
    }

    /** At most {@code n} boxes covering {@code box}: repeatedly bisect the piece whose widest relative side is largest. */
    static List<Interval[]> cut(Interval[] box, int n) {
        List<Interval[]> pieces = new ArrayList<>();
        pieces.add(box.clone());
        while (pieces.size() < n) {
            int best = -1;
            int side = -1;
            double widest = 0;
            for (int p = 0; p < pieces.size(); p++) {
                for (int i = 0; i < box.length; i++) {
                    double rel = box[i].wid() == 0 ? 0 : pieces.get(p)[i].wid() / box[i].wid();
                    if (rel > widest) {
                        widest = rel;
                        best = p;
                        side = i;
                    }
                }
            }
            if (best < 0) {
                break; // a point: nothing to cut
            }
            Interval[] lo = pieces.get(best);
            Interval[] hi = lo.clone();
            Interval[] halves = lo[side].bisect();
            lo[side] = halves[0];
            hi[side] = halves[1];
            pieces.add(best + 1, hi);
        }
        return pieces;
    }

    private static double maxWidth(Interval[] x) {
        double w = 0;
        for (Interval v : x) {
            w = Math.max(w, v.wid());
        }
        return w;
    }
}
