package org.taylorkit.ode.validated.tm;

import java.util.ArrayList;
import java.util.List;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.IntervalMatrices;

/**
 * The symbolic part of a {@link FlowSet}'s error (Flow*'s "symbolic remainders", Chen &amp;
 * Sankaranarayanan): a queue of the last steps' errors, each kept as an interval vector {@code r_i}
 * together with an interval matrix {@code M_i} that encloses the product of the point linear maps
 * {@code Φ} of the steps since it was made. It stands for every vector {@code Σ_i m_i ρ_i} with
 * {@code m_i ∈ M_i} and {@code ρ_i ∈ r_i}; a step multiplies every {@code M_i} by its point matrix
 * {@code Φ} (enclosing {@code Φ·m_i}), so an error made {@code k} steps ago is moved by one product of
 * point matrices, boxed once, instead of being boxed after every step as the Lohner part
 * {@code Q·E} is. Only the step's nonlinear interaction {@code (DT(ζ) − Φ)·s} and its fresh error enter
 * as new intervals. At most {@link #capacity} entries: a push beyond it returns the oldest entry's
 * vector {@code M_0·r_0}, which the caller moves into the Lohner part. Proofs:
 * {@code docs/theory/validated.md}, "Symbolic remainders". Immutable; the empty queue of capacity 0
 * ({@link #NONE}) is the method without them.
 *
 * @param matrices the {@code M_i}, oldest first
 * @param vectors the {@code r_i}, oldest first
 * @param capacity the largest number of entries kept
 */
record SymbolicRemainder(List<Interval[][]> matrices, List<Interval[]> vectors, int capacity) {

    /** No symbolic remainders (capacity 0): every error goes into the Lohner part. */
    static final SymbolicRemainder NONE = new SymbolicRemainder(List.of(), List.of(), 0);

    /** An empty queue keeping at most {@code capacity} entries. */
    static SymbolicRemainder empty(int capacity) {
        return capacity == 0 ? NONE : new SymbolicRemainder(List.of(), List.of(), capacity);
    }

    /** Whether errors are kept symbolically (capacity at least 1). */
    boolean enabled() {
        return capacity > 0;
    }

    /** The number of entries. */
    int size() {
        return vectors.size();
    }

    /**
     * A box containing every {@code Σ_i m_i ρ_i} ({@code m_i ∈ M_i}, {@code ρ_i ∈ r_i}): the interval sum
     * of the {@code M_i·r_i}, each enclosed by interval arithmetic; {@code null} when the queue is empty.
     */
    Interval[] box() {
        Interval[] sum = null;
        for (int k = 0; k < vectors.size(); k++) {
            Interval[] term = IntervalMatrices.multiply(matrices.get(k), vectors.get(k));
            sum = sum == null ? term : IntervalMatrices.add(sum, term);
        }
        return sum;
    }

    /**
     * The queue after a step with point linear part {@code phi} and new error {@code entry}: every
     * {@code M_i} replaced by an enclosure of {@code phi·M_i}, then {@code (I, entry)} pushed. If that makes
     * more than {@link #capacity} entries, the oldest is removed and its vector {@code M_0'·r_0} (an
     * enclosure of every {@code m_0' ρ_0}) returned as {@link Advanced#overflow}, else {@code null}.
     */
    Advanced advance(Interval[][] phi, Interval[] entry) {
        int n = entry.length;
        List<Interval[][]> m = new ArrayList<>(matrices.size() + 1);
        List<Interval[]> r = new ArrayList<>(vectors.size() + 1);
        Interval[] overflow = null;
        for (int k = 0; k < matrices.size(); k++) {
            Interval[][] moved = IntervalMatrices.multiply(phi, matrices.get(k));
            if (k == 0 && matrices.size() + 1 > capacity) {
                overflow = IntervalMatrices.multiply(moved, vectors.get(0));
                continue;
            }
            m.add(moved);
            r.add(vectors.get(k));
        }
        m.add(IntervalMatrices.identity(n));
        r.add(entry.clone());
        return new Advanced(new SymbolicRemainder(List.copyOf(m), List.copyOf(r), capacity), overflow);
    }

    /** The result of {@link #advance}: the new queue and the oldest entry's vector if it left the queue. */
    record Advanced(SymbolicRemainder queue, Interval[] overflow) {
    }
}
