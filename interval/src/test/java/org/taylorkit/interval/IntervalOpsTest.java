package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEnclosesExact;
import static org.taylorkit.interval.Ref.bd;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** + − × ÷ and friends: containment of exact results of members, exactness, set-based cases. */
class IntervalOpsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Interval iv(double a, double b) {
        return Interval.of(a, b);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void ringOperationsContainExactResultsOfMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.anyInterval();
        Interval y = g.anyInterval();
        Interval sum = x.add(y);
        Interval diff = x.subtract(y);
        Interval prod = x.multiply(y);
        Interval quot = x.divide(y);
        Interval[] ext = x.divideExtended(y);
        for (int i = 0; i < 8; i++) {
            double a = g.memberOf(x);
            double b = g.memberOf(y);
            String what = "x=" + x + " y=" + y + " a=" + a + " b=" + b + " " + g;
            assertEnclosesExact(sum, bd(a).add(bd(b)), "sum " + what);
            assertEnclosesExact(diff, bd(a).subtract(bd(b)), "difference " + what);
            assertEnclosesExact(prod, bd(a).multiply(bd(b)), "product " + what);
            if (b != 0) {
                assertQuotientContained(quot, a, b, "quotient " + what);
                boolean inSome = false;
                for (Interval piece : ext) {
                    inSome |= quotientIn(piece, a, b);
                }
                assertThat(inSome).as("extended quotient %s", what).isTrue();
            }
        }
    }

    /** a/b ∈ q, checked exactly by multiplying out (no exact quotient needed). */
    private static boolean quotientIn(Interval q, double a, double b) {
        if (q.isEmpty()) {
            return false;
        }
        int sb = b > 0 ? 1 : -1;
        boolean lowOk = q.inf() == -INF || bd(q.inf()).multiply(bd(b)).compareTo(bd(a)) * sb <= 0;
        boolean highOk = q.sup() == INF || bd(q.sup()).multiply(bd(b)).compareTo(bd(a)) * sb >= 0;
        return lowOk && highOk;
    }

    private static void assertQuotientContained(Interval q, double a, double b, String what) {
        assertThat(quotientIn(q, a, b)).as("%s: %s", what, q).isTrue();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void unaryOperationsContainExactResultsOfMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.anyInterval();
        Interval y = g.anyInterval();
        Interval sq = x.sqr();
        Interval rt = x.sqrt();
        Interval cb = x.cbrt();
        Interval ab = x.abs();
        Interval mn = x.min(y);
        Interval mx = x.max(y);
        for (int i = 0; i < 8; i++) {
            double a = g.memberOf(x);
            double b = g.memberOf(y);
            String what = "x=" + x + " a=" + a + " " + g;
            assertEnclosesExact(sq, bd(a).pow(2), "sqr " + what);
            assertEnclosesExact(ab, bd(Math.abs(a)), "abs " + what);
            assertEnclosesExact(mn, bd(Math.min(a, b)), "min " + what + " b=" + b);
            assertEnclosesExact(mx, bd(Math.max(a, b)), "max " + what + " b=" + b);
            assertEnclosesExact(x.negate(), bd(-a), "negate " + what);
            if (a >= 0) {
                assertThat(rt.isEmpty()).as(what).isFalse();
                if (rt.inf() > 0) {
                    assertThat(bd(rt.inf()).pow(2).compareTo(bd(a))).as("sqrt low " + what).isLessThanOrEqualTo(0);
                }
                if (rt.sup() != INF) {
                    assertThat(bd(rt.sup()).pow(2).compareTo(bd(a))).as("sqrt high " + what).isGreaterThanOrEqualTo(0);
                }
            }
            int s = a >= 0 ? 1 : -1;
            if (cb.inf() != -INF) {
                assertThat(bd(cb.inf()).pow(3).compareTo(bd(a))).as("cbrt low " + what).isLessThanOrEqualTo(0);
            }
            if (cb.sup() != INF) {
                assertThat(bd(cb.sup()).pow(3).compareTo(bd(a))).as("cbrt high " + what).isGreaterThanOrEqualTo(0);
            }
            assertThat(s).isNotZero();
        }
        if (x.sup() < 0) {
            assertThat(rt.isEmpty()).isTrue();
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pointOperationsAreTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double a = g.moderate();
        double b = g.moderate();
        Interval x = Interval.point(a);
        Interval y = Interval.point(b);
        String what = a + ", " + b + " " + g;
        Ref.assertTight(x.add(y), 1, "add " + what);
        Ref.assertTight(x.multiply(y), 1, "mul " + what);
        if (b != 0) {
            Ref.assertTight(x.divide(y), 1, "div " + what);
        }
        Ref.assertTight(x.abs().sqrt(), 1, "sqrt " + what);
        Ref.assertTight(x.cbrt(), 1, "cbrt " + what);
    }

    @Test
    void exactResultsStayExact() {
        assertThat(iv(0, 0).multiply(iv(1, 2))).isEqualTo(iv(0, 0));
        assertThat(iv(1, 2).add(iv(3, 4))).isEqualTo(iv(4, 6));
        assertThat(iv(1, 2).subtract(iv(3, 4))).isEqualTo(iv(-3, -1));
        assertThat(iv(-2, 3).multiply(iv(-4, 5))).isEqualTo(iv(-12, 15));
        assertThat(iv(4, 9).sqrt()).isEqualTo(iv(2, 3));
        assertThat(iv(-8, 27).cbrt()).isEqualTo(iv(-2, 3));
        assertThat(iv(-2, 1).sqr()).isEqualTo(iv(0, 4));
        assertThat(iv(1, 2).divide(iv(4, 8))).isEqualTo(iv(0.125, 0.5));
        assertThat(iv(-3, -1).abs()).isEqualTo(iv(1, 3));
        assertThat(iv(-3, 2).abs()).isEqualTo(iv(0, 3));
    }

    @Test
    void setBasedMultiplicationAndDivision() {
        Interval e = Interval.empty();
        Interval all = Interval.entire();
        assertThat(iv(0, 0).multiply(all)).isEqualTo(iv(0, 0));
        assertThat(iv(0, 1).multiply(iv(1, INF))).isEqualTo(iv(0, INF));
        assertThat(iv(-1, 0).multiply(iv(-INF, 0))).isEqualTo(iv(0, INF));
        assertThat(iv(-INF, -1).multiply(iv(-INF, 1))).isEqualTo(all);
        assertThat(iv(1, 2).divide(iv(-1, 1))).isEqualTo(all);
        assertThat(iv(1, 2).divide(iv(0, 1))).isEqualTo(iv(1, INF));
        assertThat(iv(1, 2).divide(iv(-1, 0))).isEqualTo(iv(-INF, -1));
        assertThat(iv(-2, -1).divide(iv(0, 4))).isEqualTo(iv(-INF, -0.25));
        assertThat(iv(0, 1).divide(iv(0, 1))).isEqualTo(iv(0, INF));
        assertThat(iv(-1, 1).divide(iv(0, 1))).isEqualTo(all);
        assertThat(iv(1, 2).divide(iv(0, 0))).isEqualTo(e);
        assertThat(iv(0, 0).divide(iv(0, 0))).isEqualTo(e);
        assertThat(iv(0, 0).divide(iv(-1, 1))).isEqualTo(iv(0, 0));
        assertThat(iv(1, INF).divide(iv(1, INF))).isEqualTo(iv(0, INF));
        assertThat(iv(1, 2).divide(iv(2, INF))).isEqualTo(iv(0, 1));
        assertThat(iv(-INF, -1).divide(iv(-INF, -2))).isEqualTo(iv(0, INF));
        assertThat(e.add(iv(1, 2))).isEqualTo(e);
        assertThat(iv(1, 2).multiply(e)).isEqualTo(e);
        assertThat(e.divide(iv(1, 2))).isEqualTo(e);
        assertThat(e.sqrt()).isEqualTo(e);
        assertThat(iv(-1, 4).sqrt()).isEqualTo(iv(0, 2));
        assertThat(iv(-4, -1).sqrt()).isEqualTo(e);
        assertThat(all.add(all)).isEqualTo(all);
        assertThat(iv(1, INF).subtract(iv(1, INF))).isEqualTo(all);
        assertThat(iv(Double.MAX_VALUE, Double.MAX_VALUE).add(iv(Double.MAX_VALUE, Double.MAX_VALUE)))
                .isEqualTo(iv(Double.MAX_VALUE, INF));
    }

    @Test
    void extendedDivisionPieces() {
        Interval[] p = iv(1, 2).divideExtended(iv(-1, 1));
        assertThat(p).containsExactly(iv(-INF, -1), iv(1, INF));
        p = iv(-2, -1).divideExtended(iv(-4, 2));
        assertThat(p).containsExactly(iv(-INF, -0.5), iv(0.25, INF));
        assertThat(iv(1, 2).divideExtended(iv(0, 0))).isEmpty();
        assertThat(iv(-1, 2).divideExtended(iv(-1, 1))).containsExactly(Interval.entire());
        assertThat(iv(0, 0).divideExtended(iv(-1, 1))).containsExactly(iv(0, 0));
        assertThat(iv(1, 2).divideExtended(iv(2, 4))).containsExactly(iv(0.25, 1));
        assertThat(Interval.empty().divideExtended(iv(1, 2))).isEmpty();
    }

    @Test
    void pointQuotientOfExactDecimalsEncloses() {
        Interval third = Interval.point(1).divide(Interval.point(3));
        BigDecimal three = BigDecimal.valueOf(3);
        assertThat(bd(third.inf()).multiply(three).compareTo(BigDecimal.ONE)).isNegative();
        assertThat(bd(third.sup()).multiply(three).compareTo(BigDecimal.ONE)).isPositive();
    }
}
