package org.taylorkit.examples.cli;

import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Printed digits that do not depend on the working precision. Apfloat computes to about its precision,
 * the last digit or two not exact, and a Taylor recurrence can lose a few more; so a result printed to D
 * digits is computed at D + g digits and rounded, for g = G, 2G, 4G, … (G = 10 + order/4), until two
 * consecutive precisions print the same text (at most {@value #TRIES} computations). Not a proof — the
 * rigorous route is interval arithmetic (`taylor enclose`) — but digits that survive doubling the guard
 * digits are the ones a user can quote.
 */
final class StableDigits {

    /** At most this many computations. */
    static final int TRIES = 5;

    private StableDigits() {
    }

    /** The first guard: 10 digits plus one per four orders (recurrences lose digits with the order). */
    static int guard(int order) {
        return 10 + order / 4;
    }

    /**
     * @param digits the digits printed
     * @param order the order of the series computed
     * @param computeAt computes and renders the result at the given working precision (rounded to {@code digits})
     * @param text what is printed of a rendering (two renderings agree when their texts are equal)
     * @return the first rendering that agrees with the one at the previous precision, or the last one
     */
    static <T> T of(int digits, int order, IntFunction<T> computeAt, Function<T, String> text) {
        int g = guard(order);
        T previous = computeAt.apply(digits + g);
        for (int i = 1; i < TRIES; i++) {
            g = Math.multiplyExact(g, 2);
            T next = computeAt.apply(digits + g);
            if (text.apply(next).equals(text.apply(previous))) {
                return next;
            }
            previous = next;
        }
        return previous;
    }
}
