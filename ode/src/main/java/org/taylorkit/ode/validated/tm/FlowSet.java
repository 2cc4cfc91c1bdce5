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
 * {@code ξ} splits the initial set. With symbolic remainders ({@link SymbolicRemainder}) the set is
 * {@code x = P(ξ) + Q·e + Σ_i m_i ρ_i} with {@code m_i ∈ M_i}, {@code ρ_i ∈ r_i} as well. The parameter
 * components of {@code P} (indices {@code ≥ n}) are exact. Immutable.
 *
 * @param models the polynomial flow map, one model per state then one per uncertain parameter
 * @param frame the {@code n × n} frame {@code Q} of the accumulated errors
 * @param errors the error box {@code E} (contains 0 in practice, not needed for rigor)
 * @param symbolic the errors of the last steps kept symbolically ({@link SymbolicRemainder#NONE}: none)
 */
record FlowSet(TaylorModel[] models, double[][] frame, Interval[] errors, SymbolicRemainder symbolic) {

    /** A set without symbolic remainders. */
    FlowSet(TaylorModel[] models, double[][] frame, Interval[] errors) {
        this(models, frame, errors, SymbolicRemainder.NONE);
    }

    /** The initial set: {@code P = mid + rad·ξ}, {@code Q = I}, {@code E = 0}. */
    static FlowSet initial(TaylorModel[] models, int n) {
        return initial(models, n, 0);
    }

    /** The initial set with an empty queue of symbolic remainders of {@code capacity} entries (0: none). */
    static FlowSet initial(TaylorModel[] models, int n, int capacity) {
        double[][] q = new double[n][n];
        Interval[] e = new Interval[n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
            e[i] = Interval.point(0);
        }
        return new FlowSet(models, q, e, SymbolicRemainder.empty(capacity));
    }

    /** The same set with another polynomial part, frame and error box (the symbolic remainders kept). */
    FlowSet with(TaylorModel[] newModels, double[][] newFrame, Interval[] newErrors) {
        return new FlowSet(newModels, newFrame, newErrors, symbolic);
    }

    /**
     * The same set with the symbolic remainders moved into the error box and the queue emptied (same
     * capacity): {@code Q·e + Σ_i m_i ρ_i = Q·(e + Q⁻¹Σ_i m_i ρ_i)} with
     * {@code Q⁻¹Σ_i m_i ρ_i ∈ (Q⁻¹)_encl·Σ_i M_i r_i}; unchanged when the queue is empty or no enclosure of
     * {@code Q⁻¹} can be formed.
     */
    FlowSet withSymbolicInErrors() {
        Interval[] held = symbolic.box();
        if (held == null) {
            return this;
        }
        Interval[][] inv = IntervalMatrices.inverseEnclosure(frame);
        if (inv == null) {
            return this;
        }
        Interval[] e = IntervalMatrices.add(errors, IntervalMatrices.multiply(inv, held));
        if (!IntervalMatrices.isFiniteBox(e)) {
            return this;
        }
        return new FlowSet(models, frame, e, SymbolicRemainder.empty(symbolic.capacity()));
    }

    /**
     * {@code hull(Q·E + Σ_i M_i r_i, 0)}: the error part as a box (contains 0 and every
     * {@code Q·e + Σ_i m_i ρ_i}).
     */
    Interval[] errorBox() {
        Interval[] h = new Interval[errors.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = errors[i].hull(Interval.point(0));
        }
        Interval[] box = IntervalMatrices.multiply(IntervalMatrices.point(frame), h);
        Interval[] s = symbolic.box();
        if (s != null) {
            box = IntervalMatrices.add(box, s);
            for (int i = 0; i < box.length; i++) {
                box[i] = box[i].hull(Interval.point(0));
            }
        }
        return box;
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
        return new FlowSet[] {with(lo, frame, errors), with(hi, frame, errors)};
    }
}
