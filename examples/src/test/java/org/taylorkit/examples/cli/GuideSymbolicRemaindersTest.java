package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code --symbolic-remainders N} of {@code taylor integrate --validated}: the guide's LALO20 W = 0.1
 * command ({@code docs/guide/validated.md}, the one with {@code --symbolic-remainders}) runs as printed
 * — one piece, Taylor models of order 4, x4 &lt; 5 verified, with the verdict, status and piece lines of
 * the block shown after it — and its x4(20) holds the hull of x4(20) over the 3^7 grid
 * {centre − 0.1, centre, centre + 0.1}^7 of the box, [2.672001, 2.697506] (SciPy solve_ivp, rtol 1e-10,
 * atol 1e-12; computed for this test); bad values and combinations get clear errors.
 */
class GuideSymbolicRemaindersTest {

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    @Test
    void laubLoomisRunsAsTheGuideShows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent()
                .resolve("docs/guide/validated.md"), StandardCharsets.UTF_8);
        int m = 0;
        while (!(lines.get(m).strip().startsWith("$ ./taylor integrate") && lines.get(m).contains("--symbolic-remainders"))) {
            m++;
        }
        String command = lines.get(m).strip();
        List<String> args = GuideCheckWorkflowTest.words(command.substring("$ ./taylor ".length()));
        int open = m + 1;
        while (!lines.get(open).strip().equals("```text")) {
            open++;
        }
        List<String> shown = new ArrayList<>();
        for (int i = open + 1; !lines.get(i).strip().equals("```"); i++) {
            shown.add(lines.get(i).strip());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        List<String> printed = run.out().lines().map(String::strip).toList();
        List<String> claims = shown.stream().filter(l -> l.startsWith("check ") || l.startsWith("status:")
                || l.startsWith("method:")).toList();
        assertThat(claims).contains("status: completed", "method: taylor-model, pieces: 1");
        assertThat(printed.stream().filter(l -> l.startsWith("check ") || l.startsWith("status:")
                || l.startsWith("method:")).toList()).as(run.out()).isEqualTo(claims);
        String x4 = printed.stream().filter(l -> l.startsWith("x4 ")).findFirst().orElseThrow();
        String[] f = x4.split("\\s+");
        assertThat(new BigDecimal(f[1])).isLessThanOrEqualTo(new BigDecimal("2.672001"));
        assertThat(new BigDecimal(f[2])).isGreaterThanOrEqualTo(new BigDecimal("2.697506"));
        assertThat(new BigDecimal(f[2]).subtract(new BigDecimal(f[1]))).isLessThan(new BigDecimal("0.1"));
    }

    static final String[] ROTATION = {"integrate", "--validated", "--ode", "x' = y; y' = -x",
        "--init", "x=[0.9,1.1],y=[-0.1,0.1]", "--to", "1"};

    @Test
    void badQueueLengthsAndCombinationsGetClearErrors() {
        for (String n : new String[] {"-1", "x", "10001", "1.5"}) {
            assertThat(IntegrateFlowpipeTest.error(IntegratePresplitTest.concat(ROTATION, "--symbolic-remainders", n)))
                    .as(n).contains("--symbolic-remainders: N (the number of steps whose errors are kept symbolically) must"
                            + " be a whole number from 0 to 10000, got '" + n + "'");
        }
        assertThat(IntegrateFlowpipeTest.error(IntegratePresplitTest.concat(ROTATION, "--method", "lohner",
                "--symbolic-remainders", "10"))).contains("--symbolic-remainders refines the Taylor-model flow: it needs --method taylor-model");
        assertThat(IntegrateFlowpipeTest.error("integrate", "--ode", "x' = -x", "--init", "x=1", "--to", "1",
                "--symbolic-remainders", "10")).contains("--symbolic-remainders needs --validated");
    }

    @Test
    void aQueueOfZeroIsTheDefaultMethod() {
        CliRun plain = CliRun.of(IntegratePresplitTest.concat(ROTATION));
        CliRun zero = CliRun.of(IntegratePresplitTest.concat(ROTATION, "--symbolic-remainders", "0"));
        assertThat(zero.status()).as(zero.err()).isZero();
        assertThat(zero.out()).isEqualTo(plain.out());
    }
}
