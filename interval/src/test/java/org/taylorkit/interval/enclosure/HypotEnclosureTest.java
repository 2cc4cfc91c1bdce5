package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.RigorousHypot;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@code hypot(x, y)} (the expression √(x² + y²), {@link Expr#hypot}) over intervals: for every
 * x ∈ X and y ∈ Y, hypot(x, y) ∈ F(X, Y), over random boxes of every kind (huge, tiny, subnormal,
 * unbounded), checked exactly (inf² ≤ x² + y² ≤ sup² in {@link BigDecimal}, squares of doubles
 * being exact decimals); no bound is ever NaN. On ordinary boxes the natural extension is as tight
 * as the tightest hypot ({@link RigorousHypot}, itself checked against the ITF1788 vectors) up to
 * a few ulps, and every enclosure method contains the 40-digit value at sampled points.
 */
class HypotEnclosureTest {

    private static final Expr HYPOT = Expr.parse("hypot(x, y)");

    private static Interval natural(Interval x, Interval y) {
        return HYPOT.evaluate(IntervalArithmetic.INSTANCE, Map.of("x", x, "y", y));
    }

    private static void assertContainsExactly(Interval f, double x, double y, String what) {
        assertThat(Double.isNaN(f.inf()) || Double.isNaN(f.sup()) || f.isEmpty()).as("%s: %s", what, f).isFalse();
        BigDecimal square = new BigDecimal(x).pow(2).add(new BigDecimal(y).pow(2));
        assertThat(f.inf()).as("%s: %s", what, f).isGreaterThanOrEqualTo(0.0);
        assertThat(new BigDecimal(f.inf()).pow(2).compareTo(square)).as("%s: lower bound of %s", what, f).isLessThanOrEqualTo(0);
        if (f.sup() != Double.POSITIVE_INFINITY) {
            assertThat(new BigDecimal(f.sup()).pow(2).compareTo(square)).as("%s: upper bound of %s", what, f)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void everyPointOfAnyBoxIsContained(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.anyInterval();
        Interval y = g.anyInterval();
        Interval f = natural(x, y);
        for (int i = 0; i < 8; i++) {
            double px = g.memberOf(x);
            double py = g.memberOf(y);
            assertContainsExactly(f, px, py, g + ": hypot(" + px + ", " + py + ") over " + x + " x " + y);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void ordinaryBoxesAreEnclosedAsTightlyAsTheTightestHypot(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.ordered(g.signed(g.logUniform(-400, 400)), g.signed(g.logUniform(-400, 400)));
        Interval y = g.ordered(g.signed(g.logUniform(-400, 400)), g.signed(g.logUniform(-400, 400)));
        Interval f = natural(x, y);
        Interval tightest = RigorousHypot.hypot(x, y);
        String what = g + ": over " + x + " x " + y + " natural " + f + ", tightest " + tightest;
        assertThat(f.inf()).as(what).isGreaterThanOrEqualTo(tightest.inf() * (1 - 0x1p-50));
        assertThat(f.sup()).as(what).isLessThanOrEqualTo(tightest.sup() * (1 + 0x1p-50));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void everyEnclosureMethodContainsTheHighPrecisionValue(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Expr f = g.coin() ? HYPOT : Expr.parse("hypot(x*y - 1, sin(x)) + hypot(y, 0.5)");
        Map<String, Interval> sides = HighPrecision.box(g, List.of("x", "y"));
        Box box = Box.of(sides);
        List<RangeEnclosure> methods = List.of(Enclosures.natural(f, box), Enclosures.meanValue(f, box),
                Enclosures.taylorForm(f, box, g.intBetween(1, 4)), Enclosures.taylorModel(f, box, g.intBetween(0, 5)),
                Enclosures.bisect(f, box, 1e-3, EnclosureMethod.TAYLOR, 3, 40));
        for (int i = 0; i < 6; i++) {
            Map<String, Double> p = HighPrecision.point(g, sides);
            BigDecimal v = HighPrecision.value(f, p);
            for (RangeEnclosure e : methods) {
                HighPrecision.assertContains(e.range(), v, g + ": " + f + " over " + box + " at " + p + " by " + e);
            }
        }
    }

    @Test
    void beyondTheDoubleRangeTheEnclosureStaysRigorous() {
        // 3e200² overflows: the upper bound is +∞, the lower bound still below the true 5e200.
        Interval big = natural(Interval.point(3e200), Interval.point(4e200));
        assertContainsExactly(big, 3e200, 4e200, "hypot(3e200, 4e200) = " + big);
        assertThat(big.sup()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(big.inf()).isGreaterThanOrEqualTo(0x1p511);
        // 3e-200² underflows: [0, tiny] still contains the true 5e-200.
        Interval tiny = natural(Interval.point(3e-200), Interval.point(-4e-200));
        assertContainsExactly(tiny, 3e-200, -4e-200, "hypot(3e-200, -4e-200) = " + tiny);
        assertThat(tiny.sup()).isLessThan(1e-160);
        Interval unbounded = natural(Interval.of(Double.NEGATIVE_INFINITY, -7), Interval.of(-1, 8));
        assertThat(unbounded.inf()).isLessThanOrEqualTo(7.0).isGreaterThanOrEqualTo(Math.nextDown(7.0));
        assertThat(unbounded.sup()).isEqualTo(Double.POSITIVE_INFINITY);
        // The tight range of a box with independent sides: hypot([−1, 2], [−3, 0]) = [0, √13].
        Interval box = natural(Interval.of(-1, 2), Interval.of(-3, 0));
        assertThat(box.inf()).isZero();
        assertThat(box.sup()).isGreaterThanOrEqualTo(Math.sqrt(13)).isLessThanOrEqualTo(Math.nextUp(Math.nextUp(Math.sqrt(13))));
    }

    @Test
    void apfloatIntervalsAtThirtyDigitsHaveNoRangeLimit() {
        ApfloatIntervalArithmetic ar = ApfloatIntervalArithmetic.ofDigits(30);
        ApfloatInterval big = HYPOT.evaluate(ar, Map.of("x", ar.fromDecimal("3e200"), "y", ar.fromDecimal("4e200")));
        assertThat(big.contains(new Apfloat("5e200", 40))).as("%s", big).isTrue();
        assertThat(big.wid().divide(new Apfloat("5e200", 40)).doubleValue()).isLessThan(1e-27);
        // hypot(1, 0.1) = √1.01 = 1.004987562112089027021926491275957... (BigDecimal.sqrt at 40 digits)
        BigDecimal root = new BigDecimal("1.01").sqrt(new java.math.MathContext(40));
        ApfloatInterval v = HYPOT.evaluate(ar, Map.of("x", ar.one(), "y", ar.fromDecimal("0.1")));
        assertThat(v.contains(new Apfloat(root.toString(), 40))).as("%s vs %s", v, root).isTrue();
        assertThat(v.wid().doubleValue()).isLessThan(1e-27);
    }
}
