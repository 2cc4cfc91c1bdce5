package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.GenericInverseKernels;

/**
 * The inverse cotangent on its continuous branch acot x = π/2 − atan x: analytic on all reals,
 * decreasing from π (at −∞) to 0 (at +∞), acot 0 = π/2 (the convention of fi_lib, C-XSC and the
 * ITF1788 acot vectors; not the branch atan(1/x), which jumps at 0). Its derivative −1/(1 + x²) is
 * atan's negated, so coefficients k ≥ 1 follow atan's recurrence with the sign of a' flipped
 * (auxiliary r = 1 + a²); coefficient 0 is acot a_0.
 */
final class Acot extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);
    private static final java.util.function.BiFunction<FixedPrecisionApfloatHelper, Apfloat, Apfloat> ATAN =
            (h, v) -> h.atan(v);

    Acot() {
        super("acot", 1);
    }

    /** atan(1/x) for x &gt; 1 (no cancellation for large x), else π/2 − atan x (no cancellation there). */
    @Override
    public double value(double x) {
        return x > 1 ? Math.atan(1.0 / x) : Math.PI / 2 - Math.atan(x);
    }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        // atan of a tiny argument through the two-term series (Apfloat's own atan slows down with −scale)
        FixedPrecisionApfloatHelper h = p.guarded();
        if (x.compareTo(ONE) > 0) {
            return p.oddNearIdentity(h.divide(ONE, x), -1, 3, ATAN);
        }
        if (x.compareTo(ONE.negate()) < 0) { // π/2 − atan x = π + atan(1/x) for x < −1
            return p.round(h.add(h.pi(), p.oddNearIdentityGuarded(h.divide(ONE, x), -1, 3, ATAN)));
        }
        return p.round(h.subtract(h.divide(h.pi(), new Apfloat(2)), p.oddNearIdentityGuarded(x, -1, 3, ATAN)));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleElementaryKernels.acot(a, ao, c, co, w, wo, k, k == 0 ? value(a[ao]) : 0.0);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            w[0][0] = GenericInverseKernels.onePlusSquare(ar, a[0]);
        } else {
            GenericInverseKernels.acot(ar, a, c, w[0], k);
        }
    }

    @Override public String derivative() { return "-1/(1 + x^2)"; }
}
