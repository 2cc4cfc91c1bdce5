package org.taylorkit.interval.solve;

/**
 * The running sum of the widths of the pieces of an adaptive quadrature, to decide when to stop:
 * finite widths summed, infinite ones counted. Subtracting large widths loses the small ones, so the
 * owner recomputes the sum exactly ({@link #reset}) whenever the running value claims the tolerance
 * is met; the result's own width is always computed afresh by interval addition.
 */
final class WidthSum {

    private double finite;
    private long calls;
    private long nextRecount = 8;
    private int infinite;

    void add(double w) {
        if (Double.isFinite(w)) {
            finite += w;
        } else {
            infinite++;
        }
    }

    void remove(double w) {
        if (Double.isFinite(w)) {
            finite -= w;
        } else {
            infinite--;
        }
    }

    /** Forgets the running sum. */
    void reset() {
        finite = 0;
        infinite = 0;
    }

    /**
     * Whether the sum of the widths exceeds {@code tolerance}: by the running sum, recomputed exactly
     * when it claims otherwise and after a number of calls proportional to the number of pieces
     * (so the cost stays linear on average, and drift from large removed widths
     * cannot keep a search going).
     */
    <P> boolean exceeds(double tolerance, Iterable<P> a, Iterable<P> b, java.util.function.ToDoubleFunction<P> width) {
        if (++calls >= nextRecount || value() <= tolerance) {
            recount(a, b, width);
        }
        return value() > tolerance;
    }

    /** Recomputes the sum over the pieces of {@code a} and {@code b}; returns {@link #value()}. */
    <P> double recount(Iterable<P> a, Iterable<P> b, java.util.function.ToDoubleFunction<P> width) {
        reset();
        long n = 0;
        for (P p : a) {
            add(width.applyAsDouble(p));
            n++;
        }
        for (P p : b) {
            add(width.applyAsDouble(p));
            n++;
        }
        nextRecount = calls + Math.max(4, n / 8);
        return value();
    }

    /** The running sum, slightly rounded up. */
    double value() {
        return infinite > 0 ? Double.POSITIVE_INFINITY : finite * (1 + 1e-9);
    }
}
