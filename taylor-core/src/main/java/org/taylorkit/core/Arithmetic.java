package org.taylorkit.core;

import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.TaylorN;

/**
 * The coefficient arithmetic: everything a Taylor recurrence needs from the numbers it runs on.
 *
 * <p>One implementation exists per coefficient type: boxed {@code double} (a cross-check of the
 * primitive fast path), Apfloat at a fixed number of digits, double and Apfloat intervals, and
 * series themselves ({@code Taylor1}, {@code TaylorN}) so that series can be coefficients of
 * series (jets). Expressions evaluate over any {@code Arithmetic}, and the generic recurrence
 * kernels are written against this interface only.
 *
 * <p>Contract shared by every implementation:
 * <ul>
 *   <li>Values of {@code T} are immutable; no method mutates its arguments.</li>
 *   <li>{@link #multiply(Object, int)} and {@link #divide(Object, int)} take exact integers so that
 *       high-precision and rigorous types lose nothing to a {@code double} reciprocal (the
 *       recurrences divide by {@code k} at every order).</li>
 *   <li>Elementary functions are applied through one method, {@link #apply(ElementaryFunction, Object)},
 *       with the function taken from the catalogue ({@code org.taylorkit.core.function.Functions});
 *       implementations state their own accuracy: correctly rounded, within some ulps, or rigorous
 *       enclosures.</li>
 *   <li>Domain errors: an implementation for which a value outside the domain is an error (a
 *       series type, where no expansion exists) throws {@link ArithmeticException} with a message
 *       naming the function and the point; set-based types (intervals) return their set-based
 *       result instead.</li>
 *   <li>Implementations are thread-safe (they hold only immutable configuration).</li>
 * </ul>
 *
 * @param <T> the coefficient type
 */
public interface Arithmetic<T> {

    /** The additive identity. */
    T zero();

    /** The multiplicative identity. */
    T one();

    /** The value {@code v}, rounded to {@code T} if {@code T} cannot hold it exactly (intervals: exact). */
    T fromDouble(double v);

    /**
     * The value of a decimal literal such as {@code "0.1"} or {@code "1e-3"}: exact where {@code T} can
     * hold it, otherwise rounded to nearest (intervals: the tightest enclosure).
     *
     * @throws NumberFormatException if {@code decimal} is not a decimal number
     */
    T fromDecimal(String decimal);

    /** π, to the precision of {@code T} (intervals: an enclosure). */
    T pi();

    /** A new array of length {@code n}, filled with {@code null}. */
    T[] newArray(int n);

    T add(T a, T b);

    T subtract(T a, T b);

    T negate(T a);

    T multiply(T a, T b);

    /** {@code a·n} with an exact integer {@code n}. */
    T multiply(T a, int n);

    /** {@code a·s} with a {@code double} factor (exact value of {@code s}). */
    T scale(T a, double s);

    /** {@code a/b}; a zero (or, for series, non-invertible) {@code b} throws {@link ArithmeticException}. */
    T divide(T a, T b);

    /** {@code a/n} with an exact integer {@code n ≠ 0}. */
    T divide(T a, int n);

    /**
     * True when {@code a} is exactly zero (every inner coefficient zero; an interval {@code [0,0]}).
     * Used to find leading zeros of series.
     */
    boolean isZero(T a);

    /**
     * The sign of {@code a}: −1, 0 or +1.
     *
     * @throws ArithmeticException if the sign is not determined (an interval containing 0 and other
     *     values)
     */
    int signum(T a);

    /** A {@code double} approximation (midpoint for intervals, constant term for series). */
    double toDouble(T a);

    /**
     * A magnitude for step-size and error control: {@code |a|} for numbers, the largest absolute
     * value of an interval, the largest absolute inner coefficient of a series.
     */
    double norm(T a);

    /**
     * The elementary function {@code f} at {@code a}: the pointwise value for numbers (accuracy as the
     * implementation states: correctly rounded, within some ulps, or a rigorous enclosure for
     * intervals), the composed series for series types.
     *
     * @throws ArithmeticException (for series, {@link SingularExpansionException}) where {@code f} is
     *     undefined at {@code a} and {@code T} has no set-based answer
     */
    T apply(ElementaryFunction f, T a);

    /** {@code a^n} for an integer {@code n} (negative allowed where {@code a} is invertible). */
    T pow(T a, int n);

    /** {@code a^b}; implementations use {@link #pow(Object, int)} when {@code b} is an integer constant. */
    T pow(T a, T b);

    /** The angle of the point {@code (x, y)}, in (−π, π]. */
    T atan2(T y, T x);
}
