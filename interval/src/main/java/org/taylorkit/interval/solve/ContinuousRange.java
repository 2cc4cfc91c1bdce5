package org.taylorkit.interval.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.DecoratedIntervalArithmetic;

/**
 * The quadratures' fallback for a piece without a Taylor form (an integrand not proven analytic
 * there, such as √x or |x| at 0, or series that overflow next to such a point): the IEEE 1788
 * decorated evaluation of the integrand over the piece. A decoration {@code dac} or {@code com} proves
 * it defined and continuous on the whole piece, so with a bounded range {@code F(X)} it is integrable
 * there and {@code ∫_X f ∈ vol(X)·F(X)}. Rigorous, order 0: the adaptive partition makes such pieces
 * small. A pole or a point outside the domain gives a weaker decoration or an unbounded range, and no
 * enclosure. Stateless.
 */
final class ContinuousRange {

    private ContinuousRange() {
    }

    /**
     * The range of {@code f} over the box {@code x} (variables {@code names}) and, when the decorated
     * evaluation does not prove {@code f} defined and continuous on all of it with a bounded, nonempty
     * range, why not.
     *
     * @param range the range, or null if not proved
     * @param failure null if proved, else e.g. "is unbounded" or "is not proven defined and continuous"
     * @param nowhereDefined whether the evaluation proved that no point of the box is in the integrand's
     *     domain (an empty range: the set-based range over the box contains every value taken there, so
     *     there is none); then no integral over a box containing this one exists
     */
    record Result(Interval range, String failure, boolean nowhereDefined) {
        Result(Interval range, String failure) {
            this(range, failure, false);
        }
    }

    /** The failure of a box on which the integrand is defined nowhere. */
    static final String NOWHERE_DEFINED = "is undefined everywhere";

    /**
     * A quadrature piece's note: "the integrand {@code failure} on {@code where}", and where the integrand is
     * defined nowhere there, that the integral does not exist ({@link IntegralEnclosure#DOES_NOT_EXIST}).
     */
    static String note(String failure, String where, boolean nowhereDefined) {
        return "the integrand " + failure + " on " + where + (nowhereDefined ? ", " + IntegralEnclosure.DOES_NOT_EXIST : "");
    }

    /** The decorated evaluation of {@code f} over {@code x}: its range if {@code f} is proved continuous there. */
    static Result of(Expr f, List<String> names, Interval[] x) {
        Map<String, DecoratedInterval> bindings = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            bindings.put(names.get(i), DecoratedInterval.of(x[i]));
        }
        DecoratedInterval range;
        try {
            range = f.evaluate(DecoratedIntervalArithmetic.INSTANCE, bindings);
        } catch (ArithmeticException | IllegalArgumentException notEvaluated) {
            return new Result(null, "could not be evaluated (" + notEvaluated.getMessage() + ")");
        }
        if (!range.isNaI() && range.interval().isEmpty()) {
            return new Result(null, NOWHERE_DEFINED, true);
        }
        if (range.isNaI() || range.decoration().compareTo(Decoration.dac) < 0) {
            return new Result(null, "is not proven defined and continuous");
        }
        if (!range.interval().isBounded() || range.interval().isEmpty()) {
            return new Result(null, "is unbounded");
        }
        return new Result(range.interval(), null);
    }
}
