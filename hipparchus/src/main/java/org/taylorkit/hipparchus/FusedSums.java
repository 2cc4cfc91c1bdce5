package org.taylorkit.hipparchus;

/**
 * The fused linear combinations of {@link TaylorNElement}: Σ aᵢ·bᵢ accumulated coefficient by
 * coefficient into one array (products by the field's product kernel, factors known to be constant
 * as scalings, pending scale factors applied on the fly), instead of one element per product and
 * per partial sum. The terms are added left to right as the element-by-element chain adds them, so
 * the sums agree with the chain's to the last bit except for the sign of zero coefficients; the
 * caller supplies the constant term (the accurate {@code MathArrays.linearCombination} of the values).
 * Stateless.
 */
final class FusedSums {

    private FusedSums() {
    }

    /** Σ a[i]·b[i] (non-empty, equal lengths) with constant term {@code value}. */
    static TaylorNElement products(TaylorNField field, TaylorNElement[] a, TaylorNElement[] b, double value) {
        int size = field.index().size();
        double[] acc = new double[size];
        double[] product = new double[size];
        for (int k = 0; k < a.length; k++) {
            accumulateProduct(field, acc, product, a[k], b[k], k == 0);
        }
        acc[0] = value;
        return new TaylorNElement(field, acc, false);
    }

    /** Σ a[i]·b[i] (non-empty, equal lengths) with constant factors and constant term {@code value}. */
    static TaylorNElement scaled(TaylorNField field, double[] a, TaylorNElement[] b, double value) {
        double[] acc = new double[field.index().size()];
        for (int k = 0; k < a.length; k++) {
            addScaled(acc, a[k], b[k], k == 0);
        }
        acc[0] = value;
        return new TaylorNElement(field, acc, false);
    }

    /** {@code acc = a·b} ({@code first}) or {@code acc += a·b}, {@code scratch} holding a full product. */
    private static void accumulateProduct(TaylorNField field, double[] acc, double[] scratch, TaylorNElement a,
            TaylorNElement b, boolean first) {
        if (b.isConstant()) {
            addScaled(acc, b.getValue(), a, first);
        } else if (a.isConstant()) {
            addScaled(acc, a.getValue(), b, first);
        } else if (first) {
            field.multiplyInto(a.coefficients(), b.coefficients(), acc);
        } else {
            field.multiplyInto(a.coefficients(), b.coefficients(), scratch);
            for (int i = 0; i < acc.length; i++) {
                acc[i] = acc[i] + scratch[i];
            }
        }
    }

    /**
     * {@code acc = s·e} ({@code first}) or {@code acc += s·e}, e's coefficients formed as
     * {@code pendingScale·array[i]} on the fly (exactly {@code array[i]} when the scale is 1).
     */
    private static void addScaled(double[] acc, double s, TaylorNElement e, boolean first) {
        int size = acc.length;
        double[] x = e.array();
        double t = e.pendingScale();
        if (first) {
            for (int i = 0; i < size; i++) {
                acc[i] = s * (t * x[i]);
            }
        } else {
            for (int i = 0; i < size; i++) {
                acc[i] = acc[i] + s * (t * x[i]);
            }
        }
    }
}
