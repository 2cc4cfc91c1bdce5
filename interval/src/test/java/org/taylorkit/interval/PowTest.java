package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEncloses;
import static org.taylorkit.interval.Ref.assertTight;
import static org.taylorkit.interval.Ref.bd;

import java.math.BigDecimal;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** Integer powers (exact BigDecimal references) and real powers (Apfloat references). */
class PowTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Interval iv(double a, double b) {
        return Interval.of(a, b);
    }

    /** a^n ∈ enc, exactly: for n < 0 via enc·a^{|n|} compared with 1. */
    private static void assertPowContained(Interval enc, double a, int n, String what) {
        if (n >= 0) {
            Ref.assertEnclosesExact(enc, bd(a).pow(n), what);
            return;
        }
        BigDecimal p = bd(a).pow(-n);
        int s = p.signum();
        assertThat(enc.isEmpty()).as(what).isFalse();
        if (enc.inf() != -INF) {
            assertThat(bd(enc.inf()).multiply(p).compareTo(BigDecimal.ONE) * s).as("%s: %s", what, enc)
                    .isLessThanOrEqualTo(0);
        }
        if (enc.sup() != INF) {
            assertThat(bd(enc.sup()).multiply(p).compareTo(BigDecimal.ONE) * s).as("%s: %s", what, enc)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void integerPowersContainExactPowersOfMembers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.coin() ? g.anyInterval() : g.intervalIn(-3, 3);
        int n = g.intBetween(-9, 9);
        Interval p = x.pow(n);
        for (int i = 0; i < 4; i++) {
            double a = g.memberOf(x);
            if (a == 0 && n < 0) {
                continue;
            }
            assertPowContained(p, a, n, "x=" + x + " n=" + n + " a=" + a + " " + g);
        }
        double b = g.moderate();
        int m = g.intBetween(-40, 40);
        if (b != 0 || m > 0) {
            Interval q = Interval.point(b).pow(m);
            String what = b + "^" + m + " " + g;
            assertPowContained(q, b, m, what);
            if (Double.isFinite(q.inf()) && Double.isFinite(q.sup()) && Math.abs(q.mid()) > 0x1p-1000) {
                assertTight(q, 2, what);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void realPowersContainTheTruth(long seed) {
        IntervalGen g = new IntervalGen(seed);
        double x = g.coin() ? g.logUniform(-20, 20) : g.uniform(0, 4);
        double y = g.coin() ? g.uniform(-30, 30) : g.signed(g.logUniform(-20, 5));
        if (x == 0) {
            return;
        }
        Interval p = Interval.point(x).pow(Interval.point(y));
        String what = x + "^" + y + " " + g;
        assertEncloses(p, Ref.bd(ApfloatMath.pow(Ref.ap(x), Ref.ap(y))), what);
        if (Double.isFinite(p.sup()) && p.inf() > 0x1p-1000) {
            assertTight(p, 2, what);
        }
        Interval xs = g.intervalIn(0, 3);
        Interval ys = g.intervalIn(-3, 3);
        Interval box = xs.pow(ys);
        double a = g.memberOf(xs);
        double b = g.memberOf(ys);
        if (a > 0) {
            assertEncloses(box, Ref.bd(ApfloatMath.pow(Ref.ap(a), Ref.ap(b))), "box " + xs + "^" + ys + " ∋ " + a + "^" + b + " " + g);
        }
    }

    @Test
    void exactAndHugePowers() {
        assertThat(iv(-2, 1).pow(2)).isEqualTo(iv(0, 4));
        assertThat(iv(-2, -2).pow(3)).isEqualTo(iv(-8, -8));
        assertThat(Interval.point(3).pow(4)).isEqualTo(Interval.point(81));
        assertThat(Interval.point(10).pow(22)).isEqualTo(Interval.point(1e22)); // 5^22 < 2^53: exact
        Interval t23 = Interval.point(10).pow(23);
        assertThat(t23.sup()).isEqualTo(Math.nextUp(t23.inf()));
        assertThat(Interval.point(-2).pow(-2)).isEqualTo(Interval.point(0.25));
        assertThat(Interval.point(0.5).pow(-1100)).isEqualTo(iv(Double.MAX_VALUE, INF));
        assertThat(Interval.point(2).pow(-1074)).isEqualTo(Interval.point(Double.MIN_VALUE));
        assertThat(Interval.point(2).pow(-1075)).isEqualTo(iv(0, Double.MIN_VALUE));
        assertThat(Interval.point(1.5).pow(0)).isEqualTo(Interval.point(1));
        Interval big = Interval.point(1.0000001).pow(1_000_000_000);
        assertEncloses(big, Ref.bd(ApfloatMath.pow(Ref.ap(1.0000001), new org.apfloat.Apfloat(1_000_000_000L, 80))), "1.0000001^1e9");
        assertTight(big, 2, "1.0000001^1e9");
        assertThat(Interval.point(-3).pow(1_000_001).sup()).isEqualTo(-Double.MAX_VALUE);
        // extreme exponents (|Integer.MIN_VALUE| does not fit an int)
        assertThat(Interval.point(2).pow(Integer.MIN_VALUE)).isEqualTo(iv(0, Double.MIN_VALUE));
        assertThat(Interval.point(0.5).pow(Integer.MIN_VALUE)).isEqualTo(iv(Double.MAX_VALUE, INF));
        assertThat(Interval.point(-3).pow(Integer.MIN_VALUE)).isEqualTo(iv(0, Double.MIN_VALUE));
        Interval m = Interval.point(1.0000001).pow(Integer.MIN_VALUE);
        assertEncloses(m, Ref.bd(ApfloatMath.pow(Ref.ap(1.0000001), new org.apfloat.Apfloat(Integer.MIN_VALUE, 80))),
                "1.0000001^-2^31");
        assertTight(m, 2, "1.0000001^-2^31");
    }

    /** The JDK-8326547 case where StrictMath.pow is off by 635 ulps (REFERENCES.md): ours is rigorous and tight. */
    @Test
    void strictMathCounterexample() {
        double x = 0x1.000002c5e2e99p+0;
        double y = 0x1.c9eee35374af6p+31;
        Interval p = Interval.point(x).pow(Interval.point(y));
        assertEncloses(p, Ref.bd(ApfloatMath.pow(Ref.ap(x), Ref.ap(y))), "JDK-8326547 case");
        assertTight(p, 2, "JDK-8326547 case");
    }

    @Test
    void setBasedIntegerPowers() {
        assertThat(iv(0, 0).pow(-2).isEmpty()).isTrue();
        assertThat(iv(-1, 1).pow(-1)).isEqualTo(Interval.entire());
        assertThat(iv(-1, 1).pow(-2)).isEqualTo(iv(1, INF));
        assertThat(iv(0, 2).pow(-1)).isEqualTo(iv(0.5, INF));
        assertThat(iv(-2, 0).pow(-1)).isEqualTo(iv(-INF, -0.5));
        assertThat(iv(-2, 0).pow(-2)).isEqualTo(iv(0.25, INF));
        assertThat(iv(-INF, -2).pow(-1)).isEqualTo(iv(-0.5, 0));
        assertThat(Interval.entire().pow(2)).isEqualTo(iv(0, INF));
        assertThat(Interval.entire().pow(3)).isEqualTo(Interval.entire());
        assertThat(Interval.entire().pow(0)).isEqualTo(Interval.point(1));
        assertThat(Interval.empty().pow(2).isEmpty()).isTrue();
    }

    @Test
    void setBasedRealPowers() {
        Interval half = Interval.point(0.5);
        assertThat(iv(0, 4).pow(half)).isEqualTo(iv(0, 2));
        assertThat(iv(-3, 4).pow(half)).isEqualTo(iv(0, 2));
        assertThat(iv(-3, -1).pow(half).isEmpty()).isTrue();
        assertThat(iv(0, 0).pow(iv(-1, 1))).isEqualTo(iv(0, 0));
        assertThat(iv(0, 0).pow(iv(-2, -1)).isEmpty()).isTrue();
        assertThat(iv(0, 1).pow(iv(-2, -1.5))).isEqualTo(iv(1, INF));
        assertThat(iv(2, 2).pow(Interval.entire())).isEqualTo(iv(0, INF));
        assertThat(iv(0.5, 2).pow(iv(0, 0.5)).contains(iv(Math.sqrt(0.5), Math.sqrt(2)).hull(Interval.point(1))))
                .isTrue();
        assertThat(iv(1, 1).pow(iv(-INF, INF))).isEqualTo(iv(1, 1));
        assertThat(iv(2, 3).pow(Interval.point(-1))).isEqualTo(iv(1.0 / 3, 0.5).hull(Interval.point(1).divide(Interval.point(3))));
        assertThat(Interval.point(-8).pow(Interval.point(3))).isEqualTo(Interval.point(-512));
        Interval r = Interval.point(2).pow(Interval.point(0.5));
        assertThat(r.contains(Math.sqrt(2))).isTrue();
        assertThat(r.sup()).isEqualTo(Math.nextUp(r.inf()));
    }
}
