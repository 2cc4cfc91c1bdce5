package org.taylorkit.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.Taylor1;

/**
 * exp2, exp10, log2, log10 (IEEE 1788's exponentials and logarithms to other bases) as catalogue
 * functions: exact values at integers and powers, and their series against the closed forms
 * d^k/dx^k b^x = (ln b)^k b^x and (log_b x)' = 1/(x ln b).
 */
class ExpLogBasesTest {

    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);

    @Test
    void exactAtIntegersAndPowers() {
        assertThat(Functions.EXP2.value(10)).isEqualTo(1024.0);
        assertThat(Functions.EXP2.value(-1074)).isEqualTo(Double.MIN_VALUE);
        assertThat(Functions.EXP10.value(3)).isEqualTo(1000.0);
        assertThat(Functions.LOG2.value(0x1p-1074)).isEqualTo(-1074.0);
        assertThat(Functions.LOG2.value(8)).isEqualTo(3.0);
        assertThat(Functions.LOG10.value(1e22)).isEqualTo(22.0);
        ApfloatPrecision p = new ApfloatPrecision(30);
        assertThat(Functions.EXP10.value(new Apfloat(-3), p).toString(true)).isEqualTo("0.001");
        assertThat(Functions.LOG2.value(new Apfloat(1024), p).toString(true)).isEqualTo("10");
    }

    @Test
    void seriesFollowTheClosedForms() {
        Taylor1 x = Taylor1.variable(3.0, 12);
        Taylor1 e2 = x.apply(Functions.EXP2);
        Taylor1 e10 = x.apply(Functions.EXP10);
        for (int k = 0; k <= 12; k++) {
            double fact = factorial(k);
            assertThat(e2.coefficient(k)).as("exp2 c_%d", k).isCloseTo(8 * Math.pow(LN2, k) / fact, within(1e-15 * 8));
            assertThat(e10.coefficient(k)).as("exp10 c_%d", k).isCloseTo(1000 * Math.pow(LN10, k) / fact, within(1e-12 * Math.pow(LN10, k)));
        }
        Taylor1 l2 = Taylor1.variable(8.0, 10).apply(Functions.LOG2);
        Taylor1 l10 = Taylor1.variable(100.0, 10).apply(Functions.LOG10);
        assertThat(l2.coefficient(0)).isEqualTo(3.0);
        assertThat(l10.coefficient(0)).isEqualTo(2.0);
        for (int k = 1; k <= 10; k++) {
            // log_b(x0 + t) = log_b x0 + Σ (−1)^{k+1} t^k / (k x0^k ln b)
            double sign = k % 2 == 1 ? 1 : -1;
            assertThat(l2.coefficient(k)).as("log2 c_%d", k).isCloseTo(sign / (k * Math.pow(8, k) * LN2), within(1e-15 / Math.pow(8, k)));
            assertThat(l10.coefficient(k)).as("log10 c_%d", k).isCloseTo(sign / (k * Math.pow(100, k) * LN10), within(1e-15 / Math.pow(100, k)));
        }
    }

    @Test
    void apfloatSeriesAndDomain() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        FieldTaylor1<Apfloat> s = FieldTaylor1.variable(ar, 1.0, 5).apply(Functions.LOG2);
        // c_1 = 1/ln 2 = 1.442695040888963407359924681001892137426… (A007525)
        assertThat(s.coefficient(1).toString(true)).startsWith("1.44269504088896340735992468100189213");
        assertThatThrownBy(() -> Taylor1.variable(0.0, 3).apply(Functions.LOG10))
                .isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("log10:");
        assertThatThrownBy(() -> Taylor1.constant(-1.0, 3).apply(Functions.LOG2))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("no real series");
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
