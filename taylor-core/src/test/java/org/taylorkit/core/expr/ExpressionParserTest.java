package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Precedence, associativity, numbers, names and calls: parsed text against DSL-built trees. */
class ExpressionParserTest {

    private static final Expr A = Expr.variable("a");
    private static final Expr B = Expr.variable("b");
    private static final Expr C = Expr.variable("c");
    private static final Expr X = Expr.variable("x");
    private static final Expr Y = Expr.variable("y");

    private static Expr num(String s) {
        return Constant.of(s);
    }

    private static Expr neg(Expr e) {
        return new Unary(UnaryOp.NEG, e);
    }

    static Stream<Arguments> precedenceCases() {
        return Stream.of(
                Arguments.of("a+b*c", A.plus(B.times(C))),
                Arguments.of("a*b+c", A.times(B).plus(C)),
                Arguments.of("a-b-c", A.minus(B).minus(C)),
                Arguments.of("a-(b-c)", A.minus(B.minus(C))),
                Arguments.of("a/b/c", A.div(B).div(C)),
                Arguments.of("a/b*c", A.div(B).times(C)),
                Arguments.of("a*b/c", A.times(B).div(C)),
                Arguments.of("a+b-c+a", A.plus(B).minus(C).plus(A)),
                Arguments.of("(a+b)*c", A.plus(B).times(C)),
                Arguments.of("a^b^c", A.pow(B.pow(C))),
                Arguments.of("a**b**c", A.pow(B.pow(C))),
                Arguments.of("a^b**c", A.pow(B.pow(C))),
                Arguments.of("(a^b)^c", A.pow(B).pow(C)),
                Arguments.of("a*b^c", A.times(B.pow(C))),
                Arguments.of("a^b*c", A.pow(B).times(C)),
                Arguments.of("-x^2", neg(X.pow(num("2")))),
                Arguments.of("(-x)^2", neg(X).pow(num("2"))),
                Arguments.of("2^-1", num("2").pow(neg(num("1")))),
                Arguments.of("2^-x^2", num("2").pow(neg(X.pow(num("2"))))),
                Arguments.of("x^2^-1", X.pow(num("2").pow(neg(num("1"))))),
                Arguments.of("-a*b", neg(A).times(B)),
                Arguments.of("a*-b", A.times(neg(B))),
                Arguments.of("a--b", A.minus(neg(B))),
                Arguments.of("-a+b", neg(A).plus(B)),
                Arguments.of("-(a+b)", neg(A.plus(B))),
                Arguments.of("--x", neg(neg(X))),
                Arguments.of("+x", X),
                Arguments.of("-+-x", neg(neg(X))),
                Arguments.of("-2", neg(num("2"))),
                Arguments.of("a/-b^c", A.div(neg(B.pow(C)))),
                Arguments.of("((((x))))", X),
                Arguments.of("sin(x)^2", X.sin().pow(num("2"))),
                Arguments.of("-sin(x)", neg(X.sin())),
                Arguments.of("a^-b*c", A.pow(neg(B)).times(C)),
                Arguments.of("a*-b^c", A.times(neg(B.pow(C)))),
                Arguments.of("2^-1+3", num("2").pow(neg(num("1"))).plus(num("3"))),
                Arguments.of("-a-b", neg(A).minus(B)),
                Arguments.of("-a^b^c", neg(A.pow(B.pow(C)))),
                Arguments.of("a/b^-c/a", A.div(B.pow(neg(C))).div(A)),
                Arguments.of("sin(x)^-2", X.sin().pow(neg(num("2")))),
                Arguments.of("atan2(-y, -x^2) * 2", Expr.atan2(neg(Y), neg(X.pow(num("2")))).times(num("2"))),
                Arguments.of("pow(pow(a, b), -c)", A.pow(B).pow(neg(C))),
                Arguments.of("sin(a + b * c)", A.plus(B.times(C)).sin()),
                Arguments.of("2*pi*e", num("2").times(Constant.PI).times(Constant.E)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("precedenceCases")
    void precedenceAndAssociativity(String text, Expr expected) {
        assertThat(Expr.parse(text)).as(text).isEqualTo(expected);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("1", 1.0), Arguments.of("2.5", 2.5), Arguments.of(".5", 0.5),
                Arguments.of("1e-3", 0.001), Arguments.of("2E+5", 200000.0), Arguments.of("1.25e2", 125.0),
                Arguments.of("0", 0.0), Arguments.of("0.1", 0.1), Arguments.of("12345678901234567890", 1.2345678901234567e19));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void numbersKeepTheirTextAndValue(String text, double value) {
        Expr e = Expr.parse(text);
        assertThat(e).isInstanceOf(Constant.class);
        assertThat(((Constant) e).text()).isEqualTo(text);
        assertThat(((Constant) e).value()).isEqualTo(value);
    }

    private static final String[] FUZZ_TOKENS = {"x", "y", "2", ".5", "1e3", "(", ")", "(", ")", "+", "-", "*", "/",
        "^", "**", ",", "sin(", "atan2(", "pow(", "pi", "e", " ", "1e", "$", "sine("};

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void arbitraryTokenSequencesParseOrFailWithASyntaxError(long seed) {
        org.taylorkit.core.testing.Gen gen = new org.taylorkit.core.testing.Gen(seed);
        for (int round = 0; round < 20; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = gen.intBetween(0, 14); i >= 0; i--) {
                sb.append(FUZZ_TOKENS[gen.intBetween(0, FUZZ_TOKENS.length - 1)]);
            }
            String text = sb.toString();
            Expr e;
            try {
                e = Expr.parse(text);
            } catch (ExpressionSyntaxException syntax) {
                assertThat(syntax.column()).as("%s: %s", gen, text).isBetween(1, text.length() + 1);
                continue;
            }
            assertThat(Expr.parse(e.toString())).as("%s: %s", gen, text).isEqualTo(e);
        }
    }

    @Test
    void everyUnaryOpIsCallableByItsLowercaseName() {
        for (org.taylorkit.core.ElementaryFunction f : org.taylorkit.core.function.Functions.all()) {
            assertThat(Expr.parse(f.name() + "(x)")).as(f.name()).isEqualTo(new Unary(UnaryOp.of(f), X));
        }
        assertThat(Expr.parse("ln(x)")).isEqualTo(X.log());
        assertThat(Expr.parse("neg(x)")).isEqualTo(X.negate());
    }

    @Test
    void twoArgumentFunctions() {
        assertThat(Expr.parse("atan2(y, x)")).isEqualTo(Expr.atan2(Y, X));
        assertThat(Expr.parse("pow(x, y)")).isEqualTo(X.pow(Y));
        assertThat(Expr.parse("pow(x, 3)")).isEqualTo(X.pow(3));
        assertThat(Expr.parse("atan2(sin(x), 1 + cos(x))")).isEqualTo(Expr.atan2(X.sin(), num("1").plus(X.cos())));
    }

    @Test
    void constantsPiAndE() {
        assertThat(Expr.parse("pi")).isSameAs(Constant.PI);
        assertThat(Expr.parse("e")).isSameAs(Constant.E);
        assertThat(Expr.parse("e^x")).isEqualTo(Expr.e().pow(X));
    }

    @Test
    void whitespaceIsIgnored() {
        assertThat(Expr.parse("  sin ( x )\t*\n2 ** - 1 ")).isEqualTo(X.sin().times(num("2").pow(neg(num("1")))));
    }

    @Test
    void identifiers() {
        assertThat(Expr.parse("_a1 + x_2")).isEqualTo(Expr.variable("_a1").plus(Expr.variable("x_2")));
        // A function name not followed by '(' is an ordinary name; so are names that merely start like pi or e.
        assertThat(Expr.parse("sin * sinx")).isEqualTo(Expr.variable("sin").times(Expr.variable("sinx")));
        assertThat(Expr.parse("e2 + pi2 + exp")).isEqualTo(
                Expr.variable("e2").plus(Expr.variable("pi2")).plus(Expr.variable("exp")));
        assertThat(Expr.parse("θ + ω_0")).isEqualTo(Expr.variable("θ").plus(Expr.variable("ω_0")));
    }

    @Test
    void parameterNamesBecomeParameters() {
        Expr e = Expr.parse("k*x + m*y + k", Set.of("k", "m", "unused"));
        Expr k = Expr.parameter("k");
        assertThat(e).isEqualTo(k.times(X).plus(Expr.parameter("m").times(Y)).plus(k));
        assertThat(e).isNotEqualTo(Expr.parse("k*x + m*y + k"));
        assertThat(e.variables()).containsExactly("x", "y");
        assertThat(e.parameters()).containsExactly("k", "m");
    }

    @Test
    void invalidParameterNamesAreRejected() {
        assertThatThrownBy(() -> Expr.parse("x", Set.of("2k")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'2k'");
        assertThatThrownBy(() -> Expr.parse("x", Set.of("pi")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pi'");
    }

    @Test
    void seedExampleParsesToTheDslExpression() {
        Expr x = Expr.variable("x");
        Expr dsl = x.exp().div(x.sin().pow(3).plus(x.cos().pow(3)).sqrt());
        assertThat(Expr.parse("exp(x)/sqrt(sin(x)^3+cos(x)^3)")).isEqualTo(dsl);
        assertThat(Expr.parse("exp(x) / sqrt(sin(x)**3 + cos(x)**3)")).isEqualTo(dsl).hasSameHashCodeAs(dsl);
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int n = ExpressionParser.MAX_NESTING;
        String parens = "(".repeat(n) + "x" + ")".repeat(n);
        assertThat(Expr.parse(parens)).isEqualTo(X);
        String calls = "sin(".repeat(n) + "x" + ")".repeat(n);
        Expr expected = X;
        for (int i = 0; i < n; i++) {
            expected = expected.sin();
        }
        assertThat(Expr.parse(calls)).isEqualTo(expected);
    }
}
