package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * log_10 x = ln x / ln 10 (IEEE 1788's {{@code log10}}): series where x &gt; 0, the natural
 * logarithm's series (first auxiliary) divided by ln 10 (second auxiliary, coefficient 0);
 * coefficient 0 is Math.log10's value (exact at powers of ten). Domain and its messages are those of {{@code log}}.
 */
final class Log10 extends ElementaryFunction {

    private static final double LN = 2.302585092994046;
    private static final Apfloat BASE = new Apfloat(10);

    Log10() {
        super("log10", 2);
    }

    @Override public double value(double x) { return Math.log10(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() <= 0) {
            throw ApfloatPrecision.domain("log10", x, "the argument is not positive");
        }
        return p.round(Functions.LOG.value(x, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))
                .divide(Functions.LOG.value(BASE, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        try {
            Functions.LOG.checkSeries(ar, a0);
        } catch (org.taylorkit.core.SingularExpansionException e) {
            throw DomainRules.singular("log10", e.point(), e.reason());
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
            w[1][0] = ar.apply(Functions.LOG, ar.fromDouble(10));
        }
        Functions.LOG.kernel(ar, a, w[0], null, k);
        c[k] = k == 0 ? ar.apply(this, a[0]) : ar.divide(w[0][k], w[1][0]);
    }

    @Override public String derivative() { return "1/(x*log(10))"; }
}
