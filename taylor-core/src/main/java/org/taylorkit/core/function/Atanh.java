package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/** Inverse hyperbolic tangent, with auxiliary r = 1 − a²: series where |x| &lt; 1; ±1 are poles. */
final class Atanh extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);

    Atanh() {
        super("atanh", 1);
    }

    @Override public double value(double x) { return DoubleElementaryKernels.scalarAtanh(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (ApfloatMath.abs(x).compareTo(ONE) >= 0) {
            throw ApfloatPrecision.domain("atanh", x, "|argument| ≥ 1");
        }
        return p.oddNearIdentity(x, 1, 3, (h, v) -> h.atanh(v));
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        int s = DomainRules.insideUnit(ar, a0);
        if (s == 0) {
            throw DomainRules.singular("atanh", DomainRules.point(ar, a0), "atanh → ±∞ there");
        }
        if (s < 0) {
            throw DomainRules.singular("atanh", DomainRules.point(ar, a0), "no real series: atanh has no real value outside (−1, 1)");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.atanh(a, ao, c, co, w, wo, k);
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
