package org.taylorkit.interval.enclosure;

import java.util.List;
import java.util.Map;
import org.taylorkit.core.expr.Expr;

/**
 * One enclosure of an expression over a box of intervals of type {@code I} by a direct method, for
 * {@link Enclosures} and {@link Bisection}. The natural extension is always computed (with the
 * smoothness record of {@link CheckedArithmetic}); a derivative-based method is used only where its
 * hypothesis is proven, and its result is intersected with the natural extension (both contain the
 * range, so the intersection does). Stateless apart from the domain; thread-safe.
 *
 * @param <I> the interval type
 */
final class EnclosureEngine<I> {

    /** An enclosure and the reason for a fallback, if any. */
    record Outcome<I>(I range, String note) {
    }

    final IntervalDomain<I> dom;

    EnclosureEngine(IntervalDomain<I> dom) {
        this.dom = dom;
    }

    /** The natural interval extension, recording smoothness in {@code ca}. */
    I natural(Expr f, Map<String, I> box, CheckedArithmetic<I> ca) {
        return f.evaluate(ca, box);
    }

    /** The natural interval extension. */
    I natural(Expr f, Map<String, I> box) {
        return natural(f, box, new CheckedArithmetic<>(dom));
    }

    /** One enclosure by a direct method ({@code method ≠ BISECT}); {@code vars} are the symbols of {@code f}. */
    Outcome<I> single(Expr f, Map<String, I> box, EnclosureMethod method, int order, List<String> vars) {
        CheckedArithmetic<I> ca = new CheckedArithmetic<>(dom);
        I nat = natural(f, box, ca);
        if (method == EnclosureMethod.NATURAL || dom.isEmpty(nat) || vars.isEmpty()) {
            return new Outcome<>(nat, null);
        }
        String name = method.cliName();
        for (String v : vars) {
            if (!dom.isBounded(box.get(v))) {
                return new Outcome<>(nat, name + " needs a bounded box; the natural extension was used");
            }
        }
        I other;
        try {
            if (method == EnclosureMethod.TAYLOR_MODEL) {
                other = dom.taylorModelBound(f, box, vars, order);
                if (other == null) {
                    throw new IllegalArgumentException("taylor-model: Taylor models are available in double precision only");
                }
            } else {
                if (!ca.smooth()) {
                    return new Outcome<>(nat, name + " form not applicable (" + ca.violation()
                            + "); the natural extension was used");
                }
                other = TaylorForms.taylorForm(dom, f, box, vars, method == EnclosureMethod.MEAN_VALUE ? 1 : order);
            }
        } catch (ArithmeticException e) {
            return new Outcome<>(nat, name + " not applicable (" + e.getMessage() + "); the natural extension was used");
        }
        return new Outcome<>(intersect(nat, other, f, name), null);
    }

    /** {@code a ∩ b} for two enclosures of the same range; an empty result of non-empty ones proves a bug. */
    I intersect(I a, I b, Expr f, String method) {
        I r = dom.intersection(a, b);
        if (dom.isEmpty(r) && !dom.isEmpty(a) && !dom.isEmpty(b)) {
            throw new IllegalStateException("internal error: the natural extension " + a + " and the " + method
                    + " enclosure " + b + " of " + f + " are disjoint");
        }
        return r;
    }
}
