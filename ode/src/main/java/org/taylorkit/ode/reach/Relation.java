package org.taylorkit.ode.reach;

/**
 * The relation of a {@link SafetyProperty} {@code lhs REL rhs}, decided on an enclosure
 * {@code [lo, hi]} of {@code g = lhs − rhs}: certainly true when the whole enclosure satisfies
 * {@code g REL 0}, certainly false when none of it does.
 */
public enum Relation {
    /** {@code <}. */
    LESS("<"),
    /** {@code <=}. */
    LESS_EQUAL("<="),
    /** {@code >}. */
    GREATER(">"),
    /** {@code >=}. */
    GREATER_EQUAL(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** The relation as written: {@code <}, {@code <=}, {@code >} or {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code g REL 0} holds for every {@code g ∈ [lo, hi]} (a nonempty bounded enclosure). */
    boolean certainlyTrue(double lo, double hi) {
        return switch (this) {
            case LESS -> hi < 0;
            case LESS_EQUAL -> hi <= 0;
            case GREATER -> lo > 0;
            case GREATER_EQUAL -> lo >= 0;
        };
    }

    /** Whether {@code g REL 0} fails for every {@code g ∈ [lo, hi]} (a nonempty bounded enclosure). */
    boolean certainlyFalse(double lo, double hi) {
        return switch (this) {
            case LESS -> lo >= 0;
            case LESS_EQUAL -> lo > 0;
            case GREATER -> hi <= 0;
            case GREATER_EQUAL -> hi < 0;
        };
    }
}
