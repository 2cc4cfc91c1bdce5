package org.taylorkit.benchmarks;

import java.util.Arrays;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * The accuracy side of the heyoka race (issue 16): Kepler e = 0.5 over 1000 orbits at tolerance 1e-15
 * from {@code N} starting phases (the canonical start rotated by 2πi/N, i = 0..N−1, default 120), and the
 * relative energy error at the end of each: median, mean, maximum, the canonical start's, and the total
 * steps. A change that alters the trajectories' last bits (summation order, step rule) is argued with
 * these statistics rather than with the single canonical start, whose error is one draw from the spread.
 * Usage: {@code java -cp benchmarks.jar org.taylorkit.benchmarks.KeplerPhaseAccuracy [N]}.
 */
public final class KeplerPhaseAccuracy {

    private KeplerPhaseAccuracy() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        if (n < 2) {
            throw new IllegalArgumentException("KeplerPhaseAccuracy: the number of phases must be at least 2, got " + n);
        }
        TaylorIntegrator integrator = TaylorIntegrator.builder(KeplerProblem.system()).tolerance(1e-15).build();
        double[] s0 = KeplerProblem.initialState();
        double[] error = new double[n];
        long steps = 0;
        for (int i = 0; i < n; i++) {
            double theta = 2 * Math.PI * i / n;
            double c = Math.cos(theta);
            double s = Math.sin(theta);
            double[] x0 = {c * s0[0] - s * s0[1], s * s0[0] + c * s0[1], c * s0[2] - s * s0[3], s * s0[2] + c * s0[3]};
            double e0 = KeplerProblem.energy(x0);
            OdeSolution solution = integrator.integrate(0, x0, KeplerProblem.T_END);
            steps += solution.steps();
            error[i] = Math.abs((KeplerProblem.energy(solution.state()) - e0) / e0);
        }
        double[] sorted = error.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double mean = Arrays.stream(error).average().orElse(Double.NaN);
        System.out.printf("phases=%d median=%.2e mean=%.2e max=%.2e canonical=%.2e steps=%d%n",
                n, median, mean, sorted[n - 1], error[0], steps);
    }
}
