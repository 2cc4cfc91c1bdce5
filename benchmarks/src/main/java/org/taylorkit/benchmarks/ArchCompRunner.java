package org.taylorkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.taylorkit.ode.reach.PropertyCheck;

/**
 * Runs the ARCH-COMP NLN instances ({@link ArchCompInstance#all()}) once each, in one JVM, and
 * prints a Markdown table: method, status, pieces, steps, wall time, the process CPU time over the run
 * (all threads, JIT compilation included), the verdict of every property and the final width of the
 * reported metric, with the date and the load average of the machine. Usage:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.taylorkit.benchmarks.ArchCompRunner [--pieces N] [--order K] [--tm-order Q] [NAME ...]
 * </pre>
 * (names as in the table, e.g. "VDP mu=1"; default all; {@code --order}, {@code --tm-order}: the
 * Taylor-model flow's orders in time and in the deviations as in {@code taylor integrate}, default
 * the CLI's). Times are single wall-clock runs on a shared
 * machine and include JIT warm-up of the first instance; they are indications, not JMH figures
 * ({@link ArchCompBenchmark} measures one instance properly).
 */
public final class ArchCompRunner {

    private ArchCompRunner() {
    }

    /** Runs the instances and prints the table. */
    public static void main(String[] args) throws IOException {
        int pieces = 64;
        int order = 0;
        int tmOrder = 0;
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--pieces".equals(args[i])) {
                pieces = Integer.parseInt(args[++i]);
            } else if ("--order".equals(args[i])) {
                order = Integer.parseInt(args[++i]);
            } else if ("--tm-order".equals(args[i])) {
                tmOrder = Integer.parseInt(args[++i]);
            } else {
                names.add(args[i]);
            }
        }
        List<ArchCompInstance> instances = names.isEmpty() ? ArchCompInstance.all()
                : names.stream().map(ArchCompInstance::named).toList();
        System.out.println("ours measured on this machine on " + java.time.Instant.now().toString().substring(0, 16)
                + " UTC, load " + load() + ", " + Runtime.getRuntime().availableProcessors() + " cores, split budget "
                + pieces + " pieces" + (order > 0 ? ", order " + order : "") + (tmOrder > 0 ? ", TM order " + tmOrder : ""));
        System.out.println();
        System.out.println("| instance | method | status | pieces | steps | time (s) | CPU (s) | properties | metric width |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (ArchCompInstance in : instances) {
            ArchCompRun r;
            long cpu0 = processCpuNanos();
            try {
                r = ArchCompRun.of(in, pieces, order, tmOrder);
            } catch (RuntimeException e) {
                System.out.println("| " + in.name() + " | | error: " + e.getMessage() + " | | | | | | |");
                continue;
            }
            double cpu = (processCpuNanos() - cpu0) * 1e-9;
            StringBuilder checks = new StringBuilder();
            for (PropertyCheck c : r.checks()) {
                checks.append(checks.length() == 0 ? "" : "; ").append(c.property().text()).append(": ").append(c.verdict().label());
            }
            String status = r.status().startsWith("completed") ? "completed"
                    : "failed at t = " + String.format(Locale.ROOT, "%.3g", r.t());
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %d | %.2f | %.2f | %s | %s |%n", in.name(), r.method(), status,
                    r.pieces(), r.steps(), r.seconds(), cpu, checks.length() == 0 ? "(none)" : checks,
                    Double.isNaN(r.metricWidth()) ? "" : in.metric() + ": " + String.format(Locale.ROOT, "%.3g", r.metricWidth()));
            if (!r.status().startsWith("completed")) {
                System.err.println(in.name() + ": " + r.status());
            }
        }
    }

    /** CPU time of this process so far (all threads), or 0 where the JVM does not report it. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return Math.max(0, sun.getProcessCpuTime());
        }
        return 0;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
