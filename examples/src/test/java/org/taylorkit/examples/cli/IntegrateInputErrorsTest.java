package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a new user makes with {@code taylor integrate} (and the other commands that share its options
 * or its output files): each is refused before any integration with one line on standard error that names
 * the option, quotes the value and says what to do.
 */
class IntegrateInputErrorsTest {

    static final String OSC = "x' = -y; y' = x";

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    /** Asserts status 1, nothing on standard output and one line on standard error; returns that line. */
    static String oneLineError(CliRun run, String command) {
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).startsWith("taylor " + command + ": ");
        return run.err().strip();
    }

    @Test
    void maxStepsBelowOneNamesTheOption() {
        for (String[] extra : new String[][] {{}, {"--validated"}, {"--digits", "20"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("integrate", "--ode", OSC,
                    "--init", "x=1,y=0", "--to", "1", "--max-steps", "0"));
            args.addAll(java.util.List.of(extra));
            assertThat(oneLineError(CliRun.of(args.toArray(new String[0])), "integrate"))
                    .isEqualTo("taylor integrate: --max-steps must be at least 1, got 0"
                            + " (leave it out for the default of 10000000 steps)");
        }
        assertThat(oneLineError(CliRun.of("ensemble", "--ode", OSC, "--sample", "x=[0,1],y=0", "--count", "2", "--to", "1",
                "--max-steps", "-5"), "ensemble")).contains("--max-steps must be at least 1, got -5").doesNotContain("maxSteps");
    }

    @Test
    void unbalancedBracketsInInitAreNamedNotAMissingVariable() {
        assertThat(oneLineError(CliRun.of("integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=[-1,1,y=0",
                "--to", "1"), "integrate"))
                .isEqualTo("taylor integrate: --init: unbalanced brackets in 'x=[-1,1,y=0' (a missing ']')");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = y; y' = -x", "--init", "x=1],y=0", "--to", "1"),
                "integrate")).isEqualTo("taylor integrate: --init: unbalanced brackets in 'x=1],y=0' (a stray ']')");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = y; y' = -x", "--init", "x=1,y=cos(0))", "--to", "1"),
                "integrate")).isEqualTo("taylor integrate: --init: unbalanced brackets in 'x=1,y=cos(0))' (a stray ')')");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = a*y; y' = -x", "--init", "x=1,y=0", "--param", "a=(2",
                "--to", "1"), "integrate")).isEqualTo("taylor integrate: --param: unbalanced brackets in 'a=(2' (a missing ')')");
        // the same check, from the same place, for the --over of enclose
        assertThat(oneLineError(CliRun.of("enclose", "x^2", "--over", "x=[-1,2"), "enclose"))
                .isEqualTo("taylor enclose: --over: unbalanced brackets in 'x=[-1,2' (a missing ']')");
    }

    @Test
    void anIntervalWithoutValidatedSaysToAddIt() {
        String hint = " is an interval: add --validated to integrate every solution from the box"
                + " (or use taylor ensemble for samples)";
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = y; y' = -x", "--init", "x=[0,1],y=0", "--to", "1"),
                "integrate")).isEqualTo("taylor integrate: --init: x=[0,1]" + hint);
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = y; y' = -x", "--init", "x=1,y=[0, 1]", "--to", "1",
                "--digits", "20"), "integrate")).isEqualTo("taylor integrate: --init: y=[0, 1]" + hint);
        assertThat(oneLineError(CliRun.of("integrate", "--ode", "x' = a*y; y' = -x", "--init", "x=1,y=0", "--param",
                "a=[1,2]", "--to", "1"), "integrate")).isEqualTo("taylor integrate: --param: a=[1,2]" + hint);
        // with --validated the same --init runs
        CliRun box = CliRun.of("integrate", "--validated", "--ode", "x' = y; y' = -x", "--init", "x=[0,1],y=0", "--to", "1");
        assertThat(box.status()).as(box.err()).isZero();
    }

    @Test
    void anUnwritableOutputFileIsNamedWithItsOptionAndTheReason(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nonexistent");
        String csv = missing.resolve("x.csv").toString();
        String png = missing.resolve("x.png").toString();
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv),
                "integrate")).isEqualTo("taylor integrate: --out: cannot write " + csv + " (no such directory)");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--plot", png),
                "integrate")).isEqualTo("taylor integrate: --plot: cannot write " + png + " (no such directory)");
        assertThat(oneLineError(CliRun.of("integrate", "--validated", "--ode", OSC, "--init", "x=1,y=0", "--to", "1",
                "--flowpipe", csv), "integrate")).isEqualTo("taylor integrate: --flowpipe: cannot write " + csv + " (no such directory)");
        assertThat(oneLineError(CliRun.of("integrate", "--validated", "--ode", OSC, "--init", "x=1,y=0", "--to", "1",
                "--plot", png, "--axes", "x,y"), "integrate"))
                .isEqualTo("taylor integrate: --plot: cannot write " + png + " (no such directory)");
        assertThat(oneLineError(CliRun.of("ensemble", "--ode", OSC, "--sample", "x=[0,1],y=0", "--count", "2", "--to", "1",
                "--out", csv), "ensemble")).isEqualTo("taylor ensemble: --out: cannot write " + csv + " (no such directory)");
        // a directory given as the file
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", sub.toString()),
                "integrate")).isEqualTo("taylor integrate: --out: cannot write " + sub + " (it is a directory)");
    }

    @Test
    void aWriteThatFailsAfterTheCheckGivesTheReasonOfTheExceptionType(@TempDir Path dir) {
        // the directory goes away between the check and the write: Files (NoSuchFileException, whose message is
        // the bare path) and FileOutputStream, as the PNG writer uses (FileNotFoundException "<path> (No such ...)")
        java.io.File f = dir.resolve("gone").resolve("x.csv").toFile();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFiles.write("--out", f, () -> Files.newBufferedWriter(f.toPath())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--out: cannot write " + f + " (no such directory)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutputFiles.write("--plot", f, () -> new java.io.FileOutputStream(f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--plot: cannot write " + f + " (no such directory)");
    }

    @Test
    void everyMustBePositiveAndGiveAtMostTheRowLimit(@TempDir Path dir) {
        String csv = dir.resolve("a.csv").toString();
        for (String bad : new String[] {"0", "-0.1"}) {
            assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv,
                    "--every", bad), "integrate")).isEqualTo("taylor integrate: --every must be a positive time step, got " + bad
                    + " (rows at --from, --from + DT, ... up to --to; leave it out for 10000 rows)");
        }
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv,
                "--every", "1e400"), "integrate")).startsWith("taylor integrate: --every must be a positive time step, got 1e400"
                + " (Infinity in double)");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv,
                "--every", "1/0"), "integrate")).isEqualTo("taylor integrate: --every: division by zero: 1.0 / 0 in '1/0'");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv,
                "--every", "1e-9"), "integrate")).isEqualTo("taylor integrate: --every 1e-9 gives 1000000001 rows from --from"
                + " to --to, more than the limit of 1000000: choose a larger --every such as 2e-6");
        assertThat(oneLineError(CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--plot",
                dir.resolve("a.png").toString(), "--every", "1e-9", "--digits", "20"), "integrate"))
                .contains("--every 1e-9 gives 1000000001 rows");
        assertThat(Files.exists(Path.of(csv))).isFalse();
        // at the limit it runs: [0, 1] every 1e-6 is 1000001 rows... one too many; every 2e-6 gives 500001
        CliRun ok = CliRun.of("integrate", "--ode", OSC, "--init", "x=1,y=0", "--to", "1", "--out", csv, "--every", "2e-6");
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("wrote " + csv + " (500001 rows)");
    }
}
