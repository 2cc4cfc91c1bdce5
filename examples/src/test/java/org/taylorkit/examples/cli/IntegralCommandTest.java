package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code taylor integral} contract: JSON keys, outward decimals, --digits, singular integrands, errors. */
class IntegralCommandTest {

    /** Rump's example, published in Acta Numerica 19 (2010) (see QuadratureTest in the interval module). */
    static final BigDecimal RUMP = new BigDecimal("0.34740017265724780787");

    private static boolean inside(JsonObject o, BigDecimal v) {
        return new BigDecimal(o.get("lower").getAsString()).compareTo(v) <= 0
                && v.compareTo(new BigDecimal(o.get("upper").getAsString())) <= 0;
    }

    @Test
    void rumpsIntegralJsonContract() {
        JsonObject o = RootsCommandTest.json("integral", "sin(x + exp(x))", "--over", "x=[0,8]", "--json");
        assertThat(o.keySet()).contains("expr", "lower", "upper", "width");
        assertThat(o.get("lower").getAsJsonPrimitive().isString()).isTrue();
        assertThat(o.get("width").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(inside(o, RUMP)).as(o.toString()).isTrue();
        assertThat(o.get("width").getAsBigDecimal()).isLessThan(new BigDecimal("1e-9"))
                .isGreaterThanOrEqualTo(new BigDecimal(o.get("upper").getAsString()).subtract(new BigDecimal(o.get("lower").getAsString())));
    }

    @Test
    void digitsAndEnclosedBounds() {
        JsonObject o = RootsCommandTest.json("integral", "sin(x)", "--over", "x=[0,pi]", "--digits", "30", "--json");
        assertThat(inside(o, BigDecimal.valueOf(2))).as(o.toString()).isTrue();
        assertThat(new BigDecimal(o.get("width").getAsString())).isLessThan(new BigDecimal("1e-25"));
        JsonObject d = RootsCommandTest.json("integral", "sin(x)", "--over", "x=[0,pi]", "--json");
        assertThat(inside(d, BigDecimal.valueOf(2))).isTrue();
        JsonObject box = RootsCommandTest.json("integral", "x*y", "--over", "x=[0,1],y=[0,2]", "--json");
        assertThat(inside(box, BigDecimal.ONE)).isTrue();
    }

    /** √x is continuous but not analytic at 0: ∫₀¹ √x = 2/3 is enclosed, in double and at 30 digits. */
    @Test
    void branchPointInTheBoxIsEnclosed() {
        BigDecimal twoThirds = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), 40, java.math.RoundingMode.HALF_EVEN);
        JsonObject d = RootsCommandTest.json("integral", "sqrt(x)", "--over", "x=[0,1]", "--json");
        assertThat(inside(d, twoThirds)).as(d.toString()).isTrue();
        JsonObject p = RootsCommandTest.json("integral", "sqrt(x)", "--over", "x=[0,1]", "--digits", "30", "--json");
        assertThat(inside(p, twoThirds)).as(p.toString()).isTrue();
    }

    @Test
    void singularIntegrandIsAClearError() {
        CliRun run = CliRun.of("integral", "1/x", "--over", "x=[0,1]");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("taylor integral: no finite enclosure").contains("unbounded")
                .contains("(the integral may not exist)");
        assertThat(run.err().strip().lines()).hasSize(1);
        // sqrt on [-1, 1] is undefined on a whole piece: a definite statement, in double and in Apfloat
        for (String[] extra : new String[][] {{}, {"--digits", "30"}}) {
            List<String> args = new java.util.ArrayList<>(List.of("integral", "sqrt(x)", "--over", "x=[-1,1]"));
            args.addAll(List.of(extra));
            CliRun root = CliRun.of(args.toArray(new String[0]));
            assertThat(root.status()).isEqualTo(1);
            assertThat(root.err()).contains("the integrand is undefined everywhere on x ∈ [-1.0, ")
                    .contains("so the integral does not exist").doesNotContain("may not exist");
            assertThat(root.err().strip().lines()).hasSize(1);
        }
    }

    @Test
    void badInput() {
        for (String tol : new String[] {"0", "-1e-12", "Infinity"}) {
            CliRun zero = CliRun.of("integral", "x^2", "--over", "x=[0,1]", "--tol", tol);
            assertThat(zero.status()).as(tol).isEqualTo(1);
            assertThat(zero.err()).as(tol).contains("--tol must be a positive finite width");
        }
        CliRun reversed = CliRun.of("integral", "x", "--over", "x=[2,1]");
        assertThat(reversed.status()).isEqualTo(1);
        assertThat(reversed.err()).contains("exceeds");
        CliRun four = CliRun.of("integral", "x", "--over", "a=[0,1],b=[0,1],c=[0,1],x=[0,1]");
        assertThat(four.err()).contains("at most 3 variables");
        CliRun unknown = CliRun.of("integral", "x + y", "--over", "x=[0,1]");
        assertThat(unknown.err()).contains("unknown variable 'y'");
        CliRun infinite = CliRun.of("integral", "exp(-x)", "--over", "x=[0,inf]");
        assertThat(infinite.status()).isEqualTo(1);
        assertThat(infinite.err()).contains("bounded");
        CliRun digits2d = CliRun.of("integral", "x*y", "--over", "x=[0,1],y=[0,1]", "--digits", "20");
        assertThat(digits2d.err()).contains("one variable");
    }
}
