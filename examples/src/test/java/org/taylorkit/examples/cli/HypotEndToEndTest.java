package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hypot(a, b)} through every command that takes an expression: derive (one and two
 * variables, double and 50 digits), enclose, roots, minimize, integral, integrate (double,
 * Apfloat, validated), ensemble, lyapunov, and the parser's errors as the CLI reports them.
 *
 * <p>References (closed forms; the digits from mpmath at 60 digits): with h = hypot(x, 2) at
 * x = 1.5, h = 2.5, h' = x/h = 0.6, h''/2 = 4/(2h³) = 0.128, h'''/6 = −12x/(6h⁵) = −0.03072;
 * hypot(x, y) at (3, 4): gradient (0.6, 0.8), Hessian [[y², −xy], [−xy, x²]]/125; the range of
 * hypot over [−1, 2]×[−3, 0] is [0, √13]; hypot(x, 1) = 2 at x = ±√3; ∫₀¹ hypot(x, 1) dx =
 * (√2 + asinh 1)/2 = 1.147793574696319037017149024594745193799; ∫∫_{[1,2]²} hypot(x, y) =
 * 2.140894119626315319398879906704085297377; x' = −k·x·hypot(x, 1) integrates to
 * ln((1 + hypot(x, 1))/x) = kt + const, so x(T) = 2u/(u² − 1) with u = e^{kT}(1 + hypot(x₀, 1))/x₀,
 * and the variation is ∂x(T)/∂x₀ = x(T)·hypot(x(T), 1) / (x₀·hypot(x₀, 1)).
 */
class HypotEndToEndTest {

    private static final String Y1 = "1.147793574696319037017149024594745193799";
    private static final String QUADRATURE = "x' = 1; y' = hypot(x, 1)";

    @TempDir
    Path dir;

    private static JsonObject json(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static void assertEncloses(JsonArray bounds, String exact) {
        BigDecimal v = new BigDecimal(exact);
        assertThat(new BigDecimal(bounds.get(0).getAsString())).as("%s ∌ %s", bounds, exact).isLessThanOrEqualTo(v);
        assertThat(new BigDecimal(bounds.get(1).getAsString())).as("%s ∌ %s", bounds, exact).isGreaterThanOrEqualTo(v);
    }

    private static JsonArray pair(JsonObject o, String lower, String upper) {
        JsonArray a = new JsonArray();
        a.add(o.get(lower));
        a.add(o.get(upper));
        return a;
    }

    @Test
    void deriveInOneAndTwoVariablesAndAtFiftyDigits() {
        JsonArray c = json(CliRun.of("derive", "hypot(x, 2)", "--at", "x=1.5", "--order", "3", "--json"))
                .getAsJsonArray("coefficients");
        double[] expected = {2.5, 0.6, 0.128, -0.03072};
        for (int k = 0; k <= 3; k++) {
            assertThat(c.get(k).getAsDouble()).as("c_%d", k).isCloseTo(expected[k], within(1e-16));
        }
        JsonObject multi = json(CliRun.of("derive", "hypot(x, y)", "--at", "x=3,y=4", "--order", "2", "--json"));
        assertThat(multi.getAsJsonArray("gradient").get(0).getAsDouble()).isCloseTo(0.6, within(1e-16));
        assertThat(multi.getAsJsonArray("gradient").get(1).getAsDouble()).isCloseTo(0.8, within(1e-16));
        JsonArray hessian = multi.getAsJsonArray("hessian");
        double[][] h = {{16 / 125.0, -12 / 125.0}, {-12 / 125.0, 9 / 125.0}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(hessian.get(i).getAsJsonArray().get(j).getAsDouble()).as("H[%d][%d]", i, j)
                        .isCloseTo(h[i][j], within(1e-16));
            }
        }
        JsonArray precise = json(CliRun.of("derive", "hypot(x, 2)", "--at", "x=1.5", "--order", "3", "--digits", "50",
                "--json")).getAsJsonArray("coefficients");
        String[] exact = {"2.5", "0.6", "0.128", "-0.03072"};
        for (int k = 0; k <= 3; k++) {
            assertThat(new BigDecimal(precise.get(k).getAsString()).subtract(new BigDecimal(exact[k])).abs())
                    .as("c_%d = %s", k, precise.get(k)).isLessThan(new BigDecimal("1e-49"));
        }
    }

    @Test
    void parserErrorsNameHypotAndTheHelpListsIt() {
        CliRun arity = CliRun.of("derive", "hypot(x)", "--at", "x=1");
        assertThat(arity.status()).isNotZero();
        assertThat(arity.err().strip()).isEqualTo("taylor derive: column 1: hypot takes 2 arguments, got 1 in \"hypot(x)\"");
        CliRun unknown = CliRun.of("derive", "hypo(x, y)", "--at", "x=1,y=1");
        assertThat(unknown.status()).isNotZero();
        assertThat(unknown.err()).contains("unknown function 'hypo'").contains(", atan2, hypot)");
        assertThat(CliRun.of("derive", "--help").out()).contains("hypot(x,y)");
    }

    @Test
    void encloseRootsMinimizeAndIntegral() {
        JsonObject range = json(CliRun.of("enclose", "hypot(x, y)", "--over", "x=[-1,2],y=[-3,0]", "--json"));
        assertThat(range.get("lower").getAsDouble()).isZero();
        assertThat(range.get("upper").getAsDouble()).isGreaterThanOrEqualTo(Math.sqrt(13)).isLessThan(Math.sqrt(13) + 1e-5);
        // The natural extension is tight here (x and y occur once each): [0, √13] to 30 digits.
        JsonObject precise = json(CliRun.of("enclose", "hypot(x, y)", "--over", "x=[-1,2],y=[-3,0]", "--digits", "30",
                "--method", "natural", "--json"));
        assertThat(precise.get("lower").getAsString()).isEqualTo("0");
        BigDecimal upper = new BigDecimal(precise.get("upper").getAsString());
        BigDecimal root13 = new BigDecimal("3.605551275463989293119221267470495946251");
        assertThat(upper).isGreaterThanOrEqualTo(root13).isLessThan(root13.add(new BigDecimal("1e-28")));
        // Beyond the double range of x²: rigorous (+∞), never NaN.
        JsonObject huge = json(CliRun.of("enclose", "hypot(x, 1)", "--over", "x=[1e200,1e201]", "--method", "natural", "--json"));
        assertThat(huge.get("lower").getAsDouble()).isLessThanOrEqualTo(1e200);
        assertThat(huge.get("upper").getAsString()).isEqualTo("Infinity");

        JsonArray roots = json(CliRun.of("roots", "hypot(x, 1) - 2", "--over", "x=[-5,5]", "--json")).getAsJsonArray("roots");
        assertThat(roots).hasSize(2);
        assertEncloses(roots.get(0).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("x"), "-1.7320508075688772935274463415");
        assertEncloses(roots.get(1).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("x"), "1.7320508075688772935274463415");
        assertThat(roots.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("unique");

        JsonObject min = json(CliRun.of("minimize", "hypot(x - 1, y + 2) + 0.5", "--over", "x=[-3,3],y=[-3,3]", "--json"));
        assertEncloses(min.getAsJsonArray("minimum"), "0.5");
        assertEncloses(min.getAsJsonArray("minimizers").get(0).getAsJsonObject().getAsJsonArray("x"), "1");
        assertEncloses(min.getAsJsonArray("minimizers").get(0).getAsJsonObject().getAsJsonArray("y"), "-2");

        JsonObject integral = json(CliRun.of("integral", "hypot(x, 1)", "--over", "x=[0,1]", "--json"));
        assertEncloses(pair(integral, "lower", "upper"), Y1);
        JsonObject integral30 = json(CliRun.of("integral", "hypot(x, 1)", "--over", "x=[0,1]", "--digits", "30", "--json"));
        assertEncloses(pair(integral30, "lower", "upper"), Y1);
        assertThat(new BigDecimal(integral30.get("upper").getAsString()).subtract(new BigDecimal(integral30.get("lower").getAsString())))
                .isLessThan(new BigDecimal("1e-25"));
        JsonObject square = json(CliRun.of("integral", "hypot(x, y)", "--over", "x=[1,2],y=[1,2]", "--json"));
        assertEncloses(pair(square, "lower", "upper"), "2.140894119626315319398879906704085297377");
    }

    @Test
    void integrateOnTheDoubleApfloatAndValidatedPaths() {
        JsonObject d = json(CliRun.of("integrate", "--ode", QUADRATURE, "--init", "x=0,y=0", "--to", "1", "--json"));
        assertThat(d.getAsJsonObject("state").get("y").getAsDouble()).isCloseTo(Double.parseDouble(Y1), within(4e-16));
        JsonObject a = json(CliRun.of("integrate", "--ode", QUADRATURE, "--init", "x=0,y=0", "--to", "1", "--digits", "40", "--json"));
        assertThat(new BigDecimal(a.getAsJsonObject("state").get("y").getAsString()).subtract(new BigDecimal(Y1)).abs())
                .isLessThan(new BigDecimal("1e-37"));
        JsonObject v = json(CliRun.of("integrate", "--validated", "--ode", QUADRATURE, "--init", "x=0,y=0", "--to", "1", "--json"));
        assertEncloses(v.getAsJsonObject("enclosure").getAsJsonArray("y"), Y1);
        JsonObject tm = json(CliRun.of("integrate", "--validated", "--method", "taylor-model", "--ode", QUADRATURE,
                "--init", "x=0,y=[0,0.001]", "--to", "1", "--json"));
        JsonArray y = tm.getAsJsonObject("enclosure").getAsJsonArray("y");
        assertEncloses(y, Y1);
        assertEncloses(y, new BigDecimal(Y1).add(new BigDecimal("0.001")).toString());
    }

    @Test
    void ensembleMembersEachGainTheIntegral() throws IOException {
        Path in = dir.resolve("inits.csv");
        Files.writeString(in, "x,y\n0,0\n0,0.25\n0,-3\n0,10\n");
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("ensemble", "--ode", QUADRATURE, "--inits", in.toString(), "--to", "1", "--threads", "1",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("index,status,t,x,y");
        double[] y0 = {0, 0.25, -3, 10};
        for (int i = 0; i < y0.length; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertThat(cells[1]).isEqualTo("completed");
            assertThat(Double.parseDouble(cells[4])).as("member %d", i).isCloseTo(y0[i] + Double.parseDouble(Y1), within(2e-15));
        }
    }

    @Test
    void lyapunovExponentsOfADecoupledDecay() {
        double t = 20;
        double x0 = 0.5;
        double y0 = 0.5;
        JsonArray e = json(CliRun.of("lyapunov", "--ode", "x' = -x*hypot(x, 1); y' = -2*y*hypot(y, 1)",
                "--init", "x=0.5,y=0.5", "--to", "20", "--json")).getAsJsonArray("exponents");
        assertThat(e.get(0).getAsDouble()).isCloseTo(exponent(1, x0, t), within(1e-10));
        assertThat(e.get(1).getAsDouble()).isCloseTo(exponent(2, y0, t), within(1e-10));
    }

    /** ln|∂x(T)/∂x₀| / T for x' = −k·x·hypot(x, 1), from the closed form in the class comment. */
    private static double exponent(int k, double x0, double t) {
        double u = Math.exp(k * t) * (1 + Math.hypot(x0, 1)) / x0;
        double xt = 2 * u / (u * u - 1);
        return Math.log(xt * Math.hypot(xt, 1) / (x0 * Math.hypot(x0, 1))) / t;
    }
}
