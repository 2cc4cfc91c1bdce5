package org.taylorkit.interval.tm;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.UnaryOp;
import org.taylorkit.interval.Interval;

/** Where the elementary functions are analytic: the precondition of every derivative-based method. */
class SmoothnessTest {

    @Test
    void entireFunctionsAreSmoothOnEveryBoundedInterval() {
        for (UnaryOp op : new UnaryOp[] {UnaryOp.of(Functions.EXP), UnaryOp.of(Functions.SIN), UnaryOp.of(Functions.COS), UnaryOp.of(Functions.ATAN), UnaryOp.of(Functions.ERF),
            UnaryOp.of(Functions.SINH), UnaryOp.of(Functions.COSH), UnaryOp.of(Functions.TANH), UnaryOp.of(Functions.ASINH), UnaryOp.of(Functions.EXPM1), UnaryOp.NEG}) {
            assertThat(Smoothness.unary(op, Interval.of(-100, 100))).as(op.toString()).isNull();
            assertThat(Smoothness.unary(op, Interval.of(0, Double.POSITIVE_INFINITY))).as(op.toString()).contains("unbounded");
            assertThat(Smoothness.unary(op, Interval.empty())).as(op.toString()).contains("empty");
        }
    }

    @Test
    void restrictedFunctionsNeedTheOpenDomain() {
        assertThat(Smoothness.unary(UnaryOp.of(Functions.SQRT), Interval.of(1e-300, 1))).isNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.SQRT), Interval.of(0, 1))).contains("(0, +∞)");
        assertThat(Smoothness.unary(UnaryOp.of(Functions.LOG), Interval.of(-1, 1))).startsWith("log:");
        assertThat(Smoothness.unary(UnaryOp.of(Functions.LOG1P), Interval.of(-0.5, 1))).isNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.LOG1P), Interval.of(-1, 1))).isNotNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ASIN), Interval.of(-0.5, 0.99))).isNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ACOS), Interval.of(-1, 0))).isNotNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ATANH), Interval.of(0, 1))).isNotNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ACOSH), Interval.of(1.5, 3))).isNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ACOSH), Interval.of(1, 3))).isNotNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.CBRT), Interval.of(-1, 1))).contains("contains 0");
        assertThat(Smoothness.unary(UnaryOp.of(Functions.ABS), Interval.of(0.5, 1))).isNull();
    }

    @Test
    void tangentNeedsAPoleFreeInterval() {
        assertThat(Smoothness.unary(UnaryOp.of(Functions.TAN), Interval.of(-1.5, 1.5))).isNull();
        assertThat(Smoothness.unary(UnaryOp.of(Functions.TAN), Interval.of(1.5, 1.6))).contains("pole");
        assertThat(Smoothness.unary(UnaryOp.of(Functions.TAN), Interval.of(2, 4))).isNull();
    }

    @Test
    void divisionPowersAndAtan2() {
        assertThat(Smoothness.division(Interval.of(0.1, 2))).isNull();
        assertThat(Smoothness.division(Interval.of(-1, 2))).contains("contains 0");
        assertThat(Smoothness.power(Interval.of(-1, 2), 3)).isNull();
        assertThat(Smoothness.power(Interval.of(-1, 2), -1)).isNotNull();
        assertThat(Smoothness.power(Interval.of(-1, 2), Interval.point(2))).isNull();
        assertThat(Smoothness.power(Interval.of(-1, 2), Interval.point(0.5))).isNotNull();
        assertThat(Smoothness.power(Interval.of(1, 2), Interval.of(0.2, 0.3))).isNull();
        assertThat(Smoothness.atan2(Interval.of(-1, 1), Interval.of(0.5, 1))).isNull();
        assertThat(Smoothness.atan2(Interval.of(0.5, 1), Interval.of(-1, 1))).isNull();
        assertThat(Smoothness.atan2(Interval.of(-1, 1), Interval.of(-1, 1))).contains("branch cut");
    }
}
