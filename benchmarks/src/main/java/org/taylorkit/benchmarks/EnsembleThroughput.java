package org.taylorkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.ensemble.BoxSampler;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.Ensemble;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;

/**
 * Ensemble throughput (issue 18), a plain harness rather than JMH because one measurement is
 * seconds long: members per second for the same members run one by one on one
 * {@link TaylorIntegrator}, through {@link Ensemble} on 1 and 2 threads, and one by one with
 * Hipparchus DOP853 (tolerance 1e-15). Configurations are interleaved round by round so that a
 * change in the machine's load hits all of them alike; the median of the rounds is reported, with
 * the load average before and after, in wall-clock time and in process CPU time (all threads): on a
 * shared machine the CPU time per member still shows the ensemble's own overhead, while the
 * wall-clock ratio of 2 to 1 threads also depends on what else runs.
 *
 * <pre>
 * mvn -Pbench -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar org.taylorkit.benchmarks.EnsembleThroughput [members] [rounds]
 * </pre>
 * Problems: Kepler arcs (e uniform in [0, 0.9], a = 1, from pericentre, 10 orbits = 20π) and Lorenz
 * from the box x, y ∈ [−1, 1], z ∈ [20, 30] to t = 5.
 */
public final class EnsembleThroughput {

    private EnsembleThroughput() {
    }

    record Problem(String name, EnsembleSpec spec, List<Member> members, OrdinaryDifferentialEquation hipparchus) {
    }

    static Problem kepler(int n) {
        EnsembleSpec spec = EnsembleSpec.of(KeplerProblem.TEXT, "0", "20*pi");
        BoxSampler e = new BoxSampler(new double[] {0}, new double[] {0.9}, 18);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double ecc = e.sample(i)[0];
            members.add(Member.of(1 - ecc, 0, 0, Math.sqrt((1 + ecc) / (1 - ecc))));
        }
        return new Problem("Kepler, 10 orbits", spec, members, KeplerProblem.hipparchus());
    }

    static Problem lorenz(int n) {
        EnsembleSpec spec = EnsembleSpec.of(LorenzProblem.TEXT, "0", "5").withParameter("sigma", "10")
                .withParameter("rho", "28").withParameter("beta", "8/3");
        BoxSampler box = new BoxSampler(new double[] {-1, -1, 20}, new double[] {1, 1, 30}, 18);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(Member.of(box.sample(i)));
        }
        return new Problem("Lorenz, t = 5", spec, members, LorenzProblem.hipparchus());
    }

    /** Checksum so that no run can be optimised away. */
    static double oneByOne(Problem p) {
        TaylorIntegrator ti = DoubleMemberRunner.integrator(p.spec);
        double t0 = p.spec.t0();
        double t1 = p.spec.t1();
        double sum = 0;
        for (Member m : p.members) {
            sum += ti.integrate(t0, m.state(), t1).state(0);
        }
        return sum;
    }

    static double ensemble(Problem p, int threads) {
        double[] sum = {0};
        Ensemble.builder(DoubleMemberRunner.factory(p.spec)).threads(threads).build()
                .run(p.members.iterator(), (i, m, r) -> sum[0] += r.state()[0]);
        return sum[0];
    }

    static double dop853(Problem p) {
        double t1 = p.spec.t1();
        ODEIntegrator dop = HipparchusOde.dop853(t1);
        double sum = 0;
        for (Member m : p.members) {
            sum += HipparchusOde.run(dop, p.hipparchus, m.state(), t1)[0];
        }
        return sum;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static double seconds(Supplier<Double> run, double[] sink) {
        return measure(run, sink)[0];
    }

    /** Wall-clock and process CPU seconds of one run (CPU time counts every thread of the JVM). */
    static double[] measure(Supplier<Double> run, double[] sink) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        sink[0] += run.get();
        return new double[] {(System.nanoTime() - start) * 1e-9, (os.getProcessCpuTime() - cpu) * 1e-9};
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** Runs the comparison; args: members per problem (default 10000), rounds (default 3). */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println("processors: " + Runtime.getRuntime().availableProcessors() + ", load average before: " + load());
        for (Problem p : List.of(kepler(n), lorenz(n))) {
            List<String> names = List.of("one by one", "ensemble, 1 thread", "ensemble, 2 threads", "DOP853 one by one");
            List<Supplier<Double>> runs = List.of(() -> oneByOne(p), () -> ensemble(p, 1), () -> ensemble(p, 2), () -> dop853(p));
            double[] sink = {0};
            // warm-up on a tenth of the members
            Problem warm = new Problem(p.name, p.spec, p.members.subList(0, Math.max(1, n / 10)), p.hipparchus);
            List<Supplier<Double>> warmRuns = List.of(() -> oneByOne(warm), () -> ensemble(warm, 1), () -> ensemble(warm, 2),
                    () -> dop853(warm));
            warmRuns.forEach(r -> seconds(r, sink));
            double[][] t = new double[runs.size()][rounds];
            double[][] cpu = new double[runs.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < runs.size(); k++) {
                    double[] m = measure(runs.get(k), sink);
                    t[k][round] = m[0];
                    cpu[k][round] = m[1];
                }
            }
            double base = median(t[0]);
            System.out.printf(Locale.ROOT, "%n%s, %d members, %d rounds (checksum %.3g)%n", p.name, n, rounds, sink[0]);
            double cpuBase = median(cpu[0]);
            System.out.printf(Locale.ROOT, "%-22s %10s %11s %9s %10s %13s %9s%n", "configuration", "median s", "members/s",
                    "vs 1-by-1", "median CPU", "members/CPU s", "vs 1-by-1");
            for (int k = 0; k < runs.size(); k++) {
                double m = median(t[k]);
                double c = median(cpu[k]);
                System.out.printf(Locale.ROOT, "%-22s %10.3f %11.0f %8.2fx %10.3f %13.0f %8.2fx   wall rounds %s%n", names.get(k), m,
                        n / m, base / m, c, n / c, cpuBase / c,
                        Arrays.toString(Arrays.stream(t[k]).map(x -> Math.round(x * 1000) / 1000.0).toArray()));
            }
            System.out.printf(Locale.ROOT, "2 threads / 1 thread: %.2fx%n", median(t[1]) / median(t[2]));
        }
        System.out.println("\nload average after: " + load());
    }
}
