package org.taylorkit.interval;

/**
 * The IEEE 1788-2015 {@code overlap} states (§10.6.4, Table 10.7): the 13 Allen relations between
 * two nonempty intervals {@code a} and {@code b}, plus the three cases with an empty operand. The
 * names are the standard's. For nonempty operands exactly one state holds; it is decided by exact
 * comparisons of the bounds (see {@link IntervalRelations#overlap}).
 */
public enum Overlap {
    /** Both operands are empty. */
    bothEmpty,
    /** {@code a} is empty, {@code b} is not. */
    firstEmpty,
    /** {@code b} is empty, {@code a} is not. */
    secondEmpty,
    /** {@code sup a < inf b}. */
    before,
    /** {@code inf a < sup a = inf b < sup b}. */
    meets,
    /** {@code inf a < inf b < sup a < sup b}. */
    overlaps,
    /** {@code inf a = inf b} and {@code sup a < sup b}. */
    starts,
    /** {@code inf b < inf a} and {@code sup a < sup b}. */
    containedBy,
    /** {@code inf b < inf a} and {@code sup a = sup b}. */
    finishes,
    /** {@code a = b}. */
    equals,
    /** {@code inf a < inf b} and {@code sup a = sup b}. */
    finishedBy,
    /** {@code inf a < inf b} and {@code sup b < sup a}. */
    contains,
    /** {@code inf a = inf b} and {@code sup b < sup a}. */
    startedBy,
    /** {@code inf b < inf a < sup b < sup a}. */
    overlappedBy,
    /** {@code inf b < sup b = inf a < sup a}. */
    metBy,
    /** {@code sup b < inf a}. */
    after
}
