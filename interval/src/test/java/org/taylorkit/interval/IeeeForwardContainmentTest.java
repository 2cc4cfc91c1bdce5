package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * Containment (x ∈ X, y ∈ Y ⇒ op(x, y) ∈ OP(X, Y)) of the IEEE 1788 operations of this branch
 * against independent references: {@link BigDecimal#setScale} for the integer roundings, exact
 * {@link BigDecimal} powers and products for {@code rootn}, {@code recip}, {@code dot} and
 * {@code fma}, Apfloat at 40 digits for {@code pow}; plus hand-derived values from the definitions
 * in IEEE 1788-2015 §9.1–9.2 and §12.12.12. Seeded ({@link IntervalGen}).
 */
class IeeeForwardContainmentTest {

    private static final int SAMPLES = 40;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void integerRoundingsContainTheRoundedMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < SAMPLES; i++) {
            Interval x = g.coin() ? g.intervalIn(-6, 6) : g.anyInterval();
            double p = g.memberOf(x);
            BigDecimal b = new BigDecimal(p);
            in(g, "floor", IntervalRounding.floor(x), b.setScale(0, RoundingMode.FLOOR));
            in(g, "ceil", IntervalRounding.ceil(x), b.setScale(0, RoundingMode.CEILING));
            in(g, "trunc", IntervalRounding.trunc(x), b.setScale(0, RoundingMode.DOWN));
            in(g, "roundTiesToEven", IntervalRounding.roundTiesToEven(x), b.setScale(0, RoundingMode.HALF_EVEN));
            in(g, "roundTiesToAway", IntervalRounding.roundTiesToAway(x), b.setScale(0, RoundingMode.HALF_UP));
            in(g, "sign", IntervalRounding.sign(x), BigDecimal.valueOf(b.signum()));
        }
    }

    @Test
    void roundingTiesAndTheLargestDoubleBelowOneHalf() {
        // 0.49999999999999994 = 1/2 − 2^−54: floor(x + 0.5) would give 1 (x + 0.5 rounds up to 1)
        double below = Math.nextDown(0.5);
        assertThat(IntervalRounding.roundTiesToAway(Interval.point(below))).isEqualTo(Interval.point(0));
        assertThat(IntervalRounding.roundTiesToAway(Interval.of(-2.5, 2.5))).isEqualTo(Interval.of(-3, 3));
        assertThat(IntervalRounding.roundTiesToEven(Interval.of(-2.5, 3.5))).isEqualTo(Interval.of(-2, 4));
        assertThat(IntervalRounding.trunc(Interval.of(-0.5, 0x1p60))).isEqualTo(Interval.of(0, 0x1p60));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void rootnBoundsBracketTheRootExactly(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < SAMPLES; i++) {
            int n = g.intBetween(3, 12);
            double p = g.coin() ? g.anyFinite() : g.moderate();
            if (n % 2 == 0) {
                p = Math.abs(p);
            }
            Interval r = IntervalPowers.rootn(Interval.point(p), n);
            BigDecimal x = new BigDecimal(p);
            // the defining property: lo^n ≤ x ≤ hi^n, and the neighbours fail it (tightest)
            assertThat(new BigDecimal(r.inf()).pow(n).compareTo(x)).as("%s rootn(%s, %d) lo", g, p, n).isLessThanOrEqualTo(0);
            assertThat(new BigDecimal(r.sup()).pow(n).compareTo(x)).as("%s rootn(%s, %d) hi", g, p, n).isGreaterThanOrEqualTo(0);
            if (r.inf() != r.sup()) {
                assertThat(Math.nextUp(r.inf())).as("%s rootn(%s, %d) one ulp", g, p, n).isEqualTo(r.sup());
            }
            // negative n: 1/root
            Interval q = IntervalPowers.rootn(Interval.point(p), -n);
            if (p != 0) { // q^n ≶ 1/x, i.e. q^n·x ≶ 1 with the inequality reversed for x < 0
                int s = p > 0 ? 1 : -1;
                assertThat(new BigDecimal(q.inf()).pow(n).multiply(x).compareTo(BigDecimal.ONE) * s)
                        .as("%s rootn(%s, %d) lo", g, p, -n).isLessThanOrEqualTo(0);
                assertThat(new BigDecimal(q.sup()).pow(n).multiply(x).compareTo(BigDecimal.ONE) * s)
                        .as("%s rootn(%s, %d) hi", g, p, -n).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void powContainsApfloatValuesOnItsDomain(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < SAMPLES; i++) {
            Interval x = g.intervalIn(-1, 8);
            Interval y = g.intervalIn(-6, 6);
            Interval r = IntervalPowers.pow(x, y);
            double px = g.memberOf(x);
            double py = g.memberOf(y);
            if (px < 0 || (px == 0 && py <= 0)) {
                continue; // outside 1788's domain
            }
            BigDecimal v = px == 0 ? BigDecimal.ZERO
                    : new BigDecimal(ApfloatMath.pow(new Apfloat(new BigDecimal(px), 50), new Apfloat(new BigDecimal(py), 50)).toString(true));
            BigDecimal slack = v.abs().multiply(new BigDecimal("1e-30"));
            assertThat(r.isEmpty()).as("%s pow(%s, %s) empty", g, x, y).isFalse();
            assertThat(new BigDecimal(r.inf()).compareTo(v.add(slack))).as("%s pow(%s,%s)=%s at %s,%s", g, x, y, r, px, py)
                    .isLessThanOrEqualTo(0);
            if (r.sup() != Double.POSITIVE_INFINITY) {
                assertThat(new BigDecimal(r.sup()).compareTo(v.subtract(slack))).as("%s pow(%s,%s)=%s at %s,%s", g, x, y,
                        r, px, py).isGreaterThanOrEqualTo(0);
            }
        }
        // the standard's domain, by its definition (§9.1): negative bases are outside even for integer y
        assertThat(IntervalPowers.pow(Interval.of(-2, -1), Interval.point(2))).isEqualTo(Interval.empty());
        assertThat(IntervalPowers.pow(Interval.of(-2, 4), Interval.point(0.5))).isEqualTo(Interval.of(0, 2));
        assertThat(IntervalPowers.pow(Interval.point(0), Interval.of(-1, 1))).isEqualTo(Interval.point(0));
        assertThat(IntervalPowers.pow(Interval.point(0), Interval.of(-1, 0))).isEqualTo(Interval.empty());
        assertThat(IntervalPowers.pown(Interval.of(-2, -1), 2)).isEqualTo(Interval.of(1, 4));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void dotSumFmaAndRecipContainExactValues(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int n = g.intBetween(1, 6);
        Interval[] x = new Interval[n];
        Interval[] y = new Interval[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.coin() ? g.anyInterval() : g.intervalIn(-5, 5);
            y[i] = g.coin() ? g.anyInterval() : g.intervalIn(-5, 5);
        }
        Interval dot = IntervalReductions.dot(x, y);
        Interval sum = IntervalReductions.sum(x);
        Interval sumSq = IntervalReductions.sumSquare(x);
        Interval sumAbs = IntervalReductions.sumAbs(x);
        for (int s = 0; s < SAMPLES; s++) {
            BigDecimal d = BigDecimal.ZERO;
            BigDecimal sx = BigDecimal.ZERO;
            BigDecimal sq = BigDecimal.ZERO;
            BigDecimal sa = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal a = new BigDecimal(g.memberOf(x[i]));
                BigDecimal b = new BigDecimal(g.memberOf(y[i]));
                d = d.add(a.multiply(b));
                sx = sx.add(a);
                sq = sq.add(a.multiply(a));
                sa = sa.add(a.abs());
            }
            in(g, "dot", dot, d);
            in(g, "sum", sum, sx);
            in(g, "sumSquare", sumSq, sq);
            in(g, "sumAbs", sumAbs, sa);
        }
        Interval z = g.intervalIn(-5, 5);
        Interval fma = IntervalReductions.fma(x[0], y[0], z);
        Interval recip = IntervalPowers.recip(x[0]);
        for (int s = 0; s < SAMPLES; s++) {
            double a = g.memberOf(x[0]);
            double b = g.memberOf(y[0]);
            double c = g.memberOf(z);
            in(g, "fma", fma, new BigDecimal(a).multiply(new BigDecimal(b)).add(new BigDecimal(c)));
            if (a != 0) {
                assertThat(recip.contains(1 / a) || recip.inf() <= 1 / a && 1 / a <= recip.sup()).isTrue();
                // exact check: inf·a ≤ 1 ≤ sup·a for a > 0 (reversed for a < 0)
                BigDecimal ba = new BigDecimal(a);
                int sign = a > 0 ? 1 : -1;
                if (recip.inf() != Double.NEGATIVE_INFINITY) {
                    assertThat(new BigDecimal(recip.inf()).multiply(ba).compareTo(BigDecimal.ONE) * sign)
                            .as("%s recip(%s) lower at %s", g, x[0], a).isLessThanOrEqualTo(0);
                }
                if (recip.sup() != Double.POSITIVE_INFINITY) {
                    assertThat(new BigDecimal(recip.sup()).multiply(ba).compareTo(BigDecimal.ONE) * sign)
                            .as("%s recip(%s) upper at %s", g, x[0], a).isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pointReductionsAreTheExactSumRoundedOnce(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double[] v = new double[g.intBetween(1, 8)];
        double[] w = new double[v.length];
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < v.length; i++) {
            v[i] = g.anyFinite() / 4;
            w[i] = g.moderate();
            exact = exact.add(new BigDecimal(v[i]).multiply(new BigDecimal(w[i])));
        }
        double down = IntervalReductions.dot(v, w, RoundingMode.FLOOR);
        double up = IntervalReductions.dot(v, w, RoundingMode.CEILING);
        double near = IntervalReductions.dot(v, w, RoundingMode.HALF_EVEN);
        // down ≤ exact ≤ up, adjacent doubles (or equal when exact), nearest is one of them
        if (Double.isFinite(down)) {
            assertThat(new BigDecimal(down).compareTo(exact)).as("%s", g).isLessThanOrEqualTo(0);
        }
        if (Double.isFinite(up)) {
            assertThat(new BigDecimal(up).compareTo(exact)).as("%s", g).isGreaterThanOrEqualTo(0);
        }
        assertThat(up == down || Math.nextUp(down) == up).as("%s: %s %s", g, down, up).isTrue();
        assertThat(near == down || near == up).isTrue();
        if (Math.abs(exact.doubleValue()) < Double.MAX_VALUE) {
            assertThat(near).as("%s nearest", g).isEqualTo(exact.doubleValue()); // JDK's correctly rounded conversion
        }
    }

    @Test
    void pointReductionsFollowTheStandardsVectors() {
        // ITF1788 libieeep1788_reduction.itl (minimal_sum_test, minimal_sum_abs_test, minimal_sum_sqr_test, minimal_dot_test)
        RoundingMode n = RoundingMode.HALF_EVEN;
        double inf = Double.POSITIVE_INFINITY;
        assertThat(IntervalReductions.sum(new double[] {1, 2, 3}, n)).isEqualTo(6.0);
        assertThat(IntervalReductions.sum(new double[] {1, 2, Double.NaN, 3}, n)).isNaN();
        assertThat(IntervalReductions.sum(new double[] {1, -inf, 2, inf, 3}, n)).isNaN();
        assertThat(IntervalReductions.sumAbs(new double[] {1, -2, 3}, n)).isEqualTo(6.0);
        assertThat(IntervalReductions.sumAbs(new double[] {1, -inf, 2, inf, 3}, n)).isEqualTo(inf);
        assertThat(IntervalReductions.sumSquare(new double[] {1, 2, 3}, n)).isEqualTo(14.0);
        assertThat(IntervalReductions.sumSquare(new double[] {1, -inf, 2, inf, 3}, n)).isEqualTo(inf);
        assertThat(IntervalReductions.dot(new double[] {1, 2, 3}, new double[] {1, 2, 3}, n)).isEqualTo(14.0);
        assertThat(IntervalReductions.dot(new double[] {0x10000000000001p0, 0x1p104},
                new double[] {0x0fffffffffffffp0, -1.0}, n)).isEqualTo(-1.0);
        assertThat(IntervalReductions.dot(new double[] {1, 2, 0, 4}, new double[] {1, 2, inf, 3}, n)).isNaN();
        // overflow: MAX + MAX rounds to +∞ to nearest and upward, to MAX downward and towards 0
        double max = Double.MAX_VALUE;
        assertThat(IntervalReductions.sum(new double[] {max, max}, n)).isEqualTo(inf);
        assertThat(IntervalReductions.sum(new double[] {max, max}, RoundingMode.FLOOR)).isEqualTo(max);
        assertThat(IntervalReductions.sum(new double[] {-max, -max}, RoundingMode.DOWN)).isEqualTo(-max);
        // 1 + 2^−53 is a tie between 1 and 1 + 2^−52: to even gives 1; 1 + 2^−53 + 2^−60 rounds up
        assertThat(IntervalReductions.sum(new double[] {1, 0x1p-53}, n)).isEqualTo(1.0);
        assertThat(IntervalReductions.sum(new double[] {1, 0x1p-53, 0x1p-60}, n)).isEqualTo(1 + 0x1p-52);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void cancelMinusUndoesAnAddition(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < SAMPLES; i++) {
            Interval x = g.intervalIn(-100, 100);
            Interval y = g.coin() ? g.intervalIn(-100, 100) : g.anyInterval();
            Interval z = IntervalCancel.cancelMinus(x.add(y), y);
            assertThat(z.contains(x)).as("%s: cancelMinus(%s + %s, %s) = %s", g, x, y, y, z).isTrue();
            // the definition: y + cancelMinus(s, y) ⊇ s whenever the result is bounded
            Interval s = g.intervalIn(-100, 100);
            Interval c = IntervalCancel.cancelMinus(s, y);
            if (c.isBounded() && !c.isEmpty()) {
                assertThat(y.add(c).contains(s)).as("%s: %s + cancelMinus(%s, %s) = %s", g, y, s, y, c).isTrue();
            }
        }
    }

    private static void in(IntervalGen g, String op, Interval r, BigDecimal v) {
        boolean lo = r.inf() == Double.NEGATIVE_INFINITY || new BigDecimal(r.inf()).compareTo(v) <= 0;
        boolean hi = r.sup() == Double.POSITIVE_INFINITY || new BigDecimal(r.sup()).compareTo(v) >= 0;
        assertThat(!r.isEmpty() && lo && hi).as("%s: %s = %s does not contain %s", g, op, r, v).isTrue();
    }
}
