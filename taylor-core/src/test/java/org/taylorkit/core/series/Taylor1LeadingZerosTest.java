package org.taylorkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taylorkit.core.series.Taylor1Asserts.assertCoefficientsRelative;

import org.junit.jupiter.api.Test;

/**
 * Leading powers of t that cancel: the result exists, has the documented (lower) order, and the
 * closed-form coefficients.
 */
class Taylor1LeadingZerosTest {

    private static final int N = 10;

    private static Taylor1 t() {
        return Taylor1.variable(0.0, N);
    }

    @Test
    void divisionCancelsCommonPowers() {
        // (1 − cos t)/t² = Σ (−1)^j t^{2j}/(2j + 2)!, order N − 2.
        Taylor1 q = Taylor1.constant(1.0, N).subtract(t().cos()).divide(t().square());
        double[] e = new double[N - 1];
        for (int j = 0; 2 * j <= N - 2; j++) {
            e[2 * j] = (j % 2 == 0 ? 1.0 : -1.0) / Taylor1ClosedFormTest.factorial(2 * j + 2).doubleValue();
        }
        assertCoefficientsRelative(e, q, 1e-14, "(1 − cos t)/t²");
        // t³/t² = t, order N − 2; 0/t = 0, order N − 1.
        assertEquals(Taylor1.variable(0.0, N - 2), t().pow(3).divide(t().square()), "t³/t²");
        assertEquals(Taylor1.zero(N - 1), Taylor1.zero(N).divide(t()), "0/t");
        // The order rule applies first: orders 10 and 6, one cancelled power → order 5.
        assertEquals(5, t().sin().divide(Taylor1.variable(0.0, 6)).order(), "sin(t)/t with orders 10 and 6");
    }

    @Test
    void squareRootOfEvenPower() {
        // √(t²) = t (the analytic branch), order N − 1.
        assertEquals(Taylor1.variable(0.0, N - 1), t().square().sqrt(), "√(t²)");
        // √(t²(4 + t)) = t·√(4 + t) = 2t + t²/4 − t³/64 + …, order N − 1.
        Taylor1 r = t().square().multiply(t().add(4.0)).sqrt();
        assertEquals(N - 1, r.order(), "order of √(t²(4 + t))");
        assertEquals(0.0, r.coefficient(0));
        assertEquals(2.0, r.coefficient(1));
        assertEquals(0.25, r.coefficient(2));
        assertEquals(-1.0 / 64, r.coefficient(3), 1e-17);
        // √(t⁴) = t², order N − 2.
        assertEquals(Taylor1.variable(0.0, N - 2).square(), t().pow(4).sqrt(), "√(t⁴)");
        assertEquals(Taylor1.zero(N), Taylor1.zero(N).sqrt(), "√0");
    }

    @Test
    void cubeRootOfPowersOfThree() {
        // ∛(t³) = t, order N − 2; ∛(−8t³) = −2t; ∛ of a negative constant is real.
        assertEquals(Taylor1.variable(0.0, N - 2), t().pow(3).cbrt(), "∛(t³)");
        assertEquals(Taylor1.variable(0.0, N - 2).multiply(-2.0), t().pow(3).multiply(-8.0).cbrt(), "∛(−8t³)");
        assertEquals(-2.0, Taylor1.variable(-8.0, N).cbrt().value(), "∛(−8)");
        assertEquals(1.0 / 12, Taylor1.variable(-8.0, N).cbrt().coefficient(1), 1e-16, "d/dx ∛x at −8 = 1/(3·4)");
        assertEquals(Taylor1.zero(N), Taylor1.zero(N).cbrt(), "∛0");
    }

    @Test
    void realPowersWithIntegerLeadingPower() {
        // (t²)^1.5 = t³ at full order; (t⁴)^0.25 = t, order N − 3; (t²)^(−0)... integer r uses pow(int).
        assertEquals(t().pow(3), t().square().pow(1.5), "(t²)^1.5");
        assertEquals(Taylor1.variable(0.0, N - 3), t().pow(4).pow(0.25), "(t⁴)^¼");
        assertEquals(Taylor1.zero(N), Taylor1.zero(N).pow(0.7), "0^0.7");
        // Integer exponents given as double allow negative bases.
        Taylor1 x = Taylor1.variable(-2.0, N);
        assertEquals(x.pow(3), x.pow(3.0), "x^3.0 at −2");
        assertEquals(x.square(), x.pow(Taylor1.constant(2.0, N)), "x^(constant series 2) at −2");
        assertEquals(Taylor1.constant(1.0, N), t().pow(0), "t^0");
        assertEquals(-0.125, x.pow(-3).value(), "(−2)^−3");
        assertEquals(-3.0 / 16, x.pow(-3).coefficient(1), 1e-17, "d/dx x^−3 at −2 = −3/16");
        // An integer-valued exponent beyond the int range still allows a negative base: (−1 + t/4)^(2^32).
        Taylor1 big = Taylor1.of(-1.0, 0x1p-34).pow(0x1p32);
        assertEquals(1.0, big.value(), "(−1)^(2^32)");
        assertEquals(-0.25, big.coefficient(1), 1e-16, "2^32·(−1)^(2^32 − 1)·2^−34");
    }

    @Test
    void absoluteValueOfEvenZero() {
        assertEquals(t().square(), t().square().abs(), "|t²|");
        assertEquals(t().square(), t().square().negate().abs(), "|−t²|");
        assertEquals(Taylor1.variable(-3.0, N).negate(), Taylor1.variable(-3.0, N).abs(), "|x| at −3");
        assertEquals(Taylor1.zero(N), Taylor1.zero(N).abs(), "|0|");
    }
}
