package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three CLI items of issue 13, as a new user meets them: {@code derive} delivers the order asked
 * for through a cancelled factor, {@code integrate --tol} below double precision switches to Apfloat
 * and says so, {@code enclose} of a function with a pole stops at once.
 */
class CliIssue13Test {

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    /** 1/13! (sin(x)/x = Σ (−1)^k x^{2k}/(2k+1)!, so c_12 = 1/13!). */
    private static final BigDecimal INV_13_FACTORIAL = BigDecimal.ONE.divide(new BigDecimal("6227020800"), MathContext.DECIMAL128);

    @Test
    void deriveSincAtZeroToOrder12InEveryOutputForm() {
        CliRun table = CliRun.of("derive", "sin(x)/x", "--at", "x=0", "--order", "12");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out()).contains("order 12").doesNotContain("only orders");

        CliRun json = CliRun.of("derive", "sin(x)/x", "--at", "x=0", "--order", "12", "--json");
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(o.get("order").getAsInt()).isEqualTo(12);
        assertThat(o.getAsJsonArray("coefficients")).hasSize(13);
        double c12 = o.getAsJsonArray("coefficients").get(12).getAsDouble();
        assertThat(new BigDecimal(c12).subtract(INV_13_FACTORIAL).abs())
                .isLessThan(INV_13_FACTORIAL.multiply(new BigDecimal("1e-14")));

        CliRun digits = CliRun.of("derive", "sin(x)/x", "--at", "x=0", "--order", "12", "--digits", "30", "--json");
        JsonObject d = JsonParser.parseString(digits.out()).getAsJsonObject();
        assertThat(d.get("order").getAsInt()).isEqualTo(12);
        BigDecimal c12Digits = new BigDecimal(d.getAsJsonArray("coefficients").get(12).getAsString());
        assertThat(c12Digits.subtract(INV_13_FACTORIAL).abs()).isLessThan(new BigDecimal("1e-35"));
    }

    @Test
    void integrateWithAToleranceBelowDoublePrecisionSwitchesToDigitsAndSaysSo() {
        // x' = −x, x(0) = 1: x(1) = 1/e = 0.36787944117144232159552377016146… (OEIS A068985)
        CliRun run = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--tol", "1e-30");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("below what double precision can reach").contains("35 digits").contains("--digits");
        assertThat(run.out()).contains("35 digits").contains("0.3678794411714423215955237701");
    }

    @Test
    void integrateAtDoubleToleranceSaysNothing() {
        CliRun run = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--tol", "1e-12");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("below what double precision");
        assertThat(run.out()).contains("double");
    }

    @Test
    void encloseOfAPoleStopsAtOnceWithTheEntireLine() {
        CliRun run = CliRun.of("enclose", "1/x", "--over", "x=[-1,1]", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.get("lower").getAsString()).isEqualTo("-Infinity");
        assertThat(o.get("upper").getAsString()).isEqualTo("Infinity");
        assertThat(o.get("subBoxes").getAsInt()).isZero();
        assertThat(o.get("toleranceMet").getAsBoolean()).isTrue();
        assertThat(o.get("note").getAsString()).contains("unbounded above and below");
    }
}
