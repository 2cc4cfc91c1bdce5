package org.taylorkit.core;

import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/**
 * The elementary functions of {@link Taylor1}: domain checks (throwing
 * {@link SingularExpansionException} with the function, the point — the leading term when the
 * argument vanishes — and the reason) followed by the catalogue function's kernel for k = 0..n over
 * freshly allocated output and auxiliary arrays. Package-private; the formulas are documented on the
 * definitions and kernels.
 *
 * <p>Domain checks test the constant term a_0 only when it is not NaN: a NaN series propagates.
 */
final class Taylor1Elementary {

    private Taylor1Elementary() {
    }

    /** f(t) by its double kernel after its domain check at a_0 (skipped for a NaN a_0). */
    static Taylor1 apply(Taylor1 t, ElementaryFunction f) {
        double[] a = t.raw();
        if (!Double.isNaN(a[0])) {
            try {
                f.checkSeries(BoxedDoubleArithmetic.INSTANCE, a[0]);
            } catch (SingularExpansionException e) {
                throw new SingularExpansionException(e.function(), Taylor1LeadingZeros.point(a, t.order()),
                        e.reason());
            }
        }
        int m = a.length;
        double[] c = new double[m];
        double[] w = new double[f.auxiliaries() * m];
        for (int k = 0; k < m; k++) {
            f.kernel(a, 0, c, 0, w, 0, m, k);
        }
        return Taylor1.wrap(c);
    }

    static Taylor1 atan2(Taylor1 ty, Taylor1 tx) {
        double[] y = ty.raw();
        double[] x = tx.raw();
        if (x[0] == 0.0 && y[0] == 0.0) {
            throw new SingularExpansionException("atan2", "the origin (x, y) = (0, 0)",
                    "the angle is undefined there");
        }
        int n = Math.min(ty.order(), tx.order());
        double[] c = new double[n + 1];
        double[] r = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            DoubleElementaryKernels.atan2(y, x, c, r, k);
        }
        return Taylor1.wrap(c);
    }
}
