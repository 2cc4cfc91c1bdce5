package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/** Hyperbolic sine, entire, by the coupled recurrence with cosh a (s' = a'·c, c' = a'·s). */
final class Sinh extends ElementaryFunction {

    Sinh() {
        super("sinh", 1);
    }

    @Override public double value(double x) { return Math.sinh(x); }

    /** Near 0 by {@link ApfloatPrecision#oddNearIdentity} (sinh x = x + x³/6 + …; Apfloat's sinh cancels there). */
    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (p.hyperbolicSaturates(x)) {
            // sinh x = sign(x) e^{|x|}(1 − e^{−2|x|})/2: Apfloat's sinh divides by an underflowed e^{−|x|}
            Apfloat half = p.guarded().divide(p.guarded().exp(ApfloatMath.abs(x)), new Apfloat(2));
            return p.round(x.signum() < 0 ? half.negate() : half);
        }
        return p.oddNearIdentity(x, 1, 6, (h, v) -> h.sinh(v));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.sinhCosh(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.COSH, a[0]);
        } else {
            GenericElementaryKernels.sinhCosh(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "cosh(x)"; }
}
