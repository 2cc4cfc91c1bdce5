package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@link RoundedSums} bounds sums of products taken to nearest: for seeded random factors over many
 * magnitudes (down to products that underflow into the subnormal range or to zero), the exact sum
 * (in {@link BigDecimal}) of the non-negative products is at most {@code upper(ŝ)}, and the exact
 * signed sum lies within {@code deviation(m̂)} of its rounded sum.
 */
class RoundedSumsTest {

    private static double factor(IntervalGen g) {
        int k = g.intBetween(0, 4);
        double m = k == 0 ? g.logUniform(-560, -500) : g.logUniform(-40, 40);
        return g.coin() ? m : -m;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void boundsHoldAgainstTheExactSums(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(1, 120);
        double s = 0;
        double m = 0;
        double sAbs = 0;
        BigDecimal exactSigned = BigDecimal.ZERO;
        BigDecimal exactAbs = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            double a = factor(g);
            double b = factor(g);
            s += a * b;
            sAbs += Math.abs(a) * Math.abs(b);
            m += Math.abs(a) * Math.abs(b);
            BigDecimal v = new BigDecimal(a).multiply(new BigDecimal(b));
            exactSigned = exactSigned.add(v);
            exactAbs = exactAbs.add(v.abs());
        }
        assertThat(new BigDecimal(RoundedSums.upper(sAbs)).compareTo(exactAbs)).as("%s: upper(%s)", g, sAbs)
                .isGreaterThanOrEqualTo(0);
        BigDecimal dev = new BigDecimal(RoundedSums.deviation(m));
        assertThat(exactSigned.subtract(new BigDecimal(s)).abs().compareTo(dev)).as("%s: |ŝ − Σ| ≤ %s", g, dev)
                .isLessThanOrEqualTo(0);
    }

    /** {@link RoundedSums#deviationOfFew}: up to 2 000 signed products, as many as a polynomial part has coefficients. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theFewTermBoundHoldsForUpToTwoThousandProducts(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.coin() ? RoundedSums.FEW_TERMS : g.intBetween(1, RoundedSums.FEW_TERMS);
        double s = 0;
        double m = 0;
        BigDecimal exactSigned = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            double a = factor(g);
            double b = factor(g);
            s += a * b;
            m += Math.abs(a) * Math.abs(b);
            exactSigned = exactSigned.add(new BigDecimal(a).multiply(new BigDecimal(b)));
        }
        BigDecimal dev = new BigDecimal(RoundedSums.deviationOfFew(m));
        assertThat(exactSigned.subtract(new BigDecimal(s)).abs().compareTo(dev)).as("%s: n=%d, |ŝ − Σ| ≤ %s", g, n, dev)
                .isLessThanOrEqualTo(0);
        assertThat(RoundedSums.deviationOfFew(m)).isLessThanOrEqualTo(RoundedSums.deviation(m));
    }

    @Test
    void productsThatUnderflowToZeroAreStillCovered() {
        // 2^-600 · 2^-500 = 2^-1100 rounds to 0, yet the bound of the exact sum must stay positive
        double s = 0x1p-600 * 0x1p-500;
        assertThat(s).isZero();
        assertThat(new BigDecimal(RoundedSums.upper(s)).compareTo(new BigDecimal(0x1p-600).multiply(new BigDecimal(0x1p-500))))
                .isGreaterThanOrEqualTo(0);
        assertThat(RoundedSums.deviation(0)).isGreaterThan(0);
        assertThat(RoundedSums.deviationOfFew(0)).isGreaterThan(0);
    }
}
