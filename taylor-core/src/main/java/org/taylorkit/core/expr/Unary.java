package org.taylorkit.core.expr;

import java.util.Objects;

/**
 * A one-argument operation {@code op(arg)}: negation or an elementary function. Immutable and
 * thread-safe; equality is structural (see {@link Expr}).
 */
public final class Unary extends ExprNode implements Expr {

    private final UnaryOp op;
    private final Expr arg;

    /**
     * The node {@code op(arg)}. O(1): the hash is computed from {@code arg}'s cached hash.
     *
     * @param op the operation
     * @param arg its argument
     */
    public Unary(UnaryOp op, Expr arg) {
        super(ExprNode.mix(ExprNode.mix(0x556E6172, Objects.requireNonNull(op, "op").functionName().hashCode()),
                Objects.requireNonNull(arg, "arg").hashCode()));
        this.op = op;
        this.arg = arg;
    }

    /** The operation. */
    public UnaryOp op() {
        return op;
    }

    /** The argument. */
    public Expr arg() {
        return arg;
    }
}
