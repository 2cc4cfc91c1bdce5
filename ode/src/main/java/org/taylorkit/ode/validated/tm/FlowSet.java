package org.taylorkit.ode.validated.tm;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.ode.validated.IntervalMatrices;

/**
 * The set of one piece between steps: {@code x = P(ξ) + Q·e} for {@code ξ} in the piece's domain
 * {@code [−1, 1]^d} and some {@code e ∈ E}, where {@code P} are Taylor models (polynomials in the
 * normalised initial deviations and parameters, with remainders containing 0), {@code Q} a point
 * matrix (a nearly orthogonal frame) and {@code E} an interval vector. For every initial state
 * (and parameter) of the piece, with its {@code ξ}, the true state is {@code P(ξ) + Q·e} for an
 * {@code e ∈ E}: {@code ξ} keeps its meaning as the initial state, so a split of the domain of
 * {@code ξ} splits the initial set. The parameter components of {@code P} (indices {@code ≥ n}) are
 * exact. Immutable.
 *
 * @param models the polynomial flow map, one model per state then one per uncertain parameter
 * @param frame the {@code n × n} frame {@code Q} of the accumulated errors
 * @param errors the error box {@code E} (contains 0 in practice, not needed for rigor)
 */
record FlowSet(TaylorModel[] models, double[][] frame, Interval[] errors) {

    /** The initial set: {@code P = mid + rad·ξ}, {@code Q = I}, {@code E = 0}. */
    static FlowSet initial(TaylorModel[] models, int n) {
        double[][] q = new double[n][n];
        Interval[] e = new Interval[n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
            e[i] = Interval.point(0);
        }
        return new FlowSet(models, q, e);
    }

    /** {@code Q·hull(E, 0)}: the error part as a box (contains 0). */
    Interval[] errorBox() {
        Interval[] h = new Interval[errors.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = errors[i].hull(Interval.point(0));
        }
        return IntervalMatrices.multiply(IntervalMatrices.point(frame), h);
    }

    /** A box containing the set and every segment from {@code P(ξ)} to {@code P(ξ) + Q·e}. */
    Interval[] hull(int n) {
        Interval[] qe = errorBox();
        Interval[] b = new Interval[n];
        for (int i = 0; i < n; i++) {
            b[i] = models[i].bound().add(qe[i]);
        }
        return b;
    }

    /** The two halves of the domain split along {@code ξ_v} (same frame and errors). */
    FlowSet[] split(int v) {
        TaylorModel[] lo = new TaylorModel[models.length];
        TaylorModel[] hi = new TaylorModel[models.length];
        for (int i = 0; i < models.length; i++) {
            lo[i] = models[i].split(v, false);
            hi[i] = models[i].split(v, true);
        }
        return new FlowSet[] {new FlowSet(lo, frame, errors), new FlowSet(hi, frame, errors)};
    }
}
