package org.taylorkit.ode.validated;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * Prints widths and times of the Lorenz benchmark of issue 7 (CAPD at order 20: widths about
 * 6.7e-12, 1.2e-10, 2.3e-7 at T = 1, 5, 10) for the point (15, 15, 36) and a box of radius 1e-6,
 * three runs each (the first includes JIT warm-up). Nothing is asserted; skipped unless run with
 * {@code mvn -pl ode -am test -Dtest=ValidatedQualityReport -Dvalidated.report=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
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
        Assumptions.assumeTrue(Boolean.getBoolean("validated.report"), "a report, run on request only");
        for (Method method : new Method[] {Method.LOHNER_QR, Method.DOUBLETON}) {
        for (double radius : new double[] {0, 1e-6}) {
            Interval[] box = {Interval.of(15 - radius, 15 + radius), Interval.of(15 - radius, 15 + radius),
                Interval.of(36 - radius, 36 + radius)};
            for (double tEnd : new double[] {1, 5, 10}) {
                for (int rep = 0; rep < 3; rep++) {
                    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long cpu = mx.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    ValidatedSolution s = lorenzIntegrator().withMethod(method).integrate(0, box, tEnd);
                    double sec = (System.nanoTime() - start) * 1e-9;
                    double cpuSec = (mx.getCurrentThreadCpuTime() - cpu) * 1e-9;
                    System.out.printf(Locale.ROOT, "%s Lorenz radius %.0e T=%.0f: %s width %.3e steps %d in %.3f s (cpu %.3f s)%n", method, radius,
                            tEnd, s.status().label(), s.width(), s.stepCount(), sec, cpuSec);
                    if (s.reason() != null) {
                        System.out.println("  reason: " + s.reason());
                    }
                }
            }
        }
        }
    }
}
