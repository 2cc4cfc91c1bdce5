package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * The double integrator's form (the norms themselves, roots by {@link KthRoots} instead of
     * {@code log} and {@code exp}, a few ulps from the exact root: {@link KthRootsTest}) agrees with the
     * log-norm form to the latter's rounding: relative 2·10⁻¹⁵ plus 2.3·10⁻¹⁶ per unit of
     * |ln X| + |ln‖x_k‖| (the log form's exponent carries the rounding of both logarithms; for the
     * norms of the benchmarks, |ln| ≲ 40, about 10⁻¹⁴). Random orders,
     * numerators and norms over 80 decades, a third of them near a tie of the two roots, and zero,
     * tiny and NaN norms (the delegated cases, which must give the log-norm form's value exactly).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void theNormFormAgreesWithTheLogNormForm(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 2000; i++) {
            int p = 2 + rnd.nextInt(40);
            double num = Math.pow(10, rnd.nextDouble(-20, 20));
            double m1 = num * Math.pow(10, rnd.nextDouble(-40, 40));
            double m2;
            switch (rnd.nextInt(6)) {
                case 0, 1 -> { // near a tie: (num/m2)^(1/p) ≈ (num/m1)^(1/(p−1))
                    double root = Math.pow(num / m1, 1.0 / (p - 1));
                    m2 = num / Math.pow(root, p) * (1 + rnd.nextDouble(-1e-3, 1e-3));
                }
                case 2 -> m2 = rnd.nextBoolean() ? 0.0 : Double.MIN_VALUE * rnd.nextInt(1, 100);
                case 3 -> m2 = rnd.nextInt(50) == 0 ? Double.NaN : num * Math.pow(10, rnd.nextDouble(-300, 300));
                default -> m2 = num * Math.pow(10, rnd.nextDouble(-40, 40));
            }
            if (rnd.nextInt(20) == 0) {
                m1 = 0.0;
            }
            double safety = rnd.nextDouble(0.05, 1);
            double n1 = m1;
            double n2 = m2;
            StepSizeRule.LogNorms logNorms = k -> Math.log(k == p - 1 ? n1 : n2);
            double expected = StepSizeRule.step(Math.log(num), p, safety, logNorms);
            double actual = StepSizeRule.step(num, p, safety, m1, m2, logNorms);
            String what = String.format("seed %d case %d: p = %d, X = %s, norms %s, %s (expected %s, got %s)", seed, i, p, num,
                    m1, m2, expected, actual);
            boolean delegated = !(m1 >= Double.MIN_NORMAL && m2 >= Double.MIN_NORMAL && m2 <= Double.MAX_VALUE);
            if (delegated || !Double.isFinite(expected)) {
                assertThat(Double.doubleToLongBits(actual)).as(what).isEqualTo(Double.doubleToLongBits(expected));
            } else {
                double logs = Math.abs(Math.log(num)) + Math.max(Math.abs(Math.log(m1)), Math.abs(Math.log(m2))) + 1;
                assertThat(Math.abs(actual - expected)).as(what).isLessThanOrEqualTo((2e-15 + 2.3e-16 * logs) * expected);
            }
        }
    }

    /**
     * A numerator prepared once and reused for steps of several orders gives each order's value (the
     * tables follow the order).
     */
    @Test
    void aPreparedNumeratorFollowsTheOrder() {
        StepSizeRule.Numerator nu = new StepSizeRule.Numerator();
        StepSizeRule.LogNorms unused = k -> {
            throw new AssertionError("not delegated");
        };
        for (int p : new int[] {19, 19, 12, 3, 19}) {
            // ‖x_k‖ = 2^−k·X: both roots 2, times the safety factor 0.5
            nu.set(3.0, p, 0.5);
            double h = StepSizeRule.step(nu, 3.0 * Math.pow(2, -(p - 1)), 3.0 * Math.pow(2, -p), unused);
            assertThat(h).as("p = %d", p).isCloseTo(1.0, within(4e-16));
        }
        nu.set(0.0, 19, 0.5); // X = 0: the log-norm form decides (ln 0 = −∞ gives a zero step)
        assertThat(StepSizeRule.step(nu, 1.0, 1.0, k -> 0.0)).isEqualTo(0.0);
    }
}
