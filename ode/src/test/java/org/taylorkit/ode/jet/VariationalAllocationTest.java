package org.taylorkit.ode.jet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;

/**
 * Jets on the double tape allocate nothing per step: the bytes allocated by this thread during a long
 * jet integration minus those of a short one, divided by the extra steps, is about 0 (a count of
 * bytes, deterministic; not a timing). Orders 1–3 in the 4 initial values of Kepler, order 2 in the 6 of
 * Kepler in space.
 */
class VariationalAllocationTest {

    /** Kepler in space (6 variables), an inclined orbit of eccentricity about 0.45. */
    static final OdeSystem KEPLER_3D = OdeSystem.parse("x' = vx; y' = vy; z' = vz; vx' = -x/(x*x + y*y + z*z)^1.5;"
            + " vy' = -y/(x*x + y*y + z*z)^1.5; vz' = -z/(x*x + y*y + z*z)^1.5");

    @ParameterizedTest(name = "order {0}, {1} variables")
    @CsvSource({"1, 4", "2, 4", "3, 4", "2, 6"})
    void noAllocationPerStep(int order, int variables) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThat(bean.isThreadAllocatedMemorySupported()).isTrue();
        bean.setThreadAllocatedMemoryEnabled(true);
        OdeSystem kepler = variables == 4 ? JetIntegratorTest.KEPLER : KEPLER_3D;
        VariationalJetIntegrator jet = VariationalJetIntegrator.builder(kepler).jetOrder(order).tolerance(1e-12).build();
        // eccentric (e = 0.69, 0.45): many steps per orbit
        double[] x0 = variables == 4 ? new double[] {1, 0, 0, 1.3} : new double[] {1, 0, 0, 0, 1.1, 0.5};
        double[] y0 = new double[jet.equations().dimension()];
        jet.equations().initialState(x0, y0);
        for (int i = 0; i < 3; i++) { // warm up (class loading, JIT)
            jet.propagate(0, y0, 20);
            jet.integrate(0, x0, 20);
        }
        long id = Thread.currentThread().getId();
        long a0 = bean.getThreadAllocatedBytes(id);
        OdeSolution small = jet.propagate(0, y0, 1);
        long a1 = bean.getThreadAllocatedBytes(id);
        OdeSolution large = jet.propagate(0, y0, 400);
        long a2 = bean.getThreadAllocatedBytes(id);
        long extraSteps = large.steps() - small.steps();
        double perStep = (double) ((a2 - a1) - (a1 - a0)) / extraSteps;
        System.out.printf("jet order %d in %d variables: %d bytes for %d steps, %d bytes for %d steps: %.4f bytes/step%n",
                order, variables, a1 - a0, small.steps(), a2 - a1, large.steps(), perStep);
        assertThat(extraSteps).isGreaterThan(500);
        // one object per step would be ≥ 16 bytes per step; what remains is a few hundred bytes of noise per run
        assertThat(perStep).isLessThan(2.0);
        // the JetFlow at the end is built once: its cost does not grow with the steps either
        long b0 = bean.getThreadAllocatedBytes(id);
        JetFlow shortFlow = jet.integrate(0, x0, 1);
        long b1 = bean.getThreadAllocatedBytes(id);
        JetFlow longFlow = jet.integrate(0, x0, 400);
        long b2 = bean.getThreadAllocatedBytes(id);
        double perStepFlow = (double) ((b2 - b1) - (b1 - b0)) / (longFlow.steps() - shortFlow.steps());
        assertThat(perStepFlow).as("bytes per step with the jets built at the end").isLessThan(2.0);
    }
}
