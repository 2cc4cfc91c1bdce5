package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/**
 * Sine, entire, by the coupled recurrence with its auxiliary cos a (s' = a'·c, c' = −a'·s):
 * s_k = (1/k) Σ j a_j c_{k−j}, c_k = −(1/k) Σ j a_j s_{k−j}.
 */
final class Sin extends ElementaryFunction {

    Sin() {
        super("sin", 1);
    }

    @Override public double value(double x) { return Math.sin(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return x.signum() == 0 ? p.round(x) : p.round(p.guarded().sin(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.sinCos(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.COS, a[0]);
        } else {
            GenericElementaryKernels.sinCos(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "cos(x)"; }
}
