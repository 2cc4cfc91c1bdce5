package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * The double-double directed operations under every elementary function: exact {@link BigDecimal}
 * checks that down ≤ exact ≤ up, and that the bounds are ~2^−100 tight in the normal range.
 */
class DDTest {

    private static DD randomDD(IntervalGen g, boolean wide) {
        double h = wide ? g.anyFinite() : g.signed(g.logUniform(-60, 60));
        if (Math.abs(h) > 0x1p1000) {
            h = Math.scalb(h, -100);
        }
        double l = h == 0 ? 0 : Math.ulp(h) * g.uniform(-0.5, 0.5);
        return DD.sum(h, l);
    }

    private static void bracket(DD down, DD up, BigDecimal exact, boolean tight, String what) {
        if (!Double.isFinite(down.h) || !Double.isFinite(up.h)) { // overflow: only the outward infinities are valid
            assertThat(down.h == Double.NEGATIVE_INFINITY || Double.isFinite(down.h)).as("down %s", what).isTrue();
            assertThat(up.h == Double.POSITIVE_INFINITY || Double.isFinite(up.h)).as("up %s", what).isTrue();
            if (Double.isFinite(down.h)) {
                assertThat(down.toBigDecimal().compareTo(exact)).as("down %s", what).isLessThanOrEqualTo(0);
            }
            if (Double.isFinite(up.h)) {
                assertThat(up.toBigDecimal().compareTo(exact)).as("up %s", what).isGreaterThanOrEqualTo(0);
            }
            return;
        }
        assertThat(down.toBigDecimal().compareTo(exact)).as("down %s: %s > %s", what, down, exact).isLessThanOrEqualTo(0);
        assertThat(up.toBigDecimal().compareTo(exact)).as("up %s: %s < %s", what, up, exact).isGreaterThanOrEqualTo(0);
        if (tight && exact.signum() != 0) {
            BigDecimal rel = up.toBigDecimal().subtract(down.toBigDecimal()).divide(exact.abs(), MathContext.DECIMAL64);
            assertThat(rel.compareTo(new BigDecimal("1e-29"))).as("width %s: %s", what, rel).isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void directedOperationsBracketExactResults(long seed) {
        IntervalGen g = new IntervalGen(seed);
        boolean wide = g.intBetween(0, 3) == 0;
        DD a = randomDD(g, wide);
        DD b = randomDD(g, wide);
        BigDecimal ea = a.toBigDecimal();
        BigDecimal eb = b.toBigDecimal();
        String what = a + ", " + b + " " + g;
        boolean tight = !wide;
        bracket(DD.addDown(a, b), DD.addUp(a, b), ea.add(eb), false, "add " + what);
        bracket(DD.subDown(a, b), DD.subUp(a, b), ea.subtract(eb), false, "sub " + what);
        bracket(DD.mulDown(a, b), DD.mulUp(a, b), ea.multiply(eb), tight, "mul " + what);
        if (b.h != 0) {
            // a/b bracketed ⇔ down·b ≤ a ≤ up·b (b > 0), reversed for b < 0
            DD qd = DD.divDown(a, b);
            DD qu = DD.divUp(a, b);
            int s = b.h > 0 ? 1 : -1;
            if (Double.isFinite(qd.h)) {
                assertThat(qd.toBigDecimal().multiply(eb).compareTo(ea) * s).as("div down %s", what).isLessThanOrEqualTo(0);
            } else {
                assertThat(qd.h).as("div down %s", what).isEqualTo(Double.NEGATIVE_INFINITY);
            }
            if (Double.isFinite(qu.h)) {
                assertThat(qu.toBigDecimal().multiply(eb).compareTo(ea) * s).as("div up %s", what).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(qu.h).as("div up %s", what).isEqualTo(Double.POSITIVE_INFINITY);
            }
            if (tight && a.h != 0) {
                BigDecimal rel = qu.toBigDecimal().subtract(qd.toBigDecimal())
                        .divide(qd.toBigDecimal().abs(), MathContext.DECIMAL64);
                assertThat(rel.compareTo(new BigDecimal("1e-29"))).as("div width %s", what).isLessThanOrEqualTo(0);
            }
        }
        DD p = a.h < 0 ? a.negate() : a;
        BigDecimal ep = p.toBigDecimal();
        DD sd = DD.sqrtDown(p);
        DD su = DD.sqrtUp(p);
        assertThat(sd.toBigDecimal().pow(2).compareTo(ep)).as("sqrt down %s", p).isLessThanOrEqualTo(0);
        assertThat(su.toBigDecimal().pow(2).compareTo(ep)).as("sqrt up %s", p).isGreaterThanOrEqualTo(0);
        if (tight) {
            BigDecimal rel = su.toBigDecimal().subtract(sd.toBigDecimal()).divide(su.toBigDecimal(), MathContext.DECIMAL64);
            assertThat(rel.compareTo(new BigDecimal("1e-29"))).as("sqrt width %s", p).isLessThanOrEqualTo(0);
        }
        // the ordering used for interval min/max is the order of the exact values
        assertThat(Integer.signum(a.compareTo(b))).as("compare %s", what).isEqualTo(ea.compareTo(eb));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void directedScalingBracketsExactResults(long seed) {
        IntervalGen g = new IntervalGen(seed);
        DD a = DD.sum(g.signed(g.logUniform(-30, 30)), g.signed(g.logUniform(-1074, -60)));
        int k = g.intBetween(-1100, 1100);
        String what = a + " * 2^" + k + " " + g;
        BigDecimal exact = a.toBigDecimal().multiply(RigorousExp.pow2(k));
        DD d = a.scalbDown(k);
        DD u = a.scalbUp(k);
        if (Double.isFinite(d.h)) {
            assertThat(d.toBigDecimal().compareTo(exact)).as("down %s", what).isLessThanOrEqualTo(0);
        } else {
            assertThat(d.h).as(what).isEqualTo(Double.NEGATIVE_INFINITY);
        }
        if (Double.isFinite(u.h)) {
            assertThat(u.toBigDecimal().compareTo(exact)).as("up %s", what).isGreaterThanOrEqualTo(0);
        } else {
            assertThat(u.h).as(what).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }

    @Test
    void exactOperandsGiveExactResults() {
        DD three = DD.of(3);
        DD seven = DD.of(7);
        assertThat(DD.mulDown(three, seven)).isEqualTo(DD.of(21));
        assertThat(DD.mulUp(three, seven)).isEqualTo(DD.of(21));
        assertThat(DD.divDown(DD.of(21), seven)).isEqualTo(three);
        assertThat(DD.divUp(DD.of(21), seven)).isEqualTo(three);
        assertThat(DD.sqrtDown(DD.of(49))).isEqualTo(seven);
        assertThat(DD.sqrtUp(DD.of(49))).isEqualTo(seven);
        DD third = DD.divDown(DD.ONE, three);
        assertThat(third.toBigDecimal().multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE)).isNegative();
    }
}
