package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.arith.ErrorFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The error function, entire, with auxiliaries e = (2/√π)·e^{−a²} and q = a²:
 * c_k = (1/k) Σ j a_j e_{k−j}, e_k = −(1/k) Σ j q_j e_{k−j}. The constant 2/√π enters only
 * through e_0, computed in the coefficient arithmetic from π.
 */
final class Erf extends ElementaryFunction {

    Erf() {
        super("erf", 2);
    }

    @Override public double value(double x) { return ErrorFunction.erf(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() == 0) {
            return p.round(x);
        }
        // 1 − erf|x| = erfc|x| < e^{−x²} for |x| ≥ 1: ±1 where that is below the precision (Apfloat's erf
        // of a huge argument does not return)
        if (ApfloatMath.abs(x).compareTo(new Apfloat(1)) >= 0 && p.negligibleExp(x.multiply(x))) {
            return new Apfloat(x.signum());
        }
        return p.round(p.guarded().erf(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.erf(a, ao, c, co, w, wo, w, wo + ws, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            startAuxiliaries(ar, a[0], w);
        } else {
            GenericInverseKernels.erf(ar, a, c, w[0], w[1], k);
        }
    }

    /** Coefficient 0 of the auxiliaries: q_0 = a_0², e_0 = (2/√π)·e^{−q_0} (shared with erfc). */
    static <T> void startAuxiliaries(Arithmetic<T> ar, T a0, T[][] w) {
        T q0 = ar.multiply(a0, a0);
        w[1][0] = q0;
        w[0][0] = ar.divide(ar.multiply(ar.apply(Functions.EXP, ar.negate(q0)), 2), ar.apply(Functions.SQRT, ar.pi()));
    }

    @Override public String derivative() { return "2/sqrt(pi)*exp(-x^2)"; }
}
