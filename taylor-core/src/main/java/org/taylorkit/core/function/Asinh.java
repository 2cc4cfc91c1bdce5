package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/** Inverse hyperbolic sine, entire on the reals, with auxiliary r = √(a² + 1). */
final class Asinh extends ElementaryFunction {

    Asinh() {
        super("asinh", 1);
    }

    @Override public double value(double x) { return DoubleElementaryKernels.scalarAsinh(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return p.oddNearIdentity(x, -1, 6, (h, v) -> h.asinh(v));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.asinh(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.SQRT, ar.add(ar.multiply(a[0], a[0]), ar.one()));
        } else {
            GenericInverseKernels.asinh(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1/sqrt(x^2 + 1)"; }
}
