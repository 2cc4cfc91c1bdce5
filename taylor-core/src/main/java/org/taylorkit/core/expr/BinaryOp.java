package org.taylorkit.core.expr;

import java.util.Objects;
import java.util.Optional;
import org.taylorkit.core.Arithmetic;

/**
 * The two-argument operations. The four arithmetic operations and the power print as infix
 * operators ({@link #symbol()}); {@code pow(a, b)} and {@code atan2(y, x)} are also accepted as
 * function calls by the parser ({@link #forFunctionName(String)}).
 */
public enum BinaryOp {
    /** a + b. */
    ADD("+", "add"),
    /** a − b. */
    SUB("-", "sub"),
    /** a · b. */
    MUL("*", "mul"),
    /** a / b. */
    DIV("/", "div"),
    /** aᵇ (right-associative; {@code ^} or {@code **} in text). */
    POW("^", "pow"),
    /** The angle of the point (x, y) = (right, left), in (−π, π]. */
    ATAN2(null, "atan2");

    private final String symbol;
    private final String functionName;

    BinaryOp(String symbol, String functionName) {
        this.symbol = symbol;
        this.functionName = functionName;
    }

    /** Whether this operation prints as an infix operator (all but ATAN2). */
    public boolean isInfix() {
        return symbol != null;
    }

    /**
     * The infix operator: {@code +}, {@code -}, {@code *}, {@code /}, {@code ^}; for ATAN2, which has
     * none, its function name {@code atan2}.
     */
    public String symbol() {
        return symbol != null ? symbol : functionName;
    }

    /**
     * A lowercase name for the operation: {@code add}, {@code sub}, {@code mul}, {@code div} (names
     * for diagnostics and tapes; the parser does not accept them as calls), {@code pow} and
     * {@code atan2} (which the parser accepts as calls).
     */
    public String functionName() {
        return functionName;
    }

    /**
     * The operation the parser calls {@code name(a, b)}: {@code pow} → POW, {@code atan2} → ATAN2.
     *
     * @param name a function name (case-sensitive)
     * @return the operation, or empty if {@code name} is not a two-argument function
     */
    public static Optional<BinaryOp> forFunctionName(String name) {
        if ("pow".equals(name)) {
            return Optional.of(POW);
        }
        if ("atan2".equals(name)) {
            return Optional.of(ATAN2);
        }
        return Optional.empty();
    }

    /**
     * This operation in {@code ar}: {@code ar.add(a, b)}, …, {@code ar.pow(a, b)} (the general
     * power; callers with an integer exponent use {@link Arithmetic#pow(Object, int)} instead, as
     * expression evaluation does), {@code ar.atan2(a, b)} with {@code a} = y and {@code b} = x.
     *
     * @param <T> the value type
     * @param ar the arithmetic
     * @param a the left operand
     * @param b the right operand
     * @return {@code a op b}
     */
    public <T> T apply(Arithmetic<T> ar, T a, T b) {
        Objects.requireNonNull(a, "left operand");
        Objects.requireNonNull(b, "right operand");
        switch (this) {
            case ADD: return ar.add(a, b);
            case SUB: return ar.subtract(a, b);
            case MUL: return ar.multiply(a, b);
            case DIV: return ar.divide(a, b);
            case POW: return ar.pow(a, b);
            case ATAN2: return ar.atan2(a, b);
            default: throw new AssertionError(this);
        }
    }
}
