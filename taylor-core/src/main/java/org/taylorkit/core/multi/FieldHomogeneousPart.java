package org.taylorkit.core.multi;

import java.util.Arrays;

/**
 * A homogeneous polynomial of one degree with coefficients of type {@code T}, in graded-lex order: the
 * generic counterpart of {@link HomogeneousPart}, value type of {@link FieldHomogeneousArithmetic}.
 * A part of degree −1 with no coefficients is the zero of every degree. Immutable.
 *
 * @param <T> the coefficient type
 */
public final class FieldHomogeneousPart<T> {

    final int degree;
    final T[] c;

    FieldHomogeneousPart(int degree, T[] c) {
        this.degree = degree;
        this.c = c;
    }

    /** The degree, or −1 for the zero of every degree. */
    public int degree() {
        return degree;
    }

    /** The number of stored coefficients. */
    public int size() {
        return c.length;
    }

    /** Coefficient {@code i} (graded-lex rank {@code i} inside the part). */
    public T get(int i) {
        return c[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldHomogeneousPart<?> h && h.degree == degree && Arrays.equals(h.c, c);
    }

    @Override
    public int hashCode() {
        return 31 * degree + Arrays.hashCode(c);
    }

    @Override
    public String toString() {
        return degree < 0 ? "0" : "degree " + degree + " " + Arrays.toString(c);
    }
}
