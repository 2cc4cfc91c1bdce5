package org.taylorkit.core.function;

import org.apfloat.Apfloat;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.kernels.GenericElementaryKernels;

/** eˣ − 1, entire, accurate for small x: the exp recurrence with c_0 + 1 in place of c_0. */
final class Expm1 extends ElementaryFunction {

    private static final Apfloat ONE = new Apfloat(1);
    private static final Apfloat HALF = new Apfloat("0.5").precision(Apfloat.INFINITE);

    Expm1() {
        super("expm1", 0);
    }

    @Override public double value(double x) { return Math.expm1(x); }

    /**
     * Without cancellation: for |x| &lt; 1 the exponential gets −scale(x) extra digits; below the
     * precision's reach the series x + x²/2 is exact to the precision.
     */
    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        if (x.signum() == 0) {
            return p.round(x);
        }
        if (p.negligibleSquare(x)) {
            Apfloat e = ApfloatPrecision.exact(x);
            return p.round(e.add(e.multiply(e).multiply(HALF)));
        }
        if (x.signum() < 0 && p.negligibleExp(x.negate())) {
            return new Apfloat(-1); // e^x − 1 = −1 + e^x with e^x below the precision
        }
        FixedPrecisionApfloatHelper h = p.guarded(Math.max(0, -x.scale()));
        // h.subtract, not Apfloat.subtract: an exact difference of 1 and e^{−10¹⁵} has 10¹⁵ digits
        return p.round(h.subtract(h.exp(x), ONE));
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        DoubleKernels.expm1(a, ao, c, co, k);
    }

    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
        } else {
            GenericElementaryKernels.expm1(ar, a, c, k);
        }
    }

    @Override public String derivative() { return "exp(x)"; }
}
