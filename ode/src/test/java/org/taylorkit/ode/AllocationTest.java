package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The double fast path allocates nothing per step: the bytes allocated by this thread during a
 * long integration minus those of a short one, divided by the extra steps, is about 0. (A property
 * of the code, not a timing: it counts bytes, deterministically.)
 */
class AllocationTest {

    @Test
    void noAllocationPerStep() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(bean.isThreadAllocatedMemorySupported()).isTrue();
        bean.setThreadAllocatedMemoryEnabled(true);
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse(
                "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z + 0*sin(t)", Set.of("sigma", "rho", "beta")))
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3).build();
        double[] x0 = {1, 1, 1};
        for (int i = 0; i < 5; i++) { // warm up (class loading, JIT)
            ti.integrate(0, x0, 200);
        }
        long id = Thread.currentThread().getId();
        long a0 = bean.getThreadAllocatedBytes(id);
        OdeSolution small = ti.integrate(0, x0, 10);
        long a1 = bean.getThreadAllocatedBytes(id);
        OdeSolution large = ti.integrate(0, x0, 1000);
        long a2 = bean.getThreadAllocatedBytes(id);
        long extraSteps = large.steps() - small.steps();
        double perStep = (double) ((a2 - a1) - (a1 - a0)) / extraSteps;
        System.out.printf("allocation: %d bytes for %d steps, %d bytes for %d steps: %.4f bytes/step%n",
                a1 - a0, small.steps(), a2 - a1, large.steps(), perStep);
        assertThat(extraSteps).isGreaterThan(20_000);
        assertThat(perStep).isLessThan(0.1);
    }

    @Test
    void noAllocationPerStepWithAnEventThatDoesNotFire() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        bean.setThreadAllocatedMemoryEnabled(true);
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -sin(x)"))
                .event("x - 10", Direction.BOTH, false).build();
        double[] x0 = {1, 0};
        for (int i = 0; i < 5; i++) {
            ti.integrate(0, x0, 2000);
        }
        long id = Thread.currentThread().getId();
        long a0 = bean.getThreadAllocatedBytes(id);
        OdeSolution small = ti.integrate(0, x0, 10);
        long a1 = bean.getThreadAllocatedBytes(id);
        OdeSolution large = ti.integrate(0, x0, 10_000);
        long a2 = bean.getThreadAllocatedBytes(id);
        double perStep = (double) ((a2 - a1) - (a1 - a0)) / (large.steps() - small.steps());
        System.out.printf("allocation with an event: %.4f bytes/step over %d steps%n", perStep, large.steps());
        assertThat(large.events()).isEmpty();
        assertThat(perStep).isLessThan(0.1);
    }
}
