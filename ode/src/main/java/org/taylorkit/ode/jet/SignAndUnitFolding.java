package org.taylorkit.ode.jet;

import java.util.HashMap;
import java.util.Map;
import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Unary;
import org.taylorkit.core.expr.UnaryOp;

/**
 * Removes the unit factors and sign bookkeeping that symbolic differentiation leaves in an expression
 * (d x/d x = 1 gives {@code 1·(ρ − z)}, {@code x·−1·z'}): products and quotients by 1 are dropped, a
 * factor −1 becomes a negation, negations are moved out of products ({@code a·(−b) = −(a·b)}) and the
 * factors of a product are put in a canonical order (by structural hash), so equal products are shared
 * whatever their sign and order, double negations cancel, and {@code a + (−b)},
 * {@code a − (−b)} become {@code a − b}, {@code a + b}. Every rewrite is exact in floating point for
 * numbers (multiplying by ±1, negating and commuting a product are exact; for series the commuted
 * Cauchy sum adds its terms in the reverse order, a rounding-level difference); the
 * tape gets fewer operations (a product by the constant 1 is a scaling of a whole series per order).
 * Iterative over the graph's topological order (deep expressions are fine); stateless.
 */
final class SignAndUnitFolding {

    private SignAndUnitFolding() {
    }

    /** {@code e} with the rewrites above. */
    static Expr fold(Expr e) {
        Map<Expr, Expr> done = new HashMap<>();
        for (Expr node : e.topologicalOrder()) {
            if (done.containsKey(node)) {
                continue;
            }
            done.put(node, rewrite(node, done));
        }
        return done.get(e);
    }

    private static Expr rewrite(Expr node, Map<Expr, Expr> done) {
        if (node instanceof Unary u) {
            Expr a = done.get(u.arg());
            if (u.op() == UnaryOp.NEG) {
                return negate(a);
            }
            return a == u.arg() ? u : new Unary(u.op(), a);
        }
        if (!(node instanceof Binary b)) {
            return node;
        }
        Expr l = done.get(b.left());
        Expr r = done.get(b.right());
        switch (b.op()) {
            case MUL:
                return times(l, r);
            case DIV:
                if (OptionalTerms.isOne(r)) {
                    return l;
                }
                return isNegation(r) && OptionalTerms.isOne(((Unary) r).arg()) ? negate(l) : rebuilt(b, l, r);
            case ADD:
                return isNegation(l) || isNegation(r) ? plus(l, r) : rebuilt(b, l, r);
            case SUB:
                return isNegation(r) ? l.plus(((Unary) r).arg()) : rebuilt(b, l, r);
            default:
                return rebuilt(b, l, r);
        }
    }

    /** a + b, written a − c when b = −c (or b − c when a = −c). */
    static Expr plus(Expr a, Expr b) {
        if (isNegation(b)) {
            return a.minus(((Unary) b).arg());
        }
        return isNegation(a) ? b.minus(((Unary) a).arg()) : a.plus(b);
    }

    /** a·b without factors 1, the negations moved out. */
    static Expr times(Expr a, Expr b) {
        if (OptionalTerms.isOne(a)) {
            return b;
        }
        if (OptionalTerms.isOne(b)) {
            return a;
        }
        if (isNegation(a)) {
            return negate(times(((Unary) a).arg(), b));
        }
        if (isNegation(b)) {
            return negate(times(a, ((Unary) b).arg()));
        }
        // a canonical operand order (by structural hash), so that a·b and b·a are one shared node
        return a.hashCode() <= b.hashCode() ? a.times(b) : b.times(a);
    }

    private static Expr negate(Expr a) {
        return isNegation(a) ? ((Unary) a).arg() : a.negate();
    }

    private static boolean isNegation(Expr e) {
        return e instanceof Unary u && u.op() == UnaryOp.NEG;
    }

    private static Expr rebuilt(Binary b, Expr l, Expr r) {
        return l == b.left() && r == b.right() ? b : new Binary(b.op(), l, r);
    }
}
