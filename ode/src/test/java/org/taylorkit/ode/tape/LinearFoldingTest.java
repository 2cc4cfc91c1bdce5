package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apfloat.Apfloat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.testing.Gen;

/**
 * Linear-combination folding on random expressions: the folded tape gives the same series as the
 * unfolded one (whose linear operations are checked against Picard iteration in
 * {@link DoubleTapeRunnerPicardTest}), and its {@link TapeOpKind#LINEAR_COMBINATION}s give the same
 * coefficients over doubles, boxed doubles and 30-digit Apfloat.
 */
class LinearFoldingTest {

    private static final List<String> STATES = List.of("x", "y");
    private static final List<String> PARAMETERS = List.of("a");

    /** A random expression in x, y, t and the parameter a, mostly linear operations. */
    static Expr expression(Gen g, int depth) {
        if (depth == 0 || g.intBetween(0, 5) == 0) {
            switch (g.intBetween(0, 4)) {
                case 0: return Expr.variable("y");
                case 1: return Expr.variable("t");
                case 2: return Expr.constant(Math.rint(g.signedUniform(0.5, 3) * 8) / 8);
                default: return Expr.variable("x");
            }
        }
        Expr e = expression(g, depth - 1);
        double c = Math.rint(g.signedUniform(0.25, 2) * 16) / 16;
        switch (g.intBetween(0, 9)) {
            case 0: return e.plus(expression(g, depth - 1));
            case 1: return e.minus(expression(g, depth - 1));
            case 2: return e.negate();
            case 3: return e.times(c);
            case 4: return e.plus(c);
            case 5: return Expr.constant(c).minus(e);
            case 6: return Expr.variable("a").times(e);
            case 7: return e.minus(Expr.variable("a").times(c));
            case 8: return e.times(expression(g, depth - 1));
            default: return e.sin();
        }
    }

    private static double tolerance(double[] series, int k) {
        double m = 1.0;
        for (int j = 0; j <= k; j++) {
            m = Math.max(m, Math.abs(series[j]));
        }
        return 1e-11 * m * Math.pow(2, k);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void foldedTapeGivesTheSeriesOfTheUnfoldedTape(long seed) {
        Gen g = new Gen(seed);
        List<Expr> rhs = List.of(expression(g, 5), expression(g, 5));
        TaylorTape folded = TaylorTape.build(STATES, rhs, PARAMETERS, List.of(), true);
        TaylorTape plain = TaylorTape.build(STATES, rhs, PARAMETERS, List.of(), false);
        int p = g.intBetween(1, 16);
        double[] x0 = {g.uniform(-1, 1), g.uniform(-1, 1)};
        double t0 = g.uniform(-1, 1);
        double a = g.uniform(-2, 2);
        DoubleTapeRunner f = new DoubleTapeRunner(folded, p);
        DoubleTapeRunner u = new DoubleTapeRunner(plain, p);
        f.setParameters(a);
        u.setParameters(a);
        f.compute(t0, x0, p, false);
        u.compute(t0, x0, p, false);
        String context = g + " p=" + p + " x0=" + x0[0] + "," + x0[1] + " t0=" + t0 + " a=" + a + " rhs=" + rhs
                + "\nfolded:\n" + folded + "\nunfolded:\n" + plain;
        assertThat(folded.opCount()).as(context).isLessThanOrEqualTo(plain.opCount());
        for (int i = 0; i < 2; i++) {
            double[] expected = u.stateCoefficients(i);
            double[] actual = f.stateCoefficients(i);
            for (int k = 0; k <= p; k++) {
                assertThat(Math.abs(actual[k] - expected[k])).as("state %d coefficient %d, %s", i, k, context)
                        .isLessThanOrEqualTo(tolerance(expected, k));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void linearCombinationsAgreeOverDoublesBoxedDoublesAndApfloat(long seed) {
        Gen g = new Gen(seed);
        List<Expr> rhs = List.of(expression(g, 4), expression(g, 4));
        TaylorTape tape = TaylorTape.build(STATES, rhs, PARAMETERS, List.of(rhs.get(0).plus(rhs.get(1))), true);
        int p = g.intBetween(1, 12);
        double[] x0 = {g.uniform(-1, 1), g.uniform(-1, 1)};
        double t0 = g.uniform(-1, 1);
        double a = g.uniform(-2, 2);
        DoubleTapeRunner fast = new DoubleTapeRunner(tape, p);
        fast.setParameters(a);
        fast.compute(t0, x0, p, true);
        GenericTapeRunner<Double> boxed = new GenericTapeRunner<>(tape, BoxedDoubleArithmetic.INSTANCE, p);
        boxed.setParameter("a", a);
        boxed.compute(t0, new Double[] {x0[0], x0[1]}, p, true);
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(30);
        GenericTapeRunner<Apfloat> precise = new GenericTapeRunner<>(tape, ar, p);
        precise.setParameter("a", ar.fromDouble(a));
        precise.compute(ar.fromDouble(t0), new Apfloat[] {ar.fromDouble(x0[0]), ar.fromDouble(x0[1])}, p, true);
        String context = g + " p=" + p + " rhs=" + rhs + "\n" + tape;
        for (TapeOp op : tape.ops()) {
            if (op.kind() != TapeOpKind.LINEAR_COMBINATION) {
                continue;
            }
            double[] d = fast.coefficients(op.out());
            Double[] b = boxed.coefficients(op.out());
            Apfloat[] q = precise.coefficients(op.out());
            for (int k = 0; k <= p; k++) {
                // the definition ((c + t_1) + t_2) + …, t_j = ±c_j·v_j, evaluated from each runner's own inputs
                assertThat(d[k]).as("double, %s, coefficient %d, %s", op, k, context)
                        .isEqualTo(definition(op, k, slot -> fast.coefficients(slot)));
                assertThat(b[k]).as("boxed, %s, coefficient %d, %s", op, k, context)
                        .isEqualTo(definition(op, k, slot -> unbox(boxed.coefficients(slot))));
                assertThat(Math.abs(b[k] - d[k])).as("boxed vs double, %s, coefficient %d, %s", op, k, context)
                        .isLessThanOrEqualTo(tolerance(d, k));
                assertThat(Math.abs(ar.toDouble(q[k]) - d[k])).as("Apfloat, %s, coefficient %d, %s", op, k, context)
                        .isLessThanOrEqualTo(tolerance(d, k));
            }
        }
        double[] out = fast.outputCoefficients(0);
        for (int k = 0; k <= p; k++) {
            assertThat(Math.abs(ar.toDouble(precise.outputCoefficients(0)[k]) - out[k])).as("output, %s", context)
                    .isLessThanOrEqualTo(tolerance(out, k));
        }
    }

    private static double[] unbox(Double[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i] == null ? Double.NaN : v[i];
        }
        return d;
    }

    /** Coefficient k of a linear combination by its documented definition, from the slots' coefficients. */
    private static double definition(TapeOp op, int k, java.util.function.IntFunction<double[]> slots) {
        double acc = Double.NaN;
        boolean first = true;
        if (k == 0 && op.a() >= 0) {
            acc = slots.apply(op.a())[0];
            first = false;
        }
        for (TapeOp.Term t : op.terms()) {
            double v = slots.apply(t.slot())[k];
            double term = t.coefficient() >= 0 ? slots.apply(t.coefficient())[0] * v : v;
            if (first) {
                acc = t.negated() ? -term : term;
                first = false;
            } else {
                acc = t.negated() ? acc - term : acc + term;
            }
        }
        return acc;
    }
}
