package org.taylorkit.core.multi;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/** The degree bookkeeping that lets univariate kernels run on homogeneous parts. */
class HomogeneousArithmeticTest {

    private final MonomialIndex idx = MonomialIndex.of(2, 3);
    private final HomogeneousArithmetic h = idx.homogeneous();

    private HomogeneousPart[] parts(double... series) {
        return h.split(series);
    }

    @Test
    void gradedProductsSumsAndScalars() {
        // series 2 + x + 3y + x·y (order 3 in x, y: 10 coefficients)
        HomogeneousPart[] p = parts(2, 1, 3, 0, 1, 0, 0, 0, 0, 0);
        HomogeneousPart sq = h.multiply(p[1], p[1]);
        // (x + 3y)² = x² + 6xy + 9y²
        assertThat(sq.degree()).isEqualTo(2);
        assertThat(sq.toArray()).containsExactly(1, 6, 9);
        // degree 1 × degree 2 = degree 3; degree 2 × degree 2 is above the order: ZERO
        assertThat(h.multiply(p[1], p[2]).toArray()).containsExactly(0, 1, 3, 0);
        assertThat(h.multiply(p[2], p[2])).isSameAs(HomogeneousPart.ZERO);
        assertThat(h.add(HomogeneousPart.ZERO, p[1])).isSameAs(p[1]);
        assertThat(h.subtract(HomogeneousPart.ZERO, p[1]).toArray()).containsExactly(-1, -3);
        assertThat(h.add(p[1], h.fromDouble(0.0))).isSameAs(p[1]);
        assertThat(h.divide(p[1], p[0]).toArray()).containsExactly(0.5, 1.5);
        assertThat(h.multiply(p[1], 4).toArray()).containsExactly(4, 12);
        assertThat(h.divide(p[1], 2).toArray()).containsExactly(0.5, 1.5);
        assertThat(h.apply(Functions.EXP, p[0]).toArray()).containsExactly(Math.exp(2));
        assertThat(h.apply(Functions.COS, HomogeneousPart.ZERO).toArray()).containsExactly(1.0);
        assertThat(h.toDouble(p[0])).isEqualTo(2.0);
        assertThat(h.toDouble(p[1])).isZero();
        assertThat(h.signum(h.negate(p[0]))).isEqualTo(-1);
        assertThat(h.norm(p[1])).isEqualTo(3.0);
        assertThat(h.pow(p[1], 2)).isEqualTo(sq);
        assertThat(h.join(new HomogeneousPart[] {p[0], p[1], HomogeneousPart.ZERO, p[3]}))
                .containsExactly(2, 1, 3, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void misuseIsAProgrammingError() {
        HomogeneousPart[] p = parts(2, 1, 3, 0, 1, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> h.add(p[1], p[2])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("degrees 1 and 2");
        assertThatThrownBy(() -> h.divide(p[0], p[1])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("degree 1");
        assertThatThrownBy(() -> h.apply(Functions.EXP, p[2])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.signum(p[1])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> h.divide(p[1], h.fromDouble(0.0))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void genericPartsFollowTheSameRules() {
        FieldHomogeneousArithmetic<Double> g = new FieldHomogeneousArithmetic<>(BoxedDoubleArithmetic.INSTANCE, idx);
        FieldHomogeneousPart<Double>[] p = g.split(new Double[] {2.0, 1.0, 3.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0});
        FieldHomogeneousPart<Double> sq = g.multiply(p[1], p[1]);
        assertThat(sq.degree()).isEqualTo(2);
        assertThat(new Double[] {sq.get(0), sq.get(1), sq.get(2)}).containsExactly(1.0, 6.0, 9.0);
        assertThat(g.multiply(p[2], p[2]).degree()).isEqualTo(-1);
        assertThat(g.add(g.zero(), p[1])).isSameAs(p[1]);
        assertThatThrownBy(() -> g.add(p[1], p[2])).isInstanceOf(IllegalStateException.class);
        assertThat(g.join(p)).containsExactly(2.0, 1.0, 3.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    }
}
