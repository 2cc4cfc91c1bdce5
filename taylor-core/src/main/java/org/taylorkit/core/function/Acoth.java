package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The inverse hyperbolic cotangent acoth x = atanh(1/x) = ½ ln((x + 1)/(x − 1)), real for |x| &gt; 1.
 * Its derivative 1/(1 − x²) is atanh's, so coefficients k ≥ 1 follow atanh's recurrence with the
 * auxiliary r = 1 − a²; coefficient 0 is acoth a_0. ±1 are poles.
 */
final class Acoth extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);

    Acoth() {
        super("acoth", 1);
    }

    /** ½·log1p(2/(x − 1)) for x &gt; 1 (accurate for large x), odd. */
    @Override
    public double value(double x) {
        double ax = Math.abs(x);
        return ax > 1 ? Math.copySign(0.5 * Math.log1p(2.0 / (ax - 1.0)), x) : Double.NaN;
    }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (ApfloatMath.abs(x).compareTo(ONE) <= 0) {
            throw ApfloatPrecision.domain("acoth", x, "|argument| ≤ 1");
        }
        return p.round(p.guarded().atanh(p.guarded().divide(ONE, x)));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = DomainRules.insideUnit(ar, a0);
        if (s == 0) {
            throw DomainRules.singular("acoth", DomainRules.point(ar, a0), "acoth → ±∞ there");
        }
        if (s > 0) {
            throw DomainRules.singular("acoth", DomainRules.point(ar, a0),
                    "no real series: acoth has no real value on [−1, 1]");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        // atanh's recurrence reads c_1..c_{k−1} and r only, so it runs with acoth's c_0
        org.taylorkit.core.kernels.DoubleElementaryKernels.atanh(a, ao, c, co, w, wo, k);
        if (k == 0) {
            c[co] = value(a[ao]);
        }
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = GenericInverseKernels.oneMinusSquare(ar, a[0]);
        } else {
            GenericInverseKernels.atanh(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "1/(1 - x^2)"; }
}
