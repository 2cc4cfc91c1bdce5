package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.ensemble.BoxSampler;

/** {@code taylor ensemble}: the contract of issue 18 (options, CSV columns, JSON keys, bad input). */
class EnsembleCommandTest {

    static final String LORENZ = "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z";

    @TempDir
    Path dir;

    @Test
    void sampledMembersAreWrittenInOrderAndEqualSingleRunsBitForBit() throws IOException {
        Path out = dir.resolve("cloud.csv");
        CliRun r = CliRun.of("ensemble", "--ode", LORENZ, "--sample", "x=[-1,1],y=[-1,1],z=[20,30]", "--count", "50",
                "--seed", "7", "--param", "sigma=10,rho=28,beta=8/3", "--to", "2", "--event", "z - 27", "--threads", "2",
                "--out", out.toString(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.keySet()).containsExactly("members", "completed", "statuses", "seconds", "threads");
        assertThat(o.get("members").getAsLong()).isEqualTo(50);
        assertThat(o.get("completed").getAsLong()).isEqualTo(50);
        assertThat(o.getAsJsonObject("statuses").get("completed").getAsLong()).isEqualTo(50);
        assertThat(o.get("threads").getAsInt()).isEqualTo(2);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("index,status,t,x,y,z,event_t");
        assertThat(lines).hasSize(51);
        // the reference: the same sample (BoxSampler, seed 7) integrated alone with TaylorIntegrator
        TaylorIntegrator single = TaylorIntegrator.builder(OdeSystem.parse(LORENZ, java.util.Set.of("sigma", "rho", "beta")))
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).event("z - 27",
                        org.taylorkit.ode.Direction.BOTH, false).build();
        BoxSampler sampler = new BoxSampler(new double[] {-1, -1, 20}, new double[] {1, 1, 30}, 7);
        for (int i = 0; i < 50; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(Integer.toString(i));
            assertThat(cells[1]).isEqualTo("completed");
            OdeSolution s = single.integrate(0, sampler.sample(i), 2);
            for (int k = 0; k < 3; k++) {
                assertThat(Double.parseDouble(cells[3 + k])).as("member %d, %s", i, "xyz".charAt(k)).isEqualTo(s.state(k));
            }
            assertThat(cells[6]).isEqualTo(s.events().isEmpty() ? "" : ShortestDecimal.format(s.events().get(0).t()));
        }
    }

    @Test
    void initsMayCarryParametersAndTheEventTimeStopsTerminalMembers() throws IOException {
        // x'' = -w² x from (1, 0): x = cos wt reaches x = 0 going down at t = π/(2w) (closed form)
        Path in = dir.resolve("members.csv");
        Files.writeString(in, "x,y,w\n1,0,1\n\n1,0,2\n1,0,0.5\n");
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("ensemble", "--ode", "x' = y; y' = -w^2*x", "--inits", in.toString(), "--to", "10",
                "--event", "x", "--direction", "down", "--terminal", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("members: 3 (event 3)");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("index,status,t,x,y,event_t");
        double[] w = {1, 2, 0.5};
        for (int i = 0; i < 3; i++) {
            String[] cells = lines.get(i + 1).split(",");
            assertThat(cells[1]).isEqualTo("event");
            assertThat(Double.parseDouble(cells[5])).isCloseTo(Math.PI / (2 * w[i]), org.assertj.core.data.Offset.offset(1e-13));
        }
    }

    @Test
    void aBadRowIsReportedWithItsLineNumberAndNothingRuns() throws IOException {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, "x,y\n1,0\n2,0\n3,zero\n4,0\n");
        Path out = dir.resolve("never.csv");
        CliRun r = CliRun.of("ensemble", "--ode", "x' = y; y' = -x", "--inits", in.toString(), "--to", "1", "--out", out.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("taylor ensemble: --inits " + in + ": line 4, column y: 'zero' is not a number");
        assertThat(out).doesNotExist();

        Files.writeString(in, "x,y\n1,0\n2\n");
        r = CliRun.of("ensemble", "--ode", "x' = y; y' = -x", "--inits", in.toString(), "--to", "1");
        assertThat(r.err().strip()).isEqualTo("taylor ensemble: --inits " + in + ": line 3: expected 2 values (x,y), got 1");

        Files.writeString(in, "x\n1\n");
        r = CliRun.of("ensemble", "--ode", "x' = y; y' = -x", "--inits", in.toString(), "--to", "1");
        assertThat(r.err().strip()).isEqualTo("taylor ensemble: --inits " + in + ": line 1: no value for state variable y (state: x, y)");
    }

    @Test
    void digitsRunsInApfloat() throws IOException {
        Path in = dir.resolve("members.csv");
        Files.writeString(in, "x,y\n1,0\n0.1,0\n");
        Path out = dir.resolve("out.csv");
        CliRun r = CliRun.of("ensemble", "--ode", "x' = y; y' = -x", "--inits", in.toString(), "--to", "1", "--digits", "30",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        // cos 1 = 0.540302305868139717400936607442976603732… (DLMF 4.14 / any 30-digit table)
        assertThat(lines.get(1)).startsWith("0,completed,1,0.5403023058681397174009366074");
        assertThat(lines.get(2)).startsWith("1,completed,1,0.05403023058681397174009366074");
    }

    @Test
    void optionMistakesAreNamed() {
        assertThat(CliRun.of("ensemble", "--ode", "x' = -x", "--to", "1").err())
                .contains("exactly one of --inits FILE.csv and --sample BOX --count N");
        assertThat(CliRun.of("ensemble", "--ode", "x' = -x", "--to", "1", "--sample", "x=[0,1]").err())
                .contains("--sample needs --count N");
        assertThat(CliRun.of("ensemble", "--ode", "x' = -k*x", "--to", "1", "--sample", "x=[0,1]", "--count", "3").err())
                .contains("--ode: ").contains("unknown symbol");
        assertThat(CliRun.of("ensemble", "--ode", "x' = -x", "--to", "1", "--sample", "x=[2,1]", "--count", "3").err())
                .contains("--sample: value of x ('[2,1]'): the lower end exceeds the upper");
        assertThat(CliRun.of("ensemble", "--ode", "x' = -x", "--to", "1", "--sample", "x=[0,1],q=[0,1]", "--count", "3").err())
                .contains("--sample: 'q' is neither a state variable (x) nor a parameter of the equations");
    }
}
