package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code taylor enclose} contract: JSON keys, outward decimals, every method, empty ranges, errors. */
class EncloseCommandTest {

    private static JsonObject json(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static BigDecimal lower(JsonObject o) {
        return new BigDecimal(o.get("lower").getAsString());
    }

    private static BigDecimal upper(JsonObject o) {
        return new BigDecimal(o.get("upper").getAsString());
    }

    /** sin 4 to 40 digits, computed with Apfloat (independent of the interval code). */
    private static BigDecimal sin4() {
        return new BigDecimal(ApfloatMath.sin(new Apfloat(4, 45)).toString(true)).round(new java.math.MathContext(40));
    }

    @Test
    void jsonHasTheContractKeysAndTheDefaultMethodIsBisect() {
        JsonObject o = json("enclose", "x*(1-x)", "--over", "x=[0,1]", "--json");
        assertThat(o.keySet()).contains("expr", "method", "lower", "upper", "width", "empty");
        assertThat(o.get("expr").getAsString()).isEqualTo("x*(1-x)");
        assertThat(o.get("method").getAsString()).isEqualTo("bisect");
        assertThat(o.get("lower").getAsJsonPrimitive().isString()).isTrue();
        assertThat(o.get("width").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(o.get("empty").getAsBoolean()).isFalse();
        // the range is [0, 1/4]; the default tolerance is 1e-6
        assertThat(lower(o)).isBetween(new BigDecimal("-1e-6"), BigDecimal.ZERO);
        assertThat(upper(o)).isBetween(new BigDecimal("0.25"), new BigDecimal("0.250001"));
        assertThat(o.get("toleranceMet").getAsBoolean()).isTrue();
        assertThat(o.get("width").getAsBigDecimal()).isGreaterThanOrEqualTo(upper(o).subtract(lower(o)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"natural", "mean-value", "taylor", "taylor-model", "bisect"})
    void everyMethodEnclosesSineOverZeroToFourWithOutwardDecimals(String method) {
        JsonObject o = json("enclose", "sin(x)", "--over", "x=[0,4]", "--method", method, "--json");
        assertThat(o.get("method").getAsString()).isEqualTo(method);
        assertThat(lower(o)).isLessThanOrEqualTo(sin4());
        assertThat(lower(o)).isGreaterThan(sin4().subtract(new BigDecimal("1e-15")));
        assertThat(upper(o)).isEqualByComparingTo("1");
    }

    @Test
    void decimalBoxesAreRoundedOutwardAndTheBoundsStillEncloseThem() {
        // the identity over [0.1, 0.2]: neither decimal is a double, the printed bounds must enclose both
        JsonObject o = json("enclose", "x", "--over", "x=[0.1,0.2]", "--method", "natural", "--json");
        assertThat(lower(o)).isLessThan(new BigDecimal("0.1")).isGreaterThan(new BigDecimal("0.0999999999999999"));
        assertThat(upper(o)).isGreaterThan(new BigDecimal("0.2")).isLessThan(new BigDecimal("0.2000000000000001"));
        JsonObject p = json("enclose", "2*x", "--over", "x=[0,pi]", "--method", "taylor-model", "--json");
        // 2π = 6.28318530717958647692528676655900576839 (OEIS A019692)
        assertThat(upper(p)).isGreaterThan(new BigDecimal("6.28318530717958647692528676655900576839"));
        assertThat(lower(p)).isEqualByComparingTo("0");
    }

    @Test
    void aPointBoxEnclosesTheValue() {
        JsonObject o = json("enclose", "exp(x)", "--over", "x=1", "--json");
        BigDecimal e = new BigDecimal("2.718281828459045235360287471352662497757"); // OEIS A001113
        assertThat(lower(o)).isLessThanOrEqualTo(e);
        assertThat(upper(o)).isGreaterThanOrEqualTo(e);
        assertThat(o.get("width").getAsDouble()).isLessThan(1e-15);
    }

    @Test
    void digitsGiveEToSixtyDigitsAtAPoint() {
        // e = 2.71828182845904523536028747135266249775724709369995957496696762772407663035354759457 (OEIS A001113)
        BigDecimal e = new BigDecimal("2.71828182845904523536028747135266249775724709369995957496696762772407663035354759457");
        JsonObject o = json("enclose", "exp(x)", "--over", "x=1", "--digits", "60", "--json");
        assertThat(o.get("digits").getAsInt()).isEqualTo(60);
        assertThat(lower(o)).isLessThanOrEqualTo(e);
        assertThat(upper(o)).isGreaterThanOrEqualTo(e);
        assertThat(o.get("width").getAsJsonPrimitive().isString()).isTrue();
        assertThat(new BigDecimal(o.get("width").getAsString())).isLessThan(new BigDecimal("1e-58"));
        assertThat(o.get("lower").getAsString()).startsWith("2.7182818284590452353602874713526624977572470936999595749669");
    }

    @Test
    void digitsBisectToATolerance() {
        JsonObject o = json("enclose", "x*(1-x)", "--over", "x=[0,1]", "--digits", "30", "--tol", "1e-20", "--json");
        assertThat(o.get("toleranceMet").getAsBoolean()).isTrue();
        assertThat(lower(o)).isBetween(new BigDecimal("-1e-20"), BigDecimal.ZERO);
        assertThat(upper(o)).isBetween(new BigDecimal("0.25"), new BigDecimal("0.25000000000000000001"));
        // decimals of the box are exact at 30 digits: the identity over [0.1, 0.2] is exactly [0.1, 0.2]
        JsonObject id = json("enclose", "x", "--over", "x=[0.1,0.2]", "--digits", "30", "--method", "natural", "--json");
        assertThat(id.get("lower").getAsString()).isEqualTo("0.1");
        assertThat(id.get("upper").getAsString()).isEqualTo("0.2");
    }

    @Test
    void theDependencyProblemIsSolvedByTaylorModels() {
        assertThat(json("enclose", "x-x", "--over", "x=[0,1]", "--method", "natural", "--json").get("width").getAsDouble())
                .isEqualTo(2.0);
        JsonObject tm = json("enclose", "x-x", "--over", "x=[0,1]", "--method", "taylor-model", "--json");
        assertThat(tm.get("width").getAsDouble()).isEqualTo(0.0);
        assertThat(tm.get("lower").getAsString()).isEqualTo("0");
    }

    @Test
    void anEmptyRangeIsAResultNotAnError() {
        JsonObject o = json("enclose", "log(x)", "--over", "x=[-2,-1]", "--json");
        assertThat(o.get("empty").getAsBoolean()).isTrue();
        assertThat(o.has("lower")).isFalse();
        assertThat(o.has("upper")).isFalse();
        CliRun text = CliRun.of("enclose", "log(x)", "--over", "x=[-2,-1]");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("The range is empty: log(x) is undefined at every point of the box.");
    }

    @Test
    void setSemanticsAndFallbacksAreReported() {
        JsonObject o = json("enclose", "sqrt(x)", "--over", "x=[-1,4]", "--method", "mean-value", "--json");
        assertThat(lower(o)).isEqualByComparingTo("0");
        assertThat(upper(o)).isEqualByComparingTo("2");
        assertThat(o.get("note").getAsString()).contains("sqrt").contains("natural extension");
    }

    @Test
    void humanOutputShowsEnclosureWidthMethodAndSubBoxes() {
        CliRun run = CliRun.of("enclose", "exp(x)*sin(y) + x*y", "--over", "x=[-1,1],y=[0,2]", "--tol", "1e-4", "--order", "3");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("exp(x)*sin(y) + x*y  over x=[-1, 1], y=[0, 2]");
        assertThat(run.out()).contains("enclosure  [").contains("width      ")
                .contains("method     bisect with taylor-model of order 3 on each sub-box")
                .contains("sub-boxes  ").contains("tolerance  0.0001 (met");
        // a Taylor model of order 0 names its order too; the natural extension has none
        CliRun zero = CliRun.of("enclose", "x^2", "--over", "x=[-1,2]", "--order", "0");
        assertThat(zero.status()).as(zero.err()).isZero();
        assertThat(zero.out()).contains("method     bisect with taylor-model of order 0 on each sub-box");
        CliRun natural = CliRun.of("enclose", "x^2", "--over", "x=[-1,2]", "--method", "natural");
        assertThat(natural.out()).contains("method     natural\n");
    }

    @ParameterizedTest(name = "{0} --over {1}")
    @CsvSource(delimiter = '|', value = {
        "x+y      | x=[0,1]        |          | unknown variable 'y' in \"x+y\"",
        "x        | x=[2,1]        |          | lower bound 2 exceeds the upper bound 1",
        "x        | x=[a,1]        |          | must be a number or a constant expression, but uses a",
        "x        | x=[0,1,2]      |          | more than two bounds",
        "x        | x=[empty]      |          | empty interval",
        "x        | x=[0,1         |          | missing ']'",
        "x        | y=[0,1]]       |          | unbalanced brackets",
        "x        | x              |          | expected name=value",
        "sin(x    | x=[0,1]        |          | expected ')'",
        "x        | x=[0,1]        | --method | unknown enclosure method 'newton'",
        "x        | x=[0,1]        | --order  | --order must be between",
        "x        | x=[0,1]        | --tol    | --tol is used only by --method bisect",
        "x        | x=[0,1]        | --digits | Taylor models are double-precision only",
    })
    void errorsAreOneLine(String expr, String over, String option, String message) {
        String[] args = option == null ? new String[] {"enclose", expr, "--over", over}
                : switch (option) {
                    case "--method" -> new String[] {"enclose", expr, "--over", over, "--method", "newton"};
                    case "--order" -> new String[] {"enclose", expr, "--over", over, "--order", "-1"};
                    case "--digits" -> new String[] {"enclose", expr, "--over", over, "--method", "taylor-model", "--digits", "30"};
                    default -> new String[] {"enclose", expr, "--over", over, "--method", "natural", "--tol", "1e-3"};
                };
        CliRun run = CliRun.of(args);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("taylor enclose: ").contains(message);
        assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    }
}
