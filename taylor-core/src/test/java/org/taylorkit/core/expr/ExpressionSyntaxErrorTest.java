package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of syntax error, with its column, expected/found parts and complete message. */
class ExpressionSyntaxErrorTest {

    /** The catalogue's names and aliases in its order, then neg, pow, atan2 and hypot. */
    private static final String KNOWN = org.taylorkit.core.function.Functions.all().stream()
            .flatMap(f -> Stream.concat(Stream.of(f.name()), f.aliases().stream()))
            .collect(java.util.stream.Collectors.joining(", ")) + ", neg, pow, atan2, hypot";

    static Stream<Arguments> errors() {
        return Stream.of(
                // input, column, expected, found, message
                Arguments.of("sin(x", 6, "')'", "end of input",
                        "column 6: expected ')' but found end of input in \"sin(x\""),
                Arguments.of("(x", 3, "')'", "end of input",
                        "column 3: expected ')' but found end of input in \"(x\""),
                Arguments.of("(x y)", 4, "')'", "'y'",
                        "column 4: expected ')' but found 'y' in \"(x y)\""),
                Arguments.of("sin(x y)", 7, "')'", "'y'",
                        "column 7: expected ')' but found 'y' in \"sin(x y)\""),
                Arguments.of("atan2(y x)", 9, "','", "'x'",
                        "column 9: expected ',' but found 'x' in \"atan2(y x)\""),
                Arguments.of("sine(x)", 1, "a known function", "'sine'",
                        "column 1: unknown function 'sine' (known: " + KNOWN + ") in \"sine(x)\""),
                Arguments.of("2*Sin(x)", 3, "a known function", "'Sin'",
                        "column 3: unknown function 'Sin' (known: " + KNOWN + ") in \"2*Sin(x)\""),
                Arguments.of("atan2(y)", 1, "2 arguments", "1 argument",
                        "column 1: atan2 takes 2 arguments, got 1 in \"atan2(y)\""),
                Arguments.of("hypot(x)", 1, "2 arguments", "1 argument",
                        "column 1: hypot takes 2 arguments, got 1 in \"hypot(x)\""),
                Arguments.of("1 + hypot(x, y, z)", 5, "2 arguments", "3 arguments",
                        "column 5: hypot takes 2 arguments, got 3 in \"1 + hypot(x, y, z)\""),
                Arguments.of("hypot()", 1, "2 arguments", "0 arguments",
                        "column 1: hypot takes 2 arguments, got 0 in \"hypot()\""),
                Arguments.of("hypot(x y)", 9, "','", "'y'",
                        "column 9: expected ',' but found 'y' in \"hypot(x y)\""),
                Arguments.of("Hypot(x, y)", 1, "a known function", "'Hypot'",
                        "column 1: unknown function 'Hypot' (known: " + KNOWN + ") in \"Hypot(x, y)\""),
                Arguments.of("x + pow(x, 2, 3)", 5, "2 arguments", "3 arguments",
                        "column 5: pow takes 2 arguments, got 3 in \"x + pow(x, 2, 3)\""),
                Arguments.of("sin()", 1, "1 argument", "0 arguments",
                        "column 1: sin takes 1 argument, got 0 in \"sin()\""),
                Arguments.of("exp(x, y)", 1, "1 argument", "2 arguments",
                        "column 1: exp takes 1 argument, got 2 in \"exp(x, y)\""),
                Arguments.of("", 1, "an expression", "end of input",
                        "column 1: expected an expression but found end of input in \"\""),
                Arguments.of("   ", 4, "an expression", "end of input",
                        "column 4: expected an expression but found end of input in \"   \""),
                Arguments.of("()", 2, "an expression", "')'",
                        "column 2: expected an expression but found ')' in \"()\""),
                Arguments.of("x +", 4, "an expression", "end of input",
                        "column 4: expected an expression but found end of input in \"x +\""),
                Arguments.of("2 * * 3", 5, "an expression", "'*'",
                        "column 5: expected an expression but found '*' in \"2 * * 3\""),
                Arguments.of("x ^ ^ 2", 5, "an expression", "'^'",
                        "column 5: expected an expression but found '^' in \"x ^ ^ 2\""),
                Arguments.of("f(x, )", 1, "a known function", "'f'",
                        "column 1: unknown function 'f' (known: " + KNOWN + ") in \"f(x, )\""),
                Arguments.of("atan2(x, )", 10, "an expression", "')'",
                        "column 10: expected an expression but found ')' in \"atan2(x, )\""),
                Arguments.of("x y", 3, "an operator or end of input", "'y'",
                        "column 3: expected an operator or end of input but found 'y' in \"x y\""),
                Arguments.of("2x", 2, "an operator or end of input", "'x'",
                        "column 2: expected an operator or end of input but found 'x' in \"2x\""),
                Arguments.of("x)", 2, "an operator or end of input", "')'",
                        "column 2: expected an operator or end of input but found ')' in \"x)\""),
                Arguments.of("x, y", 2, "an operator or end of input", "','",
                        "column 2: expected an operator or end of input but found ',' in \"x, y\""),
                Arguments.of("x $ y", 3, "a number, name, operator or parenthesis", "'$'",
                        "column 3: unexpected character '$' in \"x $ y\""),
                Arguments.of("x = 1", 3, "a number, name, operator or parenthesis", "'='",
                        "column 3: unexpected character '=' in \"x = 1\""),
                Arguments.of("1e", 1, "a well-formed number", "'1e'",
                        "column 1: malformed number '1e': the exponent has no digits in \"1e\""),
                Arguments.of("x + 2.5e+", 5, "a well-formed number", "'2.5e+'",
                        "column 5: malformed number '2.5e+': the exponent has no digits in \"x + 2.5e+\""),
                Arguments.of("2ex", 1, "a well-formed number", "'2ex'",
                        "column 1: malformed number '2ex': the exponent has no digits in \"2ex\""),
                Arguments.of("1.2.3", 1, "a well-formed number", "'1.2.3'",
                        "column 1: malformed number '1.2.3': a second decimal point in \"1.2.3\""),
                Arguments.of("x*2.", 3, "a well-formed number", "'2.'",
                        "column 3: malformed number '2.': no digit after the decimal point in \"x*2.\""),
                Arguments.of("1e5.5", 1, "a well-formed number", "'1e5.5'",
                        "column 1: malformed number '1e5.5': a decimal point after the exponent in \"1e5.5\""),
                Arguments.of("x . y", 3, "a number, name, operator or parenthesis", "'.'",
                        "column 3: unexpected character '.' in \"x . y\""),
                Arguments.of("1e99999999999", 1, "a number in range", "'1e99999999999'",
                        "column 1: number '1e99999999999' has a decimal exponent out of range in \"1e99999999999\""));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("errors")
    void syntaxError(String input, int column, String expected, String found, String message) {
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expr.parse(input));
        assertThat(e).as("no exception for %s", input).isNotNull();
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.expected()).as("expected").isEqualTo(expected);
        assertThat(e.found()).as("found").isEqualTo(found);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.input()).isEqualTo(input);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nestingBeyondTheLimitIsASyntaxErrorNotAStackOverflow() {
        int n = ExpressionParser.MAX_NESTING + 1;
        for (String open : new String[] {"(", "sin(", "atan2(x, "}) {
            String text = open.repeat(n) + "x" + ")".repeat(n);
            ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expr.parse(text));
            assertThat(e).as(open).isNotNull();
            // The offending parenthesis is the (MAX_NESTING + 1)-th one.
            int column = open.length() * ExpressionParser.MAX_NESTING + open.indexOf('(') + 1;
            assertThat(e.column()).as(open).isEqualTo(column);
            assertThat(e.getMessage()).startsWith("column " + column
                    + ": expression nested deeper than 1000 levels of parentheses in \"…");
        }
        // Far deeper input still fails cleanly.
        String deep = "(".repeat(200_000) + "x" + ")".repeat(200_000);
        assertThat(catchThrowableOfType(ExpressionSyntaxException.class, () -> Expr.parse(deep)).column()).isEqualTo(1001);
    }

    @Test
    void longInputIsQuotedAsAWindowAroundTheColumn() {
        String text = "x + ".repeat(50) + "$" + " + y".repeat(50);
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expr.parse(text));
        assertThat(e.column()).isEqualTo(201);
        assertThat(e.getMessage()).startsWith("column 201: unexpected character '$' in \"…").endsWith("…\"")
                .contains("x + $ + y").doesNotContain("\n");
        assertThat(e.getMessage().length()).isLessThan(160);
    }

    @Test
    void messageIsOneLineEvenForMultiLineInput() {
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expr.parse("x +\n\"y\" "));
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo("column 5: unexpected character '\"' in \"x +\\n\\\"y\\\" \"");
    }
}
