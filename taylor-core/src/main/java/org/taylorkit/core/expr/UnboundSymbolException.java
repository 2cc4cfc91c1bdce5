package org.taylorkit.core.expr;

import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluation met a symbol that the bindings do not give a value, e.g.
 * {@code unknown variable 'y' in "x + y" (bound: x)}. Thrown before any arithmetic is done.
 */
public final class UnboundSymbolException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longer expressions are quoted up to this many characters. */
    private static final int QUOTE_LIMIT = 200;

    private final String symbol;
    private final SymbolKind kind;

    UnboundSymbolException(Symbol s, Expr expression, boolean boundToNull, Set<String> bound) {
        super(message(s, expression, boundToNull, bound));
        this.symbol = s.name();
        this.kind = s.kind();
    }

    private static String message(Symbol s, Expr expression, boolean boundToNull, Set<String> bound) {
        String what = s.kind() == SymbolKind.VARIABLE ? "variable" : "parameter";
        String text = ExprPrinter.print(expression, QUOTE_LIMIT);
        if (boundToNull) {
            return what + " '" + s.name() + "' is bound to null in \"" + text + "\"";
        }
        Set<String> names = new TreeSet<>();
        for (String name : bound) {
            if (name != null) {
                names.add(name);
            }
        }
        return "unknown " + what + " '" + s.name() + "' in \"" + text + "\" (bound: "
                + (names.isEmpty() ? "nothing" : String.join(", ", names)) + ")";
    }

    /** The name of the unbound symbol. */
    public String symbol() {
        return symbol;
    }

    /** Whether it is a variable or a parameter. */
    public SymbolKind kind() {
        return kind;
    }
}
