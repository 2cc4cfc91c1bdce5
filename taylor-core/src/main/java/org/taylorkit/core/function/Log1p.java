package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/** log(1 + x): series where x &gt; −1 (the log recurrence for 1 + a). */
final class Log1p extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);
    private static final Apfloat HALF = new Apfloat("0.5").precision(Apfloat.INFINITE);

    Log1p() {
        super("log1p", 0);
    }

    @Override public double value(double x) { return Math.log1p(x); }

    /** 1 + x formed exactly; for |x| &lt; 1 with −scale(x) extra digits. */
    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.compareTo(ONE.negate()) <= 0) {
            throw ApfloatPrecision.domain("log1p", x, "the argument is not greater than −1");
        }
        if (x.signum() == 0) {
            return p.round(x);
        }
        if (x.scale() < 0) {
            return small(x, p);
        }
        return p.round(p.guarded().log(ONE.add(ApfloatPrecision.exact(x))));
    }

    /** log(1 + d) for |d| &lt; 1: extra digits, or d − d²/2 below the precision's reach. */
    static Apfloat small(Apfloat d, ApfloatPrecision p) {
        Apfloat e = ApfloatPrecision.exact(d);
        if (p.negligibleSquare(d)) {
            return p.round(e.subtract(e.multiply(e).multiply(HALF)));
        }
        return p.round(p.guarded(-d.scale()).log(ONE.add(e)));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = ar.signum(ar.add(ar.one(), a0));
        if (s == 0) {
            throw DomainRules.singular("log1p", DomainRules.point(ar, a0), "log(1 + a) → −∞ there");
        }
        if (s < 0) {
            throw DomainRules.singular("log1p", DomainRules.point(ar, a0),
                    "1 + a is negative: the logarithm has no real series");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.log1p(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericElementaryKernels.log1p(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "1/(1 + x)"; }
}
