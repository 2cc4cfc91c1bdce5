package org.taylorkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hipparchus.ode.ODEIntegrator;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.VariationalJetIntegrator;

/**
 * Work–precision of the Kepler state-transition matrix over one orbit: TaylorKit's
 * {@link VariationalJetIntegrator} (order 1, automatic order at a scan of tolerances, fixed Taylor
 * orders at a scan of tolerances, the same with the symmetric form of the variational equations, and fixed
 * orders with the jet at its own tolerance and order) against Hipparchus DOP853 on the hand-written variational equations
 * (a scan of tolerances), at several starts ({@link KeplerStmStart}: eccentricities 0.3, 0.5, 0.7 and
 * three eccentric anomalies each), so that no single start's rounding-floor accident decides.
 *
 * <p>For every setting and start: the STM error (max norm over the 16 entries) against the start's
 * high-precision reference, the steps, and the CPU time of this thread per whole integration (the
 * {@link JetFlow} and its STM included for ours), the median over {@code rounds} measured rounds after
 * two warm-up rounds. Within a round every start runs every setting once (a batch of repetitions of
 * about {@code batchMs} ms), TaylorKit's and DOP853's settings alternating, the order reversed every
 * other round: both methods see the same load.
 *
 * <p>Printed: the whole table; per start, the cost of each method at DOP853's best error there
 * (the cheapest setting that reaches it, and the cost interpolated on the log–log Pareto front);
 * and over all starts the worst relative error of each setting (error / max |Φ|) against its mean time,
 * with the ratio of the two Pareto fronts at a ladder of error levels; and one setting for all starts:
 * the cheapest setting of each method at least as accurate as DOP853's best at every start (worst case)
 * or on average (geometric mean), against DOP853 with each start's best tolerance chosen by an oracle.
 * The per-start figure favours the method with more settings (it picks the luckiest at the rounding
 * floor); the one-setting figure much less (it is still chosen on the starts it is measured on:
 * {@code heldout} starts check a choice on others). A benchmark, not a test: the figures are ratios
 * measured in one period of one machine.
 *
 * <pre>
 * java [-Dtaylorkit.wp.referenceCache=FILE] -cp benchmarks/target/benchmarks.jar \
 *     org.taylorkit.benchmarks.StmWorkPrecision [rounds] [batchMs] [starts]
 * </pre>
 * {@code starts}: {@code all} (default, 9 starts), {@code heldout} (9 other starts) or {@code pericentre}
 * (e = 0.5, E₀ = 0 only).
 */
public final class StmWorkPrecision {

    /** Our tolerances with the automatic (Jorba–Zou) order. */
    static final double[] AUTO_TOLERANCES = {1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 3e-13, 1e-13, 3e-14, 1e-14, 3e-15,
        1e-15, 3e-16};
    /** Our fixed Taylor orders (each at {@link #FIXED_TOLERANCES}). */
    static final int[] FIXED_ORDERS = {10, 12, 14, 16, 17, 18, 19, 20, 22, 24};
    /** The tolerances of the fixed-order settings. */
    static final double[] FIXED_TOLERANCES = {1e-11, 1e-13, 3e-14, 1e-14, 3e-15, 1e-15, 1e-16};
    /**
     * Fixed Taylor orders with the jet at its own tolerance ({@code jetTolerance}: its own step rule, and its
     * own order q ≤ p), at {@link #JET_STATE_TOLERANCES} and {@link #JET_TOLERANCES}.
     */
    static final int[] JET_ORDERS = {15, 16, 17, 18, 19};
    /** The state tolerances of the jet-tolerance settings. */
    static final double[] JET_STATE_TOLERANCES = {1e-13, 1e-14, 1e-15};
    /** The jet tolerances ε_jet (jet order q = Jorba–Zou order of ε_jet, at most p: 16, 16, 17, 18). */
    static final double[] JET_TOLERANCES = {3e-13, 1e-13, 3e-14, 1e-14};
    /** Fixed Taylor orders with the symmetric form of the equations ({@code symmetricProducts}), at {@link #FIXED_TOLERANCES}. */
    static final int[] SYMMETRIC_ORDERS = {16, 17, 18, 19, 20, 22};
    /** DOP853's tolerances (absolute = relative). */
    static final double[] DOP853_TOLERANCES = {1e-7, 1e-8, 3e-9, 1e-9, 3e-10, 1e-10, 3e-11, 1e-11, 3e-12, 1e-12,
        3e-13, 1e-13, 3e-14, 1e-14, 3e-15, 1e-15, 3e-16, 1e-16};
    /** The relative error levels (error / max |Φ|) of the summary. */
    static final double[] LEVELS = {1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 5e-14, 3e-14, 2e-14};

    private StmWorkPrecision() {
    }

    /** One method at one setting: a run from a start to its STM, and its step count. */
    record Setting(boolean ours, String label, Function<double[], double[][]> stm,
            Function<double[], Long> steps, boolean fromVariationalState) {
    }

    /**
     * Runs the scan and prints the tables.
     *
     * @param args rounds (default 5), batch milliseconds (default 4), starts ({@link #starts})
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double batchMs = args.length > 1 ? Double.parseDouble(args[1]) : 4;
        List<KeplerStmStart> starts = starts(args.length > 2 ? args[2] : "all");
        System.out.printf(Locale.ROOT, "[wp] load %s; %d starts, %d rounds, batches of %.1f ms%n", load(),
                starts.size(), rounds, batchMs);
        List<Setting> settings = settings();
        int ns = starts.size();
        int nq = settings.size();
        double[][] err = new double[ns][nq];
        double[] scale = new double[ns];
        long[][] steps = new long[ns][nq];
        for (int s = 0; s < ns; s++) {
            starts.get(s).checkInvariants();
            long t = System.nanoTime();
            double[][] ref = ReferenceCache.stm(starts.get(s));
            scale[s] = JetTransportBenchmark.maxAbs(ref);
            System.out.printf(Locale.ROOT, "[wp] reference %s: max |Φ| %.3f (%.1f s)%n", starts.get(s).label(), scale[s],
                    (System.nanoTime() - t) * 1e-9);
            for (int q = 0; q < nq; q++) {
                Setting set = settings.get(q);
                double[] x0 = input(set, starts.get(s));
                err[s][q] = JetTransportBenchmark.distance(set.stm().apply(x0), ref);
                steps[s][q] = set.steps().apply(x0);
            }
        }
        double[][][] times = measure(starts, settings, rounds, batchMs);
        double[][] median = new double[ns][nq];
        for (int s = 0; s < ns; s++) {
            for (int q = 0; q < nq; q++) {
                median[s][q] = median(times[s][q]);
            }
        }
        printTable(starts, settings, err, steps, median, scale);
        printPerStart(starts, settings, err, median);
        printAggregate(settings, err, median, scale);
        printUniform(settings, err, median);
        System.out.printf(Locale.ROOT, "[wp] load at the end %s%n", load());
    }

    /**
     * The starts: {@code all} (e = 0.3, 0.5, 0.7 at E₀ = 0, 2π/3, 4π/3), {@code heldout} (the same
     * eccentricities at E₀ = π/3, π, 5π/3: for checking a setting chosen on {@code all} on starts it was
     * not chosen on) or {@code pericentre} (e = 0.5, E₀ = 0).
     */
    static List<KeplerStmStart> starts(String which) {
        double[] anomalies;
        double[] eccentricities = {0.3, 0.5, 0.7};
        switch (which) {
            case "all" -> anomalies = new double[] {0, 2 * Math.PI / 3, 4 * Math.PI / 3};
            case "heldout" -> anomalies = new double[] {Math.PI / 3, Math.PI, 5 * Math.PI / 3};
            case "pericentre" -> {
                anomalies = new double[] {0};
                eccentricities = new double[] {0.5};
            }
            default -> throw new IllegalArgumentException("starts: all, heldout or pericentre, got '" + which + "'");
        }
        List<KeplerStmStart> starts = new ArrayList<>();
        for (double e : eccentricities) {
            for (double a : anomalies) {
                starts.add(new KeplerStmStart(e, a));
            }
        }
        return starts;
    }

    static List<Setting> settings() {
        List<Setting> list = new ArrayList<>();
        List<Setting> ours = new ArrayList<>();
        for (double tol : AUTO_TOLERANCES) {
            ours.add(ours(String.format(Locale.ROOT, "auto %.0e", tol),
                    VariationalJetIntegrator.builder(KeplerProblem.system()).symmetricProducts(false).tolerance(tol).build()));
        }
        for (int p : FIXED_ORDERS) {
            for (double tol : FIXED_TOLERANCES) {
                ours.add(ours(String.format(Locale.ROOT, "p=%d %.0e", p, tol),
                        VariationalJetIntegrator.builder(KeplerProblem.system()).symmetricProducts(false).taylorOrder(p).tolerance(tol).build()));
            }
        }
        for (int p : SYMMETRIC_ORDERS) {
            for (double tol : FIXED_TOLERANCES) {
                ours.add(ours(String.format(Locale.ROOT, "p=%d %.0e sym", p, tol), VariationalJetIntegrator
                        .builder(KeplerProblem.system()).symmetricProducts(true).taylorOrder(p).tolerance(tol).build()));
            }
        }
        for (int p : JET_ORDERS) {
            for (double tol : JET_STATE_TOLERANCES) {
                for (double jetTol : JET_TOLERANCES) {
                    ours.add(ours(String.format(Locale.ROOT, "p=%d %.0e j%.0e", p, tol, jetTol),
                            VariationalJetIntegrator.builder(KeplerProblem.system()).taylorOrder(p).tolerance(tol)
                                    .jetTolerance(jetTol).build()));
                }
            }
        }
        List<Setting> dop = new ArrayList<>();
        OrdinaryDifferentialEquation ode = JetTransportBenchmark.hipparchusVariational();
        for (double tol : DOP853_TOLERANCES) {
            ODEIntegrator h = new DormandPrince853Integrator(0, JetTransportBenchmark.T_END, tol, tol);
            dop.add(new Setting(false, String.format(Locale.ROOT, "DOP853 %.0e", tol),
                    y0 -> JetTransportBenchmark.stmOf(HipparchusOde.run(h, ode, y0, JetTransportBenchmark.T_END)),
                    y0 -> HipparchusOde.steps(h, ode, y0, JetTransportBenchmark.T_END), true));
        }
        // interleaved: ours, DOP853, ours, ... (the longer list's tail at the end)
        for (int i = 0; i < Math.max(ours.size(), dop.size()); i++) {
            if (i < ours.size()) {
                list.add(ours.get(i));
            }
            if (i < dop.size()) {
                list.add(dop.get(i));
            }
        }
        return list;
    }

    private static Setting ours(String label, VariationalJetIntegrator v) {
        return new Setting(true, label, x0 -> v.integrate(0, x0, JetTransportBenchmark.T_END).stm(),
                x0 -> v.integrate(0, x0, JetTransportBenchmark.T_END).steps(), false);
    }

    private static double[] input(Setting set, KeplerStmStart start) {
        return set.fromVariationalState() ? start.variationalState() : start.state();
    }

    /** times[start][setting][round]: CPU µs per integration. */
    private static double[][][] measure(List<KeplerStmStart> starts, List<Setting> settings, int rounds, double batchMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int ns = starts.size();
        int nq = settings.size();
        double[][][] times = new double[ns][nq][rounds];
        int[][] reps = new int[ns][nq];
        for (int[] r : reps) {
            Arrays.fill(r, 3);
        }
        double[][] inputs = new double[ns * nq][];
        for (int s = 0; s < ns; s++) {
            for (int q = 0; q < nq; q++) {
                inputs[s * nq + q] = input(settings.get(q), starts.get(s));
            }
        }
        Object sink = null;
        for (int round = -2; round < rounds; round++) {
            for (int s = 0; s < ns; s++) {
                for (int j = 0; j < nq; j++) {
                    int q = (round & 1) == 0 ? j : nq - 1 - j;
                    Setting set = settings.get(q);
                    double[] x0 = inputs[s * nq + q];
                    long t0 = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < reps[s][q]; r++) {
                        sink = set.stm().apply(x0);
                    }
                    double us = (threads.getCurrentThreadCpuTime() - t0) * 1e-3 / reps[s][q];
                    if (round >= 0) {
                        times[s][q][round] = us;
                    } else {
                        reps[s][q] = (int) Math.max(1, Math.min(100_000, Math.round(batchMs * 1e3 / Math.max(us, 1e-3))));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "[wp] round %d done, load %s%n", round, load());
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return times;
    }

    private static void printTable(List<KeplerStmStart> starts, List<Setting> settings, double[][] err, long[][] steps,
            double[][] median, double[] scale) {
        System.out.println("\n[wp] setting | per start: steps, STM error, relative error, CPU µs");
        for (int q = 0; q < settings.size(); q++) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s", settings.get(q).label()));
            for (int s = 0; s < starts.size(); s++) {
                sb.append(String.format(Locale.ROOT, " | %4d %.1e %.1e %7.1f", steps[s][q], err[s][q], err[s][q] / scale[s],
                        median[s][q]));
            }
            System.out.println(sb);
        }
    }

    private static void printPerStart(List<KeplerStmStart> starts, List<Setting> settings, double[][] err,
            double[][] median) {
        System.out.println("\n[wp] per start, at DOP853's best error E*: cheapest setting reaching E* (µs), "
                + "cost interpolated on the log-log Pareto front, ratio DOP853 / ours");
        List<Double> ratios = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            double best = Double.POSITIVE_INFINITY;
            for (int q = 0; q < settings.size(); q++) {
                if (!settings.get(q).ours()) {
                    best = Math.min(best, err[s][q]);
                }
            }
            int dq = cheapestReaching(settings, false, err[s], median[s], best);
            int oq = cheapestReaching(settings, true, err[s], median[s], best);
            double dInt = interpolatedCost(settings, false, err[s], median[s], best);
            double oInt = interpolatedCost(settings, true, err[s], median[s], best);
            String ours = oq < 0 ? "not reached" : String.format(Locale.ROOT, "%s %.1e %.1f µs", settings.get(oq).label(),
                    err[s][oq], median[s][oq]);
            double ratio = oq < 0 ? Double.NaN : median[s][dq] / median[s][oq];
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "%s | E* %.2e | DOP853 %s %.1f µs | ours %s | ratio %.2f | interpolated %.1f / %.1f"
                    + " = %.2f%n", starts.get(s).label(), best, settings.get(dq).label(), median[s][dq], ours, ratio, dInt, oInt,
                    dInt / oInt);
        }
        double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "[wp] ratio at DOP853's best error over the starts: min %.2f, median %.2f, max %.2f%n",
                r[0], r[r.length / 2], r[r.length - 1]);
    }

    private static void printAggregate(List<Setting> settings, double[][] err, double[][] median, double[] scale) {
        int nq = settings.size();
        double[] worst = new double[nq];
        double[] mean = new double[nq];
        for (int q = 0; q < nq; q++) {
            for (int s = 0; s < err.length; s++) {
                worst[q] = Math.max(worst[q], err[s][q] / scale[s]);
                mean[q] += median[s][q] / err.length;
            }
        }
        System.out.println("\n[wp] all starts: Pareto fronts of worst relative error (error / max |Φ|) against mean CPU µs");
        for (boolean ours : new boolean[] {true, false}) {
            for (int q : front(settings, ours, worst, mean)) {
                System.out.printf(Locale.ROOT, "  %-22s %.2e %8.1f%n", settings.get(q).label(), worst[q], mean[q]);
            }
        }
        System.out.println("[wp] level | DOP853 µs (reach / interpolated) | ours µs (reach / interpolated) | ratio (reach / interpolated)");
        double floor = Double.POSITIVE_INFINITY;
        for (int q = 0; q < nq; q++) {
            if (!settings.get(q).ours()) {
                floor = Math.min(floor, worst[q]);
            }
        }
        double[] levels = Arrays.copyOf(LEVELS, LEVELS.length + 1);
        levels[LEVELS.length] = floor;
        for (double level : levels) {
            int dq = cheapestReaching(settings, false, worst, mean, level);
            int oq = cheapestReaching(settings, true, worst, mean, level);
            double dInt = interpolatedCost(settings, false, worst, mean, level);
            double oInt = interpolatedCost(settings, true, worst, mean, level);
            System.out.printf(Locale.ROOT, "  %.2e | %s / %.1f | %s / %.1f | %.2f / %.2f%n", level,
                    dq < 0 ? "—" : String.format(Locale.ROOT, "%.1f (%s)", mean[dq], settings.get(dq).label()), dInt,
                    oq < 0 ? "—" : String.format(Locale.ROOT, "%.1f (%s)", mean[oq], settings.get(oq).label()), oInt,
                    dq < 0 || oq < 0 ? Double.NaN : mean[dq] / mean[oq], dInt / oInt);
        }
    }

    /**
     * One setting for all starts: each setting's error at each start relative to DOP853's best error
     * there (E*_s, the minimum over DOP853's scan), worst case over the starts and geometric mean; the
     * cheapest setting of each method whose worst case (and, more robust at the rounding floor, whose
     * geometric mean) is at most 1, by mean CPU time over the starts; and DOP853's cost with an oracle
     * that knows each start's best tolerance in advance (favourable to DOP853).
     */
    private static void printUniform(List<Setting> settings, double[][] err, double[][] median) {
        int ns = err.length;
        int nq = settings.size();
        double[] best = new double[ns];
        double oracle = 0;
        for (int s = 0; s < ns; s++) {
            best[s] = Double.POSITIVE_INFINITY;
            for (int q = 0; q < nq; q++) {
                if (!settings.get(q).ours()) {
                    best[s] = Math.min(best[s], err[s][q]);
                }
            }
            oracle += median[s][cheapestReaching(settings, false, err[s], median[s], best[s])] / ns;
        }
        double[] worst = new double[nq];
        double[] geo = new double[nq];
        double[] mean = new double[nq];
        for (int q = 0; q < nq; q++) {
            for (int s = 0; s < ns; s++) {
                double w = err[s][q] / best[s];
                worst[q] = Math.max(worst[q], w);
                geo[q] += Math.log(w) / ns;
                mean[q] += median[s][q] / ns;
            }
            geo[q] = Math.exp(geo[q]);
        }
        System.out.printf(Locale.ROOT, "%n[wp] one setting for all starts, error / DOP853's best at each start;"
                + " DOP853 with the oracle's best tolerance per start: %.1f µs%n", oracle);
        for (String criterion : new String[] {"worst case", "geometric mean"}) {
            double[] w = criterion.equals("worst case") ? worst : geo;
            for (boolean ours : new boolean[] {true, false}) {
                int q = cheapestReaching(settings, ours, w, mean, 1.0);
                if (q < 0) {
                    System.out.printf(Locale.ROOT, "  %-14s | %-6s | none%n", criterion, ours ? "ours" : "DOP853");
                } else {
                    System.out.printf(Locale.ROOT, "  %-14s | %-6s | %-16s worst %.2f, geometric mean %.2f | %.1f µs"
                            + " | oracle DOP853 / this %.2f%n", criterion, ours ? "ours" : "DOP853", settings.get(q).label(),
                            worst[q], geo[q], mean[q], oracle / mean[q]);
                }
            }
        }
        System.out.println("  all our settings with worst case ≤ 1.5 (label, worst, geometric mean, mean µs):");
        for (int q = 0; q < nq; q++) {
            if (settings.get(q).ours() && worst[q] <= 1.5) {
                System.out.printf(Locale.ROOT, "    %-22s %.2f %.2f %.1f%n", settings.get(q).label(), worst[q], geo[q], mean[q]);
            }
        }
    }

    /** The method's cheapest setting whose error is at most {@code level}, or −1. */
    static int cheapestReaching(List<Setting> settings, boolean ours, double[] err, double[] time, double level) {
        int best = -1;
        for (int q = 0; q < settings.size(); q++) {
            if (settings.get(q).ours() == ours && err[q] <= level && (best < 0 || time[q] < time[best])) {
                best = q;
            }
        }
        return best;
    }

    /** The method's Pareto front (no cheaper setting has an error as small), by increasing time. */
    static List<Integer> front(List<Setting> settings, boolean ours, double[] err, double[] time) {
        List<Integer> idx = new ArrayList<>();
        for (int q = 0; q < settings.size(); q++) {
            if (settings.get(q).ours() == ours) {
                idx.add(q);
            }
        }
        idx.sort((a, b) -> Double.compare(time[a], time[b]));
        List<Integer> front = new ArrayList<>();
        double e = Double.POSITIVE_INFINITY;
        for (int q : idx) {
            if (err[q] < e) {
                front.add(q);
                e = err[q];
            }
        }
        return front;
    }

    /**
     * The cost at error {@code level} on the method's Pareto front, interpolated linearly in
     * (log error, log time) between the cheapest point that reaches the level and the front point
     * before it; NaN if no setting reaches the level.
     */
    static double interpolatedCost(List<Setting> settings, boolean ours, double[] err, double[] time, double level) {
        List<Integer> f = front(settings, ours, err, time);
        for (int i = 0; i < f.size(); i++) {
            int b = f.get(i);
            if (err[b] <= level) {
                if (i == 0 || err[b] == level) {
                    return time[b];
                }
                int a = f.get(i - 1);
                double w = Math.log(err[a] / level) / Math.log(err[a] / err[b]);
                return Math.exp(Math.log(time[a]) + w * Math.log(time[b] / time[a]));
            }
        }
        return Double.NaN;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** The 1-, 5- and 15-minute load averages. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
