package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code taylor integrate} contract: JSON keys, values against closed forms, files, and one-line errors. */
class IntegrateCommandTest {

    /** e to 60 digits (OEIS A001113). */
    static final BigDecimal E = new BigDecimal("2.71828182845904523536028747135266249775724709369995957496697");

    static final String LORENZ = "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z";

    /**
     * {@code TaylorCli.debug} is static and stays set after any in-process run with {@code --debug}
     * (another test class may do that): reset it so that errors are one line here.
     */
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
    void jsonHasTheContractKeys() {
        JsonObject o = json(CliRun.of("integrate", "--ode", LORENZ, "--init", "x=1,y=1,z=1",
                "--param", "sigma=10,rho=28,beta=8/3", "--from", "0", "--to", "1", "--json"));
        assertThat(o.keySet()).containsExactly("t", "state", "steps", "status");
        assertThat(o.get("t").getAsDouble()).isEqualTo(1.0);
        assertThat(o.getAsJsonObject("state").keySet()).containsExactly("x", "y", "z");
        assertThat(o.get("status").getAsString()).isEqualTo("completed");
        assertThat(o.get("steps").getAsInt()).isBetween(10, 60);
    }

    @Test
    void oscillatorAndParameterExpressionsAgainstClosedForms() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = v; v' = -w^2*x", "--init", "x=1,v=0",
                "--param", "w=sqrt(2)", "--to", "10*pi", "--json"));
        double w = Math.sqrt(2);
        double t = 10 * Math.PI;
        assertThat(o.get("t").getAsDouble()).isEqualTo(t);
        assertThat(o.getAsJsonObject("state").get("x").getAsDouble()).isCloseTo(Math.cos(w * t), within(1e-13));
        assertThat(o.getAsJsonObject("state").get("v").getAsDouble()).isCloseTo(-w * Math.sin(w * t), within(1e-13));
        JsonObject decay = json(CliRun.of("integrate", "--ode", "x' = -k*x", "--init", "x=2", "--param", "k=8/3",
                "--from", "1", "--to", "0", "--json"));
        assertThat(decay.getAsJsonObject("state").get("x").getAsDouble()).isCloseTo(2 * Math.exp(8.0 / 3), within(1e-13));
    }

    @Test
    void digitsGiveStrings() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = x", "--init", "x=1", "--to", "1", "--digits", "40", "--json"));
        assertThat(o.get("t").getAsJsonPrimitive().isString()).isTrue();
        assertThat(o.get("t").getAsString()).isEqualTo("1");
        // e = 2.71828182845904523536028747135266249775724709369995... (OEIS A001113), 40 digits
        String x = o.getAsJsonObject("state").get("x").getAsString();
        assertThat(x).hasSize(41); // 40 significant digits and the point
        assertThat(new BigDecimal(x).subtract(E).abs()).isLessThan(new BigDecimal("2e-39"));
    }

    @Test
    void blowUpIsAStatusNotAnError() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = x^2", "--init", "x=1", "--to", "2", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("blow-up");
        assertThat(o.get("t").getAsDouble()).isCloseTo(1.0, within(1e-12));
        CliRun human = CliRun.of("integrate", "--ode", "x' = x^2", "--init", "x=1", "--to", "2");
        assertThat(human.out()).contains("status: blow-up (step size underflow");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"up, 3", "down, 3", "both, 6"})
    void eventsWithDirections(String direction, int count) {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "20",
                "--event", "x", "--direction", direction, "--json"));
        JsonArray events = o.getAsJsonArray("events");
        assertThat(events).hasSize(count);
        double first = direction.equals("up") ? 1.5 * Math.PI : Math.PI / 2;
        JsonObject e0 = events.get(0).getAsJsonObject();
        assertThat(e0.keySet()).containsExactly("t", "state");
        assertThat(e0.get("t").getAsDouble()).isCloseTo(first, within(1e-14));
        assertThat(e0.getAsJsonObject("state").get("x").getAsDouble()).isCloseTo(0, within(1e-15));
    }

    @Test
    void terminalEventStops() {
        JsonObject o = json(CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "20",
                "--event", "x", "--direction", "up", "--terminal", "--json"));
        assertThat(o.get("status").getAsString()).isEqualTo("event");
        assertThat(o.get("t").getAsDouble()).isCloseTo(1.5 * Math.PI, within(1e-14));
        assertThat(o.getAsJsonArray("events")).hasSize(1);
        JsonObject p = json(CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "20",
                "--event", "x", "--terminal", "--digits", "30", "--json"));
        // π/2 = 1.5707963267948966192313216916397514… (π from OEIS A000796)
        assertThat(p.get("t").getAsString()).startsWith("1.57079632679489661923132169");
    }

    @Test
    void csvTrajectoryOnAGrid(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("traj.csv");
        CliRun run = CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "2",
                "--out", csv.toString(), "--every", "0.01");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + csv + " (201 rows)");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("t,x,v");
        assertThat(lines).hasSize(202);
        assertThat(lines.get(1)).isEqualTo("0.0,1.0,0.0");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            double t = Double.parseDouble(f[0]);
            assertThat(t).isCloseTo((i - 1) * 0.01, within(1e-12));
            assertThat(Double.parseDouble(f[1])).isCloseTo(Math.cos(t), within(1e-14));
        }
        Path digitsCsv = dir.resolve("d.csv");
        CliRun d = CliRun.of("integrate", "--ode", "x' = x", "--init", "x=1", "--to", "1", "--digits", "25",
                "--out", digitsCsv.toString(), "--every", "0.5");
        assertThat(d.status()).as(d.err()).isZero();
        List<String> dl = Files.readAllLines(digitsCsv);
        assertThat(dl).hasSize(4);
        assertThat(dl.subList(0, 2)).containsExactly("t,x", "0,1");
        // e^0.5 = 1.6487212707001281468486507878… (the square root of e), e = 2.7182818284590452353602874…:
        // the 25-digit values agree to a unit or two in the last place
        assertThat(dl.get(2)).startsWith("0.5,");
        assertThat(new BigDecimal(dl.get(2).substring(4)).subtract(new BigDecimal("1.6487212707001281468486507878")).abs())
                .isLessThan(new BigDecimal("3e-24"));
        assertThat(dl.get(3)).startsWith("1,");
        assertThat(new BigDecimal(dl.get(3).substring(2)).subtract(E).abs()).isLessThan(new BigDecimal("3e-24"));
    }

    @Test
    void plotIsAPngWithAxes(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("lorenz.png");
        CliRun run = CliRun.of("integrate", "--ode", LORENZ, "--init", "x=1,y=1,z=1", "--param", "sigma=10,rho=28,beta=8/3",
                "--to", "5", "--plot", png.toString(), "--axes", "x,z");
        assertThat(run.status()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(750);
        Path all = dir.resolve("all.png");
        assertThat(CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "5",
                "--plot", all.toString()).status()).isZero();
        assertThat(Files.size(all)).isPositive();
    }

    @Test
    void humanSummary() {
        CliRun run = CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "1", "--event", "v");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("status: completed\nt = 1.0  (double)\n");
        assertThat(run.out()).contains("variable  value").contains("steps: 1, order 20").contains("events: 0");
    }

    @Test
    void stepLimitAndDomainErrorsAreStatuses() {
        JsonObject max = json(CliRun.of("integrate", "--ode", "x' = v; v' = -x", "--init", "x=1,v=0", "--to", "100",
                "--max-steps", "3", "--json"));
        assertThat(max.get("status").getAsString()).isEqualTo("max-steps");
        assertThat(max.get("steps").getAsInt()).isEqualTo(3);
        JsonObject nan = json(CliRun.of("integrate", "--ode", "x' = log(x)", "--init", "x=-1", "--to", "1", "--json"));
        assertThat(nan.get("status").getAsString()).isEqualTo("non-finite");
        JsonObject ap = json(CliRun.of("integrate", "--ode", "x' = log(x)", "--init", "x=-1", "--to", "1", "--digits", "20", "--json"));
        assertThat(ap.get("status").getAsString()).isEqualTo("non-finite");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "x' = s*y; y' = -x | unknown symbol 's' in equation 1 | --init | x=1,y=0",
        "x' = y; y' = -x | --init: no initial value for y | --init | x=1",
        "x' = y; y' = -x | --init: 'z' is not a state variable | --init | x=1,y=0,z=2",
        "x' = y; y' = -x*(1 | column 19: expected ')' but found end of input | --init | x=1,y=0",
        "x' = y; x' = -x | duplicate equation for x' (equations 1 and 2) | --init | x=1",
        "x = y | expected NAME' = EXPRESSION | --init | x=1",
        "x' = y; y' = -x | --direction and --terminal need --event | --terminal | ",
        "x' = y; y' = -x | --axes needs --plot | --axes | x,y",
    })
    void errorsAreOneLineOnStderr(String ode, String message, String option, String value) {
        List<String> args = new java.util.ArrayList<>(List.of("integrate", "--ode", ode, "--to", "1"));
        if (!option.equals("--init")) {
            args.addAll(List.of("--init", "x=1,y=0"));
        }
        args.add(option);
        if (value != null) {
            args.add(value);
        }
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).startsWith("taylor integrate: ").contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badDirectionAndMissingOptions() {
        CliRun run = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1", "--event", "x", "--direction", "sideways");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("direction must be up, down or both");
        CliRun missing = CliRun.of("integrate", "--ode", "x' = -x", "--init", "x=1");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--to");
    }
}
