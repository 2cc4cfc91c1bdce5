package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.ode.tape.TaylorTape;

/** Parameters change without rebuilding; observers see every step. */
class ParametersAndObserversTest {

    @Test
    void parametersChangeWithoutRebuildingTheTape() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = -k*x + c*t", Set.of("k", "c"))).build();
        TaylorTape tape = ti.tape();
        for (double k : new double[] {0.5, 1, 2, 3.25}) {
            ti.setParameter("k", k);
            ti.setParameter("c", 0);
            OdeSolution s = ti.integrate(0, new double[] {1}, 2);
            assertThat(s.state(0)).as("k=%s", k).isCloseTo(Math.exp(-2 * k), within(1e-15));
            assertThat(ti.tape()).isSameAs(tape);
        }
        ti.setParameters(1, 1); // in OdeSystem.parameters() order: k, c
        assertThat(ti.system().parameters()).containsExactly("k", "c");
        assertThat(ti.parameter("c")).isEqualTo(1);
        // x' = −x + t, x(0) = 1: x = t − 1 + 2e^{−t}
        assertThat(ti.integrate(0, new double[] {1}, 2).state(0)).isCloseTo(1 + 2 * Math.exp(-2), within(1e-15));
    }

    @Test
    void parameterErrors() {
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = -k*x", Set.of("k")));
        assertThatThrownBy(() -> ti.integrate(0, new double[] {1}, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameter 'k' has no value");
        assertThatThrownBy(() -> ti.setParameter("q", 1)).hasMessageContaining("no parameter 'q'").hasMessageContaining("k");
        assertThatThrownBy(() -> ti.setParameters(1, 2)).hasMessageContaining("expected 1 parameter values");
        assertThatThrownBy(() -> TaylorIntegrator.builder(OdeSystem.parse("x' = x")).parameter("k", 1))
                .hasMessageContaining("no parameter 'k'");
        assertThatThrownBy(() -> ti.integrate(0, new double[] {1, 2}, 1)).hasMessageContaining("expected 1 initial values");
        assertThatThrownBy(() -> ti.integrate(0, new double[] {Double.NaN}, 1)).hasMessageContaining("initial value of x");
        assertThatThrownBy(() -> ti.integrate(0, new double[] {1}, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> TaylorIntegrator.builder(OdeSystem.parse("x' = x")).tolerance(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> TaylorIntegrator.builder(OdeSystem.parse("x' = x")).order(1).build())
                .hasMessageContaining("fixed step");
    }

    @Test
    void observersSeeEveryStepWithItsPolynomial() {
        List<double[]> seen = new ArrayList<>();
        double[] mid = new double[2];
        List<Double> midErrors = new ArrayList<>();
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x")).observer(step -> {
            seen.add(new double[] {step.start(), step.step(), step.end(), step.order(), step.state(0)});
            double tm = step.start() + step.step() / 2;
            step.stateAt(tm, mid);
            midErrors.add(Math.abs(mid[0] - Math.cos(tm)));
            assertThat(step.coefficient(0, 1)).isCloseTo(-Math.sin(step.start()), within(1e-13));
            assertThat(step.dimension()).isEqualTo(2);
        }).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 0}, 7);
        assertThat(seen).hasSize((int) s.steps());
        double t = 0;
        for (double[] step : seen) {
            assertThat(step[0]).isCloseTo(t, within(1e-14));
            assertThat(step[2]).isCloseTo(step[0] + step[1], within(1e-14));
            assertThat(step[3]).isEqualTo(20);
            assertThat(step[4]).isCloseTo(Math.cos(step[2]), within(1e-14));
            t = step[2];
        }
        assertThat(t).isEqualTo(7.0);
        assertThat(midErrors).allSatisfy(e -> assertThat(e).isLessThan(1e-14));
        assertThat(s.statistics().minOrder()).isEqualTo(20);
        assertThat(s.statistics().maxOrder()).isEqualTo(20);
        assertThat(s.statistics().minStep()).isPositive().isLessThanOrEqualTo(s.statistics().maxStep());
    }
}
