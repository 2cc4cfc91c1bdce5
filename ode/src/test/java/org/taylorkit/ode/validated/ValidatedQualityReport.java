package org.taylorkit.ode.validated;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * Prints widths and times of the Lorenz benchmark of issue 7 (CAPD at order 20: widths about
 * 6.7e-12, 1.2e-10, 2.3e-7 at T = 1, 5, 10). Nothing is timed in an assertion; the only assertions
 * are that the runs complete. Run with {@code -Dtest=ValidatedQualityReport -Dvalidated.report=true}
 * to include T = 5 and 10 and the box of radius 1e-6.
 */
class ValidatedQualityReport {

    static OdeSystem lorenz() {
        return OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", Set.of("sigma", "rho", "beta"));
    }

    static ValidatedIntegrator lorenzIntegrator() {
        return ValidatedIntegrator.of(lorenz()).withParameter("sigma", Interval.point(10)).withParameter("rho", Interval.point(28))
                .withParameter("beta", Interval.point(8).divide(Interval.point(3)));
    }

    @Test
    void report() {
        boolean full = Boolean.getBoolean("validated.report");
        double[] ends = full ? new double[] {1, 5, 10} : new double[] {1};
        for (double radius : full ? new double[] {0, 1e-6} : new double[] {0}) {
            Interval[] box = {Interval.of(15 - radius, 15 + radius), Interval.of(15 - radius, 15 + radius),
                Interval.of(36 - radius, 36 + radius)};
            for (double tEnd : ends) {
                for (int rep = 0; rep < (full ? 3 : 1); rep++) {
                    long start = System.nanoTime();
                    ValidatedSolution s = lorenzIntegrator().integrate(0, box, tEnd);
                    double sec = (System.nanoTime() - start) * 1e-9;
                    System.out.printf(Locale.ROOT, "Lorenz radius %.0e T=%.0f: %s width %.3e steps %d in %.3f s%n", radius,
                            tEnd, s.status().label(), s.width(), s.stepCount(), sec);
                    if (s.reason() != null) {
                        System.out.println("  reason: " + s.reason());
                    }
                }
            }
        }
    }
}
