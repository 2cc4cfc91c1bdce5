package org.taylorkit.core.expr;

import java.util.Objects;

/**
 * A named leaf: a variable or a parameter. Two symbols are equal when both their names and kinds
 * are equal. Evaluation binds a symbol by name only.
 *
 * <p>Names follow the parser's identifier rule (a letter or {@code _}, then letters, digits or
 * {@code _}) and may not be {@code pi} or {@code e}, which the parser reads as constants; so every
 * symbol prints as text that parses back to it. Immutable and thread-safe.
 */
public final class Symbol extends ExprNode implements Expr {

    private final String name;
    private final SymbolKind kind;

    /**
     * A symbol.
     *
     * @param name an identifier other than {@code pi} and {@code e}
     * @param kind variable or parameter
     * @throws IllegalArgumentException if {@code name} is not a valid symbol name
     */
    public Symbol(String name, SymbolKind kind) {
        super(ExprNode.mix(ExprNode.mix(0x53796D62, checkName(name).hashCode()), Objects.requireNonNull(kind, "kind").ordinal()));
        this.name = name;
        this.kind = kind;
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "symbol name");
        if (!ExpressionTokenizer.isIdentifier(name)) {
            throw new IllegalArgumentException("not a valid symbol name: '" + name
                    + "' (a name starts with a letter or '_' and continues with letters, digits or '_')");
        }
        if (ExpressionParser.isReservedName(name)) {
            throw new IllegalArgumentException("'" + name + "' is reserved for a constant and cannot name a symbol");
        }
        return name;
    }

    /** The symbol's name. */
    public String name() {
        return name;
    }

    /** Whether this is a variable or a parameter. */
    public SymbolKind kind() {
        return kind;
    }
}
