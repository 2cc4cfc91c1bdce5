package org.taylorkit.core.multi;

import java.util.Arrays;

/**
 * A homogeneous polynomial of one degree, with {@code double} coefficients in graded-lex order: the
 * coefficient of {@code s^d} when a multivariate series is read as a univariate series in a scaling
 * variable {@code s} (see {@link HomogeneousArithmetic}). The value type of {@link HomogeneousArithmetic}.
 *
 * <p>{@link #ZERO} is the zero of every degree (degree −1): the recurrences start sums from
 * {@code zero()} before they know the degree of the terms. Immutable: the array is never written after
 * construction and never handed out.
 *
 * <p>A part made by {@link HomogeneousArithmetic} may be <em>deferred</em>: it holds the recipe of its
 * coefficients ({@link PendingPart}) and computes them on first access (bit-identical to computing them
 * at once). Observably it is the same immutable value; the computation is idempotent, so concurrent
 * first accesses are safe (each may compute; one array is published through a volatile field).
 */
public final class HomogeneousPart {

    /** The zero polynomial, which adds to and multiplies with a part of any degree. */
    public static final HomogeneousPart ZERO = new HomogeneousPart(-1, new double[0]);

    final int degree;
    private final int size;
    private volatile double[] c;
    /** The recipe of a deferred part (kept after computing: readers may still see {@code c == null}). */
    final PendingPart pending;

    HomogeneousPart(int degree, double[] c) {
        this.degree = degree;
        this.size = c.length;
        this.c = c;
        this.pending = null;
    }

    /** A deferred part of {@code size} coefficients. */
    HomogeneousPart(int degree, int size, PendingPart pending) {
        this.degree = degree;
        this.size = size;
        this.pending = pending;
    }

    /** The coefficients, computed now if deferred (the array must not be written). */
    double[] c() {
        double[] v = c;
        if (v == null) {
            v = new double[size];
            pending.evaluate(v, size, new PendingPart.Scratch(size), 0);
            c = v;
        }
        return v;
    }

    /** The coefficients if already computed, else null. */
    double[] computed() {
        return c;
    }

    /** Whether the coefficients are computed (always, unless deferred and not yet read). */
    boolean isComputed() {
        return c != null;
    }

    /** The degree, or −1 for {@link #ZERO}. */
    public int degree() {
        return degree;
    }

    /** The number of stored coefficients, C(n + d − 1, d) (0 for {@link #ZERO}). */
    public int size() {
        return size;
    }

    /** Coefficient {@code i} (graded-lex rank {@code i} inside the part). */
    public double get(int i) {
        return c()[i];
    }

    /** Whether every coefficient is exactly zero (true for {@link #ZERO}). */
    public boolean isZero() {
        for (double v : c()) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the coefficients. */
    public double[] toArray() {
        return c().clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HomogeneousPart h && h.degree == degree && Arrays.equals(h.c(), c());
    }

    @Override
    public int hashCode() {
        return 31 * degree + Arrays.hashCode(c());
    }

    @Override
    public String toString() {
        return degree < 0 ? "0" : "degree " + degree + " " + Arrays.toString(c());
    }
}
