package org.taylorkit.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.taylorkit.ode.ensemble.BoxSampler;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.Ensemble;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;

/**
 * Not a test: a harness (issue 18) timing the Spark job in {@code local[2]} against the local
 * ensemble on 2 threads, on the same Lorenz members (box x, y ∈ [−1, 1], z ∈ [20, 30], to t = 5),
 * interleaved round by round; the Spark job writes to the {@code noop} sink so that only the
 * integration and Spark's own machinery are timed. Run with the test class path, Spark's
 * {@code --add-opens} flags (spark/pom.xml) and {@code [members] [rounds]}.
 */
public final class SparkOverheadBenchmark {

    private SparkOverheadBenchmark() {
    }

    /** Runs the comparison. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        EnsembleSpec spec = EnsembleSpec.of("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", "0", "5")
                .withParameter("sigma", "10").withParameter("rho", "28").withParameter("beta", "8/3");
        BoxSampler box = new BoxSampler(new double[] {-1, -1, 20}, new double[] {1, 1, 30}, 18);
        SparkSession spark = SparkSession.builder().master("local[2]").appName("overhead")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Runnable local = () -> Ensemble.builder(DoubleMemberRunner.factory(spec)).threads(2).build()
                .run(n, i -> Member.of(box.sample(i)), (i, m, r) -> { });
        Runnable onSpark = () -> SparkEnsemble.run(spec, MemberKind.POINTS,
                SparkEnsemble.sample(spark, List.of("x", "y", "z"), box, n, 2)).write().format("noop").mode("overwrite").save();
        local.run();
        onSpark.run();
        double[] tl = new double[rounds];
        double[] ts = new double[rounds];
        double[] cl = new double[rounds];
        double[] cs = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] m = time(local);
            tl[r] = m[0];
            cl[r] = m[1];
            m = time(onSpark);
            ts[r] = m[0];
            cs[r] = m[1];
        }
        Arrays.sort(tl);
        Arrays.sort(ts);
        Arrays.sort(cl);
        Arrays.sort(cs);
        System.out.printf(Locale.ROOT, "Lorenz to t = 5, %d members, %d rounds, load %s%n", n, rounds, load());
        System.out.printf(Locale.ROOT, "local ensemble, 2 threads: median %.3f s, rounds %s%n", tl[rounds / 2], Arrays.toString(tl));
        System.out.printf(Locale.ROOT, "Spark local[2], 2 partitions: median %.3f s, rounds %s%n", ts[rounds / 2], Arrays.toString(ts));
        System.out.printf(Locale.ROOT, "Spark / local: %.2fx wall%n", ts[rounds / 2] / tl[rounds / 2]);
        System.out.printf(Locale.ROOT, "process CPU: local median %.3f s %s, Spark median %.3f s %s, Spark / local %.2fx%n",
                cl[rounds / 2], Arrays.toString(cl), cs[rounds / 2], Arrays.toString(cs), cs[rounds / 2] / cl[rounds / 2]);
        spark.stop();
    }

    /** Wall-clock and process CPU seconds (all threads, the driver's and the executors' alike in local mode). */
    static double[] time(Runnable r) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        r.run();
        return new double[] {(System.nanoTime() - start) * 1e-9, (os.getProcessCpuTime() - cpu) * 1e-9};
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
