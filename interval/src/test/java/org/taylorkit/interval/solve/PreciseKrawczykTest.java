package org.taylorkit.interval.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;

/** {@link PreciseKrawczyk}: unique zeros refined to many digits still contain the closed-form zeros. */
class PreciseKrawczykTest {

    private static boolean contains(ApfloatInterval x, Apfloat v) {
        BigDecimal d = new BigDecimal(v.toString(true));
        return new BigDecimal(x.inf().toString(true)).compareTo(d) <= 0 && d.compareTo(new BigDecimal(x.sup().toString(true))) <= 0;
    }

    @Test
    void squareRootOfTwoToSixtyDigits() {
        ApfloatInterval[] x = PreciseKrawczyk.refine(List.of(Expr.parse("x^2 - 2")), List.of("x"),
                new Interval[] {Interval.of(1.4, 1.5)}, 60);
        assertThat(contains(x[0], ApfloatMath.sqrt(new Apfloat(2, 80)))).as(x[0].toString()).isTrue();
        assertThat(x[0].widDouble()).isLessThan(1e-57);
    }

    @Test
    void circleAndParabolaToFiftyDigits() {
        // y = (√5 − 1)/2, x = √y
        ApfloatInterval[] r = PreciseKrawczyk.refine(List.of(Expr.parse("x^2 + y^2 - 1"), Expr.parse("y - x^2")),
                List.of("x", "y"), new Interval[] {Interval.of(0.7, 0.9), Interval.of(0.5, 0.7)}, 50);
        Apfloat y = ApfloatMath.sqrt(new Apfloat(5, 70)).subtract(new Apfloat(1, 70)).divide(new Apfloat(2, 70));
        assertThat(contains(r[0], ApfloatMath.sqrt(y))).as(r[0].toString()).isTrue();
        assertThat(contains(r[1], y)).isTrue();
        assertThat(r[0].widDouble()).isLessThan(1e-46);
    }

    @Test
    void aBoxWithoutAUsableJacobianIsReturnedUnchanged() {
        // (x − 1)² has a zero derivative at its double root: the box is kept, the zero stays inside
        ApfloatInterval[] x = PreciseKrawczyk.refine(List.of(Expr.parse("(x - 1)^2")), List.of("x"),
                new Interval[] {Interval.of(0.5, 1.5)}, 30);
        assertThat(x[0].contains(1.0)).isTrue();
    }
}
