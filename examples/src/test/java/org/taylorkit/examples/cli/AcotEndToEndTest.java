package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.function.Functions;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.RigorousFunctions;

/**
 * acot (continuous branch π/2 − atan x, range (0, π)) through the catalogue, end to end: values,
 * series, double and Apfloat intervals, the parser, the CLI and the ODE tape (double and validated).
 *
 * <p>References (independent of our code): acot 0 = π/2, acot 1 = π/4, acot(−1) = 3π/4 (closed forms);
 * acot(−2) = π/2 + atan 2 = 2.677945044588987122248387151818288482 and acot(10¹⁰) =
 * 9.999999999999999999966666666666666666667·10⁻¹¹ (mpmath at 40 digits; mpmath's own acot uses the
 * branch atan(1/x), which gives −0.4636… at −2, so the value there is π/2 + atan 2); ∫₀¹ acot x dx =
 * π/4 + ½ ln 2 = 1.131971753677420964324276906548964005 (from x·acot x + ½ ln(1 + x²), mpmath 40 digits).
 */
class AcotEndToEndTest {

    private static final double ACOT_MINUS_2 = 2.677945044588987122248387151818288482;
    private static final double ACOT_1E10 = 9.999999999999999999966666666666666666667e-11;

    @Test
    void doubleValuesOnTheContinuousBranch() {
        assertThat(Functions.ACOT.value(0.0)).isEqualTo(Math.PI / 2);
        assertThat(Functions.ACOT.value(1.0)).isCloseTo(Math.PI / 4, within(2 * Math.ulp(Math.PI / 4)));
        assertThat(Functions.ACOT.value(-1.0)).isCloseTo(3 * Math.PI / 4, within(2 * Math.ulp(3 * Math.PI / 4)));
        assertThat(Functions.ACOT.value(-2.0)).isCloseTo(ACOT_MINUS_2, within(2 * Math.ulp(ACOT_MINUS_2)));
        assertThat(Functions.ACOT.value(1e10)).isCloseTo(ACOT_1E10, within(2 * Math.ulp(ACOT_1E10)));
    }

    @Test
    void seriesAtZeroIsHalfPiMinusAtansSeries() {
        // acot x = π/2 − (x − x³/3 + x⁵/5 − …): c_0 = π/2, c_{2m+1} = −(−1)^m/(2m+1), even c_k = 0.
        Taylor1 acot = Taylor1.variable(0.0, 21).apply(Functions.ACOT);
        assertThat(acot.coefficient(0)).isEqualTo(Math.PI / 2);
        for (int k = 1; k <= 21; k++) {
            double expected = k % 2 == 0 ? 0.0 : -(((k - 1) / 2) % 2 == 0 ? 1.0 : -1.0) / k;
            assertThat(acot.coefficient(k)).as("k=%d", k).isCloseTo(expected, within(1e-16));
        }
        // At 1: acot' = −1/(1 + x²) = −1/2, acot''/2 = x/(1 + x²)² = 1/4; acot + atan = π/2 exactly as series.
        Taylor1 x = Taylor1.variable(1.0, 15);
        Taylor1 sum = x.apply(Functions.ACOT).add(x.apply(Functions.ATAN));
        assertThat(x.apply(Functions.ACOT).coefficient(1)).isCloseTo(-0.5, within(1e-16));
        assertThat(x.apply(Functions.ACOT).coefficient(2)).isCloseTo(0.25, within(1e-16));
        assertThat(sum.coefficient(0)).isCloseTo(Math.PI / 2, within(4 * Math.ulp(Math.PI / 2)));
        for (int k = 1; k <= 15; k++) {
            assertThat(sum.coefficient(k)).as("k=%d", k).isCloseTo(0.0, within(1e-15));
        }
    }

    @Test
    void intervalEnclosuresContainTheReferencesAndAreTight() {
        Interval straddling = RigorousFunctions.of(Functions.ACOT).enclose(Interval.of(-1, 1));
        assertThat(straddling.contains(Math.PI / 4) && straddling.contains(3 * Math.PI / 4)).isTrue();
        assertThat(straddling.sup() - straddling.inf()).isLessThan(Math.PI / 2 + 1e-15);
        Interval far = RigorousFunctions.of(Functions.ACOT).enclose(Interval.point(1e10));
        assertThat(far.contains(ACOT_1E10)).as("%s", far).isTrue();
        assertThat(far.sup() - far.inf()).isLessThanOrEqualTo(2 * Math.ulp(ACOT_1E10));
        ApfloatInterval a = RigorousFunctions.of(Functions.ACOT).enclose(ApfloatInterval.point(-2.0, 30), 30);
        Apfloat ref = new Apfloat("2.677945044588987122248387151818288482", 40);
        assertThat(a.contains(ref)).as("%s", a).isTrue();
        assertThat(a.wid().precision(20).doubleValue()).isLessThan(1e-27);
        ApfloatInterval big = RigorousFunctions.of(Functions.ACOT).enclose(ApfloatInterval.point(1e10, 30), 30);
        Apfloat bigRef = new Apfloat("9.999999999999999999966666666666666666667e-11", 40);
        assertThat(big.contains(bigRef)).as("%s", big).isTrue();
        assertThat(big.wid().precision(20).divide(bigRef).doubleValue()).isLessThan(1e-27);
        assertThat(RigorousFunctions.of(Functions.ACOT).notAnalyticOn(Interval.of(-1e300, 1e300))).isNull();
    }

    @Test
    void parsesEvaluatesAndDifferentiates() {
        assertThat(Expr.parse("acot(x)").evaluateDouble(Map.of("x", -2.0))).isCloseTo(ACOT_MINUS_2, within(4e-16));
        CliRun run = CliRun.of("derive", "acot(x)", "--at", "x=1", "--order", "2", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonArray c = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("coefficients");
        assertThat(c.get(1).getAsDouble()).isCloseTo(-0.5, within(1e-16));
        assertThat(c.get(2).getAsDouble()).isCloseTo(0.25, within(1e-16));
        assertThat(CliRun.of("derive", "--help").out()).contains("acot");
    }

    @Test
    void odeTapeIntegratesIt() {
        double expected = 1.131971753677420964324276906548964005;
        CliRun run = CliRun.of("integrate", "--ode", "x' = 1; y' = acot(x)", "--init", "x=0,y=0", "--to", "1", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.getAsJsonObject("state").get("y").getAsDouble()).isCloseTo(expected, within(1e-14));
        CliRun validated = CliRun.of("integrate", "--validated", "--ode", "x' = 1; y' = acot(x)",
                "--init", "x=0,y=0", "--to", "1", "--json");
        assertThat(validated.status()).as(validated.err()).isZero();
        JsonArray y = JsonParser.parseString(validated.out()).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("y");
        BigDecimal exact = new BigDecimal("1.131971753677420964324276906548964005");
        assertThat(new BigDecimal(y.get(0).getAsString())).isLessThanOrEqualTo(exact);
        assertThat(new BigDecimal(y.get(1).getAsString())).isGreaterThanOrEqualTo(exact);
    }
}
