package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.arith.ComplementaryErrorFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The complementary error function erfc x = 1 − erf x, entire. Its series is erf's with the sign of
 * coefficients k ≥ 1 flipped (same auxiliaries e = (2/√π)·e^{−a²}, q = a²); coefficient 0 is erfc a_0
 * itself, accurate where 1 − erf a_0 would cancel (erfc 10 ≈ 2.1·10⁻⁴⁵).
 *
 * <p>Double value: {@link ComplementaryErrorFunction#erfc} — 1 − erf x below 1/8, e^{−x²} times the
 * scaled erfcx from its Taylor series about the nearest quarter up to 6.125 and from the continued
 * fraction A&amp;S 7.1.14 evaluated backward beyond, 2 − erfc(−x) for x &lt; 0: within 4 ulps (measured
 * against Apfloat at 40 digits: at most 2.2 ulps on [−6, 27.3], {@code ErfcAccuracyTest}; it was 51 ulps
 * on [0.5, 1] with the forward Lentz evaluation of the fraction). Apfloat value: Apfloat's erfc.
 */
final class Erfc extends ElementaryFunction {

    Erfc() {
        super("erfc", 2);
    }

    @Override
    public double value(double x) {
        return ComplementaryErrorFunction.erfc(x);
    }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        // erfc x = 2 − erfc|x| for x &lt; 0, with erfc|x| &lt; e^{−x²} (|x| ≥ 1): 2 where that is below the
        // precision (Apfloat's erfc of a huge negative argument does not return)
        if (x.compareTo(new Apfloat(-1)) <= 0 && p.negligibleExp(x.multiply(x))) {
            return new Apfloat(2);
        }
        if (x.compareTo(new Apfloat("1e10")) >= 0) {
            return new Apfloat(0); // erfc x < e^{−x²} ≤ e^{−10²⁰}, below every Apfloat (Apfloat's exp underflows to 0 there)
        }
        return p.round(p.guarded().erfc(x));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.erf(a, ao, c, co, w, wo, w, wo + ws, k);
        c[co + k] = k == 0 ? value(a[ao]) : -c[co + k];
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            Erf.startAuxiliaries(ar, a[0], w);
        } else {
            GenericInverseKernels.erf(ar, a, c, w[0], w[1], k);
            c[k] = ar.negate(c[k]);
        }
    }

    @Override public String derivative() { return "-2/sqrt(pi)*exp(-x^2)"; }
}
