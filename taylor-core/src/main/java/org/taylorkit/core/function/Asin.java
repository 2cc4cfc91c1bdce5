package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * Arcsine, with auxiliary r = √(1 − a²): series where |x| &lt; 1,
 * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j r_{k−j}) / r_0; ±1 are branch points.
 */
final class Asin extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);

    Asin() {
        super("asin", 1);
    }

    @Override public double value(double x) { return Math.asin(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (ApfloatMath.abs(x).compareTo(ONE) > 0) {
            throw ApfloatPrecision.domain("asin", x, "|argument| > 1");
        }
        return p.oddNearIdentity(x, 1, 6, (h, v) -> h.asin(v));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        DomainRules.openUnitBranch("asin", ar, a0);
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.asin(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.SQRT, GenericInverseKernels.oneMinusSquare(ar, a[0]));
        } else {
            GenericInverseKernels.asin(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1/sqrt(1 - x^2)"; }
}
