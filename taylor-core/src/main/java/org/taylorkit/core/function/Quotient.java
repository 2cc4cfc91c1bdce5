package org.taylorkit.core.function;

import java.util.function.DoubleUnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;

/**
 * The reciprocal and quotient functions of a coupled pair (sec = 1/cos, csc = 1/sin, cot = cos/sin,
 * sech = 1/cosh, csch = 1/sinh, coth = cosh/sinh), defined once for all six. The pair's kernel
 * (the {@code base} function, whose auxiliary is the other member of the pair) fills the two
 * auxiliary series p = base(a) and q; the result c = n/p with n = 1 or n = q satisfies c·p = n, so
 * c_k = (n_k − Σ_{j=1..k} p_j c_{k−j}) / p_0. Series exist where p_0 ≠ 0 (elsewhere a pole).
 */
final class Quotient extends ElementaryFunction {

    private final ElementaryFunction base;
    private final boolean numeratorIsPair;
    private final DoubleUnaryOperator doubleValue;
    private final String derivative;

    /**
     * @param name the function's name
     * @param base the denominator p (sin, cos, sinh or cosh), whose auxiliary q is its pair
     * @param numeratorIsPair whether the numerator is q (cot, coth) rather than 1
     * @param doubleValue the double value
     * @param derivative the derivative text
     */
    Quotient(String name, ElementaryFunction base, boolean numeratorIsPair, DoubleUnaryOperator doubleValue,
            String derivative) {
        super(name, 2);
        this.base = base;
        this.numeratorIsPair = numeratorIsPair;
        this.doubleValue = doubleValue;
        this.derivative = derivative;
    }

    @Override public double value(double x) { return doubleValue.applyAsDouble(x); }

    @Override
    public Apfloat value(Apfloat x, ApfloatPrecision p) {
        boolean hyperbolic = base == Functions.SINH || base == Functions.COSH;
        if (hyperbolic && p.hyperbolicSaturates(x)) {
            // sinh, cosh = ±e^{|x|}(1 ∓ e^{−2|x|})/2 overflow Apfloat for huge |x|; here e^{−2|x|} is below
            // the precision: coth x = sign x, sech x = 2e^{−|x|}, csch x = 2 sign(x) e^{−|x|}
            if (numeratorIsPair) {
                return new Apfloat(x.signum());
            }
            Apfloat twiceExp = p.guarded().multiply(new Apfloat(2), p.guarded().exp(ApfloatMath.abs(x).negate()));
            return p.round(base == Functions.SINH && x.signum() < 0 ? twiceExp.negate() : twiceExp);
        }
        ApfloatPrecision wide = new ApfloatPrecision(p.digits() + ApfloatPrecision.GUARD);
        Apfloat den = base.value(x, wide);
        if (den.signum() == 0) {
            throw ApfloatPrecision.domain(name(), x, "a pole: " + base.name() + " vanishes there");
        }
        Apfloat num = numeratorIsPair ? pair().value(x, wide) : new Apfloat(1);
        return p.round(p.guarded().divide(num, den));
    }

    /** The other member of the pair (the base's auxiliary). */
    private ElementaryFunction pair() {
        return base == Functions.SIN ? Functions.COS : base == Functions.COS ? Functions.SIN
                : base == Functions.SINH ? Functions.COSH : Functions.SINH;
    }

    @Override
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
        if (ar.isZero(ar.apply(base, a0))) {
            throw DomainRules.singular(name(), DomainRules.point(ar, a0), "a pole: " + base.name() + " vanishes there");
        }
    }

    @Override
    public void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k) {
        base.kernel(a, ao, w, wo, w, wo + ws, ws, k);
        if (k == 0) {
            c[co] = value(a[ao]);
            return;
        }
        double s = numeratorIsPair ? w[wo + ws + k] : 0.0;
        for (int j = 1; j <= k; j++) {
            s -= w[wo + j] * c[co + k - j];
        }
        c[co + k] = s / w[wo];
    }

    /**
     * Generic layout: w[1] holds p = base(a) and w[0] the pair q, so that the base's own kernel runs
     * on (c = w[1], auxiliaries = w) — its one auxiliary is w[0] — with no array built per call.
     */
    @Override
    public <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k) {
        T[] p = w[1];
        T[] q = w[0];
        base.kernel(ar, a, p, w, k);
        if (k == 0) {
            c[0] = ar.apply(this, a[0]);
            return;
        }
        T s = numeratorIsPair ? q[k] : ar.zero();
        for (int j = 1; j <= k; j++) {
            s = ar.subtract(s, ar.multiply(p[j], c[k - j]));
        }
        c[k] = ar.divide(s, p[0]);
    }

    @Override public String derivative() { return derivative; }
}
