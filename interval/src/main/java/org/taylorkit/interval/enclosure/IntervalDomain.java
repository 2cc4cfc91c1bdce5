package org.taylorkit.interval.enclosure;

import java.util.List;
import java.util.Map;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;

/**
 * The interval type the enclosure engine runs on ({@link Interval} or
 * {@link org.taylorkit.interval.apfloat.ApfloatInterval}): its set-based arithmetic and the set operations
 * and exact endpoint comparisons that range enclosures and bisection need. Every operation is
 * exact or rounded outward, as the interval type documents.
 *
 * @param <I> the interval type
 */
interface IntervalDomain<I> {

    /** The interval arithmetic (set-based except that {@code divide(a, [0,0])} may throw). */
    Arithmetic<I> arithmetic();

    /** Set-based division: {@code ∅} for {@code b = [0, 0]}. */
    I divide(I a, I b);

    /** An outward double enclosure (for the smoothness checks and for the double view of a result). */
    Interval toDouble(I x);

    boolean isEmpty(I x);

    boolean isBounded(I x);

    boolean isPoint(I x);

    I empty();

    I hull(I a, I b);

    I intersection(I a, I b);

    /** The halves of {@code x} at a point strictly inside, or null if {@code x} cannot be split. */
    I[] bisect(I x);

    /** A point interval at a point of {@code x} near its midpoint. */
    I midpoint(I x);

    /** An approximate width, for choosing which side to split. */
    double width(I x);

    /** {@code inf a} compared with {@code inf b} ({@code −∞} allowed; non-empty arguments). */
    int compareInf(I a, I b);

    /** {@code sup a} compared with {@code sup b}. */
    int compareSup(I a, I b);

    /** {@code inf a} compared with {@code sup b}. */
    int compareInfSup(I a, I b);

    /** The interval {@code [min(inf a, sup b), max(inf a, sup b)]}. */
    I span(I a, I b);

    /** The width rounded up to a double ({@code +∞} if unbounded). */
    double widthUp(I x);

    /**
     * A Taylor-model bound of {@code f} over the sides, or null if this interval type has no Taylor
     * models.
     *
     * @throws ArithmeticException if a model cannot be formed
     */
    I taylorModelBound(Expr f, Map<String, I> sides, List<String> vars, int order);
}
