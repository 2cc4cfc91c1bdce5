package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * Decorations by the definitions of IEEE 1788-2015 §11 (hand-derived cases) and, as a property,
 * that a decoration never claims more than the truth: when {@code sqrt}, {@code log}, {@code /},
 * {@code asin} return {@code def} or better, every sampled point of the box is in the domain, and
 * when they return {@code trv}, some bound of the box is outside it.
 */
class DecoratedIntervalTest {

    private static DecoratedInterval d(double lo, double hi) {
        return DecoratedInterval.of(Interval.of(lo, hi));
    }

    @Test
    void constructorsKeepTheStandardsInvariants() {
        assertThat(d(1, 2).decoration()).isEqualTo(Decoration.com);
        assertThat(DecoratedInterval.of(Interval.of(1, Double.POSITIVE_INFINITY)).decoration()).isEqualTo(Decoration.dac);
        assertThat(DecoratedInterval.of(Interval.empty()).decoration()).isEqualTo(Decoration.trv);
        // setDec: com on an unbounded interval is weakened to dac; empty gets trv; ill is NaI
        assertThat(DecoratedInterval.of(Interval.entire(), Decoration.com).decoration()).isEqualTo(Decoration.dac);
        assertThat(DecoratedInterval.of(Interval.empty(), Decoration.def).decoration()).isEqualTo(Decoration.trv);
        assertThat(DecoratedInterval.of(Interval.of(1, 2), Decoration.ill).isNaI()).isTrue();
        assertThat(DecoratedInterval.nai().toString()).isEqualTo("[nai]");
    }

    @Test
    void naiPropagatesAndComparesFalse() {
        DecoratedInterval nai = DecoratedInterval.nai();
        assertThat(nai.add(d(1, 2)).isNaI()).isTrue();
        assertThat(d(1, 2).divide(nai).isNaI()).isTrue();
        assertThat(nai.sqrt().isNaI()).isTrue();
        assertThat(DecoratedReverse.sqrRev(nai, d(0, 1)).isNaI()).isTrue();
        assertThat(nai.equal(nai)).isFalse();
        assertThat(nai.subset(d(1, 2))).isFalse();
        assertThat(nai.isEmpty()).isFalse();
    }

    @Test
    void aChainTakesTheWeakestLocalDecoration() {
        // sqrt(x) − 1 over [0, 4]: defined and continuous, bounded: com
        assertThat(d(0, 4).sqrt().subtract(d(1, 1)).decoration()).isEqualTo(Decoration.com);
        // sqrt over [−1, 4] leaves the domain: trv, and trv sticks through later operations
        assertThat(d(-1, 4).sqrt().exp().add(d(1, 1)).decoration()).isEqualTo(Decoration.trv);
        // exp overflows on a bounded box: the result is unbounded, hence dac, not com
        assertThat(d(0, 1000).exp().decoration()).isEqualTo(Decoration.dac);
        // floor jumps inside [0.5, 1.5]: def; floor is constant on [1, 1.5] but jumps at 1: dac
        assertThat(d(0.5, 1.5).floor().decoration()).isEqualTo(Decoration.def);
        assertThat(d(1, 1.5).floor().decoration()).isEqualTo(Decoration.dac);
        assertThat(d(1.25, 1.5).floor().decoration()).isEqualTo(Decoration.com);
        // roundTiesToEven jumps at 2.5 only: constant 2 on [1.5, 2.5] but the box holds jumps
        assertThat(d(1.6, 2.4).roundTiesToEven().decoration()).isEqualTo(Decoration.com);
        assertThat(d(1.5, 2.4).roundTiesToEven().decoration()).isEqualTo(Decoration.dac);
        // trunc is continuous at 0: constant 0 on (−1, 1)
        assertThat(d(-0.5, 0.5).trunc().decoration()).isEqualTo(Decoration.com);
        // atan2 across the negative x-axis is discontinuous: def; from above only: com
        assertThat(d(-1, 1).atan2(d(-2, -1)).decoration()).isEqualTo(Decoration.def);
        assertThat(d(0, 1).atan2(d(-2, -1)).decoration()).isEqualTo(Decoration.dac);
        assertThat(d(0.5, 1).atan2(d(-2, -1)).decoration()).isEqualTo(Decoration.com);
        assertThat(d(0, 1).atan2(d(0, 1)).decoration()).isEqualTo(Decoration.trv);
        // pow: 0^y with y > 0 is in the domain
        assertThat(d(0, 1).pow(d(0.5, 2)).decoration()).isEqualTo(Decoration.com);
        assertThat(d(0, 1).pow(d(0, 2)).decoration()).isEqualTo(Decoration.trv);
        // reverse and set operations are trv
        assertThat(DecoratedReverse.sqrRev(d(1, 4), d(0, 5)).toString()).isEqualTo("[1.0, 2.0]_trv");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void decorationsNeverClaimMoreThanTheTruth(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 50; i++) {
            Interval x = g.intervalIn(-3, 3);
            DecoratedInterval dx = DecoratedInterval.of(x);
            check(g, "sqrt", x, dx.sqrt(), x.inf() >= 0);
            check(g, "log", x, dx.log(), x.inf() > 0);
            check(g, "asin", x, dx.asin(), x.inf() >= -1 && x.sup() <= 1);
            check(g, "recip", x, dx.recip(), !x.contains(0.0));
            for (int k = 0; k < 5; k++) {
                double p = g.memberOf(x);
                if (dx.sqrt().decoration().compareTo(Decoration.def) >= 0) {
                    assertThat(p).as("%s sqrt decorated def+ on %s but %s < 0", g, x, p).isGreaterThanOrEqualTo(0);
                }
                if (dx.recip().decoration().compareTo(Decoration.def) >= 0) {
                    assertThat(p).as("%s recip decorated def+ on %s at 0", g, x).isNotEqualTo(0.0);
                }
            }
        }
    }

    private static void check(IntervalGen g, String op, Interval x, DecoratedInterval r, boolean inDomain) {
        Decoration expected = inDomain ? Decoration.com : Decoration.trv;
        assertThat(r.decoration()).as("%s: %s on %s", g, op, x).isEqualTo(expected);
    }
}
