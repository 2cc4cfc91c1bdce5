package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/** Integrations against closed-form solutions. */
class ExactSolutionTest {

    @Test
    void exponentialGrowthToOneEMinus14RelativeOverZeroToFive() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = x")).denseOutput(true).build();
        OdeSolution s = ti.integrate(0, new double[] {1}, 5);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(s.t()).isEqualTo(5.0);
        for (int i = 0; i <= 500; i++) {
            double t = i * 0.01;
            assertThat(Math.abs(s.at(t)[0] / Math.exp(t) - 1)).as("t=%s", t).isLessThan(1e-14);
        }
        assertThat(Math.abs(s.state(0) / Math.exp(5) - 1)).isLessThan(1e-14);
        assertThat(s.statistics().orders()).containsOnlyKeys(20); // default tolerance 2^-52 → order 20
    }

    @Test
    void harmonicOscillatorOverOneHundredPeriods() {
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = v; v' = -x"));
        double end = 200 * Math.PI;
        OdeSolution s = ti.integrate(0, new double[] {1, 0}, end);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(s.state(0)).isCloseTo(Math.cos(end), within(2e-14));
        assertThat(s.state(1)).isCloseTo(-Math.sin(end), within(2e-14));
    }

    @Test
    void quadraticBlowUpStopsWithinAFewUlpsOfTheSingularity() {
        // x' = x², x(0) = 1: x = 1/(1 − t), singular at t = 1
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = x^2"));
        OdeSolution s = ti.integrate(0, new double[] {1}, 2);
        assertThat(s.status()).isEqualTo(StopReason.BLOW_UP);
        assertThat(s.message()).contains("blow up");
        // measured: 1 − t ≈ 3e-15 after 214 steps; the state there still matches 1/(1 − t)
        assertThat(s.t()).isLessThan(1.0).isCloseTo(1.0, within(1e-13));
        assertThat(s.state(0) * (1 - s.t())).isCloseTo(1.0, within(0.05));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void backwardIntegrationReturnsToTheStart(long seed) {
        Gen g = new Gen(seed);
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = v; v' = -sin(x) + 0.1*cos(t)"));
        double[] x0 = {g.uniform(-2, 2), g.uniform(-1, 1)};
        double t0 = g.uniform(-5, 5);
        double t1 = t0 + g.signedUniform(1, 20);
        OdeSolution there = ti.integrate(t0, x0, t1);
        OdeSolution back = ti.integrate(t1, there.state(), t0);
        assertThat(back.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(back.t()).isEqualTo(t0);
        for (int i = 0; i < 2; i++) {
            assertThat(back.state(i)).as("%s x0=%s,%s t0=%s t1=%s", g, x0[0], x0[1], t0, t1).isCloseTo(x0[i], within(1e-12));
        }
    }

    @Test
    void timeDependentRightHandSides() {
        // x' = −2 t x → x = exp(−t²); y' = cos t → y = sin t; z' = 1/(1 + t²) → z = atan t
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = -2*t*x; y' = cos(t); z' = 1/(1 + t^2)"));
        OdeSolution s = ti.integrate(-1, new double[] {Math.exp(-1), Math.sin(-1), Math.atan(-1)}, 3);
        assertThat(s.state(0)).isCloseTo(Math.exp(-9), within(1e-15));
        assertThat(s.state(1)).isCloseTo(Math.sin(3), within(1e-15));
        assertThat(s.state(2)).isCloseTo(Math.atan(3), within(1e-15));
        OdeSolution b = ti.integrate(3, s.state(), -1);
        assertThat(b.state(0)).isCloseTo(Math.exp(-1), within(1e-14));
    }

    @Test
    void polynomialSolutionsUseTheFallbackStepAndAreExact() {
        // x = t: every coefficient beyond the first vanishes; y = t³ (x³ through x = 0 at t = 0)
        TaylorIntegrator ti = TaylorIntegrator.of(OdeSystem.parse("x' = 1; y' = 3*x^2; z' = 0"));
        OdeSolution s = ti.integrate(-2, new double[] {-2, -8, 5}, 4);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(s.state()).containsExactly(4, 64, 5);
        assertThat(s.steps()).isLessThanOrEqualTo(10);
        OdeSolution still = TaylorIntegrator.of(OdeSystem.parse("z' = 0*z")).integrate(0, new double[] {3}, 1e6);
        assertThat(still.steps()).isEqualTo(1);
        assertThat(still.state(0)).isEqualTo(3);
    }

    @Test
    void cubeThroughZeroUsesExactProducts() {
        // x' = 1, y' = x³ from x = −1: y = ((t − 1)⁴ − 1)/4 + y0 crosses x = 0 at t = 1
        OdeSolution s = TaylorIntegrator.builder(OdeSystem.parse("x' = 1; y' = x^3")).order(6).fixedStep(0.25).build()
                .integrate(0, new double[] {-1, 0}, 2);
        assertThat(s.state(1)).isCloseTo(0.0, within(1e-15));
        assertThat(s.steps()).isEqualTo(8);
        assertThat(s.statistics().orders()).containsOnlyKeys(6);
    }

    @Test
    void linearSystemMatchesTheMatrixExponential() {
        // x' = −x + 2y, y' = −2x − y: x = e^{−t}(cos 2t·x0 + sin 2t·y0), y = e^{−t}(−sin 2t·x0 + cos 2t·y0)
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("x' = -x + 2*y; y' = -2*x - y"))
                .tolerance(1e-12).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 0.5}, 4);
        double d = Math.exp(-4);
        assertThat(s.state(0)).isCloseTo(d * (Math.cos(8) + 0.5 * Math.sin(8)), within(1e-13));
        assertThat(s.state(1)).isCloseTo(d * (-Math.sin(8) + 0.5 * Math.cos(8)), within(1e-13));
        assertThat(s.statistics().orders()).containsOnlyKeys(TaylorIntegrator.orderFor(1e-12));
        assertThat(TaylorIntegrator.orderFor(1e-12)).isEqualTo(15);
        assertThat(TaylorIntegrator.orderFor(1e-15)).isEqualTo(19);
        assertThat(TaylorIntegrator.orderFor(1e-50)).isEqualTo(59);
    }

    @Test
    void fixedOrderAndFixedStepModes() {
        OdeSystem decay = OdeSystem.parse("x' = -x");
        OdeSolution fixed = TaylorIntegrator.builder(decay).order(8).fixedStep(0.1).build().integrate(0, new double[] {1}, 1.05);
        assertThat(fixed.steps()).isEqualTo(11);
        assertThat(fixed.statistics().shortenedSteps()).isEqualTo(1);
        assertThat(fixed.statistics().maxStep()).isEqualTo(0.1);
        // local error of order 8 at h = 0.1 is about 0.1⁹/9! ≈ 3e-15 per step
        assertThat(fixed.state(0)).isCloseTo(Math.exp(-1.05), within(1e-13));
        OdeSolution euler = TaylorIntegrator.builder(decay).order(1).fixedStep(0.5).build().integrate(0, new double[] {1}, 1);
        assertThat(euler.state(0)).isEqualTo(0.25); // (1 − 0.5)²
        OdeSolution auto = TaylorIntegrator.builder(decay).order(30).build().integrate(0, new double[] {1}, 1);
        assertThat(auto.statistics().orders()).containsOnlyKeys(30);
        assertThat(auto.state(0)).isCloseTo(Math.exp(-1), within(1e-16));
    }

    @Test
    void stopReasonsForDomainErrorsAndStepLimits() {
        // y' = log(x) with x = 1 − t: the coefficients of log(1 − t) grow like (1 − t)^−k, so the
        // steps shrink geometrically and the integration stops a few ulps from t = 1
        OdeSolution s = TaylorIntegrator.of(OdeSystem.parse("x' = -1; y' = log(x)")).integrate(0, new double[] {1, 0}, 3);
        assertThat(s.status()).as(s.message()).isIn(StopReason.NON_FINITE, StopReason.BLOW_UP);
        assertThat(s.t()).isCloseTo(1.0, within(1e-13));
        OdeSolution nan = TaylorIntegrator.of(OdeSystem.parse("x' = sqrt(x - 2)")).integrate(0, new double[] {1}, 1);
        assertThat(nan.status()).isEqualTo(StopReason.NON_FINITE);
        assertThat(nan.t()).isEqualTo(0.0);
        assertThat(nan.message()).contains("NaN");
        // x' = 1/x from x = 0: the right-hand side itself is infinite at the start (not a blow-up)
        OdeSolution pole = TaylorIntegrator.of(OdeSystem.parse("x' = 1/x")).integrate(0, new double[] {0}, 1);
        assertThat(pole.status()).isEqualTo(StopReason.NON_FINITE);
        assertThat(pole.t()).isEqualTo(0.0);
        assertThat(pole.message()).contains("x' is infinite").contains("t = 0.0");
        OdeSolution max = TaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x")).maxSteps(5).build()
                .integrate(0, new double[] {1, 0}, 100);
        assertThat(max.status()).isEqualTo(StopReason.MAX_STEPS);
        assertThat(max.steps()).isEqualTo(5);
        assertThat(max.state(0)).isCloseTo(Math.cos(max.t()), within(1e-14));
        assertThat(StopReason.BLOW_UP.label()).isEqualTo("blow-up");
        assertThat(StopReason.NON_FINITE.label()).isEqualTo("non-finite");
        assertThat(StopReason.MAX_STEPS.label()).isEqualTo("max-steps");
    }

    @Test
    void emptyRangeTakesNoStep() {
        OdeSolution s = TaylorIntegrator.of(OdeSystem.parse("x' = x")).integrate(2, new double[] {3}, 2);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(s.steps()).isZero();
        assertThat(s.state(0)).isEqualTo(3);
    }
}
