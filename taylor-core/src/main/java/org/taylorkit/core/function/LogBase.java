package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * log_b x = ln x / ln b for a base b (the catalogue has log2 and log10, IEEE 1788's): series where
 * x &gt; 0, the natural logarithm's series (first auxiliary) divided by ln b (second auxiliary,
 * coefficient 0). Coefficient 0 is exact at powers of the base (log2 by the binary exponent, log10
 * by {@link Math#log10}). Domain and its messages are those of {@code log}.
 */
final class LogBase extends ElementaryFunction {

    private static final double LN2 = Math.log(2);

    private final int base;
    private final double ln;
    private final Apfloat apBase;

    LogBase(String name, int base) {
        super(name, 2);
        this.base = base;
        this.ln = Math.log(base);
        this.apBase = new Apfloat(base);
    }

    @Override public double value(double x) { return base == 2 ? log2(x) : base == 10 ? Math.log10(x) : Math.log(x) / ln; }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() <= 0) {
            throw ApfloatPrecision.domain(name(), x, "the argument is not positive");
        }
        return p.round(Functions.LOG.value(x, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))
                .divide(Functions.LOG.value(apBase, new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD))));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        try {
            Functions.LOG.checkSeries(ar, a0);
        } catch (org.taylorkit.core.SingularExpansionException e) {
            throw DomainRules.singular(name(), e.point(), e.reason());
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        Functions.LOG.kernel(a, ao, w, wo, w, wo, ws, k);
        c[co + k] = k == 0 ? value(a[ao]) : w[wo + k] / ln;
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            w[1][0] = ar.apply(Functions.LOG, ar.fromDouble(base));
        }
        Functions.LOG.kernel(ar, a, w[0], null, k);
        c[k] = k == 0 ? ar.apply(this, a[0]) : ar.divide(w[0][k], w[1][0]);
    }

    /** log₂ x = e + log(m)/ln 2 with x = m·2^e, m ∈ [1, 2): exact at powers of two; NaN below 0. */
    static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x) / LN2;
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            return log2(x * 0x1p52) - 52;
        }
        double m = x / Math.scalb(1.0, e);
        return e + Math.log(m) / LN2;
    }

    @Override public String derivative() { return "1/(x*log(" + base + "))"; }
}
