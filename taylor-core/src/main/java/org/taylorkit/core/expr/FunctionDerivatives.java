package org.taylorkit.core.expr;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.ElementaryFunction;

/**
 * The derivatives of the catalogue functions as expressions: {@link ElementaryFunction#derivative()}
 * parsed once per function (in the variable {@code x}) and cached. Symbolic differentiation and
 * first-order interval jets use them, so a function's derivative is written once, in its definition.
 * Thread-safe.
 */
public final class FunctionDerivatives {

    /** The variable of every derivative text. */
    public static final String VARIABLE = "x";

    private static final Map<ElementaryFunction, Expr> CACHE = new ConcurrentHashMap<>();

    private FunctionDerivatives() {
    }

    /**
     * f'(x) as an expression in the variable {@link #VARIABLE}.
     *
     * @throws IllegalStateException if the definition's text does not parse or uses another symbol
     */
    public static Expr of(ElementaryFunction f) {
        Expr d = CACHE.get(f);
        return d != null ? d : CACHE.computeIfAbsent(f, FunctionDerivatives::parse);
    }

    /** f'(arg) as an expression: the derivative with {@code arg} substituted for its variable. */
    public static Expr at(ElementaryFunction f, Expr arg) {
        return of(f).substitute(Map.of(VARIABLE, arg));
    }

    private static Expr parse(ElementaryFunction f) {
        Expr d;
        try {
            d = Expr.parse(f.derivative());
        } catch (ExpressionSyntaxException e) {
            throw new IllegalStateException("the derivative of " + f.name() + " does not parse: " + e.getMessage(), e);
        }
        for (Expr node : d.topologicalOrder()) {
            if (node instanceof Symbol s && !s.name().equals(VARIABLE)) {
                throw new IllegalStateException("the derivative of " + f.name() + " ('" + f.derivative()
                        + "') uses the symbol " + s.name() + "; only " + VARIABLE + " is allowed");
            }
        }
        return d;
    }
}
