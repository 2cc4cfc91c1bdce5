package org.taylorkit.core.expr;

/**
 * What a {@link Symbol} stands for. Both kinds are bound by name when an expression is
 * evaluated; the distinction tells consumers what to differentiate with respect to or integrate
 * (variables: the ODE state, the series variable of {@code taylor derive}) and what stays fixed
 * (parameters: constants whose values are supplied at run time, possibly as expressions through
 * {@link Expr#substitute(java.util.Map)}).
 */
public enum SymbolKind {
    /** A free variable: an ODE state component, the expansion variable, an interval box coordinate. */
    VARIABLE,
    /** A named constant whose value is supplied when the expression is evaluated. */
    PARAMETER
}
