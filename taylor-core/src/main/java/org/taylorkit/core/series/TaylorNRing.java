package org.taylorkit.core.series;

/**
 * The coefficient-wise (linear) operations of {@link TaylorN} on its graded-lex coefficient arrays:
 * sums, scalings, the zero test and the largest magnitude. Each result is a new array; inputs are not modified.
 * Stateless.
 */
final class TaylorNRing {

    private TaylorNRing() {
    }

    /** {@code a[i] + sign·b[i]} for {@code i < size} ({@code sign} = ±1, so the sum is exactly a ± b). */
    static double[] combine(double[] a, double sign, double[] b, int size) {
        double[] r = new double[size];
        if (sign > 0) {
            for (int i = 0; i < size; i++) {
                r[i] = a[i] + b[i];
            }
        } else {
            for (int i = 0; i < size; i++) {
                r[i] = a[i] - b[i];
            }
        }
        return r;
    }

    /** A copy of {@code a} with {@code s} added to the constant term. */
    static double[] shift(double[] a, double s) {
        double[] r = a.clone();
        r[0] += s;
        return r;
    }

    /** {@code s·a[i]}. */
    static double[] scale(double[] a, double s) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = s * a[i];
        }
        return r;
    }

    /** {@code a[i] / s}. */
    static double[] divide(double[] a, double s) {
        double[] r = new double[a.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i] / s;
        }
        return r;
    }

    /** Whether every entry is exactly zero. */
    static boolean isZero(double[] a) {
        for (double v : a) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** The largest |a[i]| (0 for an all-zero array; NaN if an entry is NaN, as {@link Math#max}). */
    static double norm(double[] a) {
        double m = 0.0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
