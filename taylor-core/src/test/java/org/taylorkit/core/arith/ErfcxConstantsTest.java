package org.taylorkit.core.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stored erfcx(j/4) = hi + lo of {@link ComplementaryErrorFunction} regenerated as e^{x₀²}·erfc x₀
 * with Apfloat at 45 digits: hi is the double nearest, hi + lo within 10⁻³³ (2⁻¹⁰⁶·erfcx ≥ 1.1·10⁻³³).
 * Apfloat's erfc takes ~0.1–1 s here, so two centres run by default and all 24 with
 * {@code -Dtaylorkit.slow=true}; every centre's interval is also covered by the sampled accuracy test.
 */
class ErfcxConstantsTest {

    static IntStream allCentres() {
        return IntStream.rangeClosed(1, ComplementaryErrorFunction.CENTRES.length);
    }

    @ParameterizedTest(name = "x0 = {0}/4")
    @ValueSource(ints = {2, 3})
    void quickCentresAreApfloats(int j) {
        assertCentre(j);
    }

    @ParameterizedTest(name = "x0 = {0}/4")
    @MethodSource("allCentres")
    @EnabledIfSystemProperty(named = "taylorkit.slow", matches = "true")
    void everyCentreIsApfloats(int j) {
        assertCentre(j);
    }

    @ParameterizedTest(name = "x0 = {0}/4")
    @MethodSource("allCentres")
    void centresDecreaseLikeOneOverXSqrtPi(int j) {
        // erfcx decreases, with 1/(x√π)·(1 − 1/(2x²)) ≤ erfcx x ≤ 1/(x√π) for x > 0 (A&S 7.1.13 bounds are tighter)
        double x = j / 4.0;
        double hi = ComplementaryErrorFunction.CENTRES[j - 1][0];
        assertThat(hi).isLessThanOrEqualTo(1 / (x * Math.sqrt(Math.PI)));
        assertThat(hi).isGreaterThanOrEqualTo(1 / (x * Math.sqrt(Math.PI)) * (1 - 1 / (2 * x * x)));
        if (j > 1) {
            assertThat(hi).isLessThan(ComplementaryErrorFunction.CENTRES[j - 2][0]);
        }
    }

    private static void assertCentre(int j) {
        Apfloat x0 = new Apfloat(j / 4.0, 45);
        Apfloat erfcx = ApfloatMath.exp(x0.multiply(x0)).multiply(ApfloatMath.erfc(x0));
        BigDecimal exact = new BigDecimal(erfcx.toString(true));
        double[] stored = ComplementaryErrorFunction.CENTRES[j - 1];
        assertThat(stored[0]).as("erfcx(%s) hi", j / 4.0).isEqualTo(exact.doubleValue());
        BigDecimal residual = exact.subtract(new BigDecimal(stored[0])).subtract(new BigDecimal(stored[1]));
        assertThat(residual.abs().doubleValue()).as("erfcx(%s) hi + lo", j / 4.0).isLessThan(1e-33);
    }
}
