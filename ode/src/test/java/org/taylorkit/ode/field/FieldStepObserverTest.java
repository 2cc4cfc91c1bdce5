package org.taylorkit.ode.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;

/** Step observers of the field integrator, on x' = x (x = e^t) and against the double integrator. */
class FieldStepObserverTest {

    @Test
    void observersSeeEveryStepWithItsPolynomial() {
        BoxedDoubleArithmetic ar = BoxedDoubleArithmetic.INSTANCE;
        List<double[]> seen = new ArrayList<>(); // {start, step, end, state, order}
        FieldTaylorIntegrator<Double> ti = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = x"), ar).tolerance(1e-15)
                .observer(step -> {
                    seen.add(new double[] {step.start(), step.step(), step.end(), step.state(0), step.order()});
                    assertThat(step.dimension()).isEqualTo(1);
                    // the Taylor coefficients of e^t about t0 are e^{t0}/k!
                    double et0 = Math.exp(step.start());
                    double factorial = 1;
                    for (int k = 0; k <= step.order(); k++) {
                        factorial *= Math.max(1, k);
                        assertThat(step.coefficient(0, k)).as("k=%d at t0=%s", k, step.start())
                                .isCloseTo(et0 / factorial, org.assertj.core.api.Assertions.within(1e-13 * et0));
                    }
                    double mid = step.start() + step.step() / 2;
                    assertThat(step.stateAt(mid)[0]).isCloseTo(Math.exp(mid), org.assertj.core.api.Assertions.within(1e-13 * et0 * 3));
                    assertThatThrownBy(() -> step.coefficient(0, step.order() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
                })
                .observer(step -> seen.add(null)) // second observer, called after the first
                .build();
        FieldOdeSolution<Double> s = ti.integrate(0.0, new Double[] {1.0}, 3.0);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(seen).hasSize(2 * (int) s.steps());
        for (int i = 0; i < seen.size(); i += 2) {
            double[] st = seen.get(i);
            assertThat(seen.get(i + 1)).isNull();
            assertThat(st[2]).isEqualTo(st[0] + st[1]);
            assertThat(st[3]).isCloseTo(Math.exp(st[2]), org.assertj.core.api.Assertions.within(1e-13 * Math.exp(st[2])));
            if (i > 0) {
                assertThat(st[0]).isEqualTo(seen.get(i - 2)[2]); // steps are contiguous
            }
        }
        assertThat(seen.get(seen.size() - 2)[2]).isEqualTo(3.0);
    }

    @Test
    void sameStepsAsTheDoubleIntegratorOverBoxedDoubles() {
        // the two integrators share the step-size rule: over boxed doubles they take the same steps
        OdeSystem kepler = OdeSystem.parse("x' = vx; y' = vy; vx' = -x/(x*x + y*y)^1.5; vy' = -y/(x*x + y*y)^1.5");
        List<Double> fieldSteps = new ArrayList<>();
        FieldTaylorIntegrator<Double> f = FieldTaylorIntegrator.builder(kepler, BoxedDoubleArithmetic.INSTANCE)
                .tolerance(1e-15).observer(step -> fieldSteps.add(step.step())).build();
        List<Double> doubleSteps = new ArrayList<>();
        TaylorIntegrator d = TaylorIntegrator.builder(kepler).tolerance(1e-15).observer(step -> doubleSteps.add(step.step())).build();
        double[] x0 = {0.5, 0, 0, Math.sqrt(3)};
        f.integrate(0.0, new Double[] {x0[0], x0[1], x0[2], x0[3]}, 2 * Math.PI);
        d.integrate(0, x0, 2 * Math.PI);
        assertThat(fieldSteps).hasSameSizeAs(doubleSteps);
        assertThat(doubleSteps.size()).as("steps per orbit (heyoka 7.2: 37.7 at 1e-15)").isBetween(36, 40);
        for (int i = 0; i < doubleSteps.size() - 1; i++) {
            assertThat(fieldSteps.get(i)).as("step %d", i)
                    .isCloseTo(doubleSteps.get(i), org.assertj.core.api.Assertions.within(1e-9 * doubleSteps.get(i)));
        }
    }
}
