package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/** The {@code taylor minimize} contract: JSON keys, outward decimal bounds, errors. */
class MinimizeCommandTest {

    @Test
    void braninJsonContract() {
        JsonObject o = RootsCommandTest.json("minimize", "(y - 5.1/(4*pi^2)*x^2 + 5/pi*x - 6)^2 + 10*(1 - 1/(8*pi))*cos(x) + 10",
                "--over", "x=[-5,10],y=[0,15]", "--json");
        assertThat(o.keySet()).contains("expr", "minimum", "minimizers", "complete");
        assertThat(o.get("complete").getAsBoolean()).isTrue();
        // the minimum is 5/(4π) (closed form)
        BigDecimal min = new BigDecimal(new Apfloat(5, 40).divide(new Apfloat(4, 40).multiply(ApfloatMath.pi(40))).toString(true));
        assertThat(RootsCommandTest.contains(o.getAsJsonArray("minimum"), min)).isTrue();
        JsonArray boxes = o.getAsJsonArray("minimizers");
        assertThat(boxes).hasSize(3);
        BigDecimal pi = new BigDecimal(ApfloatMath.pi(40).toString(true));
        assertThat(boxes).anyMatch(b -> RootsCommandTest.contains(b.getAsJsonObject().getAsJsonArray("x"), pi)
                && RootsCommandTest.contains(b.getAsJsonObject().getAsJsonArray("y"), new BigDecimal("2.275")));
    }

    @Test
    void textAndErrors() {
        CliRun run = CliRun.of("minimize", "(x-0.5)^2 + 1", "--over", "x=[-1,1]");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("minimum    [1, 1").contains("0.5");
        CliRun bad = CliRun.of("minimize", "x*y", "--over", "x=[0,1]");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err()).startsWith("taylor minimize: ").contains("unknown variable 'y'");
        CliRun tol = CliRun.of("minimize", "x", "--over", "x=[0,1]", "--tol", "-1");
        assertThat(tol.status()).isEqualTo(1);
        assertThat(tol.err()).contains("tolerance");
        CliRun unbounded = CliRun.of("minimize", "x", "--over", "x=[0,inf]");
        assertThat(unbounded.status()).isEqualTo(1);
        assertThat(unbounded.err()).contains("bounded");
    }
}
