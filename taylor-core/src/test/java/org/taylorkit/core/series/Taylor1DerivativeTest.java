package org.taylorkit.core.series;

import org.taylorkit.core.Factorials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** derivative(k) = k!·c_k without overflow, and the {@link Factorials} table it relies on. */
class Taylor1DerivativeTest {

    /** exp(t) at 0 has c_170 = 1/170!, so its 170th derivative is 1 (naively 170!·c_170 is fine, 171! is not). */
    @Test
    void derivative170OfExpIsOne() {
        Taylor1 e = Taylor1.variable(0.0, 170).exp();
        assertEquals(1.0, e.derivative(170), 1e-13, "d^170/dx^170 e^x at 0");
        double[] all = e.derivatives();
        for (int k = 0; k <= 170; k++) {
            assertEquals(1.0, all[k], 1e-13, "derivatives()[" + k + "]");
        }
    }

    /** 1/(1 − x) at 0: c_k = 1 exactly, so derivative(k) = k! (reference: exact BigInteger k!, rounded). */
    @Test
    void derivativesOfGeometricSeriesAreFactorials() {
        Taylor1 g = Taylor1.variable(0.0, 170).negate().add(1.0).reciprocal();
        BigInteger f = BigInteger.ONE;
        for (int k = 0; k <= 170; k++) {
            if (k > 0) {
                f = f.multiply(BigInteger.valueOf(k));
            }
            double expected = new BigDecimal(f).doubleValue();
            double actual = g.derivative(k);
            assertEquals(expected, actual, Math.abs(expected) * 1e-15, "d^k/dx^k 1/(1 − x) at 0, k = " + k);
        }
    }

    /**
     * exp(20t) at 0: derivative(k) = 20^k, finite up to k = 236 although k! overflows beyond 170
     * (c_k = 20^k/k! stays a normal double: c_230 ≈ 2.4e−148).
     */
    @Test
    void derivativesBeyond170DoNotOverflow() {
        Taylor1 e = Taylor1.variable(0.0, 230).multiply(20.0).exp();
        for (int k : new int[] {100, 170, 171, 200, 229, 230}) {
            double expected = Math.pow(20.0, k);
            assertEquals(expected, e.derivative(k), expected * 1e-13, "d^k/dx^k e^{20x} at 0, k = " + k);
        }
    }

    @Test
    void factorialTableIsCorrectlyRounded() {
        long exact = 1;
        BigInteger big = BigInteger.ONE;
        for (int k = 0; k <= Factorials.MAX_FACTORIAL; k++) {
            if (k > 0) {
                big = big.multiply(BigInteger.valueOf(k));
            }
            double f = Factorials.factorial(k);
            if (k <= 20) {
                exact = k == 0 ? 1 : exact * k;
                assertEquals((double) exact, f, "k! exact for k = " + k);
            }
            // |f − k!| ≤ ½ ulp(f), checked in exact decimal arithmetic.
            BigDecimal err = new BigDecimal(f).subtract(new BigDecimal(big)).abs();
            BigDecimal halfUlp = new BigDecimal(Math.ulp(f)).divide(BigDecimal.valueOf(2));
            assertTrue(err.compareTo(halfUlp) <= 0, "k! correctly rounded for k = " + k);
        }
        assertEquals(Double.POSITIVE_INFINITY, Factorials.factorial(171));
        assertThrows(IllegalArgumentException.class, () -> Factorials.factorial(-1));
    }

    @Test
    void scaleByFactorialAvoidsIntermediateOverflow() {
        // c = 2^−1000, k = 250: c·k! ≈ 3.2e492·9.3e−302 ≈ 3.0e191, finite; the reference is exact
        // decimal arithmetic rounded to 17 digits.
        double c = Math.scalb(1.0, -1000);
        BigInteger f = Taylor1ClosedFormTest.factorial(250);
        double expected = new BigDecimal(c).multiply(new BigDecimal(f)).round(MathContext.DECIMAL64).doubleValue();
        assertEquals(expected, Factorials.scaleByFactorial(c, 250), expected * 1e-14, "2^−1000·250!");
        assertEquals(Double.POSITIVE_INFINITY, Factorials.scaleByFactorial(1.0, 171), "171! overflows");
        assertEquals(Double.NEGATIVE_INFINITY, Factorials.scaleByFactorial(-1e300, 200), "−1e300·200! overflows");
        assertEquals(0.0, Factorials.scaleByFactorial(0.0, 1000), "0·1000!");
        assertEquals(6.0 * 0.5, Factorials.scaleByFactorial(0.5, 3), "0.5·3!");
        assertThrows(IllegalArgumentException.class, () -> Factorials.scaleByFactorial(1.0, -2));
    }
}
