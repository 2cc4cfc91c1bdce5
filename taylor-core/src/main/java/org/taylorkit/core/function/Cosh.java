package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/** Hyperbolic cosine, entire, by the coupled sinh/cosh recurrence (auxiliary: sinh a). */
final class Cosh extends ElementaryFunction {

    Cosh() {
        super("cosh", 1);
    }

    @Override public double value(double x) { return Math.cosh(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (p.hyperbolicSaturates(x)) {
            // cosh x = e^{|x|}(1 + e^{−2|x|})/2: Apfloat's cosh divides by an underflowed e^{−|x|}
            return p.round(p.guarded().divide(p.guarded().exp(ApfloatMath.abs(x)), new Apfloat(2)));
        }
        return p.round(p.guarded().cosh(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.sinhCosh(a, ao, w, wo, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            // cosh first: an argument beyond Apfloat's range is then reported as cosh(…), not as
            // the auxiliary sinh(…) the user never wrote
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.SINH, a[0]);
        } else {
            GenericElementaryKernels.sinhCosh(ar, a, w[0], c, k);
        }
    }

    @Override public String derivative() { return "sinh(x)"; }
}
