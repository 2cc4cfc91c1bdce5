package org.taylorkit.ode.validated.tm;

import java.util.ArrayList;
import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * One piece of a split set: its stable id (the split path, {@code '0'} for a lower half, {@code '1'}
 * for an upper one; the empty string for the initial set), its set ({@link FlowSet}), the time it reached,
 * the inherited steps of its ancestors and its own. Run by one thread at a time.
 */
final class FlowPiece {

    /**
     * How a run of a piece ended: {@code RESTART} asks to integrate the piece's initial sub-box again
     * from the start time at the next {@link #level refinement level}.
     */
    enum End {
        COMPLETED, SPLIT, RESTART, FAILED
    }

    final String id;
    final List<ValidatedStep> inherited;
    final List<ValidatedStep> own = new ArrayList<>();
    FlowSet set;
    double t;
    double nextStep;
    End end;
    String reason;
    /** The piece's part of the normalised domain: {@code ξ_j ∈ [lo_j, hi_j] ⊆ [−1, 1]}. */
    double[] lo;
    double[] hi;
    /** The variable to split along, when {@link #end} is {@link End#SPLIT}. */
    int splitVariable = -1;
    /**
     * The refinement level: 0 splits only on demand (a failed step, a large local error); level
     * {@code L ≥ 1} also splits whenever the error part has grown relative to the polynomial part
     * ({@link PieceScheduler}), more eagerly the higher {@code L}.
     */
    int level;
    /** How many times this piece (with its ancestors since the last restart) folded its error part ({@link ErrorFolding}). */
    int folds;
    /** The ratio of the error part to the polynomial part when this piece started (NaN before its first run). */
    double birthRatio = Double.NaN;
    /**
     * Whether the piece may still ask for a split or restart that only refines it (a large error ratio or
     * truncation error, see {@link PieceScheduler}); false once such a request was denied for lack of
     * budget, after which the piece continues as it is and asks only when a step cannot be validated.
     */
    boolean refinable = true;
    /** Whether the pending request ({@link #end} {@code SPLIT}) comes from a step that could not be validated. */
    boolean stepFailed;

    FlowPiece(String id, List<ValidatedStep> inherited, FlowSet set, double t, double nextStep) {
        this.id = id;
        this.inherited = inherited;
        this.set = set;
        this.t = t;
        this.nextStep = nextStep;
        int d = set.models().length;
        this.lo = new double[d];
        this.hi = new double[d];
        java.util.Arrays.fill(lo, -1);
        java.util.Arrays.fill(hi, 1);
    }

    int stepCount() {
        return inherited.size() + own.size();
    }

    List<ValidatedStep> history() {
        List<ValidatedStep> all = new ArrayList<>(inherited.size() + own.size());
        all.addAll(inherited);
        all.addAll(own);
        return all;
    }

    /** The box of the set at {@link #t}: the last step's end box, or the set's hull at the start. */
    Interval[] box(int n) {
        if (!own.isEmpty()) {
            return own.get(own.size() - 1).endEnclosure();
        }
        return set.hull(n);
    }

    /**
     * The piece's initial sub-box: {@code mid_j + rad_j·[lo_j, hi_j]} (outward rounded) for the initial
     * box (states, then wide parameters) given as {@code mid ± rad}.
     */
    Interval[] initialBox(Interval[] initial) {
        Interval[] b = new Interval[initial.length];
        for (int j = 0; j < b.length; j++) {
            Interval mid = Interval.point(initial[j].mid());
            Interval rad = Interval.point(initial[j].rad());
            b[j] = mid.add(rad.multiply(Interval.of(lo[j], hi[j])));
        }
        return b;
    }

    /** The two halves along variable {@code v}, continuing from this piece's time and step size. */
    FlowPiece[] split(int v) {
        List<ValidatedStep> h = List.copyOf(history());
        FlowSet[] halves = set.split(v);
        FlowPiece a = new FlowPiece(id + "0", h, halves[0], t, nextStep);
        FlowPiece b = new FlowPiece(id + "1", h, halves[1], t, nextStep);
        a.level = level;
        b.level = level;
        a.folds = folds;
        b.folds = folds;
        a.refinable = refinable;
        b.refinable = refinable;
        double mid = 0.5 * (lo[v] + hi[v]); // exact: dyadic endpoints
        a.lo = lo.clone();
        a.hi = hi.clone();
        a.hi[v] = mid;
        b.lo = lo.clone();
        b.hi = hi.clone();
        b.lo[v] = mid;
        return new FlowPiece[] {a, b};
    }

    /**
     * This piece's initial sub-box integrated again from {@code t0}, one refinement level up: the
     * {@code initial} set (the whole initial box, no error part) restricted to {@code [lo, hi]} by the
     * same exact domain splits that made this piece. The id gets an {@code 'r'}, so ids stay unique and ordered.
     */
    FlowPiece restart(FlowSet initial, double t0) {
        FlowSet s = initial;
        for (int j = 0; j < lo.length; j++) {
            double a = -1;
            double b = 1;
            for (int guard = 0; a != lo[j] || b != hi[j]; guard++) {
                if (guard > 1100) {
                    throw new IllegalStateException("piece " + id + ": [" + lo[j] + ", " + hi[j] + "] is no dyadic part of [-1, 1]");
                }
                double m = 0.5 * (a + b);
                boolean upper = lo[j] >= m;
                s = s.split(j)[upper ? 1 : 0];
                if (upper) {
                    a = m;
                } else {
                    b = m;
                }
            }
        }
        FlowPiece r = new FlowPiece(id + "r", List.of(), s, t0, Double.NaN);
        r.lo = lo.clone();
        r.hi = hi.clone();
        r.level = level + 1;
        return r;
    }

    /**
     * The largest width of the error part over the largest width of the polynomial part (over the
     * states {@code 0..n-1}): how much of the piece is error.
     */
    double errorRatio(int n) {
        Interval[] err = set.errorBox();
        double e = 0;
        double p = 0;
        for (int i = 0; i < n; i++) {
            e = Math.max(e, err[i].wid());
            p = Math.max(p, set.models()[i].bound().wid());
        }
        return p > 0 ? e / p : (e > 0 ? Double.POSITIVE_INFINITY : 0);
    }

    /**
     * The variable whose part of the polynomials is largest, relative to each state's width: the score of
     * {@code ξ_j} is {@code max_i Σ_{α: α_j ≥ 1} |c_{i,α}| / wid(bound x_i)} (the smallest index on ties).
     */
    int splitDirection(int n) {
        TaylorModel[] models = set.models();
        int d = models.length;
        double best = -1;
        int arg = 0;
        for (int j = 0; j < d; j++) {
            double score = 0;
            for (int i = 0; i < n; i++) {
                double w = Math.max(models[i].bound().wid(), Double.MIN_NORMAL);
                score = Math.max(score, dependence(models[i], j) / w);
            }
            if (score > best) {
                best = score;
                arg = j;
            }
        }
        return arg;
    }

    /** {@code Σ_{α: α_j ≥ 1} |c_α|}: the coefficients of the monomials that involve {@code ξ_j}. */
    private static double dependence(TaylorModel m, int j) {
        int d = m.space().dimension();
        double s = 0;
        int[] e = new int[d];
        for (int k = 1; k <= m.order(); k++) {
            s += walk(m, e, 0, k, j);
        }
        return s;
    }

    private static double walk(TaylorModel m, int[] e, int v, int left, int j) {
        if (v == e.length - 1) {
            e[v] = left;
            double r = e[j] >= 1 ? Math.abs(m.coefficient(e)) : 0;
            e[v] = 0;
            return r;
        }
        double s = 0;
        for (int a = 0; a <= left; a++) {
            e[v] = a;
            s += walk(m, e, v + 1, left - a, j);
        }
        e[v] = 0;
        return s;
    }
}
