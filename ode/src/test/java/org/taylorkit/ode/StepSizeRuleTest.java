package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shared step-size rule against hand-computed values (docs/theory/step-control.md). */
class StepSizeRuleTest {

    @Test
    void geometricCoefficientsGiveTheirRadiusTimesTheSafetyFactor() {
        // ‖x_k‖ = 2^−k (radius of convergence 2), X = 1: both roots are exactly 2
        double h = StepSizeRule.step(0.0, 20, 0.1, k -> -k * Math.log(2));
        assertThat(h).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void theSmallerOfTheTwoRootsWins() {
        // ‖x_19‖ = 1e-19 → (1/1e-19)^(1/19) = 10; ‖x_20‖ = 1e-40 → (1e40)^(1/20) = 100; X = e
        double h = StepSizeRule.step(1.0, 20, 1.0, k -> k == 19 ? -19 * Math.log(10) : -40 * Math.log(10));
        assertThat(h).isCloseTo(10 * Math.exp(1.0 / 19), within(1e-12));
    }

    @Test
    void aZeroLastCoefficientSetsNoBound() {
        double h = StepSizeRule.step(0.0, 10, 0.5, k -> k == 10 ? Double.NEGATIVE_INFINITY : -k * Math.log(4));
        assertThat(h).isCloseTo(0.5 * 4, within(1e-14));
    }

    @Test
    void vanishingLastTwoCoefficientsFallBackToTheLowerOrders() {
        // x(t) = 1 + 3t (x' = 3): only ‖x_1‖ = 3 is nonzero → 1/3, no safety factor
        double h = StepSizeRule.step(0.0, 10, 0.1, k -> k == 1 ? Math.log(3) : Double.NEGATIVE_INFINITY);
        assertThat(h).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(StepSizeRule.step(0.0, 10, 0.1, k -> Double.NEGATIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void anUndefinedNormGivesNaN() {
        assertThat(StepSizeRule.step(0.0, 10, 0.1, k -> k == 9 ? Double.NaN : 0.0)).isNaN();
        assertThat(StepSizeRule.step(0.0, 10, 0.1, k -> k >= 9 ? Double.NEGATIVE_INFINITY : Double.NaN)).isNaN();
    }
}
