package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/** Factories, accessors, predicates and set operations of {@link Interval}. */
class IntervalBasicsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void factoriesRejectInvalidBoundsWithClearMessages() {
        assertThatThrownBy(() -> Interval.of(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Interval.of(2.0, 1.0)").hasMessageContaining("exceeds");
        assertThatThrownBy(() -> Interval.of(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> Interval.of(INF, INF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("+∞");
        assertThatThrownBy(() -> Interval.of(-INF, -INF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.point(INF)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void specialValues() {
        Interval e = Interval.empty();
        assertThat(e.isEmpty()).isTrue();
        assertThat(e.inf()).isEqualTo(INF);
        assertThat(e.sup()).isEqualTo(-INF);
        assertThat(Double.isNaN(e.mid())).isTrue();
        assertThat(Double.isNaN(e.rad())).isTrue();
        assertThat(Double.isNaN(e.wid())).isTrue();
        assertThat(e.isBounded()).isTrue();
        assertThat(e.isPoint()).isFalse();
        Interval all = Interval.entire();
        assertThat(all.isEntire()).isTrue();
        assertThat(all.mid()).isEqualTo(0.0);
        assertThat(all.rad()).isEqualTo(INF);
        assertThat(all.isBounded()).isFalse();
        assertThat(Interval.of(-INF, 2).mid()).isEqualTo(-Double.MAX_VALUE);
        assertThat(Interval.of(2, INF).mid()).isEqualTo(Double.MAX_VALUE);
        assertThat(Interval.of(-0.0, 0.0)).isEqualTo(Interval.point(0.0));
        assertThat(Double.doubleToRawLongBits(Interval.of(-0.0, 1).inf())).isEqualTo(0L);
    }

    @Test
    void accessorsOnOrdinaryIntervals() {
        Interval x = Interval.of(-3, 2);
        assertThat(x.mid()).isEqualTo(-0.5);
        assertThat(x.rad()).isEqualTo(2.5);
        assertThat(x.wid()).isEqualTo(5.0);
        assertThat(x.mag()).isEqualTo(3.0);
        assertThat(x.mig()).isEqualTo(0.0);
        assertThat(Interval.of(-5, -2).mig()).isEqualTo(2.0);
        Interval huge = Interval.of(-Double.MAX_VALUE, Double.MAX_VALUE);
        assertThat(huge.mid()).isEqualTo(0.0);
        assertThat(huge.wid()).isEqualTo(INF);
        Interval big = Interval.of(Double.MAX_VALUE / 2, Double.MAX_VALUE);
        assertThat(big.contains(big.mid())).isTrue();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void midRadEncloseAndBisectCovers(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.anyInterval();
        String what = x + " " + g;
        double m = x.mid();
        assertThat(x.contains(m)).as(what).isTrue();
        if (x.isBounded()) {
            BigDecimal r = Ref.bd(x.rad());
            BigDecimal bm = Ref.bd(m);
            assertThat(bm.subtract(r).compareTo(Ref.bd(x.inf()))).as(what).isLessThanOrEqualTo(0);
            assertThat(bm.add(r).compareTo(Ref.bd(x.sup()))).as(what).isGreaterThanOrEqualTo(0);
            assertThat(Ref.bd(x.wid()).compareTo(Ref.bd(x.sup()).subtract(Ref.bd(x.inf())))).as(what)
                    .isGreaterThanOrEqualTo(0);
        }
        Interval[] halves = x.bisect();
        assertThat(halves[0].hull(halves[1])).as(what).isEqualTo(x);
        assertThat(halves[0].sup()).as(what).isEqualTo(halves[1].inf());
        assertThat(x.contains(halves[0]) && x.contains(halves[1])).as(what).isTrue();
    }

    @Test
    void predicatesAndSetOperations() {
        Interval a = Interval.of(1, 3);
        Interval b = Interval.of(2, 5);
        Interval e = Interval.empty();
        assertThat(a.hull(b)).isEqualTo(Interval.of(1, 5));
        assertThat(a.intersection(b)).isEqualTo(Interval.of(2, 3));
        assertThat(a.intersection(Interval.of(4, 5)).isEmpty()).isTrue();
        assertThat(a.hull(e)).isEqualTo(a);
        assertThat(e.hull(a)).isEqualTo(a);
        assertThat(a.intersection(e)).isEqualTo(e);
        assertThat(a.disjoint(Interval.of(3.5, 4))).isTrue();
        assertThat(a.disjoint(Interval.of(3, 4))).isFalse();
        assertThat(e.subsetOf(a)).isTrue();
        assertThat(a.subsetOf(e)).isFalse();
        assertThat(Interval.of(1.5, 2).subsetOf(a)).isTrue();
        assertThat(a.contains(Interval.of(1, 3))).isTrue();
        assertThat(Interval.of(1.5, 2).interior(a)).isTrue();
        assertThat(Interval.of(1, 2).interior(a)).isFalse();
        assertThat(Interval.of(-INF, 2).interior(Interval.entire())).isTrue();
        assertThat(e.interior(e)).isTrue();
        assertThat(a.contains(2.0)).isTrue();
        assertThat(a.contains(Double.NaN)).isFalse();
        assertThat(Interval.entire().contains(INF)).isFalse();
        assertThat(Interval.point(2).isPoint()).isTrue();
        assertThat(a.isPoint()).isFalse();
        assertThat(a.equals(Interval.of(1, 3))).isTrue();
        assertThat(a.hashCode()).isEqualTo(Interval.of(1, 3).hashCode());
        assertThat(e).isEqualTo(Interval.empty());
        assertThat(Interval.empty().bisect()[0].isEmpty()).isTrue();
    }

    @Test
    void toStringShowsDoublesAndSpecialForms() {
        assertThat(Interval.of(0.1, 0.5).toString()).isEqualTo("[0.1, 0.5]");
        assertThat(Interval.of(-INF, 2).toString()).isEqualTo("[-inf, 2.0]");
        assertThat(Interval.empty().toString()).isEqualTo("[empty]");
        assertThat(Interval.entire().toString()).isEqualTo("[entire]");
        assertThat(Interval.parse(Interval.of(-INF, 2.5).toString())).isEqualTo(Interval.of(-INF, 2.5));
    }
}
