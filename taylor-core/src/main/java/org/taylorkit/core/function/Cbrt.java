package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericKernels;

/** ∛x, the real cube root: series where x ≠ 0 (the power recurrence with r = 1/3); at 0 a branch point. */
final class Cbrt extends ElementaryFunction {

    Cbrt() {
        super("cbrt", 0);
    }

    @Override public double value(double x) { return Math.cbrt(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return x.signum() == 0 ? p.round(x) : p.round(p.guarded().cbrt(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        if (ar.isZero(a0)) {
            throw DomainRules.singular("cbrt", "0", "a branch point: ∛ is not differentiable at 0");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.cbrt(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericKernels.cbrt(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "1/(3*cbrt(x)^2)"; }
}
