package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** {@code taylor derive} with several variables: the JSON contract and values from closed forms. */
class DeriveMultiTest {

    @Test
    void jsonListsEveryMonomialInGradedLexOrderWithGradientAndHessian() {
        CliRun run = CliRun.of("derive", "x*y^2", "--at", "x=1,y=2", "--order", "2", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.keySet()).containsExactlyInAnyOrder("expr", "variables", "at", "order", "coefficients",
                "gradient", "hessian");
        assertThat(o.get("variables").toString()).isEqualTo("[\"x\",\"y\"]");
        assertThat(o.get("at").toString()).isEqualTo("[1.0,2.0]");
        // x y² at (1+u, 2+v) = 4 + 4u + 4v + 4uv + v² + u v²: graded-lex order 1, x, y, x², xy, y².
        assertThat(o.get("coefficients").toString()).isEqualTo("[{\"exponents\":[0,0],\"value\":4.0},"
                + "{\"exponents\":[1,0],\"value\":4.0},{\"exponents\":[0,1],\"value\":4.0},"
                + "{\"exponents\":[2,0],\"value\":0.0},{\"exponents\":[1,1],\"value\":4.0},"
                + "{\"exponents\":[0,2],\"value\":1.0}]");
        assertThat(o.get("gradient").toString()).isEqualTo("[4.0,4.0]");
        assertThat(o.get("hessian").toString()).isEqualTo("[[0.0,4.0],[4.0,2.0]]");
    }

    @Test
    void hessianOfAnExponentialMatchesTheClosedForm() {
        // f = exp(2x + 3y): ∂²f/∂x∂y = 6 e^{2x+3y}; at (0.1, -0.2): e^{-0.4}.
        CliRun run = CliRun.of("derive", "exp(2*x + 3*y)", "--at", "x=0.1,y=-0.2", "--order", "3", "--json");
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        double e = Math.exp(-0.4);
        JsonArray h = o.getAsJsonArray("hessian");
        assertThat(h.get(0).getAsJsonArray().get(0).getAsDouble()).isCloseTo(4 * e, within(1e-14));
        assertThat(h.get(0).getAsJsonArray().get(1).getAsDouble()).isCloseTo(6 * e, within(1e-14));
        assertThat(h.get(1).getAsJsonArray().get(1).getAsDouble()).isCloseTo(9 * e, within(1e-14));
        assertThat(o.getAsJsonArray("coefficients")).hasSize(10);  // C(2+3, 3) monomials
        assertThat(o.has("hessian")).isTrue();
    }

    @Test
    void noHessianBelowOrderTwoAndDigitsGiveStrings() {
        CliRun run = CliRun.of("derive", "exp(x+y)", "--at", "x=0,y=0", "--order", "1", "--digits", "25", "--json");
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.has("hessian")).isFalse();
        assertThat(o.get("gradient").toString()).isEqualTo("[\"1\",\"1\"]");
    }

    @Test
    void digitsAreCorrectlyRoundedInSeveralVariables() {
        // exp(x + y) at (1, 0): every partial derivative is e = 2.71828182845904523536028747135266249775724709…
        // (OEIS A001113), to 40 digits …497757; the coefficient of x²·y is e/2, rounded up to …248879
        CliRun run = CliRun.of("derive", "exp(x+y)", "--at", "x=1,y=0", "--order", "3", "--digits", "40", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        String e40 = "\"2.718281828459045235360287471352662497757\"";
        assertThat(o.get("gradient").toString()).isEqualTo("[" + e40 + "," + e40 + "]");
        assertThat(o.get("hessian").toString()).isEqualTo("[[" + e40 + "," + e40 + "],[" + e40 + "," + e40 + "]]");
        assertThat(run.out()).contains("1.359140914229522617680143735676331248879").doesNotContain("248878");
    }

    @Test
    void humanTableNamesMonomials() {
        CliRun run = CliRun.of("derive", "x^2*y", "--at", "x=1,y=1", "--order", "3");
        assertThat(run.out()).contains("x^2*y").contains("x*y").contains("gradient: [2.0, 1.0]");
    }

    @Test
    void singularPointIsReported() {
        CliRun run = CliRun.of("derive", "log(x*y)", "--at", "x=0,y=1");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no Taylor series at x=0,y=1").contains("log");
    }
}
