package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;

/**
 * {@link DecoratedApfloatInterval}: the IEEE 1788 decoration rules (§11.7) on Apfloat intervals,
 * compared with the double {@link DecoratedInterval} on the same boxes, and the cases where the
 * higher precision changes what can be proved.
 */
class DecoratedApfloatIntervalTest {

    private static final long P = 30;

    private static DecoratedApfloatInterval d(String box, Decoration dec) {
        return DecoratedApfloatInterval.of(ApfloatInterval.of(box, P), dec);
    }

    private static DecoratedApfloatInterval com(String box) {
        return d(box, Decoration.com);
    }

    @Test
    void newDecAndSetDecKeepTheInvariants() {
        assertThat(DecoratedApfloatInterval.of(ApfloatInterval.of("[1, 2]", P)).decoration()).isEqualTo(Decoration.com);
        assertThat(DecoratedApfloatInterval.of(ApfloatInterval.of("[1, +inf]", P)).decoration()).isEqualTo(Decoration.dac);
        assertThat(DecoratedApfloatInterval.of(ApfloatInterval.empty(P)).decoration()).isEqualTo(Decoration.trv);
        assertThat(d("[1, +inf]", Decoration.com).decoration()).isEqualTo(Decoration.dac);
        assertThat(d("[empty]", Decoration.def).decoration()).isEqualTo(Decoration.trv);
        assertThat(d("[1, 2]", Decoration.ill).isNaI()).isTrue();
    }

    @Test
    void domainsDiscontinuitiesAndNaI() {
        DecoratedApfloatInterval r = com("[-1, 4]").sqrt();
        assertThat(r.interval()).isEqualTo(ApfloatInterval.of("[0, 2]", P));
        assertThat(r.decoration()).isEqualTo(Decoration.trv);
        assertThat(com("[0, 4]").sqrt().decoration()).isEqualTo(Decoration.com);
        assertThat(com("[1, 2]").divide(com("[-1, 1]")).decoration()).isEqualTo(Decoration.trv);
        assertThat(com("[1, 2]").divide(com("[0, 0]")).isEmpty()).isTrue();
        assertThat(com("[1, 2]").divide(com("[0, 0]")).decoration()).isEqualTo(Decoration.trv);
        assertThat(com("[1.5, 2.5]").floor().decoration()).isEqualTo(Decoration.def);
        assertThat(com("[1.1, 1.9]").floor().decoration()).isEqualTo(Decoration.com);
        assertThat(com("[1.1, 2]").ceil().decoration()).isEqualTo(Decoration.dac); // constant, jump at 1 … 2 on the box
        assertThat(com("[0.6, 1.4]").roundTiesToEven().decoration()).isEqualTo(Decoration.com);
        assertThat(com("[0.5, 1.4]").roundTiesToEven().decoration()).isEqualTo(Decoration.def); // 0 at 0.5, 1 at 1.4
        assertThat(com("[0.5, 0.5]").roundTiesToEven().decoration()).isEqualTo(Decoration.dac); // constant, at a jump
        assertThat(com("[-1, 1]").atan2(com("[-2, -1]")).decoration()).isEqualTo(Decoration.def); // across the cut
        assertThat(com("[0, 1]").atan2(com("[-2, -1]")).decoration()).isEqualTo(Decoration.dac); // on it from above
        assertThat(com("[0, 1]").atan2(com("[0, 1]")).decoration()).isEqualTo(Decoration.trv); // the origin
        assertThat(com("[1, 2]").pow(com("[0.5, 3]")).decoration()).isEqualTo(Decoration.com);
        assertThat(com("[0, 2]").pow(com("[0.5, 3]")).decoration()).isEqualTo(Decoration.com); // x = 0 with y > 0
        assertThat(com("[0, 2]").pow(com("[0, 3]")).decoration()).isEqualTo(Decoration.trv);
        assertThat(com("[-1, 1]").pown(-2).decoration()).isEqualTo(Decoration.trv);
        assertThat(com("[-1, 1]").tan().decoration()).isEqualTo(Decoration.com);
        assertThat(com("[1, 2]").tan().decoration()).isEqualTo(Decoration.trv); // π/2 inside
        assertThat(com("[-0.5, 0.5]").atanh().decoration()).isEqualTo(Decoration.com);
        assertThat(com("[-0.5, 1]").atanh().decoration()).isEqualTo(Decoration.trv);
        DecoratedApfloatInterval nai = DecoratedApfloatInterval.nai(P);
        assertThat(nai.add(com("[1, 2]")).isNaI()).isTrue();
        assertThat(com("[1, 2]").exp().add(nai).sin().isNaI()).isTrue();
        assertThat(nai.equal(nai)).isFalse();
        assertThat(com("[1, 2]").equal(com("[1, 2]"))).isTrue();
        // the minimum over a chain: a trv step survives later com steps
        assertThat(com("[-1, 4]").sqrt().exp().add(com("[1, 2]")).decoration()).isEqualTo(Decoration.trv);
    }

    @Test
    void decorationsAgreeWithTheDoubleSideOnDyadicBoxes() {
        double[][] boxes = {{-1, 4}, {0, 4}, {1.5, 2.5}, {0.5, 1.5}, {-2, -1}, {0, 0}, {1, 1}, {-0.5, 0.75}, {2, 8}};
        for (double[] b : boxes) {
            DecoratedInterval x = DecoratedInterval.of(Interval.of(b[0], b[1]));
            DecoratedApfloatInterval a = DecoratedApfloatInterval.of(ApfloatInterval.of(b[0], b[1], P));
            String box = "[" + b[0] + ", " + b[1] + "]";
            assertThat(a.sqrt().decoration()).as("sqrt " + box).isEqualTo(x.sqrt().decoration());
            assertThat(a.log().decoration()).as("log " + box).isEqualTo(x.log().decoration());
            assertThat(a.log1p().decoration()).as("log1p " + box).isEqualTo(x.log1p().decoration());
            assertThat(a.recip().decoration()).as("recip " + box).isEqualTo(x.recip().decoration());
            assertThat(a.asin().decoration()).as("asin " + box).isEqualTo(x.asin().decoration());
            assertThat(a.acosh().decoration()).as("acosh " + box).isEqualTo(x.acosh().decoration());
            assertThat(a.floor().decoration()).as("floor " + box).isEqualTo(x.floor().decoration());
            assertThat(a.trunc().decoration()).as("trunc " + box).isEqualTo(x.trunc().decoration());
            assertThat(a.roundTiesToAway().decoration()).as("round " + box).isEqualTo(x.roundTiesToAway().decoration());
            assertThat(a.sign().decoration()).as("sign " + box).isEqualTo(x.sign().decoration());
            assertThat(a.rootn(-3).decoration()).as("rootn " + box).isEqualTo(x.rootn(-3).decoration());
            assertThat(a.tan().decoration()).as("tan " + box).isEqualTo(x.tan().decoration());
        }
    }

    @Test
    void higherPrecisionProvesBoundednessWhereDoublesOverflow() {
        // e^(10^9) is finite: com here, dac for doubles (the double enclosure overflows to +∞)
        DecoratedApfloatInterval big = com("[0, 1e9]").exp();
        assertThat(big.interval().isBounded()).isTrue();
        assertThat(big.decoration()).isEqualTo(Decoration.com);
        assertThat(DecoratedInterval.of(Interval.of(0, 1e9)).exp().decoration()).isEqualTo(Decoration.dac);
        // ceil of a constant integer with more digits than the precision: constant (dac, a jump on the box)
        DecoratedApfloatInterval m = DecoratedApfloatInterval.of(ApfloatInterval.point(Double.MAX_VALUE, P)).ceil();
        assertThat(m.interval().isPoint()).isFalse(); // 309 digits, rounded outward to 30
        assertThat(m.decoration()).isEqualTo(Decoration.dac);
    }

    @Test
    void reverseOperationsAreTrivialAndPropagateNaI() {
        DecoratedApfloatInterval r = DecoratedApfloatReverse.sinRev(com("[0, 0]"), com("[3, 4]"));
        assertThat(r.decoration()).isEqualTo(Decoration.trv);
        assertThat(r.interval().contains(ApfloatInterval.pi(40).inf())).isTrue();
        assertThat(DecoratedApfloatReverse.powRev1(com("[2, 2]"), com("[4, 4]"), com("[0, 10]")).interval())
                .isEqualTo(ApfloatInterval.of("[2, 2]", P));
        assertThat(DecoratedApfloatReverse.atan2Rev1(DecoratedApfloatInterval.nai(P), com("[0, 1]"), com("[0, 1]")).isNaI())
                .isTrue();
        DecoratedApfloatInterval[] pair = DecoratedApfloatReverse.mulRevToPair(com("[1, 2]"), com("[2, 4]"));
        assertThat(pair[0].decoration()).isEqualTo(Decoration.com); // a quotient by a box without 0
        assertThat(pair[1].isEmpty()).isTrue();
    }
}
