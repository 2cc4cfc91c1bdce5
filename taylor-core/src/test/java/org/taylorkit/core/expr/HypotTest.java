package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylor1Arithmetic;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.Taylor1Arithmetic;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.series.TaylorNArithmetic;
import org.taylorkit.core.testing.Gen;

/**
 * {@code hypot(a, b)} = √(a² + b²) ({@link Expr#hypot}): what it builds, its double values against
 * {@link Math#hypot}, its derivatives against closed forms, its Apfloat value and derivatives at 50
 * digits against {@link BigDecimal#sqrt} at 60 digits, and the documented double range.
 *
 * <p>Closed forms, with h = hypot(x, c): d/dx h = x/h, d²/dx² h = c²/h³, d³/dx³ h = −3c²x/h⁵
 * (differentiate (x² + c²)^{1/2} three times); ∂²h/∂x∂y = −xy/h³ for h = hypot(x, y).
 */
class HypotTest {

    private static final Symbol X = Expr.variable("x");
    private static final Symbol Y = Expr.variable("y");

    @Test
    void isTheExpressionSqrtOfTheSumOfSquaresFromTheDslAndTheParser() {
        Expr built = Expr.hypot(X, Y);
        assertThat(built).isEqualTo(Expr.parse("sqrt(x^2 + y^2)"));
        assertThat(Expr.parse("hypot(x, y)")).isEqualTo(built);
        assertThat(Expr.parse("hypot(x, y)").toString()).isEqualTo("sqrt(x^2 + y^2)");
        assertThat(Expr.parse("hypot(hypot(x, y), 2*z)"))
                .isEqualTo(Expr.hypot(Expr.hypot(X, Y), Expr.constant(2).times(Expr.variable("z"))));
        assertThat(Expr.parse("hypot(x, p)", java.util.Set.of("p")).parameters()).containsExactly("p");
        // hypot is a call only: as a plain name it is still a variable.
        assertThat(Expr.parse("hypot + 1").variables()).containsExactly("hypot");
    }

    @Test
    void exactValuesOfPythagoreanTriples() {
        Expr h = Expr.parse("hypot(x, y)");
        assertThat(h.evaluateDouble(Map.of("x", 3.0, "y", -4.0))).isEqualTo(5.0);
        assertThat(h.evaluateDouble(Map.of("x", -5.0, "y", 12.0))).isEqualTo(13.0);
        assertThat(h.evaluateDouble(Map.of("x", 0.0, "y", 0.0))).isEqualTo(0.0);
        assertThat(h.evaluateDouble(Map.of("x", 0.0, "y", -7.0))).isEqualTo(7.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void valuesAgreeWithMathHypotInsideTheDoubleRange(long seed) {
        Gen g = new Gen(seed);
        double x = g.signedUniform(1, 2) * Math.scalb(1.0, g.intBetween(-500, 500));
        double y = g.coin() ? g.signedUniform(1, 2) * Math.scalb(1.0, g.intBetween(-500, 500)) : x * g.uniform(-3, 3);
        double reference = Math.hypot(x, y);
        double value = Expr.hypot(X, Y).evaluateDouble(Map.of("x", x, "y", y));
        // sqrt(fl(fl(x²) + fl(y²))) is within about 1.5 ulp, Math.hypot within 1 ulp
        assertThat(value).as("%s: hypot(%s, %s)", g, x, y).isCloseTo(reference, within(3 * Math.ulp(reference)));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void seriesInOneVariableHasTheClosedFormDerivatives(long seed) {
        Gen g = new Gen(seed);
        double x0 = g.uniform(-10, 10);
        double c = g.signedUniform(0.1, 10);
        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(3);
        Taylor1 s = Expr.hypot(X, Expr.constant(c)).evaluate(ar, Map.of("x", ar.variable(x0)));
        double h = Math.hypot(x0, c);
        double[] expected = {h, x0 / h, c * c / (h * h * h) / 2, -3 * c * c * x0 / Math.pow(h, 5) / 6};
        for (int k = 0; k <= 3; k++) {
            assertThat(s.coefficient(k)).as("%s: c_%d of hypot(x, %s) at x = %s", g, k, c, x0)
                    .isCloseTo(expected[k], within(1e-14 * Math.max(1, Math.abs(expected[k]))));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void gradientAndHessianInTwoVariables(long seed) {
        Gen g = new Gen(seed);
        double x0 = g.signedUniform(0.1, 5);
        double y0 = g.signedUniform(0.1, 5);
        TaylorNArithmetic ar = TaylorNArithmetic.of(Variables.of("x", "y"), 2);
        TaylorN s = Expr.hypot(X, Y).evaluate(ar, Map.of("x", ar.variable("x", x0), "y", ar.variable("y", y0)));
        double h = Math.hypot(x0, y0);
        double h3 = h * h * h;
        String what = g + ": hypot at (" + x0 + ", " + y0 + ")";
        assertThat(s.coefficient(1, 0)).as(what).isCloseTo(x0 / h, within(1e-15));
        assertThat(s.coefficient(0, 1)).as(what).isCloseTo(y0 / h, within(1e-15));
        assertThat(s.coefficient(2, 0)).as(what).isCloseTo(y0 * y0 / h3 / 2, within(1e-13));
        assertThat(s.coefficient(1, 1)).as(what).isCloseTo(-x0 * y0 / h3, within(1e-13));
        assertThat(s.coefficient(0, 2)).as(what).isCloseTo(x0 * x0 / h3 / 2, within(1e-13));
    }

    @Test
    void apfloatValueAndDerivativesAtFiftyDigits() {
        // hypot(x, 0.2) at x = 1.5: h = √2.29, h' = 1.5/h, h''/2 = 0.04/(2h³); references from BigDecimal.sqrt at 60 digits.
        MathContext mc = new MathContext(60);
        BigDecimal h = new BigDecimal("2.29").sqrt(mc);
        BigDecimal[] expected = {h, new BigDecimal("1.5").divide(h, mc),
            new BigDecimal("0.02").divide(h.pow(3, mc), mc)};
        ApfloatArithmetic ap = ApfloatArithmetic.ofDigits(50);
        FieldTaylor1Arithmetic<Apfloat> ar = FieldTaylor1Arithmetic.of(ap, 2);
        FieldTaylor1<Apfloat> s = Expr.parse("hypot(x, 0.2)").evaluate(ar, Map.of("x", ar.variable(ap.fromDecimal("1.5"))));
        for (int k = 0; k <= 2; k++) {
            BigDecimal got = new BigDecimal(s.coefficient(k).toString(true));
            assertThat(got.subtract(expected[k]).abs()).as("c_%d = %s, expected %s", k, got, expected[k])
                    .isLessThan(new BigDecimal("1e-48"));
        }
        // Far beyond the double range: hypot(3e200, 4e200) = 5e200 exactly.
        Apfloat big = Expr.hypot(X, Y).evaluate(ap, Map.of("x", ap.fromDecimal("3e200"), "y", ap.fromDecimal("4e200")));
        assertThat(new BigDecimal(big.toString(true)).compareTo(new BigDecimal("5e200"))).isZero();
    }

    @Test
    void doubleRangeIsTheDocumentedOne() {
        Expr h = Expr.hypot(X, Y);
        // Inside the range: still accurate near the limits.
        assertThat(h.evaluateDouble(Map.of("x", 3e150, "y", 4e150))).isCloseTo(5e150, within(2 * Math.ulp(5e150)));
        assertThat(h.evaluateDouble(Map.of("x", 3e-150, "y", 4e-150))).isCloseTo(5e-150, within(2 * Math.ulp(5e-150)));
        // Beyond it (where Math.hypot is exact): overflow to +∞ and underflow to 0, as Expr.hypot documents.
        assertThat(Math.hypot(3e200, 4e200)).isCloseTo(5e200, within(Math.ulp(5e200)));
        assertThat(h.evaluateDouble(Map.of("x", 3e200, "y", 4e200))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Math.hypot(3e-200, 4e-200)).isCloseTo(5e-200, within(Math.ulp(5e-200)));
        assertThat(h.evaluateDouble(Map.of("x", 3e-200, "y", 4e-200))).isEqualTo(0.0);
    }
}
