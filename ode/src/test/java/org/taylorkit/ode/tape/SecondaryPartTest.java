package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.VariationalEquations;

/**
 * A tape with a secondary part expanded to a lower order q: the split found by reachability, the
 * generated code bit for bit the interpreter's, the primary states bit for bit those of the full
 * expansion, the secondary states those of the full expansion up to order q and zero above.
 */
class SecondaryPartTest {

    static final OdeSystem KEPLER = OdeSystem.parse("x' = vx; y' = vy; vx' = -x/(x^2 + y^2)^1.5; vy' = -y/(x^2 + y^2)^1.5");
    /** Secondary states u, v reading functions of x (exp, cos, a quotient) that only they need. */
    static final OdeSystem FUNCTIONS = OdeSystem.parse(
            "x' = y; y' = -sin(x); u' = v*cos(x) + exp(u/9); v' = -u*sin(x)/(1 + x^2) + sqrt(2 + u*v)");

    private static TaylorTape keplerVariational() {
        return VariationalEquations.of(KEPLER, KEPLER.variables(), 1).system().tape(List.of());
    }

    @Test
    void keplerVariationalSplitsIntoStateAndJacobianTimesPhi() {
        TaylorTape tape = keplerVariational();
        SecondaryPart part = SecondaryPart.of(tape, 4, 16);
        // the state's tape: −x, x², y², r², √r², r²·√r², the two quotients and −y; the rest (Jacobian, J·Φ) is the jet's
        assertThat(tape.opCount() - part.secondaryCount()).isEqualTo(9);
        for (int j : part.primaryOps()) {
            TapeOp op = tape.ops().get(j);
            assertThat(op.readSlots()).as("%s reads only the state and its own operations", op)
                    .allMatch(s -> s < 4 || s >= tape.stateCount());
        }
    }

    /** Compiled and interpreted runners with the part, against a full runner, at the given orders. */
    private static void assertSplitExpansion(TaylorTape tape, int first, int q, int p, double[] x0, String context) {
        SecondaryPart part = SecondaryPart.of(tape, first, q);
        DoubleTapeRunner compiled = new DoubleTapeRunner(tape, p, true, part);
        DoubleTapeRunner interpreted = new DoubleTapeRunner(tape, p, false, part);
        DoubleTapeRunner full = new DoubleTapeRunner(tape, p, true);
        assertThat(compiled.compiled()).as("bytecode generation succeeded").isTrue();
        for (boolean outputs : new boolean[] {false, true}) {
            compiled.compute(0.25, x0, p, outputs);
            interpreted.compute(0.25, x0, p, outputs);
            full.compute(0.25, x0, p, outputs);
            for (int slot = 0; slot < tape.slotCount(); slot++) {
                assertThat(compiled.coefficients(slot)).as("slot %d, q=%d p=%d, %s", slot, q, p, context)
                        .containsExactly(interpreted.coefficients(slot));
            }
            int n = tape.stateCount();
            for (int i = 0; i < n; i++) {
                double[] got = compiled.stateCoefficients(i);
                double[] all = full.stateCoefficients(i);
                if (i < first) {
                    assertThat(got).as("primary state %d, %s", i, context).containsExactly(all);
                } else {
                    int top = Math.min(q, p);
                    assertThat(Arrays.copyOf(got, top + 1)).as("state %d to order q, %s", i, context)
                            .containsExactly(Arrays.copyOf(all, top + 1));
                    assertThat(Arrays.stream(got, top + 1, p + 1).filter(v -> v != 0).toArray())
                            .as("state %d's nonzero coefficients above q, %s", i, context).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void keplerJetAtLowerOrderIsTheInterpretersAndTheFullExpansionsBits(long seed) {
        Gen g = new Gen(seed);
        double[] x0 = new double[20];
        x0[0] = g.uniform(0.5, 1.5);
        x0[1] = g.uniform(-0.5, 0.5);
        x0[2] = g.uniform(-0.5, 0.5);
        x0[3] = g.uniform(0.6, 1.2);
        for (int i = 4; i < 20; i++) {
            x0[i] = g.uniform(-3, 3);
        }
        int p = g.intBetween(2, 24);
        int q = g.intBetween(1, p);
        assertSplitExpansion(keplerVariational(), 4, q, p, x0, g.toString());
    }

    @Test
    void functionsAndGenericOrdersGiveTheInterpretersBits() {
        TaylorTape tape = FUNCTIONS.tape(List.of(Expr.parse("x*y - 1")));
        double[] x0 = {0.3, -0.2, 0.4, 0.1};
        assertSplitExpansion(tape, 2, 7, 12, x0, "unrolled orders");
        // orders above TapeCompiler.MAX_UNROLLED_ORDER run the generic programs: the full one below q, the primary one above
        int p = TapeCompiler.MAX_UNROLLED_ORDER + 4;
        assertSplitExpansion(tape, 2, p - 2, p, x0, "generic orders");
    }

    @Test
    void aPartThatThePrimaryStatesReadIsRejected() {
        TaylorTape coupled = OdeSystem.parse("x' = y; y' = -x").tape(List.of());
        assertThatThrownBy(() -> SecondaryPart.of(coupled, 1, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state y cannot be expanded to a lower order");
        TaylorTape event = FUNCTIONS.tape(List.of(Expr.parse("u - 1")));
        assertThatThrownBy(() -> SecondaryPart.of(event, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("state u cannot be expanded").hasMessageContaining("event function");
        TaylorTape tape = FUNCTIONS.tape(List.of());
        assertThatThrownBy(() -> SecondaryPart.of(tape, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be in 1..3");
        assertThatThrownBy(() -> SecondaryPart.of(tape, 4, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 4");
        assertThatThrownBy(() -> SecondaryPart.of(tape, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0");
        SecondaryPart other = SecondaryPart.of(keplerVariational(), 4, 5);
        assertThatThrownBy(() -> new DoubleTapeRunner(tape, 10, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not of this tape");
    }

    /** The cache of generated classes keys on the part: another q is another class, the same q the same one. */
    @Test
    void theGeneratedClassDependsOnQ() {
        TaylorTape tape = FUNCTIONS.tape(List.of());
        DoubleTapeRunner a = new DoubleTapeRunner(tape, 12, true, SecondaryPart.of(tape, 2, 7));
        DoubleTapeRunner b = new DoubleTapeRunner(tape, 12, true, SecondaryPart.of(tape, 2, 7));
        DoubleTapeRunner c = new DoubleTapeRunner(tape, 12, true, SecondaryPart.of(tape, 2, 8));
        DoubleTapeRunner full = new DoubleTapeRunner(tape, 12, true);
        assertThat(b.program()).isSameAs(a.program());
        assertThat(c.program()).isNotSameAs(a.program());
        assertThat(full.program()).isNotSameAs(a.program()).isNotSameAs(c.program());
    }
}
