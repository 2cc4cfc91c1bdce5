package org.taylorkit.interval;

/**
 * The few set-level primitives of an interval type that the IEEE 1788 set-level algorithms
 * ({@link SetRelations}, {@link SetReverse}) are written against once, for both {@link Interval}
 * ({@link DoubleIntervalKind}) and {@code ApfloatInterval} ({@code ApfloatIntervalKind}).
 *
 * <p>Contract: comparisons are exact and treat an unbounded side as {@code ∓∞} (callers handle ∅
 * before comparing); the operations are the type's own rigorous, outward-rounded ones, so an
 * algorithm built from them is as rigorous as they are.
 *
 * @param <I> the interval type
 */
public interface IntervalKind<I> {

    I empty(I like);

    I entire(I like);

    boolean isEmpty(I x);

    /** {@code [lo, +∞]} for an integer {@code lo}, at the precision of {@code like}. */
    I atLeast(long lo, I like);

    /** {@code [−∞, hi]} for an integer {@code hi}. */
    I atMost(long hi, I like);

    boolean containsZero(I x);

    I intersection(I a, I b);

    I hull(I a, I b);

    I negate(I x);

    I sqrt(I x);

    I acosh(I x);

    /** A two-element array {@code {first, second}} of the interval type. */
    I[] pair(I first, I second);

    /** The two-piece quotient {@code {c/b : b ≠ 0}} (0, 1 or 2 intervals in increasing order). */
    I[] divideExtended(I c, I b);

    /** {@code cmp(inf a, inf b)} for nonempty a, b ({@code −∞} equal to {@code −∞}). */
    int compareInfs(I a, I b);

    /** {@code cmp(sup a, sup b)} for nonempty a, b. */
    int compareSups(I a, I b);

    /** {@code cmp(sup a, inf b)} for nonempty a, b. */
    int compareSupInf(I a, I b);

    boolean unboundedBelow(I x);

    boolean unboundedAbove(I x);
}
