package org.taylorkit.ode;

/**
 * ODE text that {@link OdeSystem#parse(String, java.util.Set)} cannot read: a malformed equation
 * (missing {@code '} or {@code =}), a syntax error in a right-hand side, a duplicate left-hand side
 * or an unknown symbol. The one-line message names the equation (1-based, in the order written)
 * and, for syntax errors, the 1-based column in the whole input, e.g.
 * {@code equation 2 "y' = x*(rho - z - y": column 24: expected ')' but found end of input}.
 */
public final class OdeSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int equation;
    private final int column;

    OdeSyntaxException(String message, int equation, int column, Throwable cause) {
        super(message, cause);
        this.equation = equation;
        this.column = column;
    }

    /** The 1-based number of the offending equation, or 0 when the error is not in one equation. */
    public int equation() {
        return equation;
    }

    /** The 1-based column in the whole input text, or 0 when the error has no single column. */
    public int column() {
        return column;
    }
}
