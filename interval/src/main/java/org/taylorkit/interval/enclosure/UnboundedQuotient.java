package org.taylorkit.interval.enclosure;

import org.taylorkit.core.function.Functions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.BinaryOp;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Unary;
import org.taylorkit.core.expr.UnaryOp;
import org.taylorkit.interval.Interval;

/**
 * A proof that the range of {@code f = N/D} over a box is unbounded above and below, so that
 * bisection can stop at once with {@code [−∞, +∞]} (which is then the tightest hull, not a
 * failure to converge).
 *
 * <p><b>Argument.</b> Suppose {@code N} and {@code D} are built only from operations continuous on
 * all of ℝ (+, −, ·, non-negative integer powers, exp, sin, cos, atan, sinh, cosh, tanh, asinh,
 * erf, abs, cbrt, constants), {@code N}'s interval enclosure over the box excludes 0, and two points
 * {@code p, q} of the box have {@code D(p) < 0 < D(q)} (certified by interval evaluation). On the
 * segment {@code p + t(q − p)} (inside the convex box), {@code D} is continuous; with
 * {@code t₀ = inf{t : D = 0}} and {@code t₁ = sup{t : D = 0}}, {@code D < 0} on {@code [0, t₀)} and
 * {@code D > 0} on {@code (t₁, 1]} with {@code D → 0} at both, while {@code |N|} is bounded away
 * from 0 with a constant sign. So {@code N/D} tends to {@code −sign(N)·∞} as {@code t ↑ t₀} and to
 * {@code +sign(N)·∞} as {@code t ↓ t₁}: both ends of the range are infinite.
 *
 * <p>The candidate points are the box's centre and, per side, its two endpoints (others at the
 * centre). Only double boxes with bounded sides are tried; anything else gives no proof.
 */
final class UnboundedQuotient {

    private static final Set<UnaryOp> CONTINUOUS_UNARY = Set.of(UnaryOp.NEG, UnaryOp.of(Functions.EXP), UnaryOp.of(Functions.SIN), UnaryOp.of(Functions.COS),
            UnaryOp.of(Functions.ATAN), UnaryOp.of(Functions.SINH), UnaryOp.of(Functions.COSH), UnaryOp.of(Functions.TANH), UnaryOp.of(Functions.ASINH), UnaryOp.of(Functions.ERF), UnaryOp.of(Functions.ABS),
            UnaryOp.of(Functions.CBRT));

    private UnboundedQuotient() {
    }

    /** The reason the range is unbounded on both sides, or empty if this is not proven. */
    static Optional<String> proof(EnclosureEngine<Interval> engine, Expr f, Map<String, Interval> box) {
        if (!(f instanceof Binary q) || q.op() != BinaryOp.DIV) {
            return Optional.empty();
        }
        Expr num = q.left();
        Expr den = q.right();
        if (!continuousEverywhere(num) || !continuousEverywhere(den)) {
            return Optional.empty();
        }
        for (Interval side : box.values()) {
            if (side.isEmpty() || !side.isBounded()) {
                return Optional.empty();
            }
        }
        Interval n = engine.natural(num, box);
        if (n.isEmpty() || n.contains(0.0)) {
            return Optional.empty();
        }
        String negative = null;
        String positive = null;
        for (Map<String, Interval> p : candidates(box)) {
            Interval d = engine.natural(den, p);
            if (d.isEmpty()) {
                continue;
            }
            if (negative == null && d.sup() < 0) {
                negative = describe(p);
            } else if (positive == null && d.inf() > 0) {
                positive = describe(p);
            }
        }
        if (negative == null || positive == null) {
            return Optional.empty();
        }
        return Optional.of("the range is unbounded above and below: the denominator " + den + " is < 0 at "
                + negative + " and > 0 at " + positive + " (so it vanishes in between) while the numerator " + num
                + " stays in " + n + ", away from 0");
    }

    private static List<Map<String, Interval>> candidates(Map<String, Interval> box) {
        Map<String, Interval> centre = new LinkedHashMap<>();
        box.forEach((k, x) -> centre.put(k, Interval.point(x.mid())));
        List<Map<String, Interval>> out = new ArrayList<>();
        out.add(centre);
        for (Map.Entry<String, Interval> e : box.entrySet()) {
            for (double end : new double[] {e.getValue().inf(), e.getValue().sup()}) {
                Map<String, Interval> p = new LinkedHashMap<>(centre);
                p.put(e.getKey(), Interval.point(end));
                out.add(p);
            }
        }
        return out;
    }

    private static String describe(Map<String, Interval> point) {
        StringBuilder b = new StringBuilder();
        point.forEach((k, x) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(x.inf()));
        return b.toString();
    }

    /** True when the expression uses only operations defined and continuous on all of ℝ. */
    static boolean continuousEverywhere(Expr e) {
        if (e instanceof Unary u) {
            return CONTINUOUS_UNARY.contains(u.op()) && continuousEverywhere(u.arg());
        }
        if (e instanceof Binary b) {
            boolean ok = switch (b.op()) {
                case ADD, SUB, MUL -> true;
                case POW -> b.integerExponent().isPresent() && b.integerExponent().getAsInt() >= 0;
                default -> false;
            };
            return ok && continuousEverywhere(b.left()) && continuousEverywhere(b.right());
        }
        return true; // constants, variables, parameters
    }
}
