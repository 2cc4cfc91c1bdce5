package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.core.FieldTaylor1Assertions.BOXED;
import static org.taylorkit.core.FieldTaylor1Assertions.assertClose;
import static org.taylorkit.core.FieldTaylor1Assertions.series;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the {@link FieldTaylor1} contract over boxed doubles, with closed-form references. */
class FieldTaylor1Test {

    private static final double TOL = 1e-14;

    private static FieldTaylor1<Double> t(int order) {
        return FieldTaylor1.variable(BOXED, 0.0, order);
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 0; i < k; i++) {
            b = b * (n - i) / (i + 1);
        }
        return b;
    }

    @Test
    void constructionAndAccess() {
        FieldTaylor1<Double> x = FieldTaylor1.variable(BOXED, 2.0, 3);
        assertThat(x.toDoubleArray()).containsExactly(2.0, 1.0, 0.0, 0.0);
        assertThat(FieldTaylor1.variable(BOXED, 2.0, 0).toDoubleArray()).containsExactly(2.0);
        assertThat(FieldTaylor1.constant(BOXED, 5.0, 2).toDoubleArray()).containsExactly(5.0, 0.0, 0.0);
        assertThat(FieldTaylor1.zero(BOXED, 1).toDoubleArray()).containsExactly(0.0, 0.0);
        assertThat(FieldTaylor1.of(BOXED, List.of(1.0, 2.0)).order()).isEqualTo(1);
        FieldTaylor1<Double> s = series(1, 2, 0.5);
        assertThat(s.order()).isEqualTo(2);
        assertThat(s.value()).isEqualTo(1.0);
        assertThat(s.coefficient(2)).isEqualTo(0.5);
        assertThat(s.arithmetic()).isSameAs(BOXED);
        Double[] copy = s.coefficients();
        copy[0] = 99.0;
        assertThat(s.value()).isEqualTo(1.0);
        Double[] source = {1.0, 2.0};
        FieldTaylor1<Double> fromArray = FieldTaylor1.of(BOXED, source);
        source[0] = 7.0;
        assertThat(fromArray.value()).isEqualTo(1.0);
        assertThat(s.truncate(1).toDoubleArray()).containsExactly(1.0, 2.0);
        assertThat(s.truncate(2)).isSameAs(s);
    }

    @Test
    void badArgumentsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> FieldTaylor1.zero(BOXED, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> FieldTaylor1.variable(BOXED, 0.0, -3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> series(1, 2).coefficient(5)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("5").hasMessageContaining("order 1");
        assertThatThrownBy(() -> series(1, 2).truncate(3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
        assertThatThrownBy(() -> FieldTaylor1.of(BOXED, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldTaylor1.of(BOXED, 1.0, null)).isInstanceOf(NullPointerException.class).hasMessageContaining("1");
        assertThatThrownBy(() -> series(1, 2).derivative(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> series(1, 2).pow(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void toStringEqualsHashCode() {
        assertThat(series(1, 2, 0.5)).hasToString("1.0 + 2.0 t + 0.5 t^2 + O(t^3)");
        assertThat(series(1, -2, 0, 3)).hasToString("1.0 - 2.0 t + 3.0 t^3 + O(t^4)");
        assertThat(series(0, 0)).hasToString("0.0 + O(t^2)");
        assertThat(series(4)).hasToString("4.0 + O(t)");
        assertThat(series(1, 2)).isEqualTo(series(1, 2)).hasSameHashCodeAs(series(1, 2))
                .isNotEqualTo(series(1, 2, 0)).isNotEqualTo(series(1, 3));
    }

    @Test
    void binaryOperationsTakeTheSmallerOrder() {
        FieldTaylor1<Double> a = series(1, 2, 3, 4, 5);
        FieldTaylor1<Double> b = series(1, 1, 1);
        assertThat(a.add(b).toDoubleArray()).containsExactly(2, 3, 4);
        assertThat(a.subtract(b).toDoubleArray()).containsExactly(0, 1, 2);
        assertThat(a.multiply(b).toDoubleArray()).containsExactly(1, 3, 6);
        assertThat(FieldTaylor1.atan2(a, b).order()).isEqualTo(2);
        assertThat(a.pow(b).order()).isEqualTo(2);
        assertThat(a.add(1.0).toDoubleArray()).containsExactly(2, 2, 3, 4, 5);
        assertThat(a.subtract(Double.valueOf(1)).toDoubleArray()).containsExactly(0, 2, 3, 4, 5);
        assertThat(a.multiply(2.0).toDoubleArray()).containsExactly(2, 4, 6, 8, 10);
        assertThat(a.divide(2.0).toDoubleArray()).containsExactly(0.5, 1, 1.5, 2, 2.5);
        assertThat(a.negate().toDoubleArray()).containsExactly(-1, -2, -3, -4, -5);
    }

    @Test
    void divisionCancelsLeadingZeros() {
        // sin t / t = Σ (−1)^j t^{2j}/(2j+1)!, one order lower
        FieldTaylor1<Double> sinc = t(9).sin().divide(t(9));
        double[] expected = new double[9];
        for (int j = 0; 2 * j < 9; j++) {
            expected[2 * j] = ((j & 1) == 0 ? 1 : -1) / factorial(2 * j + 1);
        }
        assertClose(expected, sinc, TOL, "sin t / t");
        // (t² + t³)/(2t² − t⁴) = (1 + t)/(2 − t²) = ½ + ½t + ¼t² + ¼t³ …, order 5 − 2 = 3
        FieldTaylor1<Double> q = series(0, 0, 1, 1, 0, 0).divide(series(0, 0, 2, 0, -1, 0));
        assertClose(new double[] {0.5, 0.5, 0.25, 0.25}, q, TOL, "(t²+t³)/(2t²−t⁴)");
        // 1/(1 − t) = Σ t^k; reciprocal of 2 + t = ½ Σ (−t/2)^k
        assertClose(new double[] {1, 1, 1, 1, 1}, series(1, 0, 0, 0, 0).divide(series(1, -1, 0, 0, 0)), TOL, "1/(1−t)");
        assertClose(new double[] {0.5, -0.25, 0.125}, series(2, 1, 0).reciprocal(), TOL, "1/(2+t)");
    }

    @Test
    void rootsAndPowersWithLeadingZeros() {
        // √(t²(1 + t)) = t √(1 + t) = t + t²/2 − t³/8 + …, order 5 − 1 = 4
        FieldTaylor1<Double> a = series(0, 0, 1, 1, 0, 0);
        assertClose(new double[] {0, 1, 0.5, -0.125, 0.0625}, a.sqrt(), TOL, "√(t²+t³)");
        // ∛(−8t³) = −2t, order 5 − 2 = 3
        assertClose(new double[] {0, -2, 0, 0}, series(0, 0, 0, -8, 0, 0).cbrt(), TOL, "∛(−8t³)");
        // (t²)^1.5 = t³ (order kept at 5), (4t²)^0.5 = 2t (order 5 − 1)
        assertClose(new double[] {0, 0, 0, 1, 0, 0}, series(0, 0, 1, 0, 0, 0).pow(1.5), TOL, "(t²)^1.5");
        assertClose(new double[] {0, 2, 0, 0, 0}, series(0, 0, 4, 0, 0, 0).pow(0.5), TOL, "(4t²)^0.5");
        // zero series: √0 = 0, 0^2.5 = 0
        assertThat(FieldTaylor1.zero(BOXED, 3).sqrt().toDoubleArray()).containsExactly(0, 0, 0, 0);
        assertThat(FieldTaylor1.zero(BOXED, 3).pow(2.5).toDoubleArray()).containsExactly(0, 0, 0, 0);
        // |−t² + t³| = t² − t³; |−3 + t| = 3 − t
        assertThat(series(0, 0, -1, 1).abs().toDoubleArray()).containsExactly(0, 0, 1, -1);
        assertThat(series(-3, 1).abs().toDoubleArray()).containsExactly(3, -1);
    }

    @Test
    void integerPowers() {
        // (1 + t)^5 by binary powering is exact: binomial coefficients
        assertThat(series(1, 1, 0, 0, 0, 0, 0).pow(5).toDoubleArray()).containsExactly(1, 5, 10, 10, 5, 1, 0);
        assertThat(series(1, 1, 0).pow(0).toDoubleArray()).containsExactly(1, 0, 0);
        assertThat(FieldTaylor1.zero(BOXED, 2).pow(0).toDoubleArray()).containsExactly(1, 0, 0);
        // (1 + t)^−2 = Σ (−1)^k (k+1) t^k
        assertClose(new double[] {1, -2, 3, -4, 5}, series(1, 1, 0, 0, 0).pow(-2), TOL, "(1+t)^−2");
        // t^3 at order 5 with leading zeros; t^7 vanishes to order 5
        assertThat(t(5).pow(3).toDoubleArray()).containsExactly(0, 0, 0, 1, 0, 0);
        assertThat(t(5).pow(7).toDoubleArray()).containsExactly(0, 0, 0, 0, 0, 0);
        // (1 + t)^100 by the power recurrence (n > 64): C(100, k)
        FieldTaylor1<Double> p = series(1, 1, 0, 0, 0, 0, 0, 0, 0).pow(100);
        double[] expected = new double[9];
        for (int k = 0; k < 9; k++) {
            expected[k] = binomial(100, k);
        }
        assertClose(expected, p, 1e-13, "(1+t)^100");
        // (−2 + t)^3 as pow(double 3.0) and pow(T 3.0): integral exponents allow negative bases
        assertThat(series(-2, 1, 0, 0).pow(3.0).toDoubleArray()).containsExactly(-8, 12, -6, 1);
        assertThat(series(-2, 1, 0, 0).pow(Double.valueOf(3.0)).toDoubleArray()).containsExactly(-8, 12, -6, 1);
        assertThat(series(1, 2, 3).square().toDoubleArray()).containsExactly(1, 4, 10);
    }

    @Test
    void evaluationAndComposition() {
        FieldTaylor1<Double> p = series(1, -2, 3);
        assertThat(p.evaluate(2.0)).isEqualTo(1 - 4 + 12);
        assertThat(p.evaluate(Double.valueOf(-1))).isEqualTo(6.0);
        // Σ t^k/k! composed with sin u (sin 0 = 0) is exp(sin u): 1 + u + u²/2 − u⁴/8 − u⁵/15
        FieldTaylor1<Double> expSeries = t(6).exp();
        FieldTaylor1<Double> composed = expSeries.evaluate(t(5).sin());
        assertClose(new double[] {1, 1, 0.5, 0, -0.125, -1.0 / 15}, composed, TOL, "exp(sin u)");
    }

    @Test
    void calculus() {
        FieldTaylor1<Double> p = series(1, 2, 3, 4);
        assertThat(p.differentiate().toDoubleArray()).containsExactly(2, 6, 12);
        assertThat(series(7).differentiate().toDoubleArray()).containsExactly(0);
        assertThat(p.integrate(5.0).toDoubleArray()).containsExactly(5, 1, 1, 1, 1);
        assertThat(p.integrate(Double.valueOf(5)).differentiate()).isEqualTo(p);
        // derivatives of sin at 0: 0, 1, 0, −1, 0, 1, …
        FieldTaylor1<Double> sin = t(9).sin();
        Double[] d = sin.derivatives();
        for (int k = 0; k <= 9; k++) {
            double expected = (k & 1) == 0 ? 0 : ((k / 2) & 1) == 0 ? 1 : -1;
            assertThat(d[k]).as("sin^(%d)(0)", k).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-13));
        }
        // k!·c_k with exact factorials: 12!/12! = 1 for exp
        assertThat(t(12).exp().derivative(12)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void reversionGivesLambertW() {
        // revert of t·e^t at 0 is Lambert W: coefficients (−n)^{n−1}/n! (REFERENCES.md)
        int n = 12;
        FieldTaylor1<Double> w = t(n).multiply(t(n).exp()).revert();
        double[] expected = new double[n + 1];
        for (int k = 1; k <= n; k++) {
            expected[k] = Math.pow(-k, k - 1) / factorial(k);
        }
        assertClose(expected, w, 1e-12, "Lambert W");
        // revert of log(1 + t) (expanded at x0 = 1: log(1 + t)) is e^u − 1
        double[] expm1 = new double[9];
        for (int k = 1; k <= 8; k++) {
            expm1[k] = 1 / factorial(k);
        }
        assertClose(expm1, FieldTaylor1.variable(BOXED, 1.0, 8).log().revert(), 1e-13, "revert log");
        // the inverse of sin around x0 = 0.5 is asin around sin(0.5), as a displacement: asin(sin 0.5 + u) − 0.5
        FieldTaylor1<Double> inv = FieldTaylor1.variable(BOXED, 0.5, 8).sin().revert();
        FieldTaylor1<Double> asin = FieldTaylor1.variable(BOXED, Math.sin(0.5), 8).asin().subtract(0.5);
        assertClose(asin, inv, 1e-13, "revert sin");
        assertThat(series(3).revert().toDoubleArray()).containsExactly(0);
    }

    @Test
    void expandAppliesTheFunctionToTheVariable() {
        FieldTaylor1<Double> e = FieldTaylor1.expand(BOXED, s -> s.multiply(s).exp(), 0.0, 6);
        // e^{t²} = 1 + t² + t⁴/2 + t⁶/6
        assertClose(new double[] {1, 0, 1, 0, 0.5, 0, 1.0 / 6}, e, TOL, "exp(t²)");
        assertThat(FieldTaylor1.expand(BOXED, FieldTaylor1::log, Double.valueOf(2), 1).toDoubleArray())
                .containsExactly(Math.log(2), 0.5);
    }

    @Test
    void seriesNestAsCoefficients() {
        // Outer variable t, inner variable ε: exp((1 + ε) + t) has [t^k][ε^j] = e/(k! j!).
        FieldTaylor1Arithmetic<Double> inner = FieldTaylor1Arithmetic.of(BOXED, 4);
        FieldTaylor1<FieldTaylor1<Double>> x = FieldTaylor1.variable(inner, inner.variable(1.0), 5);
        FieldTaylor1<FieldTaylor1<Double>> e = x.exp();
        for (int k = 0; k <= 5; k++) {
            FieldTaylor1<Double> ck = e.coefficient(k);
            for (int j = 0; j <= 4; j++) {
                assertThat(ck.coefficient(j)).as("[t^%d][ε^%d]", k, j)
                        .isCloseTo(Math.E / (factorial(k) * factorial(j)), org.assertj.core.data.Offset.offset(1e-14));
            }
        }
        assertThat(e.toString()).startsWith("(2.718281828459045 + 2.718281828459045 t");
    }

    @Test
    void fieldTaylor1ArithmeticContract() {
        FieldTaylor1Arithmetic<Double> ar = FieldTaylor1Arithmetic.of(BOXED, 3);
        assertThat(ar.order()).isEqualTo(3);
        assertThat(ar.one().toDoubleArray()).containsExactly(1, 0, 0, 0);
        assertThat(ar.pi().value()).isEqualTo(Math.PI);
        assertThat(ar.fromDecimal("0.25").toDoubleArray()).containsExactly(0.25, 0, 0, 0);
        FieldTaylor1<Double> x = ar.variable(-2.0);
        assertThat(ar.isZero(ar.zero())).isTrue();
        assertThat(ar.isZero(x)).isFalse();
        assertThat(ar.signum(x)).isEqualTo(-1);
        assertThat(ar.signum(ar.zero())).isZero();
        assertThatThrownBy(() -> ar.signum(ar.variable(0.0))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("signum");
        assertThat(ar.toDouble(x)).isEqualTo(-2.0);
        assertThat(ar.norm(series(1, -7, 2))).isEqualTo(7.0);
        assertThat(ar.multiply(x, 3).toDoubleArray()).containsExactly(-6, 3, 0, 0);
        assertThat(ar.divide(x, 2).toDoubleArray()).containsExactly(-1, 0.5, 0, 0);
        assertThat(ar.scale(x, 0.5).toDoubleArray()).containsExactly(-1, 0.5, 0, 0);
        // a constant integral exponent takes the integer-power path: a negative base is fine
        assertThat(ar.pow(x, ar.fromDouble(3)).toDoubleArray()).containsExactly(-8, 12, -6, 1);
        assertThat(ar.pow(x, 2).toDoubleArray()).containsExactly(4, -4, 1, 0);
        assertThatThrownBy(() -> ar.pow(x, ar.variable(1.0))).isInstanceOf(SingularExpansionException.class);
        assertThatThrownBy(() -> ar.apply(Functions.LOG, ar.zero())).isInstanceOf(ArithmeticException.class);
        assertThat(ar.newArray(2)).hasSize(2);
        assertThat(ar).isEqualTo(FieldTaylor1Arithmetic.of(BOXED, 3)).isNotEqualTo(FieldTaylor1Arithmetic.of(BOXED, 4));
    }
}
