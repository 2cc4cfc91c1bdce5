package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/**
 * 2^x = e^(x·ln 2), entire (IEEE 1788's {{@code exp2}}). Series: the exponential recurrence of
 * the auxiliary series u = a·ln 2; coefficient 0 is 2^a_0 itself (exact at integers). The second auxiliary holds
 * ln 2 in its coefficient 0 (computed once per series in the coefficient arithmetic, so over
 * intervals it is an enclosure).
 */
final class ExpBase extends ElementaryFunction {

    private final int base;
    private final double ln;
    private final Apfloat apBase;

    ExpBase(String name, int base) {
        super(name, 2);
        this.base = base;
        this.ln = Math.log(base);
        this.apBase = new Apfloat(base);
    }

    @Override public double value(double x) { return Math.pow(base, x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return x.signum() == 0 ? p.round(new Apfloat(1)) : p.round(p.guarded(Math.max(0, x.scale())).pow(apBase, x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        w[wo + k] = a[ao + k] * ln;
        DoubleKernels.exp(w, wo, c, co, k);
        if (k == 0) {
            c[co] = value(a[ao]);
        }
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            w[1][0] = ar.apply(Functions.LOG, ar.fromDouble(base));
            c[0] = ar.apply(this, a[0]);
        }
        w[0][k] = ar.multiply(a[k], w[1][0]);
        if (k > 0) {
            GenericElementaryKernels.exp(ar, w[0], c, k);
        }
    }

    @Override public String derivative() { return "log(" + base + ")*" + name() + "(x)"; }
}
