package org.taylorkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taylorkit.core.series.Taylor1Asserts.assertCoefficientsRelative;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Series with known closed-form coefficients, at a fixed point (mostly 0). Each reference is a
 * formula or a published value, computed here independently of the recurrences (rational numbers
 * in {@code double}, or exact integers via {@link BigInteger}).
 */
class Taylor1ClosedFormTest {

    private static final int N = 30;

    /** 1/(1 − t) = Σ t^k: every coefficient is exactly 1. */
    @Test
    void geometricSeries() {
        Taylor1 t = Taylor1.variable(0.0, N);
        Taylor1 g = Taylor1.constant(1.0, N).divide(Taylor1.constant(1.0, N).subtract(t));
        for (int k = 0; k <= N; k++) {
            assertEquals(1.0, g.coefficient(k), "[t^" + k + "] 1/(1 − t)");
        }
        assertEquals(g, Taylor1.constant(1.0, N).subtract(t).reciprocal(), "reciprocal vs 1/(...)");
    }

    /** log(1 + t) = Σ (−1)^{k+1} t^k / k (Mercator series). */
    @Test
    void logOnePlusT() {
        double[] e = new double[N + 1];
        for (int k = 1; k <= N; k++) {
            e[k] = (k % 2 == 1 ? 1.0 : -1.0) / k;
        }
        assertCoefficientsRelative(e, Taylor1.variable(1.0, N).log(), 1e-15, "log(1 + t)");
        assertCoefficientsRelative(e, Taylor1.variable(0.0, N).log1p(), 1e-15, "log1p(t)");
    }

    /** atan t = Σ (−1)^j t^{2j+1} / (2j + 1) (Gregory series); even coefficients are exactly 0. */
    @Test
    void atanAtZero() {
        double[] e = new double[N + 1];
        for (int j = 0; 2 * j + 1 <= N; j++) {
            e[2 * j + 1] = (j % 2 == 0 ? 1.0 : -1.0) / (2 * j + 1);
        }
        assertCoefficientsRelative(e, Taylor1.variable(0.0, N).atan(), 1e-15, "atan(t)");
    }

    /** atanh t = Σ t^{2j+1}/(2j + 1). */
    @Test
    void atanhAtZero() {
        double[] e = new double[N + 1];
        for (int j = 0; 2 * j + 1 <= N; j++) {
            e[2 * j + 1] = 1.0 / (2 * j + 1);
        }
        assertCoefficientsRelative(e, Taylor1.variable(0.0, N).atanh(), 1e-15, "atanh(t)");
    }

    /**
     * tan t = t + t³/3 + 2t⁵/15 + 17t⁷/315 + 62t⁹/2835 + 1382t¹¹/155925 + 21844t¹³/6081075
     * + 929569t¹⁵/638512875 + … (OEIS A002430/A036279; REFERENCES.md for t⁷, t¹³, t¹⁵).
     */
    @Test
    void tanAtZero() {
        double[] e = new double[16];
        e[1] = 1.0;
        e[3] = 1.0 / 3;
        e[5] = 2.0 / 15;
        e[7] = 17.0 / 315;
        e[9] = 62.0 / 2835;
        e[11] = 1382.0 / 155925;
        e[13] = 21844.0 / 6081075;
        e[15] = 929569.0 / 638512875;
        assertCoefficientsRelative(e, Taylor1.variable(0.0, 15).tan(), 1e-14, "tan(t)");
    }

    /** e^t, sinh t, cosh t, sin t, cos t at 0: ±1/k! on the right parity. */
    @Test
    void exponentialFamilyAtZero() {
        Taylor1 t = Taylor1.variable(0.0, N);
        double[] exp = new double[N + 1];
        double[] sin = new double[N + 1];
        double[] cos = new double[N + 1];
        double[] sinh = new double[N + 1];
        double[] cosh = new double[N + 1];
        for (int k = 0; k <= N; k++) {
            double inv = 1.0 / factorial(k).doubleValue();
            exp[k] = inv;
            boolean odd = k % 2 == 1;
            double sign = (k / 2) % 2 == 0 ? 1.0 : -1.0;
            sin[k] = odd ? sign * inv : 0.0;
            cos[k] = odd ? 0.0 : sign * inv;
            sinh[k] = odd ? inv : 0.0;
            cosh[k] = odd ? 0.0 : inv;
        }
        assertCoefficientsRelative(exp, t.exp(), 1e-14, "exp(t)");
        assertCoefficientsRelative(sin, t.sin(), 1e-14, "sin(t)");
        assertCoefficientsRelative(cos, t.cos(), 1e-14, "cos(t)");
        assertCoefficientsRelative(sinh, t.sinh(), 1e-14, "sinh(t)");
        assertCoefficientsRelative(cosh, t.cosh(), 1e-14, "cosh(t)");
        double[] expm1 = exp.clone();
        expm1[0] = 0.0;
        assertCoefficientsRelative(expm1, t.expm1(), 1e-14, "expm1(t)");
    }

    /** asin t = Σ C(2j, j) t^{2j+1} / (4^j (2j + 1)); asinh alternates the sign (A&amp;S 4.4.40, 4.6.31). */
    @Test
    void asinAndAsinhAtZero() {
        double[] asin = new double[N + 1];
        double[] asinh = new double[N + 1];
        for (int j = 0; 2 * j + 1 <= N; j++) {
            double v = binomial(2 * j, j).doubleValue() / Math.pow(4.0, j) / (2 * j + 1);
            asin[2 * j + 1] = v;
            asinh[2 * j + 1] = j % 2 == 0 ? v : -v;
        }
        Taylor1 t = Taylor1.variable(0.0, N);
        assertCoefficientsRelative(asin, t.asin(), 1e-14, "asin(t)");
        assertCoefficientsRelative(asinh, t.asinh(), 1e-14, "asinh(t)");
        double[] acos = asin.clone();
        for (int k = 0; k <= N; k++) {
            acos[k] = -acos[k];
        }
        acos[0] = Math.PI / 2;
        assertCoefficientsRelative(acos, t.acos(), 1e-14, "acos(t) = π/2 − asin t");
    }

    /** erf t = (2/√π) Σ (−1)^n t^{2n+1} / (n! (2n + 1)) (A&amp;S 7.1.5). */
    @Test
    void erfAtZero() {
        double[] e = new double[N + 1];
        for (int n = 0; 2 * n + 1 <= N; n++) {
            double v = 2.0 / Math.sqrt(Math.PI) / factorial(n).doubleValue() / (2 * n + 1);
            e[2 * n + 1] = n % 2 == 0 ? v : -v;
        }
        assertCoefficientsRelative(e, Taylor1.variable(0.0, N).erf(), 1e-14, "erf(t)");
    }

    /** (1 + t)^r = Σ C(r, k) t^k with C(r, k) = Π_{i<k} (r − i)/(k) (binomial series), r = ½ and −⅓. */
    @Test
    void binomialSeries() {
        Taylor1 x = Taylor1.variable(1.0, N);
        for (double r : new double[] {0.5, -1.0 / 3.0, 2.5}) {
            double[] e = new double[N + 1];
            double b = 1.0;
            for (int k = 0; k <= N; k++) {
                e[k] = b;
                b = b * (r - k) / (k + 1);
            }
            assertCoefficientsRelative(e, x.pow(r), 1e-13, "(1 + t)^" + r);
            if (r == 0.5) {
                assertCoefficientsRelative(e, x.sqrt(), 1e-13, "sqrt(1 + t)");
            }
        }
        double[] e = new double[N + 1];
        double b = 1.0;
        for (int k = 0; k <= N; k++) {
            e[k] = b;
            b = b * (1.0 / 3.0 - k) / (k + 1);
        }
        assertCoefficientsRelative(e, x.cbrt(), 1e-13, "cbrt(1 + t)");
        // Integer powers by products are exact: (1 + t)^12 has the binomial coefficients C(12, k).
        Taylor1 p = Taylor1.variable(1.0, 12).pow(12);
        for (int k = 0; k <= 12; k++) {
            assertEquals(binomial(12, k).doubleValue(), p.coefficient(k), "[t^" + k + "] (1 + t)^12");
        }
    }

    /** Lambert W = revert(t·e^t) at 0 has coefficients (−n)^{n−1}/n! (REFERENCES.md). */
    @Test
    void lambertWByReversion() {
        int n = 25;
        Taylor1 t = Taylor1.variable(0.0, n);
        Taylor1 w = t.multiply(t.exp()).revert();
        double[] e = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            e[k] = BigInteger.valueOf(-k).pow(k - 1).doubleValue() / factorial(k).doubleValue();
        }
        assertCoefficientsRelative(e, w, 1e-13, "Lambert W = revert(t e^t)");
    }

    /**
     * The seed example f(x) = e^x / √(sin³x + cos³x) at x = 1.5: f = 4.497780053946162,
     * f′ = 4.053427893898621, f″ = 9.463073681596601 (REFERENCES.md).
     */
    @Test
    void seedExample() {
        Taylor1 f = Taylor1.expand(x -> x.exp().divide(x.sin().pow(3).add(x.cos().pow(3)).sqrt()), 1.5, 4);
        assertEquals(4.497780053946162, f.derivative(0), 4.497780053946162 * 1e-14, "f(1.5)");
        assertEquals(4.053427893898621, f.derivative(1), 4.053427893898621 * 1e-14, "f'(1.5)");
        assertEquals(9.463073681596601, f.derivative(2), 9.463073681596601 * 1e-14, "f''(1.5)");
    }

    /** sin(t)/t at 0 = Σ (−1)^j t^{2j}/(2j + 1)!, one order lower than the operands. */
    @Test
    void sincAtZero() {
        Taylor1 t = Taylor1.variable(0.0, N);
        Taylor1 sinc = t.sin().divide(t);
        double[] e = new double[N];
        for (int j = 0; 2 * j < N; j++) {
            e[2 * j] = (j % 2 == 0 ? 1.0 : -1.0) / factorial(2 * j + 1).doubleValue();
        }
        assertCoefficientsRelative(e, sinc, 1e-14, "sin(t)/t");
    }

    /** First and second derivatives of the inverse functions at a generic point, from calculus. */
    @Test
    void inverseFunctionDerivativesAtAPoint() {
        double x = 0.3;
        double y = 2.0;
        double q = 1 - x * x;
        Taylor1 vx = Taylor1.variable(x, 3);
        Taylor1 vy = Taylor1.variable(y, 3);
        assertEquals(1 / Math.sqrt(q), vx.asin().coefficient(1), 1e-15, "asin'");
        assertEquals(x / Math.pow(q, 1.5) / 2, vx.asin().coefficient(2), 1e-15, "asin''/2");
        assertEquals(-1 / Math.sqrt(q), vx.acos().coefficient(1), 1e-15, "acos'");
        assertEquals(1 / (1 + x * x), vx.atan().coefficient(1), 1e-15, "atan'");
        assertEquals(-x / ((1 + x * x) * (1 + x * x)), vx.atan().coefficient(2), 1e-15, "atan''/2");
        assertEquals(1 / q, vx.atanh().coefficient(1), 1e-15, "atanh'");
        assertEquals(x / (q * q), vx.atanh().coefficient(2), 1e-15, "atanh''/2");
        assertEquals(1 / Math.sqrt(y * y - 1), vy.acosh().coefficient(1), 1e-15, "acosh'");
        assertEquals(-y / Math.pow(y * y - 1, 1.5) / 2, vy.acosh().coefficient(2), 1e-15, "acosh''/2");
        assertEquals(Math.log(y + Math.sqrt(y * y - 1)), vy.acosh().value(), 1e-15, "acosh(2)");
        assertEquals(1 / Math.sqrt(1 + y * y), vy.asinh().coefficient(1), 1e-15, "asinh'");
        assertEquals(Math.log(y + Math.sqrt(y * y + 1)), vy.asinh().value(), 1e-15, "asinh(2)");
        assertEquals(0.5 * Math.log((1 + x) / (1 - x)), vx.atanh().value(), 1e-15, "atanh(0.3)");
    }

    static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    static BigInteger binomial(int n, int k) {
        return factorial(n).divide(factorial(k).multiply(factorial(n - k)));
    }
}
