package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dense output, grid output, and their agreement with stepping. */
class DenseGridTest {

    private static final OdeSystem LORENZ = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
            Set.of("sigma", "rho", "beta"));

    private static TaylorIntegrator.Builder lorenz() {
        return TaylorIntegrator.builder(LORENZ).parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3);
    }

    @Test
    void denseOutputAgreesWithSteppingToTheSameTime() {
        OdeSolution dense = lorenz().denseOutput(true).build().integrate(0, new double[] {1, 1, 1}, 3);
        TaylorIntegrator stepper = lorenz().build();
        for (double t : new double[] {0.0, 0.123, 0.5, 1.0, 1.7777, 2.5, 3.0}) {
            double[] direct = stepper.integrate(0, new double[] {1, 1, 1}, t).state();
            double[] interp = dense.at(t);
            for (int i = 0; i < 3; i++) {
                assertThat(interp[i]).as("t=%s component %d", t, i).isCloseTo(direct[i], within(1e-12 * Math.max(1, Math.abs(direct[i]))));
            }
        }
        assertThat(dense.at(0)).containsExactly(1, 1, 1);
        assertThat(dense.at(3)).containsExactly(dense.state());
    }

    @Test
    void denseOutputBackwards() {
        OdeSolution s = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x")).denseOutput(true).build()
                .integrate(10, new double[] {Math.cos(10), -Math.sin(10)}, -5);
        for (double t = -5; t <= 10; t += 0.37) {
            assertThat(s.at(t)[0]).as("t=%s", t).isCloseTo(Math.cos(t), within(1e-14));
        }
    }

    @Test
    void denseOutputErrors() {
        OdeSolution noDense = lorenz().build().integrate(0, new double[] {1, 1, 1}, 1);
        assertThat(noDense.hasDenseOutput()).isFalse();
        assertThatThrownBy(() -> noDense.at(0.5)).isInstanceOf(IllegalStateException.class).hasMessageContaining("denseOutput");
        OdeSolution dense = lorenz().denseOutput(true).build().integrate(0, new double[] {1, 1, 1}, 1);
        assertThatThrownBy(() -> dense.at(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> dense.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gridOutputEvaluatesTheStepPolynomialsWithoutShorteningSteps() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x")).gridOutput(0.01).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 0}, 10);
        OdeSolution plain = TaylorIntegrator.of(OdeSystem.parse("x' = v; v' = -x")).integrate(0, new double[] {1, 0}, 10);
        assertThat(s.steps()).isEqualTo(plain.steps()); // steps are not cut to the grid
        assertThat(s.gridSize()).isEqualTo(1001);
        double[] times = s.gridTimes();
        double[][] states = s.gridStates();
        for (int i = 0; i <= 1000; i++) {
            assertThat(times[i]).isEqualTo(0 + i * 0.01);
            assertThat(states[i][0]).as("t=%s", times[i]).isCloseTo(Math.cos(times[i]), within(1e-14));
            assertThat(states[i][1]).isCloseTo(-Math.sin(times[i]), within(1e-14));
        }
        assertThat(times[1000]).isCloseTo(10, within(1e-14));
    }

    @Test
    void gridOutputBackwardsAndStoppedByAnEvent() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x")).gridOutput(0.5)
                .event("x", Direction.UP, true).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 0}, -10);
        // backwards, x = cos t first vanishes at −π/2 going "up" in the integration direction? x decreases
        // as t decreases from 0: a DOWN crossing, then UP at −3π/2 = −4.71
        assertThat(s.t()).isCloseTo(-1.5 * Math.PI, within(1e-14));
        assertThat(s.gridTimes()).containsExactly(0, -0.5, -1, -1.5, -2, -2.5, -3, -3.5, -4, -4.5);
        assertThat(s.gridStates()[9][0]).isCloseTo(Math.cos(-4.5), within(1e-14));
    }

    @Test
    void aGridThatCannotFitInTheHeapIsRefusedBeforeTheRun() {
        // 10^12 points over [0, 1]: far beyond any heap (and any array); an OutOfMemoryError in the run before
        TaylorIntegrator huge = TaylorIntegrator.builder(OdeSystem.parse("x' = -y; y' = x")).gridOutput(1e-12).build();
        assertThatThrownBy(() -> huge.integrate(0, new double[] {1, 0}, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the grid output over [0.0, 1.0] with spacing 1.0E-12 has 1000000000001 points")
                .hasMessageEndingWith("use a larger grid spacing");
        // a normal grid is unaffected
        OdeSolution s = TaylorIntegrator.builder(OdeSystem.parse("x' = -y; y' = x")).gridOutput(0.25).build()
                .integrate(0, new double[] {1, 0}, 1);
        assertThat(s.gridTimes()).containsExactly(0, 0.25, 0.5, 0.75, 1);
    }
}
