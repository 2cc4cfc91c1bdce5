package org.taylorkit.core.expr;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A two-argument operation {@code left op right}: + − × ÷, power, or {@code atan2(left, right)}
 * (left = y, right = x). Immutable and thread-safe; equality is structural (see {@link Expr}).
 */
public final class Binary extends ExprNode implements Expr {

    private final BinaryOp op;
    private final Expr left;
    private final Expr right;

    /**
     * The node {@code op(left, right)}. O(1): the hash is computed from the children's cached hashes.
     *
     * @param op the operation
     * @param left the left operand (the base of a power; y of atan2)
     * @param right the right operand (the exponent of a power; x of atan2)
     */
    public Binary(BinaryOp op, Expr left, Expr right) {
        super(ExprNode.mix(ExprNode.mix(ExprNode.mix(0x42696E61, Objects.requireNonNull(op, "op").ordinal()),
                Objects.requireNonNull(left, "left").hashCode()), Objects.requireNonNull(right, "right").hashCode()));
        this.op = op;
        this.left = left;
        this.right = right;
    }

    /** The operation. */
    public BinaryOp op() {
        return op;
    }

    /** The left operand: the base of a power, y of atan2. */
    public Expr left() {
        return left;
    }

    /** The right operand: the exponent of a power, x of atan2. */
    public Expr right() {
        return right;
    }

    /**
     * For a power whose exponent is an integer constant, that integer: the exponent is a decimal
     * {@link Constant} with an integer value that fits in an {@code int} ({@code x^3},
     * {@code x^2.0}, {@code x^1e2}), or the negation of one ({@code x^-1}, which the parser and
     * {@code Expr.pow(-1)} build as {@code NEG(1)} since constants are non-negative).
     * Evaluation then calls {@link org.taylorkit.core.Arithmetic#pow(Object, int)}, and a tape
     * builder should use the integer-power recurrence.
     *
     * @return the integer exponent, or empty if this is not such a power
     */
    public OptionalInt integerExponent() {
        if (op != BinaryOp.POW) {
            return OptionalInt.empty();
        }
        if (right instanceof Constant c) {
            return c.intValue();
        }
        if (right instanceof Unary u && u.op() == UnaryOp.NEG && u.arg() instanceof Constant c) {
            OptionalInt n = c.intValue();
            return n.isPresent() ? OptionalInt.of(-n.getAsInt()) : n; // n ≥ 0, so −n fits
        }
        return OptionalInt.empty();
    }
}
