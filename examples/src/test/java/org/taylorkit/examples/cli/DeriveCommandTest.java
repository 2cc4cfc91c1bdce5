package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code taylor derive} contract: output keys, values against closed forms, and one-line errors. */
class DeriveCommandTest {

    @Test
    void jsonHasTheContractKeysAndTheSeedValues() {
        CliRun run = CliRun.of("derive", "exp(x)/sqrt(sin(x)^3 + cos(x)^3)", "--at", "x=1.5", "--order", "4", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.keySet()).containsExactlyInAnyOrder("expr", "variable", "at", "order", "coefficients", "derivatives");
        assertThat(o.get("variable").getAsString()).isEqualTo("x");
        assertThat(o.get("at").getAsDouble()).isEqualTo(1.5);
        assertThat(o.get("order").getAsInt()).isEqualTo(4);
        JsonArray d = o.getAsJsonArray("derivatives");
        assertThat(d).hasSize(5);
        // Published values (REFERENCES.md); f'' at 50 digits is 9.46307368159660335..., see the guide.
        assertThat(d.get(0).getAsDouble()).isEqualTo(4.497780053946162);
        assertThat(d.get(1).getAsDouble()).isEqualTo(4.053427893898621);
        assertThat(d.get(2).getAsDouble()).isCloseTo(9.463073681596601, org.assertj.core.data.Offset.offset(4e-15));
        JsonArray c = o.getAsJsonArray("coefficients");
        assertThat(c.get(2).getAsDouble() * 2).isEqualTo(d.get(2).getAsDouble());
    }

    @Test
    void doublesPrintAsTheShortestRoundTrippingDecimal() {
        // 1/(1-x) at 0.5: c_k = 1/(1-0.5)^(k+1) = 2^(k+1), exact in double, so the decimals are short.
        CliRun run = CliRun.of("derive", "1/(1-x)", "--at", "x=0.5", "--order", "3", "--json");
        assertThat(run.out()).contains("\"coefficients\":[2.0,4.0,8.0,16.0]");
        assertThat(run.out()).contains("\"derivatives\":[2.0,4.0,16.0,96.0]");
    }

    @Test
    void removableSingularityStillDeliversTheOrderAskedFor() {
        // sin(x)/x = Σ (−1)^k x^{2k}/(2k+1)!: c_2 = −1/6, c_6 = −1/5040 (issue 13: was order 5)
        CliRun run = CliRun.of("derive", "sin(x)/x", "--at", "x=0", "--order", "6");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("order 6").doesNotContain("only orders");
        assertThat(run.out()).contains("-0.16666666666666666").contains("-0.000198412698412698");
    }

    @Test
    void tinyAndHugeDigitsValuesPrintInScientificNotation() {
        // atan x = x − x³/3 + …: at x = 10⁻⁵⁰⁰⁰, c_0 = 10⁻⁵⁰⁰⁰, c_1 = 1 − 10⁻¹⁰⁰⁰⁰ → 1, c_2 = −x = −10⁻⁵⁰⁰⁰;
        // before, each printed as 5 000 zeros (and the Apfloat atan took seconds)
        CliRun run = CliRun.of("derive", "atan(x)", "--at", "x=1e-5000", "--order", "2", "--digits", "30", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().length()).isLessThan(400);
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("at").getAsString()).isEqualTo("1e-5000");
        assertThat(o.getAsJsonArray("coefficients").get(0).getAsString()).isEqualTo("1e-5000");
        assertThat(o.getAsJsonArray("coefficients").get(2).getAsString()).isEqualTo("-1e-5000");
        // 1/(1 − x) at x = 1 − 10⁻²⁵: c_0 = 10²⁵, printed scientific; 10¹⁰ stays plain
        CliRun huge = CliRun.of("derive", "1/(1-x)", "--at", "x=0.9999999999999999999999999", "--order", "0", "--digits", "30", "--json");
        assertThat(JsonParser.parseString(huge.out()).getAsJsonObject().getAsJsonArray("coefficients").get(0).getAsString())
                .isEqualTo("1e25");
        CliRun plain = CliRun.of("derive", "1/(1-x)", "--at", "x=0.9999999999", "--order", "0", "--digits", "30", "--json");
        assertThat(JsonParser.parseString(plain.out()).getAsJsonObject().getAsJsonArray("coefficients").get(0).getAsString())
                .isEqualTo("10000000000");
    }

    @Test
    void aPointBeyondTheDoubleRangeIsAnErrorThatPointsToDigits() {
        CliRun run = CliRun.of("derive", "exp(x)", "--at", "x=1e3000");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("--at: value of x ('1e3000') is beyond the double range").contains("--digits");
        CliRun multi = CliRun.of("derive", "x*y", "--at", "x=1,y=-1e400", "--order", "1");
        assertThat(multi.status()).isNotZero();
        assertThat(multi.err()).contains("value of y ('-1e400')");
    }

    @Test
    void anOverflowingResultIsNamedOnStandardError() {
        // e^1000 ≈ 1.97·10⁴³⁴ overflows double: c_0 = Infinity, and Infinity·0 makes later ones NaN
        CliRun run = CliRun.of("derive", "exp(x)", "--at", "x=1000", "--order", "3");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("note: c_0 is Infinity in double arithmetic").contains("--digits N");
        CliRun fine = CliRun.of("derive", "exp(x)", "--at", "x=700", "--order", "3");
        assertThat(fine.err()).isEmpty();
        CliRun multi = CliRun.of("derive", "exp(x*y)", "--at", "x=1000,y=1", "--order", "1");
        assertThat(multi.err()).contains("note: the coefficient of 1 is Infinity");
        // hypot(x, y) at (1e200, 1): every coefficient is computed from the constant one, which overflows
        CliRun multiHypot = CliRun.of("derive", "hypot(x, y)", "--at", "x=1e200,y=1", "--order", "2");
        assertThat(multiHypot.err()).contains("note: the coefficient of 1 is Infinity")
                .contains("the 5 coefficients of the monomials it divides").contains("are not shown");
        assertThat(multiHypot.out()).doesNotContain("0.0").contains("gradient: [not shown, not shown]");
        assertThat(run.err()).contains("c_1..c_3 depend on it and are not shown");
        assertThat(run.out()).contains("not shown").doesNotContain("NaN");
        // √(x² + 1) at 1e200: x² overflows, 1/(2·∞) would print c_1 = 0.0 where the true value is 1
        CliRun hypot = CliRun.of("derive", "hypot(x, 1)", "--at", "x=1e200", "--order", "2");
        assertThat(hypot.status()).isZero();
        assertThat(hypot.err()).contains("note: c_0 is Infinity").contains("c_1..c_2 depend on it and are not shown");
        assertThat(hypot.out()).doesNotContain("0.0");
        CliRun json = CliRun.of("derive", "hypot(x, 1)", "--at", "x=1e200", "--order", "2", "--json");
        assertThat(json.out()).contains("\"coefficients\":[\"Infinity\",null,null]");
        // 1/x at 1e-300: c_0 = 1e300 is finite, c_1 = -1e600 the first (and last) that is not
        CliRun last = CliRun.of("derive", "1/x", "--at", "x=1e-300", "--order", "1");
        assertThat(last.err()).contains("note: c_1 is -Infinity").doesNotContain("not shown");
        assertThat(last.out()).contains("9.999999999999999e299"); // fl(1/1e-300), finite and shown
        CliRun digits = CliRun.of("derive", "exp(x)", "--at", "x=1000", "--order", "3", "--digits", "20");
        assertThat(digits.err()).isEmpty();
        assertThat(digits.out()).contains("1.9700711140170469939e434"); // e^1000 (mpmath: 1.97007111401704699388887935224e+434)
    }

    @Test
    void digitsGiveStringsOfThatPrecision() {
        CliRun run = CliRun.of("derive", "atan(x)", "--at", "x=1", "--order", "2", "--digits", "40", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("at").getAsJsonPrimitive().isString()).isTrue();
        String c0 = o.getAsJsonArray("coefficients").get(0).getAsString();
        // pi/4 = 0.78539816339744830961566084581987572104929234… (pi from OEIS A000796, divided by 4): to 40 digits
        // correctly rounded …210493 (the 41st digit is 9)
        assertThat(c0).isEqualTo("0.7853981633974483096156608458198757210493");
        assertThat(o.getAsJsonArray("derivatives").get(1).getAsString()).isEqualTo("0.5");
        assertThat(o.getAsJsonArray("derivatives").get(2).getAsString()).isEqualTo("-0.5");
    }

    @Test
    void digitsAreCorrectlyRoundedNotTruncated() {
        // e = 2.71828182845904523536028747135266249775724709… (OEIS A001113): every derivative of exp at 1 is e, to
        // 40 digits 2.718281828459045235360287471352662497757; c_2 = e/2 = 1.35914091422952261768014373567633124887862…
        // rounds up to …248879, and c_3 = e/6 = 0.45304697140984087256004791189211041629287… to …6292874 (computed
        // at 40 digits, the last digits came out …248878 and f'' as …497756)
        CliRun run = CliRun.of("derive", "exp(x)", "--at", "1", "--order", "3", "--digits", "40", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        for (int k = 0; k <= 3; k++) {
            assertThat(o.getAsJsonArray("derivatives").get(k).getAsString()).as("f^(%d)(1)", k)
                    .isEqualTo("2.718281828459045235360287471352662497757");
        }
        assertThat(o.getAsJsonArray("coefficients").get(2).getAsString()).isEqualTo("1.359140914229522617680143735676331248879");
        assertThat(o.getAsJsonArray("coefficients").get(3).getAsString()).isEqualTo("0.4530469714098408725600479118921104162929");
    }

    @Test
    void highOrderDerivativesDoNotOverflow() {
        CliRun run = CliRun.of("derive", "exp(2*x)", "--at", "x=0", "--order", "170", "--json");
        JsonArray d = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("derivatives");
        assertThat(d.get(170).getAsDouble() / Math.pow(2, 170)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest(name = "{0} --at {1}")
    @CsvSource(delimiter = '|', value = {
        "sin(x     | x=1 | column 6: expected ')'",
        "log(x)    | x=0 | log: no Taylor series",
        "1/x       | x=0 | pole of order 1",
        "asin(x)   | x=1 | asin",
        "x+y       | x=1 | unknown variable 'y'",
        "sine(x)   | x=1 | unknown function 'sine'",
        "x^2       | x=abc | must be a number or a constant expression",
        "x^2       | x   | expected name=value",
    })
    void errorsAreOneLineOnStandardErrorWithStatusOne(String expr, String at, String message) {
        CliRun run = CliRun.of("derive", expr.trim(), "--at", at.trim());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("taylor derive: ").contains(message.trim());
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aBareValueNamesTheOneVariable() {
        // erf'(x) = (2/√π)e^{−x²}: c_1 at x = 1.2 is 2/√π·e^{−1.44}; the same output as --at x=1.2
        CliRun bare = CliRun.of("derive", "erf(x)", "--at", "1.2", "--order", "3", "--json");
        CliRun named = CliRun.of("derive", "erf(x)", "--at", "x=1.2", "--order", "3", "--json");
        assertThat(bare.status()).as(bare.err()).isZero();
        assertThat(bare.out()).isEqualTo(named.out());
        JsonObject o = JsonParser.parseString(bare.out()).getAsJsonObject();
        assertThat(o.get("variable").getAsString()).isEqualTo("x");
        assertThat(o.getAsJsonArray("coefficients").get(1).getAsDouble())
                .isCloseTo(2 / Math.sqrt(Math.PI) * Math.exp(-1.44), org.assertj.core.data.Offset.offset(1e-15));
        // the variable keeps its own name, and the value may be a constant expression
        CliRun t = CliRun.of("derive", "sin(t)", "--at", "pi/2", "--order", "2", "--json");
        JsonObject ot = JsonParser.parseString(t.out()).getAsJsonObject();
        assertThat(ot.get("variable").getAsString()).isEqualTo("t");
        assertThat(ot.getAsJsonArray("coefficients").get(0).getAsDouble()).isEqualTo(1.0);
        assertThat(ot.getAsJsonArray("coefficients").get(2).getAsDouble()).isEqualTo(-0.5);
    }

    @Test
    void aBareValueForSeveralVariablesSaysWhatToWrite() {
        CliRun run = CliRun.of("derive", "x*y + z", "--at", "1");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("'1' has no variable name").contains("3 variables").contains("x=1,y=1,z=1");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void singularExpansionNamesThePoint() {
        CliRun run = CliRun.of("derive", "log(x)", "--at", "x=0");
        assertThat(run.err()).contains("\"log(x)\" has no Taylor series at x=0");
    }

    @Test
    void usageErrorsHaveStatusTwo() {
        assertThat(CliRun.of("derive", "x^2").status()).isEqualTo(2);
        assertThat(CliRun.of("derive", "x^2", "--at", "x=1", "--order", "abc").err()).contains("--order");
        CliRun unknown = CliRun.of("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("taylor: ");
    }

    @Test
    void underflowedCoefficientsAreNotShownAndOverflowingDerivativesAreNamed() {
        // sin at 1: c_k = sin(1 + kπ/2)/k!, normal up to k = 170 (|c_170| ≈ 1.2e-307), subnormal from 171 (1/171! ≈
        // 8e-310) and 0 beyond about 180 — where the derivative was printed as 0.0 instead of ±sin 1 or ±cos 1
        CliRun sin = CliRun.of("derive", "sin(x)", "--at", "1", "--order", "200", "--json");
        assertThat(sin.status()).as(sin.err()).isZero();
        JsonObject o = JsonParser.parseString(sin.out()).getAsJsonObject();
        JsonArray d = o.getAsJsonArray("derivatives");
        assertThat(d.get(170).getAsDouble()).isCloseTo(-Math.sin(1), org.assertj.core.data.Offset.offset(1e-14)); // sin(1 + 85π)
        for (int k = 171; k <= 200; k++) {
            assertThat(d.get(k).isJsonNull()).as("f^(%d)", k).isTrue();
            assertThat(o.getAsJsonArray("coefficients").get(k).isJsonNull()).as("c_%d", k).isTrue();
        }
        assertThat(sin.err()).contains("c_171").contains("subnormal").contains("c_172..c_200").contains("--digits");
        // 1/(1 − x) at 1/2: f^(k) = k!·2^(k+1) is 1.6e308 at k = 150 and 4.7e310 at 151, beyond the double range
        CliRun pole = CliRun.of("derive", "1/(1-x)", "--at", "0.5", "--order", "160");
        assertThat(pole.status()).isZero();
        assertThat(pole.err()).contains("the derivatives from f^(151) on exceed the double range");
    }

    @Test
    void anExpressionMayStartWithAMinusSign() {
        // -x² at 1: c = (-1, -2, -1); before, picocli took "-x^2" for an option and said EXPR was missing
        CliRun run = CliRun.of("derive", "-x^2", "--at", "1", "--order", "2", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"coefficients\":[-1.0,-2.0,-1.0]");
        CliRun roots = CliRun.of("roots", "-x^2 + 1", "--over", "x=[-2,2]", "--json");
        assertThat(roots.status()).as(roots.err()).isZero();
    }

    @Test
    void mistypedOptionsAndCommandsAreNamedWithTheNearestMatch() {
        CliRun order = CliRun.of("derive", "x^2", "--ordr", "5", "--at", "1");
        assertThat(order.status()).isEqualTo(2);
        assertThat(order.err()).contains("'--ordr'").contains("did you mean --order?");
        // a mistyped required option is the mistake to name, not the option it made look missing
        CliRun init = CliRun.of("integrate", "--ode", "x' = -x", "--intit", "x=1", "--to", "1");
        assertThat(init.status()).isEqualTo(2);
        assertThat(init.err()).contains("'--intit'").contains("did you mean --init?").doesNotContain("Missing required");
        assertThat(init.err().strip().lines()).hasSize(1);
        CliRun command = CliRun.of("integrat", "--ode", "x' = -x");
        assertThat(command.status()).isEqualTo(2);
        assertThat(command.err()).contains("did you mean integrate");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun run = CliRun.of("derive", "log(x)", "--at", "x=0", "--debug");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().count()).isGreaterThan(3);
        assertThat(run.err()).contains("at org.taylorkit");
    }

    @Test
    void demoStartsWithTheSeedExample() {
        CliRun run = CliRun.of("demo");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("4.497780053946162").contains("4.053427893898621")
                .contains("9.4630736815966033525364329985230868561355153506684")
                .contains("period = 7.01925031184454")       // pendulum, 4K(sin² 0.65) = 7.019250311844546
                .contains("bisection with Taylor models: [0.0, 0.25]");
    }
}
