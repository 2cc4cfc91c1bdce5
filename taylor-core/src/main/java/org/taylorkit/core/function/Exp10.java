package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/**
 * 10^x = e^(x·ln 10), entire (IEEE 1788's {{@code exp10}}). Series: the exponential recurrence of
 * the auxiliary series u = a·ln 10; coefficient 0 is 10^a_0 itself (exact where representable). The second auxiliary holds
 * ln 10 in its coefficient 0 (computed once per series in the coefficient arithmetic, so over
 * intervals it is an enclosure).
 */
final class Exp10 extends ElementaryFunction {

    private static final double LN = 2.302585092994046;
    private static final Apfloat BASE = new Apfloat(10);

    Exp10() {
        super("exp10", 2);
    }

    @Override public double value(double x) { return Math.pow(10.0, x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return x.signum() == 0 ? p.round(new Apfloat(1)) : p.round(p.guarded(Math.max(0, x.scale())).pow(BASE, x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        w[wo + k] = a[ao + k] * LN;
        DoubleKernels.exp(w, wo, c, co, k);
        if (k == 0) {
            c[co] = value(a[ao]);
        }
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            w[1][0] = ar.apply(Functions.LOG, ar.fromDouble(10));
            c[0] = ar.apply(this, a[0]);
        }
        w[0][k] = ar.multiply(a[k], w[1][0]);
        if (k > 0) {
            GenericElementaryKernels.exp(ar, w[0], c, k);
        }
    }

    @Override public String derivative() { return "log(10)*exp10(x)"; }
}
