package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/**
 * {@code a^b} with a series exponent: the constant term is the coefficient arithmetic's
 * {@code pow(a₀, b₀)} (exact for exact powers) rather than {@code exp(b₀·log a₀)}, and the other
 * coefficients are unchanged up to rounding. References: 2³ = 8; d/dx x^y = y·x^(y−1),
 * d/dy x^y = x^y·ln x (closed forms); 2^x = Σ (ln 2)^k/k!·2³·t^k around x = 3.
 */
class SeriesPowerConstantTest {

    @Test
    void twoToTheSeriesXAtThreeHasTheExactConstantTerm() {
        Taylor1 x = Taylor1.variable(3, 6);
        Taylor1 p = Taylor1.constant(2, 6).pow(x);
        assertThat(p.coefficient(0)).isEqualTo(8.0);
        double ln2 = Math.log(2);
        double term = 8;
        for (int k = 1; k <= 6; k++) {
            term *= ln2 / k;
            assertThat(p.coefficient(k)).as("k=%d", k).isCloseTo(term, within(4e-16 * Math.abs(term) * k + 1e-300));
        }
    }

    @Test
    void xToTheYInTwoVariablesHasTheExactValueAndTheClosedFormGradient() {
        Variables v = Variables.of("x", "y");
        TaylorN x = TaylorN.variable(v, "x", 2, 3);
        TaylorN y = TaylorN.variable(v, "y", 3, 3);
        TaylorN p = x.pow(y);
        assertThat(p.value()).isEqualTo(8.0);
        assertThat(p.gradient()[0]).isCloseTo(12.0, within(1e-14));
        assertThat(p.gradient()[1]).isCloseTo(8 * Math.log(2), within(1e-14));
    }

    @Test
    void apfloatPowerOfExactNumbersIsExactAtThirtyDigits() {
        ApfloatArithmetic ap = ApfloatArithmetic.ofDigits(30);
        FieldTaylor1<Apfloat> x = FieldTaylor1.variable(ap, ap.fromDouble(3), 4);
        FieldTaylor1<Apfloat> p = FieldTaylor1.constant(ap, ap.fromDouble(2), 4).pow(x);
        assertThat(p.value().compareTo(new Apfloat(8))).isZero();
        // c_1 = 8·ln 2, reference from ApfloatMath at 40 digits
        Apfloat ref = ApfloatMath.log(new Apfloat(2, 40)).multiply(new Apfloat(8, 40));
        assertThat(p.coefficient(1).subtract(ref).doubleValue()).isCloseTo(0, within(1e-27));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void seriesPowerMatchesExpOfProductOfLogToRounding(long seed) {
        Gen g = new Gen(seed);
        Taylor1 a = Taylor1.of(g.coefficients(8, 0.7)).add(3);
        Taylor1 b = Taylor1.of(g.coefficients(8, 0.7));
        Taylor1 p = a.pow(b);
        Taylor1 q = b.multiply(a.log()).exp();
        assertThat(p.value()).as("%s a=%s b=%s", g, a, b).isEqualTo(Math.pow(a.value(), b.value()));
        for (int k = 0; k <= 7; k++) {
            assertThat(p.coefficient(k)).as("%s k=%d", g, k)
                    .isCloseTo(q.coefficient(k), within(1e-14 * (1 + Math.abs(q.coefficient(k)))));
        }
    }
}
