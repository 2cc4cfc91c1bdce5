package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taylorkit.ode.OdeSystem;

/**
 * The state update of the double tape, x_{k+1} = f_k·fl(1/(k + 1)): on x' = x, x(0) = 1, the
 * coefficients are the chain x_{k+1} = x_k·fl(1/(k + 1)) bit for bit — in the generated code (at
 * orders up to 64 unrolled with constant factors, above that its generic program) and in the
 * interpreter — and within (k + 1) ulps of the exact 1/k! (computed independently with BigDecimal).
 */
class StateUpdateTest {

    @ParameterizedTest(name = "compiled={0}")
    @ValueSource(booleans = {true, false})
    void exponentialCoefficientsAreTheReciprocalChain(boolean compile) {
        int p = 70; // beyond TapeCompiler.MAX_UNROLLED_ORDER: the generic program runs the top orders
        TaylorTape tape = OdeSystem.parse("x' = x").tape(List.of());
        DoubleTapeRunner runner = new DoubleTapeRunner(tape, p, compile);
        assertThat(runner.compiled()).isEqualTo(compile);
        runner.compute(0, new double[] {1}, p, false);
        double[] x = runner.stateCoefficients(0);
        double chain = 1;
        BigDecimal factorial = BigDecimal.ONE;
        for (int k = 0; k <= p; k++) {
            if (k > 0) {
                chain *= 1.0 / k;
                factorial = factorial.multiply(BigDecimal.valueOf(k));
            }
            assertThat(x[k]).as("x_%d", k).isEqualTo(chain);
            double exact = BigDecimal.ONE.divide(factorial, MathContext.DECIMAL128).doubleValue();
            assertThat(Math.abs(x[k] - exact)).as("x_%d against 1/%d!", k, k).isLessThanOrEqualTo((k + 1) * Math.ulp(exact));
        }
    }
}
