package org.taylorkit.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.series.Taylor1;

/**
 * sec, csc, cot, sech, csch, coth and acoth as catalogue functions, against closed forms: the
 * Maclaurin series of sec and sech have the Euler (secant) numbers 1, 1, 5, 61, 1385 over (2n)!
 * (A000364; sech with alternating signs), coth·tanh = 1 and cot·tan = 1 as series, and acoth's
 * derivative 1/(1 − x²).
 */
class ReciprocalFunctionsTest {

    private static final double[] SECANT = {1, 1, 5, 61, 1385};
    private static final double[] EVEN_FACTORIAL = {1, 2, 24, 720, 40320};

    @Test
    void secAndSechHaveTheEulerNumbers() {
        Taylor1 sec = Taylor1.variable(0.0, 8).apply(Functions.SEC);
        Taylor1 sech = Taylor1.variable(0.0, 8).apply(Functions.SECH);
        for (int n = 0; n <= 4; n++) {
            double c = SECANT[n] / EVEN_FACTORIAL[n];
            assertThat(sec.coefficient(2 * n)).as("sec c_%d", 2 * n).isCloseTo(c, within(1e-15));
            assertThat(sech.coefficient(2 * n)).as("sech c_%d", 2 * n).isCloseTo(n % 2 == 0 ? c : -c, within(1e-15));
            if (n < 4) {
                assertThat(sec.coefficient(2 * n + 1)).isZero();
            }
        }
    }

    @Test
    void quotientsAreReciprocalsOfTheirTwins() {
        Taylor1 x = Taylor1.variable(0.7, 15);
        Taylor1 one = x.apply(Functions.COT).multiply(x.tan());
        Taylor1 oneH = x.apply(Functions.COTH).multiply(x.tanh());
        Taylor1 cscSin = x.apply(Functions.CSC).multiply(x.sin());
        Taylor1 cschSinh = x.apply(Functions.CSCH).multiply(x.sinh());
        for (int k = 0; k <= 15; k++) {
            double expected = k == 0 ? 1 : 0;
            // the coefficients grow like 0.7^−k (poles at distance 0.7): an error relative to that
            double tol = 1e-14 * Math.pow(1 / 0.7, k);
            assertThat(one.coefficient(k)).as("cot·tan c_%d", k).isCloseTo(expected, within(tol));
            assertThat(oneH.coefficient(k)).as("coth·tanh c_%d", k).isCloseTo(expected, within(tol));
            assertThat(cscSin.coefficient(k)).as("csc·sin c_%d", k).isCloseTo(expected, within(tol));
            assertThat(cschSinh.coefficient(k)).as("csch·sinh c_%d", k).isCloseTo(expected, within(tol));
        }
    }

    @Test
    void acothAndPoles() {
        Taylor1 a = Taylor1.variable(2.0, 6).apply(Functions.ACOTH);
        assertThat(a.coefficient(0)).isCloseTo(0.5 * Math.log(3), within(1e-16)); // ½ ln((2+1)/(2−1))
        assertThat(a.coefficient(1)).isCloseTo(-1.0 / 3, within(1e-16));          // 1/(1 − 4)
        assertThat(a.coefficient(2)).isCloseTo(2.0 / 9, within(1e-16));           // (2x/(1−x²)²)/2 at 2
        assertThatThrownBy(() -> Taylor1.variable(0.5, 3).apply(Functions.ACOTH))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("no real series");
        assertThatThrownBy(() -> Taylor1.variable(0.0, 3).apply(Functions.CSC))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("pole");
        assertThatThrownBy(() -> Taylor1.variable(0.0, 3).apply(Functions.COTH))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("pole");
    }
}
