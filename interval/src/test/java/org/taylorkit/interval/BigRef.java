package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.ApfloatMath;

/**
 * Plain-{@link BigDecimal} references for the functions whose Apfloat implementation is slow
 * (sin, cos: ~10 ms; erf: ~200 ms per call): textbook series at 80 significant digits, with π
 * taken from Apfloat ({@code ApfloatMath.pi(500)}, independent of {@link PiEnclosure}). The
 * arguments are exact doubles; reduction mod π/2 is done exactly enough (π to 500 digits covers
 * arguments up to 2^1024). These are cross-checked against Apfloat in {@code BigRefTest}.
 */
public final class BigRef {

    private static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);
    public static final BigDecimal PI = new BigDecimal(ApfloatMath.pi(500).toString(true));
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2));
    private static final BigDecimal EPS = new BigDecimal("1e-85");
    private static final BigDecimal SQRT_PI = PI.sqrt(new MathContext(250));

    private BigRef() {
    }

    /** {sin x, cos x} to about 75 digits. */
    public static BigDecimal[] sinCos(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal k = bx.divide(HALF_PI, new MathContext(Math.max(1, bx.precision() + 20), RoundingMode.HALF_EVEN))
                .setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(k.multiply(HALF_PI)).round(MC);
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal c = BigDecimal.ZERO;
        BigDecimal r2 = r.multiply(r, MC);
        BigDecimal term = r; // r^{2n+1}/(2n+1)!
        for (int n = 0; term.abs().compareTo(EPS) > 0 || n < 2; n++) {
            s = n % 2 == 0 ? s.add(term, MC) : s.subtract(term, MC);
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n + 2) * (2L * n + 3)), MC);
        }
        term = BigDecimal.ONE; // r^{2n}/(2n)!
        for (int n = 0; term.abs().compareTo(EPS) > 0 || n < 2; n++) {
            c = n % 2 == 0 ? c.add(term, MC) : c.subtract(term, MC);
            term = term.multiply(r2, MC).divide(BigDecimal.valueOf((2L * n + 1) * (2L * n + 2)), MC);
        }
        int q = k.toBigInteger().mod(java.math.BigInteger.valueOf(4)).intValue();
        switch (q) {
            case 0: return new BigDecimal[] {s, c};
            case 1: return new BigDecimal[] {c, s.negate()};
            case 2: return new BigDecimal[] {s.negate(), c.negate()};
            default: return new BigDecimal[] {c.negate(), s};
        }
    }

    /** atan t (exact decimal t) to about 75 digits: reciprocal for |t| > 1, three halvings, Maclaurin series. */
    public static BigDecimal atan(BigDecimal t) {
        if (t.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (t.abs().compareTo(BigDecimal.ONE) > 0) {
            BigDecimal a = atan(BigDecimal.ONE.divide(t, MC));
            return (t.signum() > 0 ? HALF_PI : HALF_PI.negate()).subtract(a, MC);
        }
        BigDecimal u = t.round(MC);
        for (int i = 0; i < 3; i++) { // atan u = 2 atan(u/(1 + √(1 + u²)))
            u = u.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(u.multiply(u, MC)).sqrt(MC)), MC);
        }
        BigDecimal u2 = u.multiply(u, MC);
        BigDecimal p = u;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal stop = EPS.multiply(u.abs());
        for (int n = 0; p.abs().compareTo(stop) > 0; n++) {
            BigDecimal term = p.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = n % 2 == 0 ? sum.add(term, MC) : sum.subtract(term, MC);
            p = p.multiply(u2, MC);
        }
        return sum.multiply(BigDecimal.valueOf(8));
    }

    public static BigDecimal atan(double t) {
        return atan(new BigDecimal(t));
    }

    /** asin x = atan(x/√(1 − x²)) with 1 − x² exact; ±π/2 at ±1. */
    public static BigDecimal asin(double x) {
        BigDecimal bx = new BigDecimal(x).round(MC); // exact for |x| ≥ 2^−100; relative 10^−80 otherwise
        if (Math.abs(x) == 1) {
            return x > 0 ? HALF_PI : HALF_PI.negate();
        }
        BigDecimal w = BigDecimal.ONE.subtract(bx.multiply(bx)).sqrt(MC);
        return atan(bx.divide(w, MC));
    }

    /** acos x = π/2 − asin x. */
    public static BigDecimal acos(double x) {
        return HALF_PI.subtract(asin(x), MC);
    }

    /** atan2(y, x) for (x, y) ≠ (0, 0), in (−π, π]. */
    public static BigDecimal atan2(double y, double x) {
        if (x == 0) {
            return y > 0 ? HALF_PI : HALF_PI.negate();
        }
        if (y == 0) {
            return x > 0 ? BigDecimal.ZERO : PI;
        }
        BigDecimal a = atan(new BigDecimal(y).divide(new BigDecimal(x), MC));
        if (x > 0) {
            return a;
        }
        return y > 0 ? a.add(PI, MC) : a.subtract(PI, MC);
    }

    /**
     * erf x by the Maclaurin series {@code (2/√π) Σ (−1)ⁿ x^{2n+1}/(n!(2n+1))} (a different series
     * from the implementation's Kummer form), with enough guard digits for the cancellation
     * (terms up to e^{x²}); for |x| ≥ 7 the value 1 − erfc is within 10^−22 of ±1 and is computed
     * from the asymptotic bound only by the caller.
     */
    public static BigDecimal erf(double x) {
        BigDecimal bx = new BigDecimal(x);
        int guard = (int) Math.ceil(x * x / Math.log(10)) + 10;
        MathContext mc = new MathContext(80 + guard, RoundingMode.HALF_EVEN);
        BigDecimal x2 = bx.multiply(bx, mc);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal p = bx.round(mc); // (−1)ⁿ x^{2n+1}/n!
        BigDecimal tiny = new BigDecimal("1e-" + (85 + guard));
        for (int n = 0; ; n++) {
            BigDecimal t = p.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(t, mc);
            if (t.abs().compareTo(tiny) < 0 && n > x * x) {
                break;
            }
            p = p.multiply(x2, mc).divide(BigDecimal.valueOf(n + 1), mc).negate();
        }
        BigDecimal sqrtPi = SQRT_PI.round(mc);
        return sum.multiply(BigDecimal.valueOf(2), mc).divide(sqrtPi, mc).round(MC);
    }
}
