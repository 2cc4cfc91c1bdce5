package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEncloses;
import static org.taylorkit.interval.Ref.assertTight;

import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** exp, expm1, log, log1p against Apfloat references; tightness; exact and set-based cases. */
class ExpLogTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void expContainsAndIsTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 3; i++) {
            double x = pick(g, -745, 709.7);
            Interval e = Interval.point(x).exp();
            String what = "exp(" + x + ") " + g;
            assertEncloses(e, Ref.eval(ApfloatMath::exp, x), what);
            if (x > -708 && x < 709.7) {
                assertTight(e, 2, what);
            }
            Interval m = Interval.point(x).expm1();
            what = "expm1(" + x + ") " + g;
            assertEncloses(m, Ref.eval(a -> ApfloatMath.exp(a).subtract(new org.apfloat.Apfloat(1)), x), what);
            if (x < 709.7) {
                assertTight(m, 2, what);
            }
        }
        Interval x = g.intervalIn(-50, 50);
        Interval ex = x.exp();
        Interval em = x.expm1();
        for (int i = 0; i < 2; i++) {
            double a = g.memberOf(x);
            assertEncloses(ex, Ref.eval(ApfloatMath::exp, a), "exp " + x + " ∋ " + a + " " + g);
            assertEncloses(em, Ref.eval(t -> ApfloatMath.exp(t).subtract(new org.apfloat.Apfloat(1)), a),
                    "expm1 " + x + " ∋ " + a + " " + g);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void logContainsAndIsTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 4; i++) {
            double x = Math.abs(g.anyFinite());
            if (g.coin()) {
                x = 1 + g.signed(g.logUniform(-60, -1));
            }
            if (x == 0) {
                continue;
            }
            Interval l = Interval.point(x).log();
            String what = "log(" + x + ") " + g;
            assertEncloses(l, Ref.eval(ApfloatMath::log, x), what);
            assertTight(l, 2, what);
            double u = g.coin() ? g.signed(g.logUniform(-70, 0)) : Math.abs(g.anyFinite());
            if (u <= -1) {
                continue;
            }
            Interval lp = Interval.point(u).log1p();
            what = "log1p(" + u + ") " + g;
            double uu = u;
            assertEncloses(lp, Ref.eval(a -> ApfloatMath.log(a.add(new org.apfloat.Apfloat(1))), uu), what);
            if (u != 0 && Math.abs(u) > 0x1p-1000) {
                assertTight(lp, 2, what);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void logIntervalsContainValuesAtMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.coin() ? g.anyInterval() : g.intervalIn(-0.5, 3);
        Interval l = x.log();
        Interval lp = x.log1p();
        for (int i = 0; i < 2; i++) {
            double a = g.memberOf(x);
            if (a > 0) {
                assertEncloses(l, Ref.eval(ApfloatMath::log, a), "log " + x + " ∋ " + a + " " + g);
            }
            if (a > -1) {
                assertEncloses(lp, Ref.eval(t -> ApfloatMath.log(t.add(new org.apfloat.Apfloat(1))), a),
                        "log1p " + x + " ∋ " + a + " " + g);
            }
        }
    }

    /** Mixture of arguments: uniform in [lo, hi], tiny, near 0, integers times ln 2. */
    static double pick(IntervalGen g, double lo, double hi) {
        switch (g.intBetween(0, 4)) {
            case 0:
                return g.signed(g.logUniform(-1074, -1));
            case 1:
                return g.intBetween(-1000, 1000) * 0.6931471805599453;
            case 2:
                return g.signed(g.logUniform(-60, 3));
            default:
                return g.uniform(lo, hi);
        }
    }

    @Test
    void exactAndSpecialValues() {
        assertThat(Interval.point(0).exp()).isEqualTo(Interval.point(1));
        assertThat(Interval.point(0).expm1()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(1).log()).isEqualTo(Interval.point(0));
        assertThat(Interval.point(0).log1p()).isEqualTo(Interval.point(0));
        assertThat(Interval.of(-INF, 0).exp()).isEqualTo(Interval.of(0, 1));
        assertThat(Interval.entire().exp()).isEqualTo(Interval.of(0, INF));
        assertThat(Interval.point(1000).exp()).isEqualTo(Interval.of(Double.MAX_VALUE, INF));
        assertThat(Interval.point(-1000).exp()).isEqualTo(Interval.of(0, Double.MIN_VALUE));
        assertThat(Interval.entire().expm1()).isEqualTo(Interval.of(-1, INF));
        assertThat(Interval.of(-1, 1).log().inf()).isEqualTo(-INF);
        assertThat(Interval.of(-1, 1).log().sup()).isEqualTo(0.0);
        assertThat(Interval.of(-3, 0).log().isEmpty()).isTrue();
        assertThat(Interval.of(0, INF).log()).isEqualTo(Interval.entire());
        assertThat(Interval.of(-2, -1).log1p().isEmpty()).isTrue();
        assertThat(Interval.of(-1, 0).log1p()).isEqualTo(Interval.of(-INF, 0));
        assertThat(Interval.empty().exp().isEmpty()).isTrue();
        Interval e1 = Interval.point(1).exp();
        assertThat(e1.format(20)).isEqualTo("[2.7182818284590450907, 2.7182818284590455349]");
    }
}
