package org.taylorkit.interval.enclosure;

import static org.taylorkit.interval.DirectedRounding.addUp;
import static org.taylorkit.interval.DirectedRounding.subUp;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;

/**
 * Branch and bound for the range of an expression over a box.
 *
 * <p><b>State.</b> The leaves of the bisection tree partition the box; each leaf {@code b} has an
 * enclosure {@code E_b ⊇ f(b)} (the inner method intersected with the natural extension). Point
 * values are enclosed at the midpoint of every leaf: {@code P_p ∋ f(p)}. From them,
 * {@code minUp = min_p sup P_p ≥ f(p*) ≥ min f} and {@code maxLo = max_p inf P_p ≤ max f}.
 *
 * <p><b>Pruning.</b> A leaf is <em>low-relevant</em> while {@code inf E_b < minUp} and
 * <em>high-relevant</em> while {@code sup E_b > maxLo}; a leaf that is neither is dropped. The answer
 * is {@code [L, U]} with {@code L = min(min over low-relevant leaves of inf E_b, min_p inf P_p)} and
 * {@code U} symmetrically. <b>Why it is rigorous:</b> a point {@code x} lies in some leaf {@code b};
 * if {@code b} is low-relevant, {@code f(x) ≥ inf E_b ≥ L}; if not, {@code inf E_b ≥ minUp} held when
 * it stopped being relevant and {@code minUp} only decreases, so
 * {@code f(x) ≥ inf E_b ≥ minUp = sup P_{p*} ≥ inf P_{p*} ≥ L}. Symmetrically {@code f(x) ≤ U}.
 *
 * <p><b>Stopping.</b> The true minimum lies in {@code [L, minUp]} and the maximum in
 * {@code [maxLo, U]}, so {@code excess = (minUp − L) + (U − maxLo)} (rounded up) bounds how much
 * wider {@code [L, U]} is than the true range. The loop stops when {@code excess ≤ tol}, when the
 * budget of enclosures is spent, or when the leaf that determines the larger gap cannot be split
 * (its sides are single doubles). Otherwise it splits that leaf (the one with the lowest
 * {@code inf E_b} or the highest {@code sup E_b}) at the midpoint of its widest side among the
 * expression's variables.
 */
final class Bisection {

    private Bisection() {
    }

    private static final class Leaf {
        final Box box;
        final Interval enc;
        boolean low;
        boolean high;

        Leaf(Box box, Interval enc) {
            this.box = box;
            this.enc = enc;
        }
    }

    private final static class State {
        final Expr f;
        final List<String> vars;
        final EnclosureMethod inner;
        final int order;
        final PriorityQueue<Leaf> byLow = new PriorityQueue<>(Comparator.comparingDouble(l -> l.enc.inf()));
        final PriorityQueue<Leaf> byHigh = new PriorityQueue<>(Comparator.comparingDouble(l -> -l.enc.sup()));
        double minUp = Double.POSITIVE_INFINITY;
        double maxLo = Double.NEGATIVE_INFINITY;
        double pointLow = Double.POSITIVE_INFINITY;
        double pointHigh = Double.NEGATIVE_INFINITY;
        int count;
        String note;

        State(Expr f, List<String> vars, EnclosureMethod inner, int order) {
            this.f = f;
            this.vars = vars;
            this.inner = inner;
            this.order = order;
        }

        /** Encloses {@code f} over {@code box} and its midpoint value; queues the leaf. */
        Interval add(Box box) {
            Enclosures.Outcome o = Enclosures.single(f, box, inner, order, vars);
            count++;
            if (note == null && o.note() != null) {
                note = "on some sub-boxes " + o.note();
            }
            Interval p = Enclosures.natural(f, box.midpoint(), new CheckedIntervalArithmetic());
            if (!p.isEmpty()) {
                minUp = Math.min(minUp, p.sup());
                maxLo = Math.max(maxLo, p.inf());
                pointLow = Math.min(pointLow, p.inf());
                pointHigh = Math.max(pointHigh, p.sup());
            }
            if (!o.range().isEmpty()) {
                Leaf leaf = new Leaf(box, o.range());
                leaf.low = true;
                leaf.high = true;
                byLow.add(leaf);
                byHigh.add(leaf);
            }
            return o.range();
        }

        /** The low-relevant leaf with the smallest lower bound (dropping irrelevant ones), or null. */
        Leaf lowest() {
            while (!byLow.isEmpty()) {
                Leaf l = byLow.peek();
                if (l.low && l.enc.inf() < minUp) {
                    return l;
                }
                l.low = false;
                byLow.poll();
            }
            return null;
        }

        Leaf highest() {
            while (!byHigh.isEmpty()) {
                Leaf l = byHigh.peek();
                if (l.high && l.enc.sup() > maxLo) {
                    return l;
                }
                l.high = false;
                byHigh.poll();
            }
            return null;
        }

        double lower() {
            Leaf l = lowest();
            return l == null ? pointLow : Math.min(l.enc.inf(), pointLow);
        }

        double upper() {
            Leaf h = highest();
            return h == null ? pointHigh : Math.max(h.enc.sup(), pointHigh);
        }

        /** Splits the leaf along its widest splittable side; false if no side can be split. */
        boolean split(Leaf leaf) {
            String best = null;
            double width = 0;
            for (String v : vars) {
                Interval x = leaf.box.get(v);
                double m = x.mid();
                if (m > x.inf() && m < x.sup() && x.wid() > width) {
                    best = v;
                    width = x.wid();
                }
            }
            if (best == null) {
                return false;
            }
            leaf.low = false; // lazily dropped from the queues
            leaf.high = false;
            for (Box half : leaf.box.bisect(best)) {
                add(half);
            }
            return true;
        }
    }

    static RangeEnclosure run(Expr f, Box box, double tol, boolean relative, EnclosureMethod inner, int order,
            int maxBoxes) {
        if (inner == EnclosureMethod.BISECT) {
            throw new IllegalArgumentException("bisect: the inner method cannot itself be bisect");
        }
        Enclosures.checkOrder(inner, order);
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("bisect: the budget of sub-boxes must be ≥ 1, got " + maxBoxes);
        }
        List<String> vars = Enclosures.symbols(f, box);
        int shownOrder = inner == EnclosureMethod.NATURAL || inner == EnclosureMethod.MEAN_VALUE ? 0 : order;
        State s = new State(f, vars, inner, order);
        Interval root = s.add(box);
        if (relative) {
            double mag = root.isBounded() && !root.isEmpty() ? root.mag()
                    : Math.max(Math.abs(s.pointLow == Double.POSITIVE_INFINITY ? 0 : s.pointLow),
                            Math.abs(s.pointHigh == Double.NEGATIVE_INFINITY ? 0 : s.pointHigh));
            tol = tol * Math.max(1.0, mag);
        }
        double excess;
        boolean stuck = false;
        while (true) {
            double lo = s.lower();
            double hi = s.upper();
            double gapLow = lo == Double.POSITIVE_INFINITY ? 0 : Math.max(0, subUp(s.minUp, lo));
            double gapHigh = hi == Double.NEGATIVE_INFINITY ? 0 : Math.max(0, subUp(hi, s.maxLo));
            excess = addUp(gapLow, gapHigh);
            if (excess <= tol || s.count >= maxBoxes) {
                break;
            }
            Leaf target = gapLow >= gapHigh ? s.lowest() : s.highest();
            if (target == null || !s.split(target)) {
                stuck = true;
                break;
            }
        }
        double lo = s.lower();
        double hi = s.upper();
        Interval range = lo == Double.POSITIVE_INFINITY ? Interval.empty() : Interval.of(lo, hi);
        boolean met = excess <= tol;
        String note = s.note;
        if (!met) {
            String why = !stuck ? "the budget of " + maxBoxes + " sub-boxes was spent"
                    : "the sub-boxes that determine the bounds cannot be split further at double precision";
            note = note == null ? why : why + "; " + note;
        }
        if (range.isEmpty()) {
            excess = 0;
            met = true;
        }
        return new RangeEnclosure(range, EnclosureMethod.BISECT, inner, shownOrder, s.count, tol, excess, met, note);
    }
}
