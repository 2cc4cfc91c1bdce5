package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.big;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.exact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.ApfloatIntervalGen;

/**
 * The directed Apfloat operations against {@link BigDecimal}, an independent implementation whose
 * {@code round} and {@code divide} with a {@link MathContext} in FLOOR/CEILING mode are correctly
 * rounded by specification; roots are checked by exact squaring/cubing in BigDecimal.
 */
class ApfloatIntervalDirectedRoundingTest {

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void roundingMatchesBigDecimal(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < 20; i++) {
            Apfloat x = g.decimal(g.intBetween(1, 80), -40, 40, true);
            int p = g.intBetween(1, 60);
            String c = g + " x=" + x.toString(true) + " p=" + p;
            assertThat(big(ApfloatDirected.down(x, p))).as(c)
                    .isEqualByComparingTo(big(x).round(new MathContext(p, RoundingMode.FLOOR)));
            assertThat(big(ApfloatDirected.up(x, p))).as(c)
                    .isEqualByComparingTo(big(x).round(new MathContext(p, RoundingMode.CEILING)));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void exactOperationsRoundLikeBigDecimal(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < 10; i++) {
            Apfloat a = g.decimal(g.intBetween(1, 60), -30, 30, true);
            Apfloat b = g.decimal(g.intBetween(1, 60), -30, 30, true);
            int p = g.intBetween(1, 50);
            MathContext floor = new MathContext(p, RoundingMode.FLOOR);
            MathContext ceil = new MathContext(p, RoundingMode.CEILING);
            String c = g + " a=" + a.toString(true) + " b=" + b.toString(true) + " p=" + p;
            assertThat(big(ApfloatDirected.addDown(a, b, p))).as(c).isEqualByComparingTo(big(a).add(big(b), floor));
            assertThat(big(ApfloatDirected.addUp(a, b, p))).as(c).isEqualByComparingTo(big(a).add(big(b), ceil));
            assertThat(big(ApfloatDirected.mulDown(a, b, p))).as(c).isEqualByComparingTo(big(a).multiply(big(b), floor));
            assertThat(big(ApfloatDirected.mulUp(a, b, p))).as(c).isEqualByComparingTo(big(a).multiply(big(b), ceil));
            assertThat(big(ApfloatDirected.divDown(a, b, p))).as(c).isEqualByComparingTo(big(a).divide(big(b), floor));
            assertThat(big(ApfloatDirected.divUp(a, b, p))).as(c).isEqualByComparingTo(big(a).divide(big(b), ceil));
        }
    }

    @Test
    void sumsOfVeryDifferentMagnitudesRoundCorrectly() {
        // the shortcut for a negligible term must give the same roundings as the exact sum
        String[][] cases = {
            {"1e1000", "1e-1000"}, {"1e1000", "-1e-1000"}, {"1000", "-1e-900"}, {"1.23", "4e-500"},
            {"-1", "1e-700"}, {"-1", "-1e-700"}, {"9.99", "1e-800"}, {"0.1000000000000000055511151231257827", "-1e-900"}
        };
        for (String[] c : cases) {
            Apfloat a = exact(c[0]);
            Apfloat b = exact(c[1]);
            BigDecimal sum = new BigDecimal(c[0]).add(new BigDecimal(c[1]));
            for (int p : new int[] {1, 3, 20, 50}) {
                assertThat(big(ApfloatDirected.addDown(a, b, p))).as("%s + %s at %d", c[0], c[1], p)
                        .isEqualByComparingTo(sum.round(new MathContext(p, RoundingMode.FLOOR)));
                assertThat(big(ApfloatDirected.addUp(a, b, p))).as("%s + %s at %d", c[0], c[1], p)
                        .isEqualByComparingTo(sum.round(new MathContext(p, RoundingMode.CEILING)));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.ApfloatIntervalGen#seeds")
    void rootsAreTheTightestVerifiedBounds(long seed) {
        ApfloatIntervalGen g = new ApfloatIntervalGen(seed);
        for (int i = 0; i < 10; i++) {
            Apfloat a = g.decimal(g.intBetween(1, 60), -30, 30, false);
            int p = g.intBetween(1, 50);
            String c = g + " a=" + a.toString(true) + " p=" + p;
            BigDecimal ab = big(a);
            BigDecimal lo = big(ApfloatDirected.sqrtDown(a, p));
            BigDecimal hi = big(ApfloatDirected.sqrtUp(a, p));
            assertThat(lo.multiply(lo)).as(c).isLessThanOrEqualTo(ab);
            assertThat(hi.multiply(hi)).as(c).isGreaterThanOrEqualTo(ab);
            // tightest: the next p-digit numbers beyond lo and hi are not bounds any more
            BigDecimal up1 = lo.add(BigDecimal.ONE.scaleByPowerOfTen(lo.precision() - lo.scale() - p));
            assertThat(up1.multiply(up1)).as(c).isGreaterThan(ab);
            assertThat(hi.subtract(lo)).as(c).isLessThanOrEqualTo(up1.subtract(lo));
            Apfloat neg = a.negate();
            BigDecimal cl = big(ApfloatDirected.cbrtDown(neg, p));
            BigDecimal ch = big(ApfloatDirected.cbrtUp(neg, p));
            assertThat(cl.pow(3)).as(c).isLessThanOrEqualTo(ab.negate());
            assertThat(ch.pow(3)).as(c).isGreaterThanOrEqualTo(ab.negate());
        }
    }

    @Test
    void exactQuotientsAndRootsStayExact() {
        assertThat(big(ApfloatDirected.divDown(exact("6"), exact("3"), 5))).isEqualByComparingTo("2");
        assertThat(big(ApfloatDirected.divUp(exact("6"), exact("3"), 5))).isEqualByComparingTo("2");
        assertThat(big(ApfloatDirected.divDown(exact("1"), exact("8"), 3))).isEqualByComparingTo("0.125");
        assertThat(big(ApfloatDirected.sqrtDown(exact("1.44"), 10))).isEqualByComparingTo("1.2");
        assertThat(big(ApfloatDirected.sqrtUp(exact("1.44"), 10))).isEqualByComparingTo("1.2");
        assertThat(big(ApfloatDirected.cbrtUp(exact("-27e-30"), 10))).isEqualByComparingTo("-3e-10");
        assertThat(big(ApfloatDirected.cbrtDown(exact("-27e-30"), 10))).isEqualByComparingTo("-3e-10");
    }

    @Test
    void neighboursAtFixedDigits() {
        assertThat(big(ApfloatDirected.nextUp(exact("9.99"), 3))).isEqualByComparingTo("10");
        assertThat(big(ApfloatDirected.nextDown(exact("10"), 3))).isEqualByComparingTo("9.99");
        assertThat(big(ApfloatDirected.nextDown(exact("1"), 3))).isEqualByComparingTo("0.999");
        assertThat(big(ApfloatDirected.nextUp(exact("-1"), 3))).isEqualByComparingTo("-0.999");
        assertThat(big(ApfloatDirected.nextDown(exact("-1"), 3))).isEqualByComparingTo("-1.01");
        assertThatThrownBy(() -> ApfloatDirected.nextUp(exact("0"), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doublesConvertExactlyAndRoundOutward() {
        Apfloat tenth = ApfloatDirected.ofDouble(0.1);
        assertThat(big(tenth)).isEqualByComparingTo(new BigDecimal(0.1)); // exact binary value
        assertThat(ApfloatDirected.toDoubleDown(exact("0.1"))).isEqualTo(Math.nextDown(0.1)); // 0.1 < double 0.1
        assertThat(ApfloatDirected.toDoubleUp(exact("0.1"))).isEqualTo(0.1);
        assertThat(ApfloatDirected.toDoubleUp(exact("1e400"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ApfloatDirected.toDoubleDown(exact("1e400"))).isEqualTo(Double.MAX_VALUE);
        assertThat(ApfloatDirected.toDoubleUp(exact("1e-400"))).isEqualTo(Double.MIN_VALUE);
        assertThat(ApfloatDirected.toDoubleDown(exact("1e-400"))).isEqualTo(0.0);
        assertThat(ApfloatDirected.toDoubleDown(exact("-1e-400"))).isEqualTo(-Double.MIN_VALUE);
        assertThat(ApfloatDirected.toDoubleNearest(exact("0.1"))).isEqualTo(0.1);
    }

    @Test
    void roundingNeedsExactInput() {
        assertThatThrownBy(() -> ApfloatDirected.down(new Apfloat("1.5", 5), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exact");
        assertThatThrownBy(() -> ApfloatDirected.divDown(exact("1"), exact("0"), 3))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("division by zero");
    }
}
