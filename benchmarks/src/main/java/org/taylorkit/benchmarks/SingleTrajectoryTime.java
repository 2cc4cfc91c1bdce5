package org.taylorkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Not JMH: the thread CPU time of one integration of an {@link OdeBenchmark} problem, measured the
 * way heyoka's timing program {@code hy_bench} measures its own (a fresh integration from the same
 * start each time, the median of N runs), so that the two can be raced side by side in alternating
 * processes on a loaded machine, where JMH's benchmark thread gets a fluctuating share of a core.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.taylorkit.benchmarks.SingleTrajectoryTime PROBLEM [runs]
 * [warm-up CPU seconds]} with PROBLEM one of {@code kepler} (e = 0.5, 1000 orbits), {@code lorenz10},
 * {@code lorenz100} (σ, ρ, β as parameters, as heyoka's {@code lorenz10p}/{@code lorenz100p}) and
 * {@code solar} (outer solar system, 10⁵ days); defaults 20 runs after 4 s of CPU. Tolerance 1e-15
 * as in {@link OdeBenchmark}. Prints one line: the problem, the steps, the median and minimum CPU
 * time in milliseconds, the energy error where the problem has one (Kepler against the exact −½,
 * the solar system against the initial energy) and the first three final state components, so
 * that two builds can also be compared for equal bits.
 */
public final class SingleTrajectoryTime {

    private SingleTrajectoryTime() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: SingleTrajectoryTime kepler|lorenz10|lorenz100|solar [runs] [warm-up seconds]");
        }
        String problem = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        double warmSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        OdeSystem system;
        double[] x0;
        double tEnd;
        switch (problem) {
            case "kepler" -> {
                system = KeplerProblem.system();
                x0 = KeplerProblem.initialState();
                tEnd = KeplerProblem.T_END;
            }
            case "lorenz10", "lorenz100" -> {
                system = LorenzProblem.system();
                x0 = LorenzProblem.initialState();
                tEnd = problem.equals("lorenz10") ? 10 : 100;
            }
            case "solar" -> {
                system = OuterSolarSystem.system();
                x0 = OuterSolarSystem.initialState();
                tEnd = OuterSolarSystem.T_END;
            }
            default -> throw new IllegalArgumentException("unknown problem '" + problem
                    + "': expected kepler, lorenz10, lorenz100 or solar");
        }
        TaylorIntegrator integrator = TaylorIntegrator.builder(system).tolerance(1e-15).build();
        if (problem.startsWith("lorenz")) {
            integrator.setParameters(LorenzProblem.SIGMA, LorenzProblem.RHO, LorenzProblem.BETA);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmStart = threads.getCurrentThreadCpuTime();
        OdeSolution solution = integrator.integrate(0, x0, tEnd);
        while (threads.getCurrentThreadCpuTime() - warmStart < warmSeconds * 1e9) {
            solution = integrator.integrate(0, x0, tEnd);
        }
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            solution = integrator.integrate(0, x0, tEnd);
            ms[r] = (threads.getCurrentThreadCpuTime() - c0) * 1e-6;
        }
        Arrays.sort(ms);
        double[] end = solution.state();
        String energy = switch (problem) {
            case "kepler" -> String.format(Locale.ROOT, " energy_err=%.3e", KeplerProblem.energyError(end));
            case "solar" -> String.format(Locale.ROOT, " energy_err=%.3e", OuterSolarSystem.energyError(end));
            default -> "";
        };
        System.out.printf(Locale.ROOT, "taylorkit problem=%s steps=%d cpu_median_ms=%.6f cpu_min_ms=%.6f%s state=%s%n", problem,
                solution.steps(), ms[runs / 2], ms[0], energy, Arrays.toString(Arrays.copyOf(end, 3)));
    }
}
