package org.taylorkit.core.expr;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Symbolic partial derivatives of expression graphs with respect to a variable (a state variable or
 * {@code t}) or a parameter: for the variational equations of any order (validated first-order ones,
 * {@code ode.jet}'s higher-order ones), and the section gradient of the validated Poincaré map. The
 * derivative of each distinct node is built once (memo
 * over the graph's topological order), so shared subtrees stay shared; zero derivatives are
 * propagated as {@code null} so they add no nodes.
 *
 * <p>Rules (standard calculus): sum, product and quotient rules; {@code (a^n)' = n·a^(n−1)·a'} for an
 * integer constant {@code n}, {@code (a^b)' = a^b·(b'·log a + b·a'/a)} otherwise; {@code atan2(y, x)' =
 * (x·y' − y·x')/(x² + y²)}; for the unary functions the usual derivatives, written with the node
 * itself where possible ({@code (√a)' = a'/(2√a)}, {@code (eᵃ)' = eᵃ·a'}, {@code |a|' = a/|a|·a'},
 * {@code erf(a)' = 2/√π·e^{−a²}·a'}). The result is an exact expression: evaluated over intervals it
 * encloses the derivative wherever the original is differentiable; where it is not (|a| at 0, √ at
 * 0) the interval evaluation over a box meeting such a point throws or is unbounded, which the
 * callers treat as a failure. Stateless and thread-safe.
 */
public final class PartialDerivative {

    private PartialDerivative() {
    }

    /** {@code ∂e/∂name} for the variable {@code name} (a state variable or {@code t}); the constant 0 if e does not depend on it. */
    public static Expr of(Expr e, String name) {
        return of(e, name, SymbolKind.VARIABLE);
    }

    /**
     * {@code ∂e/∂s} for the symbol {@code name} of kind {@code kind} (a variable or a parameter; {@code null}:
     * any symbol of that name, as systems resolve symbols by name); the constant 0 if e does not depend on it.
     */
    public static Expr of(Expr e, String name, SymbolKind kind) {
        Expr r = orNull(e, name, kind);
        return r == null ? Expr.constant(0) : r;
    }

    /** {@code ∂e/∂s} as {@link #of(Expr, String, SymbolKind)}, but {@code null} when it is identically zero. */
    public static Expr orNull(Expr e, String name, SymbolKind kind) {
        Objects.requireNonNull(name, "name");
        Map<Expr, Expr> d = new HashMap<>();
        for (Expr node : e.topologicalOrder()) {
            d.put(node, rule(node, name, kind, d));
        }
        return d.get(e);
    }

    /** Whether {@code e} does not depend on the variable {@code name}. */
    public static boolean isConstantIn(Expr e, String name) {
        return isConstantIn(e, name, SymbolKind.VARIABLE);
    }

    /** Whether {@code e} does not depend on the symbol {@code name} of kind {@code kind} ({@code null}: of any kind). */
    public static boolean isConstantIn(Expr e, String name, SymbolKind kind) {
        for (Expr node : e.topologicalOrder()) {
            if (node instanceof Symbol s && (kind == null || s.kind() == kind) && s.name().equals(name)) {
                return false;
            }
        }
        return true;
    }

    private static Expr rule(Expr node, String name, SymbolKind kind, Map<Expr, Expr> d) {
        if (node instanceof Constant) {
            return null;
        }
        if (node instanceof Symbol s) {
            return (kind == null || s.kind() == kind) && s.name().equals(name) ? Expr.constant(1) : null;
        }
        if (node instanceof Unary u) {
            Expr a = u.arg();
            Expr da = d.get(a);
            if (da == null) {
                return null;
            }
            return u.op().function().map(f -> FunctionDerivatives.at(f, a).times(da)).orElseGet(da::negate);
        }
        Binary b = (Binary) node;
        Expr l = b.left();
        Expr r = b.right();
        Expr dl = d.get(l);
        Expr dr = d.get(r);
        switch (b.op()) {
            case ADD:
                return dl == null ? dr : dr == null ? dl : dl.plus(dr);
            case SUB:
                return dl == null ? (dr == null ? null : dr.negate()) : dr == null ? dl : dl.minus(dr);
            case MUL:
                return sum(dl == null ? null : dl.times(r), dr == null ? null : l.times(dr));
            case DIV:
                if (dl == null && dr == null) {
                    return null;
                }
                if (dr == null) {
                    return dl.div(r);
                }
                Expr t = node.times(dr);
                return (dl == null ? t.negate() : dl.minus(t)).div(r);
            case POW: {
                OptionalInt n = b.integerExponent();
                if (n.isPresent()) {
                    if (dl == null || n.getAsInt() == 0) {
                        return null;
                    }
                    int k = n.getAsInt();
                    Expr base = k == 1 ? Expr.constant(1) : l.pow(k - 1);
                    return base.times(k).times(dl);
                }
                Expr inner = sum(dr == null ? null : dr.times(l.log()), dl == null ? null : r.times(dl).div(l));
                return inner == null ? null : node.times(inner);
            }
            case ATAN2: {
                // atan2(y, x) with y = left, x = right
                Expr num = sum(dl == null ? null : r.times(dl), dr == null ? null : l.times(dr).negate());
                return num == null ? null : num.div(l.pow(2).plus(r.pow(2)));
            }
            default:
                throw new AssertionError(b.op());
        }
    }

    private static Expr sum(Expr a, Expr b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }
}
