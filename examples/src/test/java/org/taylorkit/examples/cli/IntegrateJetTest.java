package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code taylor integrate --jet} contract: JSON keys and shapes, values against closed forms, errors. */
class IntegrateJetTest {

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    static JsonObject json(CliRun run) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void rotationStmIsTheRotationMatrix() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = w*y; y' = -w*x", "--init", "x=1,y=0", "--param", "w=2",
                "--to", "1.3", "--jet", "1", "--json"));
        assertThat(o.keySet()).contains("t", "state", "steps", "status", "jet", "stm");
        JsonArray stm = o.getAsJsonArray("stm");
        double c = Math.cos(2.6);
        double s = Math.sin(2.6);
        double[][] expected = {{c, s}, {-s, c}};
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(stm.get(i).getAsJsonArray().get(j).getAsDouble()).isCloseTo(expected[i][j], within(1e-13));
            }
        }
        JsonArray x = o.getAsJsonObject("jet").getAsJsonArray("x");
        assertThat(x).hasSize(3); // 1, δx, δy
        assertThat(x.get(0).getAsJsonObject().getAsJsonArray("exponents").toString()).isEqualTo("[0,0]");
        assertThat(x.get(1).getAsJsonObject().getAsJsonArray("exponents").toString()).isEqualTo("[1,0]");
        assertThat(x.get(2).getAsJsonObject().getAsJsonArray("exponents").toString()).isEqualTo("[0,1]");
        assertThat(x.get(0).getAsJsonObject().get("value").getAsDouble()).isCloseTo(c, within(1e-13));
        assertThat(x.get(2).getAsJsonObject().get("value").getAsDouble()).isCloseTo(s, within(1e-13));
    }

    @Test
    void secondOrderJetInOneVariableOfRiccati() {
        // x' = x², x(t) = x0/(1 - x0 t): coefficients of δ: 1/(1-x0 t)², and t/(1-x0 t)³ for δ²
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = x^2; y' = -y", "--init", "x=0.5,y=1", "--to", "1",
                "--jet", "2", "--jet-vars", "x", "--json"));
        JsonArray x = o.getAsJsonObject("jet").getAsJsonArray("x");
        assertThat(x).hasSize(3);
        double u = 0.5;
        assertThat(x.get(0).getAsJsonObject().get("value").getAsDouble()).isCloseTo(0.5 / u, within(1e-14));
        assertThat(x.get(1).getAsJsonObject().get("value").getAsDouble()).isCloseTo(1 / (u * u), within(1e-13));
        assertThat(x.get(2).getAsJsonObject().get("value").getAsDouble()).isCloseTo(1 / (u * u * u), within(1e-12));
        assertThat(x.get(2).getAsJsonObject().getAsJsonArray("exponents").toString()).isEqualTo("[2]");
        JsonArray stm = o.getAsJsonArray("stm");
        assertThat(stm).hasSize(2);
        assertThat(stm.get(0).getAsJsonArray()).hasSize(1);
        assertThat(stm.get(1).getAsJsonArray().get(0).getAsDouble()).isEqualTo(0.0); // y does not depend on x0
    }

    @Test
    void orderZeroHasNoStmAndSummaryShowsTheMatrix() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "0", "--json"));
        assertThat(o.has("stm")).isFalse();
        assertThat(o.getAsJsonObject("jet").getAsJsonArray("x")).hasSize(1);
        CliRun r = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "1");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("state-transition matrix").contains("d/dx0").contains("0.36787944117144");
    }

    @Test
    void errorsAreOneLine() {
        CliRun bad = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "1", "--jet-vars", "q");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("taylor integrate: --jet-vars: 'q' is not a state variable (state: x)");
        CliRun both = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "1", "--digits", "30");
        assertThat(both.status()).isEqualTo(1);
        assertThat(both.err()).contains("--jet cannot be combined with --digits");
        CliRun noJet = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet-vars", "x");
        assertThat(noJet.status()).isEqualTo(1);
        assertThat(noJet.err()).contains("--jet-vars needs --jet K");
        assertThat(noJet.err().lines().count()).isEqualTo(1);
    }

    /**
     * --jet-tol: the jet at its own, looser tolerance still gives the rotation's STM (cos, sin) to that
     * tolerance, the state to the state's; it only applies to the variational path, and its errors name it.
     */
    @Test
    void jetToleranceLoosensOnlyTheJet() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = w*y; y' = -w*x", "--init", "x=1,y=0", "--param", "w=2",
                "--to", "1.3", "--tol", "1e-15", "--jet", "1", "--jet-tol", "1e-8", "--json"));
        double c = Math.cos(2.6);
        double s = Math.sin(2.6);
        assertThat(o.getAsJsonObject("state").get("x").getAsDouble()).isCloseTo(c, within(1e-14));
        JsonArray stm = o.getAsJsonArray("stm");
        assertThat(stm.get(0).getAsJsonArray().get(1).getAsDouble()).isCloseTo(s, within(1e-7));
        assertThat(stm.get(1).getAsJsonArray().get(0).getAsDouble()).isCloseTo(-s, within(1e-7));
        JsonObject full = json(CliRun.of("integrate", "--ode", "x' = w*y; y' = -w*x", "--init", "x=1,y=0", "--param", "w=2",
                "--to", "1.3", "--tol", "1e-15", "--jet", "1", "--json"));
        double fullStm = full.getAsJsonArray("stm").get(0).getAsJsonArray().get(0).getAsDouble();
        assertThat(fullStm).isCloseTo(c, within(1e-15)); // the jet at the state's tolerance
        assertThat(stm.get(0).getAsJsonArray().get(0).getAsDouble()).as("the looser jet is a different computation")
                .isNotEqualTo(fullStm).isCloseTo(c, within(1e-8));
        CliRun noJet = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet-tol", "1e-8");
        assertThat(noJet.status()).isNotZero();
        assertThat(noJet.err()).contains("--jet-tol needs --jet K");
        CliRun bad = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "1", "--jet-tol", "-1");
        assertThat(bad.err()).contains("--jet-tol must be positive, got -1");
        CliRun high = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--jet", "5", "--jet-tol", "1e-8");
        assertThat(high.status()).isNotZero();
        assertThat(high.err()).contains("--jet-tol applies to jets integrated through the variational equations")
                .contains("this jet has order 5");
    }
}
