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
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.function.Functions;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.RigorousFunctions;

/**
 * erfc, the function added through the catalogue to show what one new function costs: its
 * definition, its rigorous enclosure, this test and a docs line. Checked end to end: values, series,
 * intervals, the parser, the ODE tape (double and validated) and the CLI.
 *
 * <p>References (independent of our code): erfc(0.5) = 0.479500122186953462317…, erfc(1) =
 * 0.157299207050285130658…, erfc(2) = 0.00467773498104726583793…, erfc(5) =
 * 1.53745979442803485018…·10⁻¹², erfc(10) = 2.08848758376254475700…·10⁻⁴⁵ (Abramowitz &amp; Stegun
 * Table 7.1 to its 10 digits; the further digits from Wolfram|Alpha / DLMF 7.2.2 at 30 digits).
 */
class ErfcEndToEndTest {

    private static final double[][] PUBLISHED = {
        {0.5, 0.479500122186953462317},
        {1.0, 0.157299207050285130658},
        {2.0, 0.00467773498104726583793},
        {5.0, 1.53745979442803485018e-12},
        {10.0, 2.08848758376254475700e-45},
    };
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    @Test
    void doubleValuesKeepTheirRelativeAccuracyForLargeArguments() {
        for (double[] p : PUBLISHED) {
            assertThat(Functions.ERFC.value(p[0])).as("erfc(%s)", p[0]).isCloseTo(p[1], within(64 * Math.ulp(p[1])));
        }
        assertThat(Functions.ERFC.value(-1.0)).isCloseTo(2 - 0.157299207050285130658, within(4e-16));
        assertThat(Functions.ERFC.value(30.0)).isZero();
    }

    @Test
    void seriesIsErfsWithTheSignFlipped() {
        // d/dx erfc = −(2/√π)e^{−x²}, so at x0 = 1: c1 = −2e^{−1}/√π, c2 = 2x0·e^{−1}/√π, and erf + erfc = 1.
        Taylor1 x = Taylor1.variable(1.0, 20);
        Taylor1 erfc = x.apply(Functions.ERFC);
        assertThat(erfc.coefficient(0)).isCloseTo(0.157299207050285130658, within(64 * Math.ulp(0.157)));
        assertThat(erfc.coefficient(1)).isCloseTo(-2 * Math.exp(-1) / SQRT_PI, within(1e-16));
        assertThat(erfc.coefficient(2)).isCloseTo(2 * Math.exp(-1) / SQRT_PI, within(1e-16));
        Taylor1 sum = erfc.add(x.erf());
        assertThat(sum.coefficient(0)).isCloseTo(1.0, within(64 * Math.ulp(0.157) + 16 * Math.ulp(1.0)));
        for (int k = 1; k <= 20; k++) {
            assertThat(sum.coefficient(k)).as("k=%d", k).isCloseTo(0.0, within(1e-15));
        }
    }

    @Test
    void intervalEnclosuresContainThePublishedValuesAndAreTight() {
        for (double[] p : PUBLISHED) {
            Interval y = RigorousFunctions.of(Functions.ERFC).enclose(Interval.point(p[0]));
            assertThat(y.contains(p[1])).as("erfc(%s) in %s", p[0], y).isTrue();
            assertThat(y.sup() - y.inf()).as("width of %s", y).isLessThanOrEqualTo(4 * Math.ulp(p[1]));
        }
        Interval wide = RigorousFunctions.of(Functions.ERFC).enclose(Interval.of(0.5, 2.0));
        assertThat(wide.contains(0.479500122186953462317) && wide.contains(0.00467773498104726583793)).isTrue();
        assertThat(RigorousFunctions.of(Functions.ERFC).enclose(Interval.of(30, 40)).inf()).isZero();
        // 30 digits at x = 10, where 1 − erf(10) would cancel 45 digits away.
        ApfloatInterval a = RigorousFunctions.of(Functions.ERFC).enclose(ApfloatInterval.point(10.0, 30), 30);
        Apfloat ref = new Apfloat("2.08848758376254475700078629495e-45", 40);
        assertThat(a.contains(ref)).as("%s", a).isTrue();
        assertThat(a.wid().precision(20).divide(ref).doubleValue()).isLessThan(1e-28);
        // Beyond 214 the A&S 7.1.13 bounds: erfc(300) = 1.13297765...e-39090 (its logarithm checked).
        ApfloatInterval far = RigorousFunctions.of(Functions.ERFC).enclose(ApfloatInterval.point(300.0, 20), 20);
        assertThat(far.inf().signum()).isPositive();
        assertThat(far.wid().precision(20).divide(far.inf().precision(20)).doubleValue()).isLessThan(0.2 / (300.0 * 300.0));
    }

    @Test
    void parsesEvaluatesAndDifferentiates() {
        Expr e = Expr.parse("erfc(x)");
        assertThat(e.evaluateDouble(Map.of("x", 2.0))).isCloseTo(0.00467773498104726583793, within(64 * Math.ulp(0.0046)));
        CliRun run = CliRun.of("derive", "erfc(x)", "--at", "x=1", "--order", "2", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonArray c = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("coefficients");
        assertThat(c.get(1).getAsDouble()).isCloseTo(-2 * Math.exp(-1) / SQRT_PI, within(1e-15));
        assertThat(CliRun.of("derive", "--help").out()).contains("erfc");
    }

    @Test
    void odeTapeIntegratesIt() {
        // y' = erfc(x), x' = 1 from 0: y(1) = ∫₀¹ erfc = erfc(1) + (1 − e^{−1})/√π (since ∫ erfc = x·erfc x − e^{−x²}/√π).
        double expected = 0.157299207050285130658 + (1 - Math.exp(-1)) / SQRT_PI;
        CliRun run = CliRun.of("integrate", "--ode", "x' = 1; y' = erfc(x)", "--init", "x=0,y=0", "--to", "1", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonObject o = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(o.getAsJsonObject("state").get("y").getAsDouble()).isCloseTo(expected, within(1e-14));
        CliRun validated = CliRun.of("integrate", "--validated", "--ode", "x' = 1; y' = erfc(x)",
                "--init", "x=0,y=0", "--to", "1", "--json");
        assertThat(validated.status()).as(validated.err()).isZero();
        JsonArray y = JsonParser.parseString(validated.out()).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("y");
        BigDecimal exact = new BigDecimal("0.513935041887744065936"); // erfc(1) + (1 − 1/e)/√π (Python decimal, 40 digits)
        assertThat(new BigDecimal(y.get(0).getAsString())).isLessThanOrEqualTo(exact);
        assertThat(new BigDecimal(y.get(1).getAsString())).isGreaterThanOrEqualTo(exact);
    }
}
