package org.taylorkit.ode.jet;

import java.util.HashMap;
import java.util.Map;
import org.taylorkit.core.expr.Binary;
import org.taylorkit.core.expr.BinaryOp;
import org.taylorkit.core.expr.Constant;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Unary;
import org.taylorkit.core.expr.UnaryOp;

/**
 * An expression's value written as c·Π bᵢ^eᵢ: a coefficient c and powers of <em>atoms</em> bᵢ (symbols
 * and every subexpression that is not a product, quotient, negation, constant power or sum of like
 * terms, compared structurally). Two expressions with equal power products are equal as functions, e.g.
 * (3y/r²)·(−x/r²^1.5) and (−y/r²^1.5)·((x + x)·1.5/r²), both −3·x·y·(r²)^−2.5: how
 * {@link VariationalEquations} recognises the symmetric entries of a Jacobian (the Hessian of a
 * potential) that symbolic differentiation writes differently. The exponents are exact for the integers
 * and halves that occur; the coefficient is computed in {@code double} (rounding can only make equal
 * products compare unequal — a missed match — except for coefficients within an ulp of each other).
 * Immutable.
 *
 * @param coefficient c
 * @param exponents the atoms and their nonzero exponents
 */
record PowerProduct(double coefficient, Map<Expr, Double> exponents) {

    /** The power product of {@code e} (the expression itself to the power 1 if it is an atom). */
    static PowerProduct of(Expr e) {
        Map<Expr, PowerProduct> done = new HashMap<>();
        for (Expr node : e.topologicalOrder()) {
            done.computeIfAbsent(node, x -> rewrite(x, done));
        }
        return done.get(e);
    }

    private static PowerProduct rewrite(Expr node, Map<Expr, PowerProduct> done) {
        if (node instanceof Constant c) {
            return new PowerProduct(c.value(), Map.of());
        }
        if (node instanceof Unary u && u.op() == UnaryOp.NEG) {
            PowerProduct a = done.get(u.arg());
            return new PowerProduct(-a.coefficient, a.exponents);
        }
        if (node instanceof Binary b) {
            PowerProduct l = done.get(b.left());
            PowerProduct r = done.get(b.right());
            BinaryOp op = b.op();
            if (op == BinaryOp.MUL) {
                return l.times(r, 1, l.coefficient * r.coefficient);
            }
            if (op == BinaryOp.DIV && r.coefficient != 0) {
                return l.times(r, -1, l.coefficient / r.coefficient);
            }
            if ((op == BinaryOp.ADD || op == BinaryOp.SUB) && l.exponents.equals(r.exponents)) {
                return new PowerProduct(op == BinaryOp.ADD ? l.coefficient + r.coefficient : l.coefficient - r.coefficient,
                        l.exponents);
            }
            if (op == BinaryOp.POW && b.right() instanceof Constant p && (l.coefficient == 1 || isInteger(p.value()))) {
                Map<Expr, Double> e = new HashMap<>();
                l.exponents.forEach((atom, x) -> e.put(atom, x * p.value()));
                return new PowerProduct(Math.pow(l.coefficient, p.value()), Map.copyOf(e));
            }
        }
        return new PowerProduct(1, Map.of(node, 1.0));
    }

    private static boolean isInteger(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9;
    }

    /** This times {@code other}^{sign} with the given coefficient. */
    private PowerProduct times(PowerProduct other, int sign, double coefficient) {
        Map<Expr, Double> e = new HashMap<>(exponents);
        other.exponents.forEach((atom, x) -> e.merge(atom, sign * x, Double::sum));
        e.values().removeIf(x -> x == 0);
        return new PowerProduct(coefficient, Map.copyOf(e));
    }
}
