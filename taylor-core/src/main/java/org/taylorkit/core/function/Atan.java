package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/** Arctangent, entire on the reals, with auxiliary r = 1 + a²: c_k = (a_k − (1/k) Σ j c_j r_{k−j}) / r_0. */
final class Atan extends ElementaryFunction {

    Atan() {
        super("atan", 1);
    }

    @Override public double value(double x) { return Math.atan(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return p.oddNearIdentity(x, -1, 3, (h, v) -> h.atan(v));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.atan(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = GenericInverseKernels.onePlusSquare(ar, a[0]);
        } else {
            GenericInverseKernels.atan(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1/(1 + x^2)"; }
}
