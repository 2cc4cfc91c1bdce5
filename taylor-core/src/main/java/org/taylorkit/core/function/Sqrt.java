package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericKernels;

/**
 * √x: series where x &gt; 0 (the square-root recurrence from c² = a); at 0 a branch point.
 * Series with leading zeros (√(t²) = t) are handled by the series types before this rule.
 */
final class Sqrt extends ElementaryFunction {

    Sqrt() {
        super("sqrt", 0);
    }

    @Override public double value(double x) { return Math.sqrt(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() < 0) {
            throw ApfloatPrecision.domain("sqrt", x, "the argument is negative");
        }
        return x.signum() == 0 ? p.round(x) : p.round(p.guarded().sqrt(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = ar.signum(a0);
        if (s < 0) {
            throw DomainRules.singular("sqrt", DomainRules.point(ar, a0),
                    "the square root of a negative number has no real series");
        }
        if (s == 0) {
            throw DomainRules.singular("sqrt", "0", "a branch point: √ is not differentiable at 0");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.sqrt(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericKernels.sqrt(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "1/(2*sqrt(x))"; }
}
