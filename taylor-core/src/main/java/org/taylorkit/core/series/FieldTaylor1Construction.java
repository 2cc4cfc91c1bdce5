package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The checks and coefficient arrays behind the factories and accessors of {@link FieldTaylor1}: zero
 * arrays of a given order, constants, the independent variable, copies of user coefficients,
 * truncation, the coefficient-index check and the conversion to {@code double}. Every error names the
 * operation and the offending input (a null value with its index, a negative or too high order, an
 * empty list, an index outside {@code 0..n}). The returned arrays are fresh and owned by the caller;
 * the inputs are never kept or modified. Package-private and stateless.
 */
final class FieldTaylor1Construction {

    private FieldTaylor1Construction() {
    }

    /** {@code order + 1} zeros of {@code ar}; IllegalArgumentException for a negative order. */
    static <T> T[] zeros(Arithmetic<T> ar, int order) {
        if (order < 0) {
            throw new IllegalArgumentException("the order of a series must be ≥ 0, got " + order);
        }
        T[] a = ar.newArray(order + 1);
        Arrays.fill(a, ar.zero());
        return a;
    }

    /** The coefficients {@code (c, 0, …, 0)}; NullPointerException for a null {@code c}. */
    static <T> T[] constant(Arithmetic<T> ar, T c, int order) {
        Objects.requireNonNull(c, "constant: the value is null");
        T[] a = zeros(ar, order);
        a[0] = c;
        return a;
    }

    /** The coefficients {@code (x0, 1, 0, …)} ({@code (x0)} at order 0); NullPointerException for a null {@code x0}. */
    static <T> T[] variable(Arithmetic<T> ar, T x0, int order) {
        Objects.requireNonNull(x0, "variable: the expansion point is null");
        T[] a = zeros(ar, order);
        a[0] = x0;
        if (order >= 1) {
            a[1] = ar.one();
        }
        return a;
    }

    /** A copy of {@code coefficients}, checked to be non-empty and null-free (the message names the index). */
    static <T> T[] copyOf(Arithmetic<T> ar, List<T> coefficients) {
        Objects.requireNonNull(ar, "the arithmetic is null");
        if (coefficients.isEmpty()) {
            throw new IllegalArgumentException("of: a series needs at least one coefficient (order 0)");
        }
        T[] a = ar.newArray(coefficients.size());
        for (int k = 0; k < a.length; k++) {
            a[k] = Objects.requireNonNull(coefficients.get(k), "of: coefficient " + k + " is null");
        }
        return a;
    }

    /** IndexOutOfBoundsException naming {@code k} and the order unless {@code 0 ≤ k ≤ order}. */
    static void checkIndex(int k, int order) {
        if (k < 0 || k > order) {
            throw new IndexOutOfBoundsException("coefficient " + k + " does not exist in a series of order " + order);
        }
    }

    /** The first {@code order + 1} coefficients of {@code s} ({@code s} itself at its own order). */
    static <T> FieldTaylor1<T> truncate(FieldTaylor1<T> s, int order) {
        if (order < 0 || order > s.order()) {
            throw new IllegalArgumentException("truncate: order " + order + " is not in [0, " + s.order() + "]");
        }
        return order == s.order() ? s : new FieldTaylor1<>(s.arithmetic(), Arrays.copyOf(s.raw(), order + 1));
    }

    /** The coefficients {@code c} converted by {@link Arithmetic#toDouble}. */
    static <T> double[] toDoubles(Arithmetic<T> ar, T[] c) {
        double[] d = new double[c.length];
        for (int k = 0; k < c.length; k++) {
            d[k] = ar.toDouble(c[k]);
        }
        return d;
    }
}
