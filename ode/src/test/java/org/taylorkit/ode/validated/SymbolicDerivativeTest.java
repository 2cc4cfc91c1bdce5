package org.taylorkit.ode.validated;

import org.taylorkit.core.expr.PartialDerivative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.series.TaylorNArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * Symbolic derivatives (used for the variational equations and the section gradient) against
 * forward-mode differentiation by the TaylorN recurrences (an independent code path), for every
 * operation, at random points inside each function's domain.
 */
class SymbolicDerivativeTest {

    /** One expression per operation (and a few compositions), over x, y, t and the parameter k. */
    static final List<String> EXPRESSIONS = List.of(
            "-x*y", "x + y", "x - 2*y", "x*y*t", "x/(y + 3)", "x^3*y^-2", "(x + 2)^y", "2^x", "(y + 2)^1.5",
            "sqrt(x + 2)", "cbrt(x + 3)", "exp(x*y)", "expm1(x)", "log(y + 2)", "log1p(x + 0.5)",
            "sin(x*y)", "cos(x + t)", "tan(x/3)", "asin(x/2)", "acos(y/2)", "atan(x*y)", "sinh(x)", "cosh(y)",
            "tanh(x*y)", "asinh(x)", "acosh(y + 3)", "atanh(x/2)", "erf(x*y)", "abs(x + 5)", "atan2(y + 3, x)",
            "k*x^2 - sin(k*y)", "exp(sin(x))*cos(y)/(2 + x^2)", "x");

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void symbolicMatchesForwardModeAtRandomPoints(long seed) {
        Gen gen = new Gen(seed);
        double x = gen.uniform(-0.9, 0.9);
        double y = gen.uniform(-0.9, 0.9);
        double t = gen.uniform(-1, 1);
        double k = gen.uniform(-2, 2);
        Variables vars = Variables.of("x", "y", "t");
        TaylorNArithmetic ar = TaylorNArithmetic.of(vars, 1);
        Map<String, TaylorN> jets = new HashMap<>();
        jets.put("x", ar.variable("x", x));
        jets.put("y", ar.variable("y", y));
        jets.put("t", ar.variable("t", t));
        jets.put("k", ar.fromDouble(k));
        Map<String, Interval> points = Map.of("x", Interval.point(x), "y", Interval.point(y), "t", Interval.point(t),
                "k", Interval.point(k));
        for (String text : EXPRESSIONS) {
            Expr e = Expr.parse(text, java.util.Set.of("k"));
            double[] grad = e.evaluate(ar, jets).gradient();
            String[] names = {"x", "y", OdeSystem.TIME};
            for (int i = 0; i < 3; i++) {
                Interval d = PartialDerivative.of(e, names[i]).evaluate(
                        org.taylorkit.interval.function.IntervalArithmetic.INSTANCE, points);
                double tol = 1e-12 * Math.max(1, Math.abs(grad[i]));
                String msg = "d(" + text + ")/d" + names[i] + " at x=" + x + " y=" + y + " t=" + t + " k=" + k
                        + ": symbolic " + d + ", forward mode " + grad[i];
                assertThat(Interval.of(d.inf() - tol, d.sup() + tol).contains(grad[i])).as(msg).isTrue();
                assertThat(PartialDerivative.isConstantIn(e, names[i]) ? grad[i] == 0 : true).as(msg).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void variationalSystemOfALinearSystemIsTheSameMatrix(long seed) {
        Gen gen = new Gen(seed);
        double a = Math.rint(gen.uniform(-5, 5));
        OdeSystem s = OdeSystem.parse("x' = " + a + "*x + y; y' = -x");
        OdeSystem aug = VariationalSystem.of(s).augmented();
        assertThat(aug.variables()).containsExactly("x", "y", "V_x_x", "V_x_y", "V_y_x", "V_y_y");
        // V' = A V with A = [[a, 1], [-1, 0]]: at V = I the right-hand sides are A's entries
        Map<String, Double> at = new HashMap<>(Map.of("x", 0.3, "y", -0.2, "V_x_x", 1.0, "V_x_y", 0.0, "V_y_x", 0.0,
                "V_y_y", 1.0));
        double[] expected = {a, 1, -1, 0};
        for (int i = 0; i < 4; i++) {
            assertThat(aug.rightHandSides().get(2 + i).evaluateDouble(at)).as("entry " + i + " a=" + a).isEqualTo(expected[i]);
        }
    }
}
