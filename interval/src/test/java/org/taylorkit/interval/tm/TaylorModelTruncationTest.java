package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.tm.TaylorModelSamples.assertContainsExactly;
import static org.taylorkit.interval.tm.TaylorModelSamples.exactPolynomial;
import static org.taylorkit.interval.tm.TaylorModelSamples.valueAt;
import static org.taylorkit.interval.tm.TaylorModelSamples.variables;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.tm.TaylorModelSamples.Case;

/**
 * The Taylor-model product in 4 to 7 variables, where it forms only the pairs of total degree ≤ K+1
 * and bounds the degree K+2..2K tail by degree ({@link TruncationTail}), with its rounding errors
 * summed to nearest and bounded a posteriori ({@link RoundedSums}): for seeded random models (dense
 * or concentrated in high degrees, coefficients over many magnitudes) and sampled points of the box
 * (endpoints, midpoints, grid points) and of the remainders, the exact real
 * {@code (Pa(δ) + ra)·(Pb(δ) + rb) − P(δ)}, in {@link BigDecimal}, lies in the product's remainder,
 * compared exactly. The fast and the directed-rounding paths store the same coefficients.
 */
class TaylorModelTruncationTest {

    /** A random coefficient of degree {@code d}: often zero, else a double over many magnitudes and signs. */
    private static double coefficient(IntervalGen g, int d, boolean highHeavy, int order) {
        if (g.intBetween(0, 3) == 0) {
            return 0;
        }
        double m = highHeavy && 2 * d >= order ? g.logUniform(-2, 3) : g.logUniform(-25, 2);
        return g.coin() ? m : -m;
    }

    private static TaylorModel model(IntervalGen g, TaylorModelSpace s, MonomialIndex index, boolean highHeavy) {
        double[] c = new double[s.size()];
        for (int p = 0; p < c.length; p++) {
            c[p] = coefficient(g, index.degree(p), highHeavy, s.order());
        }
        Interval r = g.intBetween(0, 2) == 0 ? Interval.point(0.0) : g.ordered(g.signed(1e-6), g.signed(1e-6));
        return new TaylorModel(s, c, r);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theProductInManyVariablesEnclosesTheExactProductAtSampledPoints(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(4, 7);
        int order = g.intBetween(2, n >= 6 ? 3 : 4);
        Case c = Case.of(g, HighPrecision.box(g, variables(n)), order);
        boolean highHeavy = g.coin();
        TaylorModel a = model(g, c.space(), c.index(), highHeavy);
        TaylorModel b = model(g, c.space(), c.index(), highHeavy);
        TaylorModel ab = a.multiply(b);
        assertThat(ab.coefficients()).isEqualTo(PolynomialArithmetic.multiplyDirected(a, b).coefficients());
        assertThat(ab.remainder().isBounded()).isTrue();
        for (int i = 0; i < 3; i++) {
            Map<String, Double> p = HighPrecision.point(g, c.box());
            double ra = g.memberOf(a.remainder());
            double rb = g.memberOf(b.remainder());
            BigDecimal error = valueAt(a, p, ra).multiply(valueAt(b, p, rb)).subtract(exactPolynomial(ab, p));
            String what = g + ": n=" + n + ", K=" + order + ", high-heavy=" + highHeavy + " at " + p;
            assertContainsExactly(ab.remainder(), error, what);
            assertContainsExactly(PolynomialArithmetic.multiplyDirected(a, b).remainder(), error, what + " (directed path)");
        }
    }

    /**
     * Single monomials whose product lies wholly in the tail: {@code δ_0^a · δ_1^b} with
     * {@code a + b ≥ K + 2} over {@code [−1, 1]²}; at the corner {@code (1, 1)} the truncated value is
     * exactly the coefficient product, the extreme the by-degree bound must still cover.
     */
    @Test
    void aProductWhollyInTheTailIsCoveredAtTheCorner() {
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : variables(5)) {
            box.put(v, Interval.of(-1, 1));
        }
        int order = 4;
        TaylorModelSpace space = TaylorModelSpace.of(box, order);
        MonomialIndex index = MonomialIndex.of(5, order);
        for (int a = 2; a <= order; a++) {
            for (int b = order + 2 - a; b <= order; b++) {
                double[] x = new double[space.size()];
                double[] y = new double[space.size()];
                x[index.position(a, 0, 0, 0, 0)] = 3;
                y[index.position(0, b, 0, 0, 0)] = -0.75;
                TaylorModel ab = new TaylorModel(space, x, Interval.point(0.0))
                        .multiply(new TaylorModel(space, y, Interval.point(0.0)));
                assertThat(ab.isConstantPolynomial()).isTrue();
                assertThat(ab.coefficients()[0]).isZero();
                assertThat(ab.remainder().contains(-2.25)).as("a=%d, b=%d: %s", a, b, ab.remainder()).isTrue();
                assertThat(ab.remainder().contains((b % 2 == 0 ? -2.25 : 2.25) * (a % 2 == 0 ? 1 : -1)))
                        .as("a=%d, b=%d at (-1, -1): %s", a, b, ab.remainder()).isTrue();
            }
        }
    }

    /** Products exact in doubles with no truncated term keep a zero remainder in 7 variables too. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void exactProductsInSevenVariablesKeepAZeroRemainder(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int order = g.intBetween(2, 4);
        Case c = Case.of(g, HighPrecision.box(g, variables(7)), order);
        TaylorModelSpace space = c.space();
        double[] ca = new double[space.size()];
        double[] cb = new double[space.size()];
        for (int p = 0; p < ca.length; p++) {
            if (c.index().degree(p) <= order / 2 && g.intBetween(0, 3) == 0) {
                ca[p] = g.intBetween(-64, 64) / 16.0;
                cb[p] = g.intBetween(-64, 64) / 16.0;
            }
        }
        TaylorModel ab = new TaylorModel(space, ca, Interval.point(0.0)).multiply(new TaylorModel(space, cb, Interval.point(0.0)));
        assertThat(PolynomialArithmetic.isZero(ab.remainder())).as("%s: %s", g, ab.remainder()).isTrue();
    }

    /**
     * The tables form exactly the pairs of total degree ≤ K+1 of monomials of degree ≤ K each:
     * C(2n + K + 1, K + 1) (monomials of degree ≤ K+1 in 2n variables) less the 2·C(n + K, K + 1) with
     * a factor of degree K+1, e.g. 116 280 − 3 432 = 112 848 in 7 variables at order 6.
     */
    @Test
    void theTablesHoldThePairsUpToDegreeKPlusOne() {
        for (int[] nk : new int[][] {{1, 3}, {2, 6}, {3, 0}, {4, 1}, {7, 6}}) {
            MonomialTables t = MonomialTables.of(nk[0], nk[1]);
            long pairs = 0;
            for (int i = 0; i < t.size; i++) {
                pairs += t.rowEnd[i];
                assertThat(t.lowEnd[i]).isLessThanOrEqualTo(t.rowEnd[i]);
            }
            assertThat(pairs).as("n=%d, K=%d", nk[0], nk[1])
                    .isEqualTo(MonomialIndex.binomial(2 * nk[0] + nk[1] + 1, nk[1] + 1)
                            - 2 * MonomialIndex.binomial(nk[0] + nk[1], nk[1] + 1));
            assertThat(t.dest.length).isEqualTo((int) pairs);
            // every monomial of degree K+1 is such a product when K ≥ 1; none when K = 0
            assertThat(t.high.length).isEqualTo(nk[1] == 0 ? 0 : (int) MonomialIndex.binomial(nk[0] + nk[1], nk[1] + 1));
        }
        assertThat(MonomialIndex.binomial(14 + 7, 7) - 2 * MonomialIndex.binomial(13, 7)).isEqualTo(112_848);
    }
}
