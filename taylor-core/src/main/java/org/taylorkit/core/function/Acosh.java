package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/** Inverse hyperbolic cosine, with auxiliary r = √(a² − 1): series where x &gt; 1; 1 is a branch point. */
final class Acosh extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);

    Acosh() {
        super("acosh", 1);
    }

    @Override public double value(double x) { return DoubleElementaryKernels.scalarAcosh(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.compareTo(ONE) < 0) {
            throw ApfloatPrecision.domain("acosh", x, "the argument is less than 1");
        }
        return p.round(p.guarded().acosh(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = ar.signum(ar.subtract(a0, ar.one()));
        if (s == 0) {
            throw DomainRules.singular("acosh", DomainRules.point(ar, a0),
                    "a branch point: the derivative 1/√(a² − 1) is infinite there");
        }
        if (s < 0) {
            throw DomainRules.singular("acosh", DomainRules.point(ar, a0), "no real series: acosh has no real value below 1");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.acosh(a, ao, c, co, w, wo, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = ar.apply(Functions.SQRT,
                    ar.multiply(ar.subtract(a[0], ar.one()), ar.add(a[0], ar.one())));
        } else {
            GenericInverseKernels.acosh(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1/sqrt(x^2 - 1)"; }
}
