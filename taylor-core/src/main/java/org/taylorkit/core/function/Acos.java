package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/** Arccosine, with auxiliary r = √(1 − a²): series where |x| &lt; 1, c_k = −(a_k + (1/k) Σ j c_j r_{k−j}) / r_0. */
final class Acos extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);
    private static final Apfloat TWO = new Apfloat(2);

    Acos() {
        super("acos", 1);
    }

    @Override public double value(double x) { return Math.acos(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (ApfloatMath.abs(x).compareTo(ONE) > 0) {
            throw ApfloatPrecision.domain("acos", x, "|argument| > 1");
        }
        if (x.scale() < 0) {
            // |x| < 1/10: π/2 − asin x (no cancellation, the result is above 1.47); Apfloat's own acos
            // runs at a working precision growing with −scale(x) and exhausted a 14 GB heap on a tiny x
            FixedPrecisionApfloatHelper h = p.guarded();
            Apfloat asin = p.oddNearIdentityGuarded(x, 1, 6, (g, v) -> g.asin(v));
            return p.round(h.subtract(h.divide(h.pi(), TWO), asin));
        }
        return p.round(p.guarded().acos(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        DomainRules.openUnitBranch("acos", ar, a0);
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.acos(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.SQRT, GenericInverseKernels.oneMinusSquare(ar, a[0]));
        } else {
            GenericInverseKernels.acos(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "-1/sqrt(1 - x^2)"; }
}
