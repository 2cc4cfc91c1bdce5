package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/** eˣ, entire: c_k = (1/k) Σ_{j=1..k} j a_j c_{k−j} (from c' = a'·c). */
final class Exp extends ElementaryFunction {

    Exp() {
        super("exp", 0);
    }

    @Override public double value(double x) { return Math.exp(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return p.round(p.guarded().exp(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.exp(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericElementaryKernels.exp(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "exp(x)"; }
}
