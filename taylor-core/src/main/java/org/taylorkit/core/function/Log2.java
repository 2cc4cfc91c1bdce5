package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * log_2 x = ln x / ln 2 (IEEE 1788's {{@code log2}}): series where x &gt; 0, the natural
 * logarithm's series (first auxiliary) divided by ln 2 (second auxiliary, coefficient 0);
 * coefficient 0 is exact at powers of two. Domain and its messages are those of {{@code log}}.
 */
final class Log2 extends ElementaryFunction {

    private static final double LN = 0.6931471805599453;
    private static final Apfloat BASE = new Apfloat(2);

    Log2() {
        super("log2", 2);
    }

    @Override public double value(double x) { return log2(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() <= 0) {
            throw ApfloatPrecision.domain("log2", x, "the argument is not positive");
        }
        return p.round(Functions.LOG.value(x, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))
                .divide(Functions.LOG.value(BASE, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        try {
            Functions.LOG.checkSeries(ar, a0);
        } catch (org.taylorkit.core.SingularExpansionException e) {
            throw DomainRules.singular("log2", e.point(), e.reason());
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        Functions.LOG.kernel(a, ao, w, wo, w, wo, ws, k);
        c[co + k] = k == 0 ? value(a[ao]) : w[wo + k] / LN;
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            w[1][0] = ar.apply(Functions.LOG, ar.fromDouble(2));
        }
        Functions.LOG.kernel(ar, a, w[0], null, k);
        c[k] = k == 0 ? ar.apply(this, a[0]) : ar.divide(w[0][k], w[1][0]);
    }

    /** log₂ x = e + log(m)/ln 2 with x = m·2^e, m ∈ [1, 2): exact at powers of two; NaN below 0. */
    private static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x) / LN;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            return log2(x * 0x1p52) - 52;
        }
        double m = x / Math.scalb(1.0, e);
        return e + Math.log(m) / LN;
    }

    @Override public String derivative() { return "1/(x*log(2))"; }
}
