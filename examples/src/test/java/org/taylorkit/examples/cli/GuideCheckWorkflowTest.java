package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --check} workflow of the guide ({@code docs/guide/validated.md}, section "Sets, flowpipes
 * and safety properties") runs as printed: the command after the marker comment is run in-process
 * (its output files redirected to a temporary directory), and the verdicts, status and method lines
 * of the output block that follows it must be what it prints. This is also the end-to-end test of
 * the ARCH-COMP Van der Pol μ = 1 property y < 2.75 on [0, 7]: {@code verified}.
 */
class GuideCheckWorkflowTest {

    static final String MARKER = "<!-- the command below is run by GuideCheckWorkflowTest";

    @TempDir
    Path dir;

    @BeforeEach
    void noDebug() {
        TaylorCli.debug = false;
    }

    /** Splits a shell command line into words (double quotes group, no escapes needed in the guide). */
    static List<String> words(String line) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    w.add(cur.toString());
                }
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            w.add(cur.toString());
        }
        return w;
    }

    @Test
    void vanDerPolIsVerifiedAsTheGuideShows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("docs/guide/validated.md"), StandardCharsets.UTF_8);
        int m = 0;
        while (!lines.get(m).startsWith(MARKER)) {
            m++;
        }
        String command = lines.get(m + 2);
        assertThat(command).startsWith("$ ./taylor integrate --validated");
        List<String> args = new ArrayList<>(words(command.substring("$ ./taylor ".length())));
        List<String[]> renamed = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--flowpipe") || args.get(i).equals("--plot")) {
                String tmp = dir.resolve(args.get(i + 1)).toString();
                renamed.add(new String[] {tmp, args.get(i + 1)});
                args.set(i + 1, tmp);
            }
        }
        int open = m + 3;
        while (!lines.get(open).strip().equals("```text")) {
            open++;
        }
        List<String> shown = new ArrayList<>();
        for (int i = open + 1; !lines.get(i).strip().equals("```"); i++) {
            shown.add(lines.get(i));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        String out = run.out();
        for (String[] r : renamed) {
            out = out.replace(r[0], r[1]);
        }
        List<String> printed = out.lines().toList();
        // verdicts, status and the files: exactly as shown (the enclosure digits may move with the engine)
        List<String> claims = shown.stream().filter(l -> l.startsWith("check ") || l.startsWith("status:"))
                .map(GuideCheckWorkflowTest::verdictOnly).toList();
        assertThat(claims).isNotEmpty().anyMatch(l -> l.equals("check y < 2.75: verified"));
        assertThat(printed).anyMatch(l -> l.startsWith("method: taylor-model, pieces: "));
        assertThat(printed.stream().filter(l -> l.startsWith("check ") || l.startsWith("status:"))
                .map(GuideCheckWorkflowTest::verdictOnly).toList()).as(out).isEqualTo(claims);
        assertThat(printed).anyMatch(l -> l.startsWith("wrote vdp.csv (")).contains("wrote vdp.png");
        assertThat(Files.size(dir.resolve("vdp.png"))).isGreaterThan(10_000);
        assertThat(Files.readAllLines(dir.resolve("vdp.csv")).get(0)).isEqualTo("piece,t_lo,t_hi,x_lo,x_hi,y_lo,y_hi");
    }

    /** A check line up to its verdict ("check y < 2.75: verified"); other lines as they are. */
    static String verdictOnly(String line) {
        int paren = line.startsWith("check ") ? line.indexOf(" (", line.lastIndexOf(": ")) : -1;
        return paren < 0 ? line : line.substring(0, paren);
    }
}
