package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.ode.OdeSystem;

/**
 * The tape compiled to bytecode runs the same kernels in the same order as the interpreter, so
 * every coefficient of every slot must be bit-for-bit equal (the interpreter itself is checked
 * against Picard iteration in {@link DoubleTapeRunnerPicardTest}).
 */
class TapeCompilerTest {

    static void assertSame(TaylorTape tape, double t0, double[] x0, double[] params, int p, String context) {
        DoubleTapeRunner compiled = new DoubleTapeRunner(tape, p, true);
        DoubleTapeRunner interpreted = new DoubleTapeRunner(tape, p, false);
        assertThat(compiled.compiled()).as("bytecode generation succeeded").isTrue();
        assertThat(interpreted.compiled()).isFalse();
        if (params.length > 0) {
            compiled.setParameters(params);
            interpreted.setParameters(params);
        }
        compiled.compute(t0, x0, p, true);
        interpreted.compute(t0, x0, p, true);
        for (int slot = 0; slot < tape.slotCount(); slot++) {
            assertThat(compiled.coefficients(slot)).as("slot %d, %s\n%s", slot, context, tape)
                    .containsExactly(interpreted.coefficients(slot));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void everyOperationKindGivesTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        String text = DoubleTapeRunnerPicardTest.SYSTEMS[g.intBetween(0, DoubleTapeRunnerPicardTest.SYSTEMS.length - 1)];
        OdeSystem system = OdeSystem.parse(text, Set.of("a", "b", "c"));
        TaylorTape tape = system.tape(List.of(Expr.parse("abs(x - y) + x*y")));
        double[] params = new double[system.parameters().size()];
        for (int i = 0; i < params.length; i++) {
            params[i] = g.uniform(0.5, 1.5);
        }
        assertSame(tape, g.uniform(0.5, 2), new double[] {g.uniform(0.5, 1.5), g.uniform(0.5, 1.5)}, params,
                g.intBetween(1, 20), g + " " + text);
    }

    /** Runners of the same tape share one generated class (defined and JIT-compiled once). */
    @Test
    void theSameTapeIsCompiledOnce() {
        TaylorTape tape = OdeSystem.parse("x' = -y*exp(x/9); y' = x").tape(List.of());
        DoubleTapeRunner first = new DoubleTapeRunner(tape, 20, true);
        DoubleTapeRunner second = new DoubleTapeRunner(tape, 20, true);
        assertThat(first.compiled() && second.compiled()).isTrue();
        assertThat(second.program()).isSameAs(first.program());
        assertThat(new DoubleTapeRunner(tape, 21, true).program()).isNotSameAs(first.program());
        assertSame(tape, 0.0, new double[] {0.5, 0.25}, new double[0], 20, "shared program");
    }

    /**
     * Every catalogue function, specialised kind or generic {@code FUNCTION} op, compiled and
     * interpreted: x' = f(0.3 + x/4), y' = 1 (argument in every function's series domain near 0.3).
     */
    @Test
    void everyCatalogueFunctionGivesTheInterpretersBits() {
        for (org.taylorkit.core.ElementaryFunction f : org.taylorkit.core.function.Functions.all()) {
            double x0 = f.name().equals("acosh") || f.name().equals("acoth") ? 1.3 : 0.3;
            OdeSystem system = OdeSystem.parse("x' = " + f.name() + "(" + x0 + " + x/4); y' = 1");
            assertSame(system.tape(List.of()), 0.0, new double[] {0.1, 0.0}, new double[0], 12, f.name());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void linearCombinationsGiveTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        List<Expr> rhs = List.of(LinearFoldingTest.expression(g, 5), LinearFoldingTest.expression(g, 5));
        TaylorTape tape = TaylorTape.build(List.of("x", "y"), rhs, List.of("a"), List.of(), true);
        assertSame(tape, g.uniform(-1, 1), new double[] {g.uniform(-1, 1), g.uniform(-1, 1)},
                new double[] {g.uniform(-2, 2)}, g.intBetween(1, 16), g + " " + rhs);
    }

    /**
     * Uses every kernel the compiler unrolls per order: mul, sqr, div, sqrt, every elementary
     * function, ±, neg, scalar ops, sums.
     */
    static final String UNROLLED =
            "x' = x*y - y^2 + (x - y)/(2 + x^2) + sqrt(1 + y^2) - a*x + (2 - y) + x/3 + (y + b) + sin(x)*exp(-y/4)"
            + " + log(3 + x*y) + (2 + x^2)^0.3;"
            + " y' = -x + sqrt(x*x + 1.5)/(y + 3) - (x + y)*(x - y) + c*(x*y)^2 - 1/(2 + y^2) + cos(x + y)"
            + " + (3 + y)^-2 + (4 + x)^a + sinh(y)*cosh(x/2) + tan(x/3) - tanh(y) + atan(x*y) + expm1(x/5)"
            + " + log1p(y^2) + cbrt(2 + y) + asin(x/4) - acos(y/4) + asinh(x) + acosh(2 + x^2) + atanh(y/3)"
            + " + erf(y) + atan2(y, 1 + x^2)";

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void unrolledKernelsGiveTheInterpretersBitsAtEveryOrder(long seed) {
        Gen g = new Gen(seed);
        OdeSystem system = OdeSystem.parse(UNROLLED, Set.of("a", "b", "c"));
        TaylorTape tape = system.tape();
        double[] params = {g.uniform(-2, 2), g.uniform(-2, 2), g.uniform(-2, 2)};
        // p = 70 also runs the generic program for the orders above the budget
        int p = g.intBetween(0, 3) == 0 ? 70 : g.intBetween(1, 40);
        double[] x0 = {g.uniform(-1.5, 1.5), g.uniform(-1.5, 1.5)};
        assertSame(tape, g.uniform(-2, 2), x0, params, p, g + " p=" + p);
        // this tape's orders 0..32 fit the default budget (384 KiB); above, the budget leaves the
        // highest orders to the generic program
        int[] last = TapeCompiler.LAST.get();
        if (p <= 30) {
            assertThat(last[0]).as("orders unrolled").isEqualTo(p + 1);
        } else {
            assertThat(last[0]).as("orders unrolled").isBetween(31, Math.min(p, TapeCompiler.MAX_UNROLLED_ORDER) + 1);
        }
        assertThat(last[1]).as("unrolled bytes").isLessThanOrEqualTo(TapeCompiler.UNROLL_BUDGET);
    }

    /**
     * Quotients sharing a denominator are emitted together, the denominator's coefficients read once
     * ({@code UnrolledOps.quotients}); the bits are still the interpreter's. Here three quotients by
     * D = 2 + x² + y² whose numerators are known before the first (grouped: x − y, x·y, sin x), and one
     * whose numerator needs the first quotient, ((x − y)/D + 1)/D, which cannot move up and stays alone;
     * and Kepler's two quotients, where the first moves down to the second.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void quotientsSharingADenominatorGiveTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        OdeSystem system = OdeSystem.parse("x' = (x*y - sin(x)) + (x - y)/(2 + x^2 + y^2) + (x*y)/(2 + x^2 + y^2)"
                + " + ((x - y)/(2 + x^2 + y^2) + 1)/(2 + x^2 + y^2); y' = sin(x)/(2 + x^2 + y^2) - y");
        TaylorTape tape = system.tape();
        List<List<TapeOp>> groups = QuotientGroups.of(tape.ops());
        long leaders = groups.stream().filter(q -> q != null && !q.isEmpty()).count();
        long members = groups.stream().filter(q -> q != null && q.isEmpty()).count();
        assertThat(leaders).as("groups\n%s", tape).isEqualTo(1);
        assertThat(members).as("moved quotients\n%s", tape).isEqualTo(2);
        int p = g.intBetween(1, 30);
        assertSame(tape, 0.0, new double[] {g.uniform(-1.5, 1.5), g.uniform(-1.5, 1.5)}, new double[0], p, g + " p=" + p);
        // Kepler: −x/D and −y/D, the second numerator computed after the first quotient — the first moves down
        TaylorTape kepler = OdeSystem.parse("x' = u; y' = v; u' = -x/(x^2 + y^2)^1.5; v' = -y/(x^2 + y^2)^1.5").tape();
        List<List<TapeOp>> keplerGroups = QuotientGroups.of(kepler.ops());
        assertThat(keplerGroups.stream().filter(q -> q != null && q.size() == 2).count()).as("Kepler\n%s", kepler).isEqualTo(1);
        assertSame(kepler, 0.0, new double[] {g.uniform(0.5, 1), g.uniform(-0.5, 0.5), g.uniform(-0.5, 0.5), g.uniform(0.5, 1.5)},
                new double[0], p, g + " Kepler p=" + p);
    }

    @Test
    void unrolledKernelsGiveTheInterpretersBitsForSignedZeros() {
        // x0 = (−0, −0): sums that start from +0.0 must stay +0.0, as in the kernels
        OdeSystem system = OdeSystem.parse(UNROLLED, Set.of("a", "b", "c"));
        assertSame(system.tape(), -0.0, new double[] {-0.0, -0.0}, new double[] {-0.0, 0.0, -0.0}, 24, "signed zeros");
    }

    /** Σ_i sin(x + i)·x^i/i for 300 terms: about 1 500 operations, several times the chunk size. */
    static TaylorTape longTape() {
        Expr x = Expr.variable("x");
        Expr sum = Expr.constant(0);
        for (int i = 1; i <= 300; i++) {
            sum = sum.plus(x.plus(i).sin().times(x.pow(i % 7 + 1)).div(Expr.constant(i)));
        }
        return TaylorTape.build(List.of("x"), List.of(sum), List.of(), List.of(), true);
    }

    @Test
    void longTapesAreSplitIntoSeveralMethods() {
        TaylorTape tape = longTape();
        assertThat(tape.opCount()).isGreaterThan(1000);
        assertSame(tape, 0.3, new double[] {0.1}, new double[0], 12, "long tape");
    }
}
