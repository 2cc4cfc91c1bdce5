package org.taylorkit.ode.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link StepPolynomials#horner} against the exact value of the polynomial (BigDecimal, no rounding). */
class StepPolynomialsTest {

    /** Σ c_k τ^k exactly (every double is a finite binary fraction), and Σ |c_k τ^k| rounded. */
    private static double[] exact(double[] c, int offset, int p, double tau) {
        BigDecimal t = new BigDecimal(tau);
        BigDecimal pow = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal abs = BigDecimal.ZERO;
        for (int k = 0; k <= p; k++) {
            BigDecimal term = new BigDecimal(c[offset + k]).multiply(pow);
            sum = sum.add(term);
            abs = abs.add(term.abs());
            pow = pow.multiply(t);
        }
        return new double[] {sum.doubleValue(), abs.doubleValue()};
    }

    /**
     * Step polynomials as the integrator makes them (coefficients falling like ρ^{−k}, the step a
     * fraction of ρ): within 1 ulp of the exact value plus 2ε·Σ|c_k τ^k| — Horner's accuracy.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void stepPolynomialsAreEvaluatedToAFewUlps(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            int p = rnd.nextInt(41);
            double rho = Math.pow(10, rnd.nextDouble(-3, 3));
            double[] c = new double[p + 3];
            int offset = rnd.nextInt(3);
            for (int k = 0; k <= p; k++) {
                c[offset + k] = rnd.nextDouble(-1, 1) * Math.pow(rho, -k);
            }
            double tau = rho * rnd.nextDouble(-0.3, 0.3);
            double got = StepPolynomials.horner(c, offset, p, tau);
            double[] e = exact(c, offset, p, tau);
            double bound = Math.ulp(e[0]) + 2 * Math.ulp(1.0) * e[1];
            assertThat(Math.abs(got - e[0])).as("seed %d case %d: p = %d, ρ = %s, τ = %s: %s against exact %s", seed, i, p, rho, tau,
                    got, e[0]).isLessThanOrEqualTo(bound);
        }
    }

    /** Any coefficients and |τ| ≤ 2: within Horner's bound 2pε·Σ|c_k τ^k| of the exact value. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void anyPolynomialIsWithinHornersBound(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            int p = rnd.nextInt(41);
            double[] c = new double[p + 1];
            for (int k = 0; k <= p; k++) {
                c[k] = rnd.nextDouble(-1, 1) * Math.pow(10, rnd.nextDouble(-5, 5));
            }
            double tau = rnd.nextDouble(-2, 2);
            double got = StepPolynomials.horner(c, 0, p, tau);
            double[] e = exact(c, 0, p, tau);
            double bound = Math.ulp(e[0]) + 2 * (p + 1) * Math.ulp(1.0) * e[1];
            assertThat(Math.abs(got - e[0])).as("seed %d case %d: p = %d, τ = %s: %s against exact %s", seed, i, p, tau, got, e[0])
                    .isLessThanOrEqualTo(bound);
        }
    }

    /** Every coefficient counts, from the split order on too: the monomials τ^k at τ = 2 give 2^k exactly. */
    @Test
    void everyMonomialIsReached() {
        for (int p = 0; p <= 40; p++) {
            for (int k = 0; k <= p; k++) {
                double[] c = new double[p + 1];
                c[k] = 1.0;
                assertThat(StepPolynomials.horner(c, 0, p, 2.0)).as("p = %d, k = %d", p, k).isEqualTo(Math.scalb(1.0, k));
            }
        }
    }
}
