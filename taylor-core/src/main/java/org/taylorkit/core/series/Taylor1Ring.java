package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;

import org.taylorkit.core.kernels.DoubleKernels;

/**
 * The ring operations of {@link Taylor1} (sums, differences, negation, Cauchy products, squares and
 * scalings by a {@code double}): each loops a coefficient-k kernel of {@link DoubleKernels} over
 * {@code k = 0..n} into a fresh array, with the order rule of {@link Taylor1} (a binary operation has
 * the smaller of the two orders). Package-private and stateless; the operands are never modified.
 * Division by a series, powers and roots (with their leading-zero rules) are in
 * {@link Taylor1LeadingZeros}.
 */
final class Taylor1Ring {

    private Taylor1Ring() {
    }

    /** a + b, order min(a.order(), b.order()). */
    static Taylor1 add(Taylor1 ta, Taylor1 tb) {
        double[] a = ta.raw();
        double[] b = tb.raw();
        int n = Math.min(ta.order(), tb.order());
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.add(a, b, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** a + s: only c_0 changes. */
    static Taylor1 add(Taylor1 ta, double s) {
        double[] r = ta.raw().clone();
        r[0] += s;
        return Taylor1.wrap(r);
    }

    /** a − b, order min(a.order(), b.order()). */
    static Taylor1 subtract(Taylor1 ta, Taylor1 tb) {
        double[] a = ta.raw();
        double[] b = tb.raw();
        int n = Math.min(ta.order(), tb.order());
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.sub(a, b, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** −a. */
    static Taylor1 negate(Taylor1 ta) {
        double[] a = ta.raw();
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            DoubleKernels.neg(a, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** a·b (Cauchy product), order min(a.order(), b.order()). */
    static Taylor1 multiply(Taylor1 ta, Taylor1 tb) {
        double[] a = ta.raw();
        double[] b = tb.raw();
        int n = Math.min(ta.order(), tb.order());
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleKernels.mul(a, b, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** s·a, coefficient-wise. */
    static Taylor1 scale(Taylor1 ta, double s) {
        double[] a = ta.raw();
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            DoubleKernels.scale(a, s, r, k);
        }
        return Taylor1.wrap(r);
    }

    /** a/s, coefficient-wise; SingularExpansionException ("division") for s = 0. */
    static Taylor1 divideScalar(Taylor1 ta, double s) {
        if (s == 0.0) {
            throw new SingularExpansionException("division", "the constant divisor 0", "division by zero");
        }
        double[] a = ta.raw();
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = a[k] / s;
        }
        return Taylor1.wrap(r);
    }

    /** a², by the symmetric product. */
    static Taylor1 square(Taylor1 ta) {
        double[] a = ta.raw();
        double[] r = new double[a.length];
        for (int k = 0; k < r.length; k++) {
            DoubleKernels.sqr(a, r, k);
        }
        return Taylor1.wrap(r);
    }
}
