package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.DirectedRounding.*;

import java.math.BigDecimal;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * Directed rounding against exact {@link BigDecimal} arithmetic: the down/up results bracket the
 * exact value, are adjacent doubles (or equal when the exact value is a double), and handle
 * overflow, underflow and the set-based special forms.
 */
class DirectedRoundingTest {

    private static BigDecimal bd(double x) {
        return new BigDecimal(x);
    }

    /** down ≤ exact ≤ up, and down == up iff exact is that double, else up == nextUp(down). */
    private static void assertTightBracket(double down, double up, BigDecimal exact, String what) {
        double rd = roundDown(exact);
        double ru = roundUp(exact);
        assertThat(down).as("down of %s", what).isEqualTo(rd);
        assertThat(up).as("up of %s", what).isEqualTo(ru);
        if (Double.isFinite(rd)) {
            assertThat(bd(rd).compareTo(exact)).as("roundDown(%s)", what).isLessThanOrEqualTo(0);
        }
        if (Double.isFinite(ru)) {
            assertThat(bd(ru).compareTo(exact)).as("roundUp(%s)", what).isGreaterThanOrEqualTo(0);
        }
        assertThat(ru == rd || ru == Math.nextUp(rd)).as("adjacent for %s", what).isTrue();
    }

    private static void checkBinary(double a, double b, DoubleBinaryOperator down, DoubleBinaryOperator up,
            BigDecimal exact, String op) {
        assertTightBracket(down.applyAsDouble(a, b), up.applyAsDouble(a, b), exact,
                a + " " + op + " " + b + " (" + Double.toHexString(a) + ", " + Double.toHexString(b) + ")");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void addMulAreTightAndRigorous(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 20; i++) {
            double a = g.anyFinite();
            double b = g.coin() ? g.anyFinite() : a * g.uniform(-2, 2);
            if (!Double.isFinite(b)) {
                continue;
            }
            checkBinary(a, b, DirectedRounding::addDown, DirectedRounding::addUp, bd(a).add(bd(b)), "+");
            checkBinary(a, b, DirectedRounding::subDown, DirectedRounding::subUp, bd(a).subtract(bd(b)), "-");
            checkBinary(a, b, DirectedRounding::mulDown, DirectedRounding::mulUp, bd(a).multiply(bd(b)), "*");
        }
    }

    /**
     * Products near and below underflow ({@code |a·b|} from {@code 2^−1130} to {@code 2^−940}, subnormal
     * factors included), the range of the scaled fma path, against exact {@link BigDecimal} products.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void productsNearUnderflowAreTightAndRigorous(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 20; i++) {
            int target = -1130 + r.nextInt(191);
            int ea = i % 4 == 0 ? -1060 - r.nextInt(14) : Math.max(-1074, Math.min(1023, target / 2 + r.nextInt(-300, 301)));
            int eb = Math.max(-1074, Math.min(1023, target - ea));
            double a = Math.scalb(1 + r.nextDouble(), ea) * (r.nextBoolean() ? 1 : -1);
            double b = Math.scalb(1 + r.nextDouble(), eb) * (r.nextBoolean() ? 1 : -1);
            if (a == 0 || b == 0 || !Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            checkBinary(a, b, DirectedRounding::mulDown, DirectedRounding::mulUp, bd(a).multiply(bd(b)), "* (seed " + seed + ")");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void divisionIsTightAndRigorous(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 20; i++) {
            double a = g.anyFinite();
            double b = g.anyFinite();
            if (b == 0) {
                continue;
            }
            String what = a + " / " + b + " (" + Double.toHexString(a) + ", " + Double.toHexString(b) + ") " + g;
            double down = divDown(a, b);
            double up = divUp(a, b);
            // Exact checks without an exact quotient: down ≤ a/b ⇔ down·b ≤ a (b > 0), reversed for b < 0.
            int sb = b > 0 ? 1 : -1;
            if (Double.isFinite(down)) {
                assertThat(bd(down).multiply(bd(b)).compareTo(bd(a)) * sb).as("down %s", what).isLessThanOrEqualTo(0);
            } else {
                assertThat(down).as(what).isEqualTo(Double.NEGATIVE_INFINITY);
            }
            if (Double.isFinite(up)) {
                assertThat(bd(up).multiply(bd(b)).compareTo(bd(a)) * sb).as("up %s", what).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(up).as(what).isEqualTo(Double.POSITIVE_INFINITY);
            }
            if (up == down) {
                assertThat(bd(down).multiply(bd(b)).compareTo(bd(a))).as("exact %s", what).isZero();
            } else {
                assertThat(up).as("adjacent %s", what).isEqualTo(Math.nextUp(down));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void sqrtIsTightAndRigorous(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 20; i++) {
            double a = Math.abs(g.anyFinite());
            if (g.coin()) {
                double s = Math.abs(g.anyFinite());
                a = s * s; // often an exact square
            }
            if (!Double.isFinite(a)) {
                continue;
            }
            String what = "sqrt " + Double.toHexString(a) + " " + g;
            double down = sqrtDown(a);
            double up = sqrtUp(a);
            assertThat(bd(down).pow(2).compareTo(bd(a))).as(what).isLessThanOrEqualTo(0);
            assertThat(bd(up).pow(2).compareTo(bd(a))).as(what).isGreaterThanOrEqualTo(0);
            assertThat(up == down || up == Math.nextUp(down)).as(what).isTrue();
        }
    }

    @Test
    void exactResultsStayExact() {
        assertThat(mulDown(0.0, 2.0)).isEqualTo(0.0);
        assertThat(mulUp(0.0, -2.0)).isEqualTo(0.0);
        assertThat(addDown(1, 3)).isEqualTo(4.0);
        assertThat(addUp(1, 3)).isEqualTo(4.0);
        assertThat(divDown(1, 4)).isEqualTo(0.25);
        assertThat(divUp(1, 4)).isEqualTo(0.25);
        assertThat(sqrtDown(9)).isEqualTo(3.0);
        assertThat(sqrtUp(9)).isEqualTo(3.0);
        assertThat(divUp(1, 3)).isEqualTo(Math.nextUp(divDown(1, 3)));
    }

    @Test
    void overflowUnderflowAndSpecialForms() {
        double max = Double.MAX_VALUE;
        assertThat(addDown(max, max)).isEqualTo(max);
        assertThat(addUp(max, max)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(addUp(-max, -max)).isEqualTo(-max);
        assertThat(mulDown(max, 2)).isEqualTo(max);
        assertThat(mulDown(max, -2)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(mulUp(max, -2)).isEqualTo(-max);
        assertThat(mulDown(Double.MIN_VALUE, 0.5)).isEqualTo(0.0);
        assertThat(mulUp(Double.MIN_VALUE, 0.5)).isEqualTo(Double.MIN_VALUE);
        assertThat(mulDown(-Double.MIN_VALUE, 0.5)).isEqualTo(-Double.MIN_VALUE);
        assertThat(divUp(Double.MIN_VALUE, 3)).isEqualTo(Double.MIN_VALUE);
        assertThat(divDown(Double.MIN_VALUE, 3)).isEqualTo(0.0);
        assertThat(divDown(max, 0.5)).isEqualTo(max);
        assertThat(mulDown(0, Double.POSITIVE_INFINITY)).isEqualTo(0.0);
        assertThat(mulUp(Double.NEGATIVE_INFINITY, 0)).isEqualTo(0.0);
        assertThat(addDown(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(addUp(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(addDown(Double.POSITIVE_INFINITY, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(divDown(1, Double.POSITIVE_INFINITY)).isEqualTo(0.0);
        assertThat(divDown(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(sqrtUp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sqrtUp(Double.MIN_VALUE)).isEqualTo(0x1p-537); // exact: 2^-1074 = (2^-537)^2
        assertThat(sqrtUp(2 * Double.MIN_VALUE)).isEqualTo(Math.nextUp(sqrtDown(2 * Double.MIN_VALUE)));
        assertThat(Double.isNaN(addDown(Double.NaN, 1))).isTrue();
    }

    @Test
    void roundingDecimals() {
        BigDecimal tenth = new BigDecimal("0.1");
        double lo = roundDown(tenth);
        double hi = roundUp(tenth);
        assertThat(hi).isEqualTo(Math.nextUp(lo));
        assertThat(bd(lo).compareTo(tenth)).isNegative();
        assertThat(bd(hi).compareTo(tenth)).isPositive();
        assertThat(roundDown(new BigDecimal("1e400"))).isEqualTo(Double.MAX_VALUE);
        assertThat(roundUp(new BigDecimal("1e400"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(roundDown(new BigDecimal("-1e-400"))).isEqualTo(-Double.MIN_VALUE);
        assertThat(roundUp(new BigDecimal("-1e-400"))).isEqualTo(0.0);
        assertThat(roundDown(new BigDecimal("2.5"))).isEqualTo(2.5);
        assertThat(roundUp(new BigDecimal("2.5"))).isEqualTo(2.5);
    }
}
