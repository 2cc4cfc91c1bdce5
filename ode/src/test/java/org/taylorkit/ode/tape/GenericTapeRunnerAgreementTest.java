package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.core.testing.Gen;

/** The generic runner over boxed doubles agrees with the primitive fast path, for every operation kind. */
class GenericTapeRunnerAgreementTest {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void boxedDoublesAgreeWithThePrimitivePath(long seed) {
        Gen g = new Gen(seed);
        String text = DoubleTapeRunnerPicardTest.SYSTEMS[g.intBetween(0, DoubleTapeRunnerPicardTest.SYSTEMS.length - 1)];
        OdeSystem system = OdeSystem.parse(text, Set.of("a", "b", "c"));
        TaylorTape tape = system.tape(java.util.List.of(org.taylorkit.core.expr.Expr.parse("abs(x - y) + x*y")));
        int p = g.intBetween(1, 20);
        double t0 = g.uniform(0.5, 2);
        double[] x0 = {g.uniform(0.5, 1.5), g.uniform(0.5, 1.5)};
        double[] params = {g.uniform(0.5, 2), g.uniform(-1, 1), g.uniform(-1.5, 1.5)};

        DoubleTapeRunner fast = new DoubleTapeRunner(tape, 20);
        GenericTapeRunner<Double> boxed = new GenericTapeRunner<>(tape, BoxedDoubleArithmetic.INSTANCE, 20);
        for (String name : system.parameters()) {
            int i = "abc".indexOf(name);
            fast.setParameter(name, params[i]);
            boxed.setParameter(name, params[i]);
        }
        fast.compute(t0, x0, p, true);
        boxed.compute(t0, new Double[] {x0[0], x0[1]}, p, true);
        String context = g + " p=" + p + " in " + text;
        for (int slot = 0; slot < tape.slotCount(); slot++) {
            double[] a = fast.coefficients(slot);
            Double[] b = boxed.coefficients(slot);
            for (int k = 0; k <= p; k++) { // with outputs, every slot is complete to order p
                double scale = Math.max(1.0, Math.abs(a[k])) * Math.pow(2, k);
                assertThat(Math.abs(a[k] - b[k])).as("slot %d coefficient %d, %s\n%s", slot, k, context, tape)
                        .isLessThanOrEqualTo(1e-13 * scale);
            }
        }
        assertThat(boxed.arithmetic()).isSameAs(BoxedDoubleArithmetic.INSTANCE);
        assertThat(boxed.maxOrder()).isEqualTo(20);
    }
}
