package org.taylorkit.interval.itf1788;

import org.taylorkit.interval.Interval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies of the ITF1788 run, per file and per operation: run (implemented vectors), contained,
 * tight, worst width in ulps beyond the tightest result, failed, not implemented. Rendered as a
 * Markdown table ({@link #render()}).
 */
final class ItlReport {

    /** Counts for one row. */
    static final class Tally {
        long run;
        long contained;
        long tight;
        long failed;
        long notImplemented;
        long worstUlps;
        String worstExample = "";

        void add(ItlOutcome o) {
            switch (o.status()) {
                case NOT_IMPLEMENTED:
                    notImplemented++;
                    return;
                case FAILED:
                    run++;
                    failed++;
                    return;
                case TIGHT:
                    run++;
                    contained++;
                    tight++;
                    return;
                default:
                    run++;
                    contained++;
                    if (o.ulps() > worstUlps || worstExample.isEmpty()) {
                        worstExample = o.message();
                    }
                    worstUlps = Math.max(worstUlps, o.ulps());
            }
        }

        void addAll(Tally t) {
            run += t.run;
            contained += t.contained;
            tight += t.tight;
            failed += t.failed;
            notImplemented += t.notImplemented;
            worstUlps = Math.max(worstUlps, t.worstUlps);
        }
    }

    private final Map<String, Tally> perFile = new TreeMap<>();
    private final Map<String, Tally> perOperation = new TreeMap<>();
    /** Every vector that is contained but not tightest, per operation (for target/itf1788-not-tight.txt). */
    private final Map<String, java.util.List<String>> notTight = new TreeMap<>();

    synchronized void record(ItlVector v, ItlOutcome o) {
        perFile.computeIfAbsent(v.file(), k -> new Tally()).add(o);
        perOperation.computeIfAbsent(ItlOperations.key(v), k -> new Tally()).add(o);
        if (o.status() == ItlOutcome.Status.CONTAINED) {
            notTight.computeIfAbsent(ItlOperations.key(v), k -> new java.util.ArrayList<>())
                    .add((o.ulps() == ItlOutcome.UNBOUNDED ? "∞" : Long.toString(o.ulps())) + " ulps: " + o.message());
        }
    }

    synchronized Tally total() {
        Tally t = new Tally();
        perFile.values().forEach(t::addAll);
        return t;
    }

    /** The worst width in ulps beyond the tightest, per operation. */
    synchronized Map<String, Long> widest() {
        Map<String, Long> m = new TreeMap<>();
        perOperation.forEach((op, t) -> m.put(op, t.worstUlps));
        return m;
    }

    synchronized String render() {
        StringBuilder b = new StringBuilder();
        Tally total = total();
        b.append("# ITF1788 run (oheim/ITF1788, double Interval)\n\n");
        b.append(String.format("%d vectors: %d run, %d contained, %d tight (%.2f %% of run), %d failed, %d not implemented%n%n",
                total.run + total.notImplemented, total.run, total.contained, total.tight,
                total.run == 0 ? 0.0 : 100.0 * total.tight / total.run, total.failed, total.notImplemented));
        table(b, "file", perFile, total);
        b.append('\n');
        table(b, "operation", perOperation, total);
        b.append("\nWidest result per operation that is not tightest:\n\n");
        perOperation.forEach((name, t) -> {
            if (!t.worstExample.isEmpty()) {
                b.append("- ").append(name).append(": ").append(t.worstExample).append('\n');
            }
        });
        return b.toString();
    }

    private static void table(StringBuilder b, String what, Map<String, Tally> rows, Tally total) {
        b.append("| ").append(what).append(" | run | contained | tight | worst ulps | failed | not implemented |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((name, t) -> row(b, name, t));
        row(b, "**total**", total);
    }

    private static void row(StringBuilder b, String name, Tally t) {
        String worst = t.worstUlps == ItlOutcome.UNBOUNDED ? "∞" : Long.toString(t.worstUlps);
        b.append(String.format("| %s | %d | %d | %d | %s | %d | %d |%n", name, t.run, t.contained, t.tight, worst,
                t.failed, t.notImplemented));
    }

    /** Prints the report and writes it to {@code target/itf1788-report.md}. */
    void publish() {
        String text = render();
        System.out.println(text);
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve("itf1788-report.md"), text, StandardCharsets.UTF_8);
            StringBuilder list = new StringBuilder();
            synchronized (this) {
                notTight.forEach((op, lines) -> lines.forEach(l -> list.append(op).append(": ").append(l).append('\n')));
            }
            Files.writeString(target.resolve("itf1788-not-tight.txt"), list.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
