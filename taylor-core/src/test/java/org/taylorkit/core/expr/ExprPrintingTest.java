package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/** toString: minimal parentheses, and parse(toString) round trips; the parser against an independent printer. */
class ExprPrintingTest {

    private static final Expr A = Expr.variable("a");
    private static final Expr B = Expr.variable("b");
    private static final Expr C = Expr.variable("c");
    private static final Expr X = Expr.variable("x");

    static Stream<Arguments> printed() {
        return Stream.of(
                Arguments.of(X.exp().div(X.sin().pow(3).plus(X.cos().pow(3)).sqrt()),
                        "exp(x) / sqrt(sin(x)^3 + cos(x)^3)"),
                Arguments.of(A.minus(B).minus(C), "a - b - c"),
                Arguments.of(A.minus(B.minus(C)), "a - (b - c)"),
                Arguments.of(A.plus(B.plus(C)), "a + (b + c)"),
                Arguments.of(A.plus(B.times(C)), "a + b * c"),
                Arguments.of(A.plus(B).times(C), "(a + b) * c"),
                Arguments.of(A.div(B.times(C)), "a / (b * c)"),
                Arguments.of(A.div(B).times(C), "a / b * c"),
                Arguments.of(A.pow(B.pow(C)), "a^b^c"),
                Arguments.of(A.pow(B).pow(C), "(a^b)^c"),
                Arguments.of(X.pow(2).negate(), "-x^2"),
                Arguments.of(X.negate().pow(2), "(-x)^2"),
                Arguments.of(X.pow(-1), "x^-1"),
                Arguments.of(X.pow(B.negate().pow(C)), "x^(-b)^c"),
                Arguments.of(X.pow(A.plus(B)), "x^(a + b)"),
                Arguments.of(X.pow(A.times(B)), "x^(a * b)"),
                Arguments.of(A.plus(B).negate(), "-(a + b)"),
                Arguments.of(A.times(B).negate(), "-(a * b)"),
                Arguments.of(A.times(B.negate()), "a * -b"),
                Arguments.of(A.negate().times(B), "-a * b"),
                Arguments.of(A.minus(B.negate()), "a - -b"),
                Arguments.of(X.negate().negate(), "--x"),
                Arguments.of(Expr.constant(-2.5).times(X), "-2.5 * x"),
                Arguments.of(Expr.constant(2).pow(Expr.constant(-1)), "2^-1"),
                Arguments.of(Expr.atan2(A.plus(B), X), "atan2(a + b, x)"),
                Arguments.of(X.plus(1).sin().log(), "log(sin(x + 1))"),
                Arguments.of(Expr.pi().times(Expr.e()), "pi * e"),
                Arguments.of(Expr.constant("0.10").plus(Expr.constant("1E-3")), "0.10 + 1E-3"),
                Arguments.of(Expr.parameter("mu").times(X), "mu * x"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("printed")
    void printsWithMinimalParentheses(Expr e, String text) {
        assertThat(e.toString()).isEqualTo(text);
        assertThat(Expr.parse(text, e.parameters())).isEqualTo(e);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void parseOfToStringRoundTrips(long seed) {
        Gen gen = new Gen(seed);
        Expr e = RandomExpressions.expression(gen, 6);
        String text = e.toString();
        Expr back = Expr.parse(text, e.parameters());
        assertThat(back).as("%s: %s", gen, text).isEqualTo(e).hasSameHashCodeAs(e);
        assertThat(back.toString()).as("%s: printing is stable", gen).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void parserReadsFullyParenthesizedText(long seed) {
        Gen gen = new Gen(seed);
        Expr e = RandomExpressions.expression(gen, 6);
        String text = RandomExpressions.fullyParenthesized(e, gen);
        assertThat(Expr.parse(text, e.parameters())).as("%s: %s", gen, text).isEqualTo(e);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void printedTextHasNoRedundantParentheses(long seed) {
        // Removing any one matching pair of parentheses that is not a call's changes the parsed tree.
        Gen gen = new Gen(seed);
        Expr e = RandomExpressions.expression(gen, 5);
        String text = e.toString();
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            if (open > 0 && Character.isLetterOrDigit(text.charAt(open - 1))) {
                continue; // a function call's parenthesis
            }
            int close = matching(text, open);
            String stripped = text.substring(0, open) + text.substring(open + 1, close) + text.substring(close + 1);
            Expr other;
            try {
                other = Expr.parse(stripped, e.parameters());
            } catch (ExpressionSyntaxException ex) {
                continue;
            }
            assertThat(other).as("%s: parentheses at %d in %s are redundant", gen, open, text).isNotEqualTo(e);
        }
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced: " + s);
    }

    @Test
    void dslAndParserAgree() {
        Expr y = Expr.variable("y");
        assertThat(X.plus(2.5).times(y.minus(1)).div(X.pow(0.5)))
                .isEqualTo(Expr.parse("(x + 2.5) * (y - 1) / x^0.5"));
        assertThat(X.sqrt().cbrt().exp().expm1().log().log1p().sin().cos().tan().asin().acos().atan())
                .isEqualTo(Expr.parse("atan(acos(asin(tan(cos(sin(log1p(log(expm1(exp(cbrt(sqrt(x))))))))))))"));
        assertThat(X.sinh().cosh().tanh().asinh().acosh().atanh().erf().abs().negate())
                .isEqualTo(Expr.parse("-abs(erf(atanh(acosh(asinh(tanh(cosh(sinh(x))))))))"));
        assertThat(X.times(-3).minus(-0.25)).isEqualTo(Expr.parse("x * -3 - -0.25"));
        assertThat(X.pow(Expr.variable("y"))).isEqualTo(Expr.parse("pow(x, y)"));
    }
}
