package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * |x| = sign(x_0)·x near a point x_0 ≠ 0: c_k = sign(a_0)·a_k. At 0 the corner has no series (the
 * univariate series type first factors out leading zeros, so |t²| = t² works there).
 */
final class Abs extends ElementaryFunction {

    Abs() {
        super("abs", 0);
    }

    @Override public double value(double x) { return Math.abs(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        return p.round(ApfloatMath.abs(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        if (ar.signum(a0) == 0) {
            throw DomainRules.singular("abs", "0",
                    "|a| has a corner where a = 0: not differentiable (in several variables the sign of the "
                            + "lowest-degree terms is not fixed)");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        c[co + k] = k == 0 ? Math.abs(a[ao]) : (a[ao] < 0 ? -a[ao + k] : a[ao + k]);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        c[k] = k == 0 ? ar.apply(this, a[0]) : ar.signum(a[0]) < 0 ? ar.negate(a[k]) : a[k];
    }

    @Override public String derivative() { return "x/abs(x)"; }
}
