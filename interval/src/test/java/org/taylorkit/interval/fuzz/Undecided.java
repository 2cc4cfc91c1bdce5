package org.taylorkit.interval.fuzz;

/**
 * Thrown by the fast tier of the fuzz reference ({@link BallArithmetic}) when it cannot bound a value
 * tightly and rigorously (overflow, a ball touching a pole or a domain boundary, an argument beyond
 * the range it trusts): the point then goes to the Apfloat reference. Stackless and shared, since it
 * is control flow, not an error.
 */
final class Undecided extends RuntimeException {

    static final Undecided INSTANCE = new Undecided();

    private Undecided() {
        super("the fast reference cannot decide this point", null, false, false);
    }
}
