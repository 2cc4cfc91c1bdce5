package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.PartialDerivative;

class QuotientDerivativeTest {

    /** Kepler's acceleration: ∂/∂x(−x/r³) = −1/r³ + 3x²/r⁵ and ∂/∂y(−x/r³) = 3xy/r⁵ (closed forms). */
    @Test
    void keplerJacobianMatchesTheClosedForm() {
        Expr f = Expr.parse("-x/(x*x + y*y)^1.5");
        Expr dx = QuotientDerivative.orNull(f, "x");
        Expr dy = QuotientDerivative.orNull(f, "y");
        Random rnd = new Random(16);
        for (int i = 0; i < 200; i++) {
            double x = rnd.nextDouble() * 4 - 2;
            double y = rnd.nextDouble() * 4 - 2;
            double r = Math.hypot(x, y);
            Map<String, Double> at = Map.of("x", x, "y", y);
            double r3 = r * r * r;
            double r5 = r3 * r * r;
            assertThat(dx.evaluateDouble(at)).as("seed 16, case %d: x=%s y=%s", i, x, y)
                    .isCloseTo(-1 / r3 + 3 * x * x / r5, within(1e-12 * (1 / r3 + 3 * x * x / r5)));
            assertThat(dy.evaluateDouble(at)).as("seed 16, case %d: x=%s y=%s", i, x, y)
                    .isCloseTo(3 * x * y / r5, within(1e-12 * (1 / r3 + Math.abs(3 * x * y / r5))));
        }
    }

    /** Agreement with the quotient rule of {@link PartialDerivative} (another symbolic route) at seeded points. */
    @ParameterizedTest
    @ValueSource(strings = {"x*y/(1 + x^2)^2", "sin(x)/(2 + cos(y))", "(x - y)/(x^2 + y^2 + 1)^0.5", "exp(y)/x^3",
        "x/(y^2 + 1)", "(1 + y)/(3 + x*y)^1.5"})
    void agreesWithTheQuotientRule(String text) {
        Expr f = Expr.parse(text);
        Random rnd = new Random(text.hashCode());
        for (String v : new String[] {"x", "y"}) {
            Expr mine = QuotientDerivative.orNull(f, v);
            Expr rule = PartialDerivative.of(f, v);
            for (int i = 0; i < 100; i++) {
                double x = 0.5 + rnd.nextDouble();
                double y = rnd.nextDouble() * 2 - 1;
                Map<String, Double> at = Map.of("x", x, "y", y);
                double expected = rule.evaluateDouble(at);
                assertThat(mine.evaluateDouble(at)).as("%s, d/d%s, seed %d, case %d: x=%s y=%s", text, v, text.hashCode(), i, x, y)
                        .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
            }
        }
    }

    @Test
    void aQuotientThatDoesNotDependOnTheVariableHasNoDerivative() {
        assertThat(QuotientDerivative.orNull(Expr.parse("x/(x^2 + 1)^1.5"), "y")).isNull();
        assertThat(QuotientDerivative.orNull(Expr.parse("y/(x^2 + 1)^1.5"), "y")).isNotNull();
    }
}
