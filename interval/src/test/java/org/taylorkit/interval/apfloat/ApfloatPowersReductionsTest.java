package org.taylorkit.interval.apfloat;

import org.taylorkit.interval.IeeePowersVectorsTest;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.ItlVectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@link ApfloatIntervalPowers} and {@link ApfloatIntervalReductions}: hand-derived values from
 * the definitions (IEEE 1788 §9.1), exact power checks of {@code rootn} bounds, exact
 * {@link BigDecimal} sums for the reductions at sampled points, and the ITF1788 {@code fma} and
 * {@code recip} vectors of {@link IeeePowersVectorsTest} (contained after outward rounding to doubles).
 */
class ApfloatPowersReductionsTest {

    private static final long DIGITS = 25;

    private static ApfloatInterval ap(double lo, double hi) {
        return ApfloatInterval.of(lo, hi, DIGITS);
    }

    @Test
    void handDerivedPowersAndRoots() {
        assertThat(ApfloatIntervalPowers.rootn(ap(8, 27), 3)).isEqualTo(ap(2, 3));
        assertThat(ApfloatIntervalPowers.rootn(ap(-27, 8), 3)).isEqualTo(ap(-3, 2));
        assertThat(ApfloatIntervalPowers.rootn(ap(-4, 16), 2)).isEqualTo(ap(0, 4));
        assertThat(ApfloatIntervalPowers.rootn(ap(-4, -1), 2).isEmpty()).isTrue();
        assertThat(ApfloatIntervalPowers.rootn(ap(1, 4), 0).isEmpty()).isTrue();
        assertThat(ApfloatIntervalPowers.rootn(ap(4, 16), -2)).isEqualTo(ap(0.25, 0.5));
        assertThat(ApfloatIntervalPowers.pow(ap(-2, -1), ap(2, 2)).isEmpty()).isTrue(); // negative base: outside
        assertThat(ApfloatIntervalPowers.pown(ap(-2, -1), 2)).isEqualTo(ap(1, 4));
        assertThat(ApfloatIntervalPowers.pow(ap(0, 0), ap(-1, 1))).isEqualTo(ap(0, 0));
        assertThat(ApfloatIntervalPowers.recip(ap(-1, 1)).isEntire()).isTrue();
        assertThat(ApfloatIntervalPowers.recip(ap(2, 4))).isEqualTo(ap(0.25, 0.5));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void rootnBoundsBracketTheRoot(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(3, 9);
        double p = Math.abs(g.moderate()) + 1e-9;
        ApfloatInterval r = ApfloatIntervalPowers.rootn(ApfloatInterval.point(p, DIGITS), n);
        Apfloat x = new Apfloat(new BigDecimal(p));
        assertThat(ApfloatMath.pow(ApfloatDirected.exact(r.inf()), n).compareTo(x)).as("%s lo of rootn(%s, %d)", g, p, n)
                .isLessThanOrEqualTo(0);
        assertThat(ApfloatMath.pow(ApfloatDirected.exact(r.sup()), n).compareTo(x)).as("%s hi of rootn(%s, %d)", g, p, n)
                .isGreaterThanOrEqualTo(0);
        // a few units of the 25th digit wide
        BigDecimal w = new BigDecimal(r.sup().toString(true)).subtract(new BigDecimal(r.inf().toString(true)));
        assertThat(w.compareTo(new BigDecimal(r.sup().toString(true)).abs().multiply(new BigDecimal("1e-22"))))
                .as("%s width", g).isLessThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void reductionsContainTheExactSumsAtSampledPoints(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(1, 5);
        Interval[] xd = new Interval[n];
        Interval[] yd = new Interval[n];
        ApfloatInterval[] x = new ApfloatInterval[n];
        ApfloatInterval[] y = new ApfloatInterval[n];
        for (int i = 0; i < n; i++) {
            xd[i] = g.coin() ? g.anyInterval() : g.intervalIn(-5, 5);
            yd[i] = g.intervalIn(-5, 5);
            x[i] = ApfloatInterval.of(xd[i].inf(), xd[i].sup(), DIGITS);
            y[i] = ApfloatInterval.of(yd[i].inf(), yd[i].sup(), DIGITS);
        }
        ApfloatInterval dot = ApfloatIntervalReductions.dot(x, y);
        ApfloatInterval sumSq = ApfloatIntervalReductions.sumSquare(x);
        ApfloatInterval sumAbs = ApfloatIntervalReductions.sumAbs(x);
        for (int s = 0; s < 20; s++) {
            BigDecimal d = BigDecimal.ZERO;
            BigDecimal q = BigDecimal.ZERO;
            BigDecimal a = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal u = new BigDecimal(g.memberOf(xd[i]));
                d = d.add(u.multiply(new BigDecimal(g.memberOf(yd[i]))));
                q = q.add(u.multiply(u));
                a = a.add(u.abs());
            }
            in(g, "dot", dot, d);
            in(g, "sumSquare", sumSq, q);
            in(g, "sumAbs", sumAbs, a);
        }
    }

    @Test
    void fmaAndRecipVectorsOfTheSuiteAreContained() {
        Map<String, Function<List<String>, Object>> ops = Map.of(
                "fma", a -> back(ApfloatIntervalReductions.fma(ap(a, 0), ap(a, 1), ap(a, 2))),
                "recip", a -> back(ApfloatIntervalPowers.recip(ap(a, 0))));
        int[] r = ItlVectors.check(IeeePowersVectorsTest.FMA + IeeePowersVectorsTest.RECIP, ops, false);
        assertThat(r[0]).isGreaterThan(180);
    }

    private static ApfloatInterval ap(List<String> a, int i) {
        Interval x = ItlVectors.arg(a, i);
        return x.isEmpty() ? ApfloatInterval.empty(DIGITS) : ApfloatInterval.of(x.inf(), x.sup(), DIGITS);
    }

    private static Interval back(ApfloatInterval r) {
        return r.isEmpty() ? Interval.empty() : Interval.of(r.infDouble(), r.supDouble());
    }

    private static void in(IntervalGen g, String op, ApfloatInterval r, BigDecimal v) {
        boolean lo = !r.isBoundedBelow() || new BigDecimal(r.inf().toString(true)).compareTo(v) <= 0;
        boolean hi = !r.isBoundedAbove() || new BigDecimal(r.sup().toString(true)).compareTo(v) >= 0;
        assertThat(!r.isEmpty() && lo && hi).as("%s: %s = %s does not contain %s", g, op, r, v).isTrue();
    }
}
