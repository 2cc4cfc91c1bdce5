package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code taylor roots} contract: JSON keys, outward decimal bounds, statuses, --digits, errors. */
class RootsCommandTest {

    static JsonObject json(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    static boolean contains(JsonArray bounds, BigDecimal v) {
        return new BigDecimal(bounds.get(0).getAsString()).compareTo(v) <= 0
                && v.compareTo(new BigDecimal(bounds.get(1).getAsString())) <= 0;
    }

    @Test
    void jsonContractOfTheSquareRootOfTwo() {
        JsonObject o = json("roots", "x^2 - 2", "--over", "x=[-3,3]", "--json");
        assertThat(o.keySet()).contains("expr", "roots", "complete");
        assertThat(o.get("expr").getAsString()).isEqualTo("x^2 - 2");
        assertThat(o.get("complete").getAsBoolean()).isTrue();
        JsonArray roots = o.getAsJsonArray("roots");
        assertThat(roots).hasSize(2);
        BigDecimal sqrt2 = new BigDecimal(ApfloatMath.sqrt(new Apfloat(2, 40)).toString(true));
        JsonObject second = roots.get(1).getAsJsonObject();
        assertThat(second.get("status").getAsString()).isEqualTo("unique");
        assertThat(second.getAsJsonObject("enclosure").getAsJsonArray("x").get(0).isJsonPrimitive()).isTrue();
        assertThat(contains(second.getAsJsonObject("enclosure").getAsJsonArray("x"), sqrt2)).isTrue();
        assertThat(contains(roots.get(0).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("x"), sqrt2.negate())).isTrue();
    }

    @Test
    void digitsRefineToFortyDigits() {
        JsonObject o = json("roots", "x^2 - 2", "--over", "x=[0,3]", "--digits", "40", "--json");
        JsonArray x = o.getAsJsonArray("roots").get(0).getAsJsonObject().getAsJsonObject("enclosure").getAsJsonArray("x");
        BigDecimal sqrt2 = new BigDecimal(ApfloatMath.sqrt(new Apfloat(2, 50)).toString(true));
        assertThat(contains(x, sqrt2)).isTrue();
        assertThat(new BigDecimal(x.get(1).getAsString()).subtract(new BigDecimal(x.get(0).getAsString())))
                .isLessThan(new BigDecimal("1e-37"));
    }

    @Test
    void systemAndDoubleRootInText() {
        CliRun run = CliRun.of("roots", "x^2 + y^2 - 1; y - x^2", "--over", "x=[-3,3],y=[-3,3]");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("2 unique").contains("complete");
        JsonObject o = json("roots", "(x-1)^2", "--over", "x=[-3,3]", "--json");
        assertThat(o.getAsJsonArray("roots")).hasSize(1);
        assertThat(o.getAsJsonArray("roots").get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("unknown");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x + y|x=[0,1],y=[0,1]|square",
        "x +|x=[0,1]|equation 1",
        "x;;x|x=[0,1]|is empty",
        "x^2 - 2|x=[3,1]|exceeds",
        "x - z|x=[0,1]|unknown variable 'z'"})
    void badInputGivesOneClearLine(String expr, String over, String message) {
        CliRun run = CliRun.of("roots", expr, "--over", over);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("taylor roots: ").contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void digitsRefineASystem() {
        // x² + y² = 1, y = x²: y = (√5 − 1)/2, x = ±√y (closed form)
        JsonObject o = json("roots", "x^2 + y^2 - 1; y - x^2", "--over", "x=[0,3],y=[-3,3]", "--digits", "45", "--json");
        JsonObject e = o.getAsJsonArray("roots").get(0).getAsJsonObject().getAsJsonObject("enclosure");
        Apfloat y = ApfloatMath.sqrt(new Apfloat(5, 60)).subtract(new Apfloat(1, 60)).divide(new Apfloat(2, 60));
        BigDecimal x = new BigDecimal(ApfloatMath.sqrt(y).toString(true));
        assertThat(contains(e.getAsJsonArray("x"), x)).as(e.toString()).isTrue();
        assertThat(contains(e.getAsJsonArray("y"), new BigDecimal(y.toString(true)))).isTrue();
        assertThat(new BigDecimal(e.getAsJsonArray("x").get(1).getAsString())
                .subtract(new BigDecimal(e.getAsJsonArray("x").get(0).getAsString()))).isLessThan(new BigDecimal("1e-40"));
    }
}
