package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;
import org.taylorkit.core.kernels.GenericKernels;

/** Hyperbolic tangent, entire on the reals, with auxiliary p = tanh² a: c_k = a_k − (1/k) Σ j a_j p_{k−j}. */
final class Tanh extends ElementaryFunction {

    Tanh() {
        super("tanh", 1);
    }

    @Override public double value(double x) { return Math.tanh(x); }

    /**
     * Near 0 by {@link ApfloatPrecision#oddNearIdentity} (tanh x = x − x³/3 + …; Apfloat's tanh cancels there); ±1 where
     * 1 − |tanh x| &lt; 2e^{−2|x|} is below the precision (Apfloat's tanh overflows for huge |x|).
     */
    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (p.hyperbolicSaturates(x)) {
            return new Apfloat(x.signum());
        }
        return p.oddNearIdentity(x, -1, 3, (h, v) -> h.tanh(v));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.tanh(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = GenericKernels.squareTerm(ar, c, 0);
        } else {
            GenericElementaryKernels.tanh(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1 - tanh(x)^2"; }
}
