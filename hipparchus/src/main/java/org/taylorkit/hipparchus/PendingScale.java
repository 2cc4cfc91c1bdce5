package org.taylorkit.hipparchus;

/**
 * The coefficient-wise loops over {@link TaylorNElement}'s storage form, an array {@code x} with a
 * pending scale factor {@code s} (coefficient i is {@code s·x[i]}; see the element's field
 * {@code scale}). Each result is a new array, each coefficient computed with exactly the roundings
 * the eager form would make: the product {@code s·x[i]} rounded once, then the one sum, difference
 * or quotient; with both scales 1 the sums and differences skip the (exact) products. So an element
 * with a pending scale gives, bit for bit, the results of the same element scaled eagerly.
 * Stateless; the arguments are read, never modified.
 */
final class PendingScale {

    private PendingScale() {
    }

    /** The coefficients {@code s·x[i] + t·y[i]} (equal lengths). */
    static double[] sum(double[] x, double s, double[] y, double t) {
        double[] r = new double[x.length];
        if (s == 1.0 && t == 1.0) {
            for (int i = 0; i < r.length; i++) {
                r[i] = x[i] + y[i];
            }
        } else {
            for (int i = 0; i < r.length; i++) {
                r[i] = s * x[i] + t * y[i];
            }
        }
        return r;
    }

    /** The coefficients {@code s·x[i] − t·y[i]} (equal lengths). */
    static double[] difference(double[] x, double s, double[] y, double t) {
        double[] r = new double[x.length];
        if (s == 1.0 && t == 1.0) {
            for (int i = 0; i < r.length; i++) {
                r[i] = x[i] - y[i];
            }
        } else {
            for (int i = 0; i < r.length; i++) {
                r[i] = s * x[i] - t * y[i];
            }
        }
        return r;
    }

    /** The coefficients {@code s·x[i]}. */
    static double[] applied(double[] x, double s) {
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = s * x[i];
        }
        return r;
    }

    /** The coefficients {@code (s·x[i]) / d}. */
    static double[] dividedBy(double[] x, double s, double d) {
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = (s * x[i]) / d;
        }
        return r;
    }

    /** Whether every coefficient {@code s·x[i]} is finite (no branch per coefficient). */
    static boolean allFinite(double[] x, double s) {
        boolean finite = true;
        for (double v : x) {
            finite &= Math.abs(s * v) <= Double.MAX_VALUE;
        }
        return finite;
    }
}
