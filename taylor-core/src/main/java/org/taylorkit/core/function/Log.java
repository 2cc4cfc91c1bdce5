package org.taylorkit.core.function;

import java.util.List;
import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/**
 * The natural logarithm (alias {@code ln}): series where x &gt; 0,
 * c_k = (a_k − (1/k) Σ_{j=1..k−1} j c_j a_{k−j}) / a_0 (from a·c' = a').
 */
final class Log extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);

    Log() {
        super("log", 0);
    }

    @Override public List<String> aliases() { return List.of("ln"); }

    @Override public double value(double x) { return Math.log(x); }

    /** Near 1 (scale 0 or 1 and x − 1 small) through log1p of the exact difference, no cancellation. */
    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() <= 0) {
            throw ApfloatPrecision.domain("log", x, "the argument is not positive");
        }
        long scale = x.scale();
        if (scale == 0 || scale == 1) {
            Apfloat d = ApfloatPrecision.exact(x).subtract(ONE);
            if (d.signum() == 0) {
                return p.round(d);
            }
            if (d.scale() < 0) {
                return Log1p.small(d, p);
            }
        }
        return p.round(p.guarded().log(x));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = ar.signum(a0);
        if (s == 0) {
            throw DomainRules.singular("log", "0", "log → −∞ there");
        }
        if (s < 0) {
            throw DomainRules.singular("log", DomainRules.point(ar, a0),
                    "the logarithm of a negative number has no real series");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.log(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericElementaryKernels.log(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "1/x"; }
}
