package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.Taylor1Arithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.core.testing.Gen;

/**
 * The tape's solution series against an independent construction: Picard iteration
 * x ← x0 + ∫ f(t0 + τ, x(τ)) dτ with the right-hand sides evaluated as whole {@link Taylor1}
 * series through {@code Expr.evaluate} (no tape), which converges to the Taylor polynomial one order
 * per iteration. The systems use every operation kind of the tape.
 */
class DoubleTapeRunnerPicardTest {

    static final String[] SYSTEMS = {
        "x' = sin(x)*cos(y) + exp(0.1*t) - x^3 + y/(2 + x^2); y' = sqrt(1 + x^2) - log(2 + cos(y)) + atan(x*y) + tanh(y) + t^2"
            + " + (1 + x^2)^1.5 - (2 + y)^(-3/2) + (3 + x)^-0.5",
        "x' = asin(x/4) + acos(y/4) + asinh(x) + erf(y) + abs(x) + cbrt(2 + y);"
            + " y' = acosh(2 + x^2) + atanh(y/3) + tan(x/3) + sinh(y) - cosh(x/2) + expm1(x/5) + log1p(y^2)",
        "x' = a*x - b*x*y + (1 + x^2)^c + x^-2 + (2 + y)^(x/5) + 2^y + pi*x - e;"
            + " y' = x^5 - y^4 + x*x + atan2(y, 1 + x^2) + x/a - a/x + (a - y) + (y - b) + -x + t^x",
    };

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void tapeSeriesEqualPicardIterates(long seed) {
        Gen g = new Gen(seed);
        String text = SYSTEMS[g.intBetween(0, SYSTEMS.length - 1)];
        OdeSystem system = OdeSystem.parse(text, Set.of("a", "b", "c"));
        int p = g.intBetween(2, 14);
        double t0 = g.uniform(0.5, 2);
        double[] x0 = {g.uniform(0.5, 1.5), g.uniform(0.5, 1.5)};
        Map<String, Double> params = Map.of("a", g.uniform(0.5, 2), "b", g.uniform(-1, 1), "c", g.uniform(-1.5, 1.5));

        DoubleTapeRunner runner = new DoubleTapeRunner(system.tape(), 20);
        for (String name : system.parameters()) {
            runner.setParameter(name, params.get(name));
        }
        runner.compute(t0, x0, p, false);

        Taylor1Arithmetic ar = Taylor1Arithmetic.ofOrder(p);
        Taylor1[] x = {Taylor1.constant(x0[0], p), Taylor1.constant(x0[1], p)};
        for (int iter = 0; iter <= p; iter++) {
            Map<String, Taylor1> bind = new HashMap<>();
            bind.put("x", x[0]);
            bind.put("y", x[1]);
            bind.put("t", Taylor1.variable(t0, p));
            params.forEach((k, v) -> bind.put(k, Taylor1.constant(v, p)));
            Taylor1[] next = new Taylor1[2];
            for (int i = 0; i < 2; i++) {
                next[i] = system.rightHandSides().get(i).evaluate(ar, bind).integrate(x0[i]).truncate(p);
            }
            x = next;
        }
        String context = g + " p=" + p + " t0=" + t0 + " x0=" + x0[0] + "," + x0[1] + " " + params + " in " + text;
        for (int i = 0; i < 2; i++) {
            double[] c = runner.stateCoefficients(i);
            for (int k = 0; k <= p; k++) {
                double expected = x[i].coefficient(k);
                double scale = Math.max(1.0, Math.abs(expected)) * Math.pow(3, k);
                assertThat(Math.abs(c[k] - expected)).as("coefficient %d of state %d, %s", k, i, context)
                        .isLessThanOrEqualTo(1e-12 * scale);
            }
        }
    }
}
