package org.taylorkit.interval.enclosure;

import static org.taylorkit.interval.DirectedRounding.addUp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;

/**
 * Branch and bound for the range of an expression over a box, for any interval type of the engine.
 *
 * <p><b>State.</b> The leaves of the bisection tree partition the box; each leaf {@code b} has an
 * enclosure {@code E_b ⊇ f(b)} (a direct method, see {@link EnclosureEngine}). Point values are
 * enclosed at the midpoint of every leaf: {@code P_p ∋ f(p)}. From them,
 * {@code minUp = min_p sup P_p ≥ f(p*) ≥ min f} and {@code maxLo = max_p inf P_p ≤ max f}.
 *
 * <p><b>Pruning.</b> A leaf is <em>low-relevant</em> while {@code inf E_b < minUp} and
 * <em>high-relevant</em> while {@code sup E_b > maxLo} (exact comparisons); a leaf that is neither is
 * dropped. The answer is {@code [L, U]} with
 * {@code L = min(min over low-relevant leaves of inf E_b, min_p inf P_p)} and {@code U}
 * symmetrically. <b>Why it is rigorous:</b> a point {@code x} lies in some leaf {@code b}; if
 * {@code b} is low-relevant, {@code f(x) ≥ inf E_b ≥ L}; if not, {@code inf E_b ≥ minUp} held when
 * it stopped being relevant and {@code minUp} only decreases, so
 * {@code f(x) ≥ inf E_b ≥ minUp = sup P_{p*} ≥ inf P_{p*} ≥ L}. Symmetrically {@code f(x) ≤ U}.
 *
 * <p><b>Stopping.</b> The true minimum lies in {@code [L, minUp]} and the maximum in
 * {@code [maxLo, U]}, so {@code excess = (minUp − L) + (U − maxLo)} (rounded up) bounds how much
 * wider {@code [L, U]} is than the true range. The loop stops when {@code excess ≤ tol}, when the
 * budget of enclosures is spent, or when the leaf that determines the larger gap cannot be split.
 * Otherwise it splits that leaf (the one with the lowest {@code inf E_b} or the highest
 * {@code sup E_b}) at the midpoint of its widest side among the expression's variables.
 */
final class Bisection {

    private Bisection() {
    }

    /** The outcome of a bisection. */
    record Result<I>(I range, int count, double tol, double excess, boolean met, String note) {
    }

    private static final class Leaf<I> {
        final Map<String, I> box;
        final I enc;
        boolean low = true;
        boolean high = true;

        Leaf(Map<String, I> box, I enc) {
            this.box = box;
            this.enc = enc;
        }
    }

    private static final class State<I> {
        final EnclosureEngine<I> engine;
        final IntervalDomain<I> dom;
        final Expr f;
        final List<String> vars;
        final EnclosureMethod inner;
        final int order;
        final PriorityQueue<Leaf<I>> byLow;
        final PriorityQueue<Leaf<I>> byHigh;
        /** The point enclosure with the smallest sup, the one with the largest inf, and the hull of all. */
        I minUp;
        I maxLo;
        I points;
        int count;
        String note;

        State(EnclosureEngine<I> engine, Expr f, List<String> vars, EnclosureMethod inner, int order) {
            this.engine = engine;
            this.dom = engine.dom;
            this.f = f;
            this.vars = vars;
            this.inner = inner;
            this.order = order;
            this.byLow = new PriorityQueue<>((a, b) -> dom.compareInf(a.enc, b.enc));
            this.byHigh = new PriorityQueue<>((a, b) -> dom.compareSup(b.enc, a.enc));
        }

        /** Encloses {@code f} over {@code box} and its midpoint value; queues the leaf. */
        I add(Map<String, I> box) {
            EnclosureEngine.Outcome<I> o = engine.single(f, box, inner, order, vars);
            count++;
            if (note == null && o.note() != null) {
                note = "on some sub-boxes " + o.note();
            }
            Map<String, I> mid = new LinkedHashMap<>();
            box.forEach((k, x) -> mid.put(k, dom.midpoint(x)));
            I p = engine.natural(f, mid);
            if (!dom.isEmpty(p)) {
                minUp = minUp == null || dom.compareSup(p, minUp) < 0 ? p : minUp;
                maxLo = maxLo == null || dom.compareInf(p, maxLo) > 0 ? p : maxLo;
                points = points == null ? p : dom.hull(points, p);
            }
            if (!dom.isEmpty(o.range())) {
                Leaf<I> leaf = new Leaf<>(box, o.range());
                byLow.add(leaf);
                byHigh.add(leaf);
            }
            return o.range();
        }

        /** The low-relevant leaf with the smallest lower bound (dropping irrelevant ones), or null. */
        Leaf<I> lowest() {
            while (!byLow.isEmpty()) {
                Leaf<I> l = byLow.peek();
                if (l.low && (minUp == null || dom.compareInfSup(l.enc, minUp) < 0)) {
                    return l;
                }
                l.low = false;
                byLow.poll();
            }
            return null;
        }

        Leaf<I> highest() {
            while (!byHigh.isEmpty()) {
                Leaf<I> h = byHigh.peek();
                if (h.high && (maxLo == null || dom.compareInfSup(maxLo, h.enc) < 0)) {
                    return h;
                }
                h.high = false;
                byHigh.poll();
            }
            return null;
        }

        /** An interval whose inf is L (null if there is nothing). */
        I lower() {
            Leaf<I> l = lowest();
            return l == null ? points : points == null ? l.enc : dom.hull(l.enc, points);
        }

        /** An interval whose sup is U (null if there is nothing). */
        I upper() {
            Leaf<I> h = highest();
            return h == null ? points : points == null ? h.enc : dom.hull(h.enc, points);
        }

        /** Splits the leaf along its widest splittable side; false if no side can be split. */
        boolean split(Leaf<I> leaf) {
            String best = null;
            I[] halves = null;
            double width = -1;
            for (String v : vars) {
                I x = leaf.box.get(v);
                I[] h = dom.bisect(x);
                double w = dom.width(x);
                if (h != null && w > width) {
                    best = v;
                    halves = h;
                    width = w;
                }
            }
            if (best == null) {
                return false;
            }
            leaf.low = false; // lazily dropped from the queues
            leaf.high = false;
            for (I half : halves) {
                Map<String, I> b = new LinkedHashMap<>(leaf.box);
                b.put(best, half);
                add(b);
            }
            return true;
        }
    }

    static <I> Result<I> run(EnclosureEngine<I> engine, Expr f, Map<String, I> box, List<String> vars, double tol,
            boolean relative, EnclosureMethod inner, int order, int maxBoxes) {
        if (inner == EnclosureMethod.BISECT) {
            throw new IllegalArgumentException("bisect: the inner method cannot itself be bisect");
        }
        Enclosures.checkOrder(inner, order);
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("bisect: the budget of sub-boxes must be ≥ 1, got " + maxBoxes);
        }
        IntervalDomain<I> dom = engine.dom;
        State<I> s = new State<>(engine, f, vars, inner, order);
        I root = s.add(box);
        if (relative) {
            Interval r = dom.toDouble(root);
            double mag = !r.isEmpty() && r.isBounded() ? r.mag()
                    : s.points == null || !dom.isBounded(s.points) ? 0 : dom.toDouble(s.points).mag();
            tol = tol * Math.max(1.0, mag);
        }
        double excess;
        boolean stuck = false;
        while (true) {
            I lo = s.lower();
            I hi = s.upper();
            if (lo == null) {
                excess = 0;
                break;
            }
            double gapLow = s.minUp == null ? Double.POSITIVE_INFINITY : dom.widthUp(dom.span(lo, s.minUp));
            double gapHigh = s.maxLo == null ? Double.POSITIVE_INFINITY : dom.widthUp(dom.span(s.maxLo, hi));
            excess = addUp(gapLow, gapHigh);
            if (excess <= tol || s.count >= maxBoxes) {
                break;
            }
            Leaf<I> target = gapLow >= gapHigh ? s.lowest() : s.highest();
            if (target == null || !s.split(target)) {
                stuck = true;
                break;
            }
        }
        I lo = s.lower();
        I hi = s.upper();
        I range = lo == null ? dom.empty() : dom.span(lo, hi);
        boolean met = excess <= tol;
        String note = s.note;
        if (!met) {
            String why = !stuck ? "the budget of " + maxBoxes + " sub-boxes was spent"
                    : "the sub-boxes that determine the bounds cannot be split further at this precision";
            note = note == null ? why : why + "; " + note;
        }
        return new Result<>(range, s.count, tol, excess, met, note);
    }
}
