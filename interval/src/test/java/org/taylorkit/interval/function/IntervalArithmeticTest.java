package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;
import org.taylorkit.interval.Ref;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The {@code Arithmetic<Interval>} adapter: contract details and a small generic computation. */
class IntervalArithmeticTest {

    private final IntervalArithmetic ar = IntervalArithmetic.INSTANCE;

    @Test
    void constantsAndConversions() {
        assertThat(ar.zero()).isEqualTo(Interval.point(0));
        assertThat(ar.one()).isEqualTo(Interval.point(1));
        assertThat(ar.fromDouble(0.1)).isEqualTo(Interval.point(0.1));
        Interval tenth = ar.fromDecimal("0.1");
        assertThat(tenth.sup()).isEqualTo(Math.nextUp(tenth.inf()));
        assertThat(ar.pi().contains(Math.PI)).isTrue();
        assertThat(ar.pi().sup()).isEqualTo(Math.nextUp(Math.PI)); // Math.PI < π
        assertThat(ar.newArray(3)).hasSize(3).containsOnlyNulls();
        assertThat(ar.toDouble(Interval.of(1, 3))).isEqualTo(2.0);
        assertThat(ar.norm(Interval.of(-5, 3))).isEqualTo(5.0);
        assertThatThrownBy(() -> ar.fromDecimal("x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void integerScalingIsExactThenOutward() {
        Interval x = Interval.of(1, 3);
        assertThat(ar.multiply(x, 3)).isEqualTo(Interval.of(3, 9));
        assertThat(ar.divide(x, 4)).isEqualTo(Interval.of(0.25, 0.75));
        Interval third = ar.divide(Interval.point(1), 3);
        assertThat(Ref.bd(third.inf()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE)).isNegative();
        assertThat(Ref.bd(third.sup()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE)).isPositive();
        assertThat(ar.scale(x, -0.5)).isEqualTo(Interval.of(-1.5, -0.5));
        assertThatThrownBy(() -> ar.divide(x, 0)).isInstanceOf(ArithmeticException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> ar.divide(x, Interval.point(0))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("[0, 0]");
        assertThat(ar.divide(x, Interval.of(-1, 1))).isEqualTo(Interval.entire());
    }

    @Test
    void zeroAndSign() {
        assertThat(ar.isZero(Interval.point(0))).isTrue();
        assertThat(ar.isZero(Interval.of(0, 1e-300))).isFalse();
        assertThat(ar.signum(Interval.of(1, 2))).isEqualTo(1);
        assertThat(ar.signum(Interval.of(-2, -1))).isEqualTo(-1);
        assertThat(ar.signum(Interval.point(0))).isEqualTo(0);
        assertThatThrownBy(() -> ar.signum(Interval.of(-1, 1))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("[-1.0, 1.0]");
        assertThatThrownBy(() -> ar.signum(Interval.of(0, 1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ar.signum(Interval.empty())).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void functionsDelegateToTheRigorousImplementations() {
        Interval x = Interval.of(0.25, 0.5);
        assertThat(ar.apply(Functions.EXP, x)).isEqualTo(x.exp());
        assertThat(ar.apply(Functions.LOG, x)).isEqualTo(x.log());
        assertThat(ar.apply(Functions.SIN, x)).isEqualTo(x.sin());
        assertThat(ar.apply(Functions.COS, x)).isEqualTo(x.cos());
        assertThat(ar.apply(Functions.TAN, x)).isEqualTo(x.tan());
        assertThat(ar.apply(Functions.ASIN, x)).isEqualTo(x.asin());
        assertThat(ar.apply(Functions.ACOS, x)).isEqualTo(x.acos());
        assertThat(ar.apply(Functions.ATAN, x)).isEqualTo(x.atan());
        assertThat(ar.apply(Functions.SINH, x)).isEqualTo(x.sinh());
        assertThat(ar.apply(Functions.COSH, x)).isEqualTo(x.cosh());
        assertThat(ar.apply(Functions.TANH, x)).isEqualTo(x.tanh());
        assertThat(ar.apply(Functions.ASINH, x)).isEqualTo(x.asinh());
        assertThat(ar.apply(Functions.ACOSH, x).isEmpty()).isTrue();
        assertThat(ar.apply(Functions.ATANH, x)).isEqualTo(x.atanh());
        assertThat(ar.apply(Functions.ERF, x)).isEqualTo(x.erf());
        assertThat(ar.apply(Functions.SQRT, Interval.of(4, 9))).isEqualTo(Interval.of(2, 3));
        assertThat(ar.apply(Functions.CBRT, Interval.point(27))).isEqualTo(Interval.point(3));
        assertThat(ar.apply(Functions.EXPM1, x)).isEqualTo(x.expm1());
        assertThat(ar.apply(Functions.LOG1P, x)).isEqualTo(x.log1p());
        assertThat(ar.apply(Functions.ABS, Interval.of(-2, 1))).isEqualTo(Interval.of(0, 2));
        assertThat(ar.pow(Interval.of(-2, 1), 2)).isEqualTo(Interval.of(0, 4));
        assertThat(ar.pow(Interval.point(4), Interval.point(0.5))).isEqualTo(Interval.point(2));
        assertThat(ar.atan2(Interval.point(1), Interval.point(1))).isEqualTo(Interval.point(1).atan());
        assertThat(ar.add(x, x)).isEqualTo(Interval.of(0.5, 1));
        assertThat(ar.subtract(x, x)).isEqualTo(Interval.of(-0.25, 0.25));
        assertThat(ar.negate(x)).isEqualTo(Interval.of(-0.5, -0.25));
        assertThat(ar.multiply(x, x)).isEqualTo(Interval.of(0.0625, 0.25));
    }

    /**
     * A generic computation through the interface: the Taylor coefficients of exp at 0.5 by the
     * recurrence c_k = c_{k−1}/k (here with a = 0.5 + t), each enclosing 1/k!·e^{0.5}.
     */
    @Test
    void genericRecurrenceEnclosesExactCoefficients() {
        Interval[] c = ar.newArray(10);
        c[0] = ar.apply(Functions.EXP, ar.fromDouble(0.5));
        for (int k = 1; k < c.length; k++) {
            c[k] = ar.divide(c[k - 1], k);
        }
        BigDecimal e = Ref.eval(org.apfloat.ApfloatMath::exp, 0.5);
        BigDecimal fact = BigDecimal.ONE;
        for (int k = 0; k < c.length; k++) {
            if (k > 0) {
                fact = fact.multiply(BigDecimal.valueOf(k));
            }
            Ref.assertEncloses(c[k], e.divide(fact, new java.math.MathContext(60)), "c_" + k);
            assertThat(Ref.ulps(c[k].inf(), c[k].sup())).as("c_%d width", k).isLessThanOrEqualTo(2 + 2L * k);
        }
    }
}
