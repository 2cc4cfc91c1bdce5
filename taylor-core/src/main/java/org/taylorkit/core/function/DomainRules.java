package org.taylorkit.core.function;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.SingularExpansionException;

/**
 * The series domain rules shared by several definitions, written once over any {@link Arithmetic}
 * (comparisons through {@link Arithmetic#signum}, so an interval straddling a boundary throws
 * {@link ArithmeticException}). Each throws {@link SingularExpansionException} naming the function,
 * the point (the argument's constant term) and the reason.
 */
final class DomainRules {

    private DomainRules() {
    }

    /** The point {@code a0} as text ({@link String#valueOf}), compound values parenthesized. */
    static <T> String point(Arithmetic<T> ar, T a0) {
        if (ar.isZero(a0)) {
            return "0";
        }
        String s = String.valueOf(a0);
        return s.indexOf(' ') >= 0 ? "(" + s + ")" : s;
    }

    static SingularExpansionException singular(String function, String point, String reason) {
        return new SingularExpansionException(function, point, reason);
    }

    /** The sign of {@code 1 − |a0|}: positive inside (−1, 1). */
    static <T> int insideUnit(Arithmetic<T> ar, T a0) {
        return ar.signum(ar.subtract(ar.one(), absolute(ar, a0)));
    }

    /** |a0| in {@code ar} (for an interval containing 0, the interval of magnitudes). */
    static <T> T absolute(Arithmetic<T> ar, T a0) {
        return ar.apply(Functions.ABS, a0);
    }

    /** asin and acos: |a0| &lt; 1. */
    static <T> void openUnitBranch(String function, Arithmetic<T> ar, T a0) {
        int s = insideUnit(ar, a0);
        if (s == 0) {
            throw singular(function, point(ar, a0),
                    "a branch point: the derivative ±1/√(1 − a²) is infinite there");
        }
        if (s < 0) {
            throw singular(function, point(ar, a0), "no real series: " + function + " has no real value outside [−1, 1]");
        }
    }
}
