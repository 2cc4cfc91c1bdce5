package org.taylorkit.core.expr;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.testing.Gen;

/** Evaluation over boxed doubles against direct java.lang.Math computations and published values. */
class ExprEvaluationTest {

    private static final Expr X = Expr.variable("x");

    @Test
    void seedExampleAtOnePointFive() {
        // f(x) = e^x / sqrt(sin^3 x + cos^3 x) at 1.5 = 4.497780053946162 (REFERENCES.md, the seed example).
        Expr f = Expr.parse("exp(x)/sqrt(sin(x)^3+cos(x)^3)");
        double v = f.evaluateDouble(Map.of("x", 1.5));
        assertThat(v).isCloseTo(4.497780053946162, within(4e-15));
        double direct = Math.exp(1.5) / Math.sqrt(Math.pow(Math.sin(1.5), 3) + Math.pow(Math.cos(1.5), 3));
        assertThat(v).isEqualTo(direct);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void seedExampleMatchesMathEverywhere(long seed) {
        Gen gen = new Gen(seed);
        double x = gen.uniform(-0.7, 1.5);
        Expr f = X.exp().div(X.sin().pow(3).plus(X.cos().pow(3)).sqrt());
        double direct = Math.exp(x) / Math.sqrt(Math.pow(Math.sin(x), 3) + Math.pow(Math.cos(x), 3));
        assertThat(f.evaluateDouble(Map.of("x", x))).as("%s x=%s", gen, x).isEqualTo(direct);
    }

    static Stream<Arguments> unaryOps() {
        return Stream.of(
                Arguments.of(UnaryOp.NEG, 0.7, (DoubleUnaryOperator) v -> -v),
                Arguments.of(UnaryOp.of(Functions.SQRT), 0.7, (DoubleUnaryOperator) Math::sqrt),
                Arguments.of(UnaryOp.of(Functions.CBRT), -0.7, (DoubleUnaryOperator) Math::cbrt),
                Arguments.of(UnaryOp.of(Functions.EXP), 0.7, (DoubleUnaryOperator) Math::exp),
                Arguments.of(UnaryOp.of(Functions.EXPM1), 1e-9, (DoubleUnaryOperator) Math::expm1),
                Arguments.of(UnaryOp.of(Functions.LOG), 0.7, (DoubleUnaryOperator) Math::log),
                Arguments.of(UnaryOp.of(Functions.LOG1P), 1e-9, (DoubleUnaryOperator) Math::log1p),
                Arguments.of(UnaryOp.of(Functions.SIN), 0.7, (DoubleUnaryOperator) Math::sin),
                Arguments.of(UnaryOp.of(Functions.COS), 0.7, (DoubleUnaryOperator) Math::cos),
                Arguments.of(UnaryOp.of(Functions.TAN), 0.7, (DoubleUnaryOperator) Math::tan),
                Arguments.of(UnaryOp.of(Functions.ASIN), 0.7, (DoubleUnaryOperator) Math::asin),
                Arguments.of(UnaryOp.of(Functions.ACOS), 0.7, (DoubleUnaryOperator) Math::acos),
                Arguments.of(UnaryOp.of(Functions.ATAN), 0.7, (DoubleUnaryOperator) Math::atan),
                Arguments.of(UnaryOp.of(Functions.SINH), 0.7, (DoubleUnaryOperator) Math::sinh),
                Arguments.of(UnaryOp.of(Functions.COSH), 0.7, (DoubleUnaryOperator) Math::cosh),
                Arguments.of(UnaryOp.of(Functions.TANH), 0.7, (DoubleUnaryOperator) Math::tanh),
                // Closed forms: asinh v = log(v + sqrt(v^2+1)), acosh v = log(v + sqrt(v^2-1)), atanh v = log((1+v)/(1-v))/2.
                Arguments.of(UnaryOp.of(Functions.ASINH), 0.7, (DoubleUnaryOperator) v -> Math.log(v + Math.sqrt(v * v + 1))),
                Arguments.of(UnaryOp.of(Functions.ACOSH), 1.7, (DoubleUnaryOperator) v -> Math.log(v + Math.sqrt(v * v - 1))),
                Arguments.of(UnaryOp.of(Functions.ATANH), 0.7, (DoubleUnaryOperator) v -> 0.5 * Math.log((1 + v) / (1 - v))),
                // erf(0.7) = 0.677801193837418472975628809244 (mpmath 1.x erf at 30 digits; A&S Table 7.1 gives 0.6778011938).
                Arguments.of(UnaryOp.of(Functions.ERF), 0.7, (DoubleUnaryOperator) v -> 0.67780119383741847),
                Arguments.of(UnaryOp.of(Functions.ABS), -0.7, (DoubleUnaryOperator) Math::abs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unaryOps")
    void eachUnaryOpMatchesItsReference(UnaryOp op, double x, DoubleUnaryOperator reference) {
        double expected = reference.applyAsDouble(x);
        double viaDsl = new Unary(op, X).evaluateDouble(Map.of("x", x));
        double viaText = Expr.parse(op.functionName() + "(x)").evaluateDouble(Map.of("x", x));
        assertThat(viaDsl).isCloseTo(expected, within(2e-16 * Math.max(1, Math.abs(expected)) * 4));
        assertThat(viaText).isEqualTo(viaDsl);
    }

    @Test
    void binaryOpsAndConstants() {
        Map<String, Double> at = Map.of("x", 0.3, "y", -1.25);
        assertThat(Expr.parse("x + y").evaluateDouble(at)).isEqualTo(0.3 + -1.25);
        assertThat(Expr.parse("x - y").evaluateDouble(at)).isEqualTo(0.3 - -1.25);
        assertThat(Expr.parse("x * y").evaluateDouble(at)).isEqualTo(0.3 * -1.25);
        assertThat(Expr.parse("x / y").evaluateDouble(at)).isEqualTo(0.3 / -1.25);
        assertThat(Expr.parse("x ^ y").evaluateDouble(at)).isEqualTo(Math.pow(0.3, -1.25));
        assertThat(Expr.parse("y ^ 3").evaluateDouble(at)).isEqualTo(-1.953125);
        assertThat(Expr.parse("y ^ -2").evaluateDouble(at)).isEqualTo(0.64);
        assertThat(Expr.parse("atan2(y, x)").evaluateDouble(at)).isEqualTo(Math.atan2(-1.25, 0.3));
        assertThat(Expr.parse("pi").evaluateDouble(Map.of())).isEqualTo(Math.PI);
        assertThat(Expr.parse("e").evaluateDouble(Map.of())).isEqualTo(Math.exp(1.0));
        assertThat(Expr.parse("0.1 + 0.2").evaluateDouble(Map.of())).isEqualTo(0.1 + 0.2);
        assertThat(Expr.parse("2^-1 - 1e-3").evaluateDouble(Map.of())).isEqualTo(0.5 - 0.001);
        assertThat(Expr.parse("-2^2").evaluateDouble(Map.of())).isEqualTo(-4.0);
        assertThat(Expr.parse("2^3^2").evaluateDouble(Map.of())).isEqualTo(512.0);
        assertThat(Expr.parse("(-8)^(1/3)").evaluateDouble(Map.of())).isNaN(); // real power of a negative base
        assertThat(Expr.parse("cbrt(-8)").evaluateDouble(Map.of())).isEqualTo(-2.0);
        assertThat(Expr.constant(-0.0).evaluateDouble(Map.of())).isEqualTo(-0.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void randomExpressionsMatchADirectMathEvaluation(long seed) {
        Gen gen = new Gen(seed);
        Expr e = RandomExpressions.expression(gen, 5);
        Map<String, Double> at = new HashMap<>();
        for (String s : e.symbols()) {
            at.put(s, gen.uniform(0.05, 0.95));
        }
        Double expected;
        try {
            expected = direct(e, at);
        } catch (ArithmeticException divisionByZero) {
            expected = null;
        }
        if (expected == null) {
            assertThatThrownBy(() -> e.evaluateDouble(at)).as("%s: %s", gen, e).isInstanceOf(ArithmeticException.class);
        } else {
            assertThat(e.evaluateDouble(at)).as("%s: %s at %s", gen, e, at).isEqualTo(expected);
        }
    }

    /**
     * Recursive reference evaluator over java.lang.Math (and BoxedDoubleArithmetic's own functions
     * for asinh, acosh, atanh, erf, which Math lacks), independent of the graph machinery.
     */
    private static double direct(Expr e, Map<String, Double> at) {
        BoxedDoubleArithmetic d = BoxedDoubleArithmetic.INSTANCE;
        if (e instanceof Constant c) {
            return c == Constant.E ? Math.exp(1.0) : c.value();
        }
        if (e instanceof Symbol s) {
            return at.get(s.name());
        }
        if (e instanceof Unary u) {
            double a = direct(u.arg(), at);
            switch (u.op().functionName()) {
                case "neg": return -a;
                case "sqrt": return Math.sqrt(a);
                case "cbrt": return Math.cbrt(a);
                case "exp": return Math.exp(a);
                case "expm1": return Math.expm1(a);
                case "log": return Math.log(a);
                case "log1p": return Math.log1p(a);
                case "sin": return Math.sin(a);
                case "cos": return Math.cos(a);
                case "tan": return Math.tan(a);
                case "asin": return Math.asin(a);
                case "acos": return Math.acos(a);
                case "atan": return Math.atan(a);
                case "sinh": return Math.sinh(a);
                case "cosh": return Math.cosh(a);
                case "tanh": return Math.tanh(a);
                case "asinh": return d.apply(Functions.ASINH, a);
                case "acosh": return d.apply(Functions.ACOSH, a);
                case "atanh": return d.apply(Functions.ATANH, a);
                case "erf": return d.apply(Functions.ERF, a);
                case "abs": return Math.abs(a);
                default: throw new AssertionError(u.op());
            }
        }
        Binary b = (Binary) e;
        double l = direct(b.left(), at);
        double r = direct(b.right(), at);
        switch (b.op()) {
            case ADD: return l + r;
            case SUB: return l - r;
            case MUL: return l * r;
            case DIV:
                if (r == 0) {
                    throw new ArithmeticException("division by zero");
                }
                return l / r;
            case POW: return Math.pow(l, r);
            case ATAN2: return Math.atan2(l, r);
            default: throw new AssertionError(b.op());
        }
    }

    @Test
    void unboundVariableNamesTheSymbolAndTheExpression() {
        Expr e = Expr.parse("x + y");
        UnboundSymbolException ex = catchThrowableOfType(UnboundSymbolException.class,
                () -> e.evaluateDouble(Map.of("x", 1.0)));
        assertThat(ex).hasMessage("unknown variable 'y' in \"x + y\" (bound: x)").isInstanceOf(IllegalArgumentException.class);
        assertThat(ex.symbol()).isEqualTo("y");
        assertThat(ex.kind()).isEqualTo(SymbolKind.VARIABLE);
    }

    @Test
    void unboundParameterAndEmptyBindings() {
        Expr e = Expr.parse("k * x", java.util.Set.of("k"));
        assertThatThrownBy(() -> e.evaluateDouble(Map.of("x", 1.0, "z", 2.0)))
                .isInstanceOf(UnboundSymbolException.class)
                .hasMessage("unknown parameter 'k' in \"k * x\" (bound: x, z)");
        assertThatThrownBy(() -> e.evaluateDouble(Map.of()))
                .hasMessage("unknown parameter 'k' in \"k * x\" (bound: nothing)");
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("k", null);
        withNull.put("x", 1.0);
        assertThatThrownBy(() -> e.evaluateDouble(withNull))
                .isInstanceOf(UnboundSymbolException.class)
                .hasMessage("parameter 'k' is bound to null in \"k * x\"");
    }

    @Test
    void unboundSymbolIsReportedBeforeAnyArithmetic() {
        CountingArithmetic counting = new CountingArithmetic();
        Expr e = Expr.parse("sin(x) * exp(x) + y");
        assertThatThrownBy(() -> e.evaluate(counting, Map.of("x", 1.0))).isInstanceOf(UnboundSymbolException.class);
        assertThat(counting.total()).isZero();
    }

    @Test
    void variablesAndParametersAreBothBoundByName() {
        Expr e = Expr.parse("k * x^2 + m", java.util.Set.of("k", "m"));
        assertThat(e.evaluateDouble(Map.of("x", 3.0, "k", 0.5, "m", -1.0))).isEqualTo(3.5);
        assertThat(e.variables()).containsExactly("x");
        assertThat(e.parameters()).containsExactly("k", "m");
        assertThat(e.symbols()).containsExactly("k", "x", "m");
    }

    @Test
    void arithmeticErrorsPropagateUnchanged() {
        assertThatThrownBy(() -> Expr.parse("1 / (x - x)").evaluateDouble(Map.of("x", 2.0)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("division by zero");
    }
}
