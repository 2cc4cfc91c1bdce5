package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEncloses;
import static org.taylorkit.interval.Ref.assertTight;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** atan, asin, acos, atan2 against BigDecimal references (checked against Apfloat in BigRefTest); set-based domains; the 1788 atan2 cases. */
class InverseTrigTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static double unitArg(IntervalGen g) {
        switch (g.intBetween(0, 3)) {
            case 0:
                return g.signed(g.logUniform(-1074, -1));
            case 1:
                return g.signed(1 - g.logUniform(-53, -1)); // near ±1
            default:
                return g.uniform(-1, 1);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void pointValuesContainTheTruthAndAreTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double t = g.coin() ? g.anyFinite() : g.signed(g.logUniform(-30, 30));
        String w = "(" + t + ") " + g;
        Interval at = Interval.point(t).atan();
        assertEncloses(at, BigRef.atan(t), "atan" + w);
        if (Math.abs(t) > 0x1p-1000) {
            assertTight(at, 2, "atan" + w);
        }
        double x = unitArg(g);
        w = "(" + x + ") " + g;
        Interval as = Interval.point(x).asin();
        Interval ac = Interval.point(x).acos();
        assertEncloses(as, BigRef.asin(x), "asin" + w);
        assertEncloses(ac, BigRef.acos(x), "acos" + w);
        if (Math.abs(x) > 0x1p-1000) {
            assertTight(as, 2, "asin" + w);
        }
        assertTight(ac, 2, "acos" + w);
        double yy = g.coin() ? g.anyFinite() : g.moderate();
        double xx = g.coin() ? g.anyFinite() : g.moderate();
        if (yy != 0 || xx != 0) {
            w = "(" + yy + ", " + xx + ") " + g;
            Interval a2 = Interval.point(yy).atan2(Interval.point(xx));
            assertEncloses(a2, atan2Ref(yy, xx), "atan2" + w);
            if (Math.abs(yy) > 0x1p-900 || yy == 0) {
                assertTight(a2, 2, "atan2" + w);
            }
        }
    }

    private static BigDecimal atan2Ref(double y, double x) {
        return BigRef.atan2(y, x);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void intervalsContainValuesAtMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval u = g.intervalIn(-1.2, 1.2);
        Interval as = u.asin();
        Interval ac = u.acos();
        Interval t = g.anyInterval();
        Interval at = t.atan();
        for (int i = 0; i < 2; i++) {
            double a = g.memberOf(u);
            if (Math.abs(a) <= 1) {
                assertEncloses(as, BigRef.asin(a), "asin " + u + " ∋ " + a + " " + g);
                assertEncloses(ac, BigRef.acos(a), "acos " + u + " ∋ " + a + " " + g);
            }
            double b = g.memberOf(t);
            assertEncloses(at, BigRef.atan(b), "atan " + t + " ∋ " + b + " " + g);
        }
        Interval y = g.coin() ? g.anyInterval() : g.intervalIn(-3, 3);
        Interval x = g.coin() ? g.anyInterval() : g.intervalIn(-3, 3);
        Interval a2 = y.atan2(x);
        for (int i = 0; i < 3; i++) {
            double yy = g.memberOf(y);
            double xx = g.memberOf(x);
            if (yy != 0 || xx != 0) {
                assertEncloses(a2, atan2Ref(yy, xx), "atan2 " + y + ", " + x + " ∋ (" + yy + ", " + xx + ") " + g);
            }
        }
    }

    @Test
    void exactAndSetBasedCases() {
        Interval halfPi = Interval.pi().divide(Interval.point(2));
        assertThat(Interval.point(0).atan()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(0).asin()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(1).acos()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(-1).acos()).isEqualTo(Interval.pi());
        assertThat(Interval.of(0, 2).asin().inf()).isEqualTo(0.0);
        assertThat(Interval.of(0, 2).asin().sup()).isEqualTo(halfPi.sup());
        assertThat(Interval.of(2, 3).asin().isEmpty()).isTrue();
        assertThat(Interval.of(-3, -2).acos().isEmpty()).isTrue();
        assertThat(Interval.entire().atan()).isEqualTo(halfPi.negate().hull(halfPi));
        assertThat(Interval.point(1).atan().contains(Interval.pi().divide(Interval.point(4)).mid())).isTrue();
        Interval e = Interval.empty();
        Interval z = Interval.point(0);
        assertThat(z.atan2(z)).isEqualTo(e);
        assertThat(e.atan2(Interval.point(1))).isEqualTo(e);
        Interval pi = Interval.pi();
        Interval fullCircle = Interval.of(-pi.sup(), pi.sup());
        assertThat(Interval.of(-1, 1).atan2(Interval.of(-2, -1))).isEqualTo(fullCircle);
        assertThat(Interval.of(-1, 0).atan2(Interval.of(-2, -1))).isEqualTo(fullCircle);
        assertThat(Interval.of(0, 1).atan2(Interval.of(-2, -1)).sup()).isEqualTo(pi.sup());
        assertThat(Interval.of(0, 1).atan2(Interval.of(-2, -1)).inf()).isBetween(2.356, 2.3562); // 3π/4 at (−1, 1)
        assertThat(Interval.of(0, 1).atan2(Interval.of(0, 1))).isEqualTo(Interval.of(0, halfPi.sup()));
        assertThat(Interval.of(-1, 1).atan2(Interval.of(0, 1))).isEqualTo(halfPi.negate().hull(halfPi));
        assertThat(Interval.of(-1, 0).atan2(Interval.of(-1, 0))).isEqualTo(fullCircle);
        assertThat(Interval.of(0, 1).atan2(Interval.of(-1, 0))).isEqualTo(halfPi.hull(pi));
        assertThat(Interval.point(0).atan2(Interval.of(-1, 0))).isEqualTo(pi);
        assertThat(Interval.of(1, 2).atan2(Interval.entire())).isEqualTo(Interval.of(0, pi.sup()));
        assertThat(Interval.of(1, INF).atan2(Interval.of(1, INF))).isEqualTo(Interval.of(0, halfPi.sup()));
        assertThat(Interval.point(1).atan2(Interval.point(1))).isEqualTo(Interval.point(1).atan());
    }
}
