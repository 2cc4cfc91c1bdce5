package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;
import org.taylorkit.core.kernels.GenericKernels;

/**
 * Tangent, with auxiliary p = tan² a: c_k = a_k + (1/k) Σ j a_j p_{k−j} (from c' = (1 + p)·a').
 * Series wherever cos x ≠ 0; at a pole the double value is huge and the series useless, which the
 * caller's step control sees (no exact pole test is possible in floating point).
 */
final class Tan extends ElementaryFunction {

    Tan() {
        super("tan", 1);
    }

    @Override public double value(double x) { return Math.tan(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return x.signum() == 0 ? p.round(x) : p.round(p.guarded().tan(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.tan(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = GenericKernels.squareTerm(ar, c, 0);
        } else {
            GenericElementaryKernels.tan(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1 + tan(x)^2"; }
}
