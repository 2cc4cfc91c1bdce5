package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylor1Arithmetic;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.series.FieldTaylorNArithmetic;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.testing.RandomExpr;

/**
 * Intervals as series coefficients: the generic Taylor kernels run on {@link IntervalArithmetic}
 * with the box itself as expansion point give, for every coefficient, an interval that contains
 * that Taylor coefficient at every point of the box. Checked against Taylor coefficients computed
 * independently in 40-digit Apfloat ({@code FieldTaylor1<Apfloat>}, {@code FieldTaylorN<Apfloat>})
 * at sampled points.
 */
class IntervalSeriesTest {

    private static final IntervalArithmetic IA = IntervalArithmetic.INSTANCE;
    private static final ApfloatArithmetic AP = ApfloatArithmetic.ofDigits(HighPrecision.DIGITS);

    private static BigDecimal bd(Apfloat a) {
        return new BigDecimal(a.toString(true));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void univariateIntervalCoefficientsContainThePointCoefficientsOfEveryPoint(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Expr f = new RandomExpr(g, List.of("x"), true).next(g.intBetween(1, 3));
        Map<String, Interval> box = HighPrecision.box(g, List.of("x"));
        int order = g.intBetween(1, 6);
        FieldTaylor1<Interval> s;
        try {
            s = f.evaluate(FieldTaylor1Arithmetic.of(IA, order), Map.of("x", FieldTaylor1.variable(IA, box.get("x"), order)));
        } catch (ArithmeticException noSeries) {
            return; // e.g. a divisor whose enclosure contains 0: no series over this box (a documented error)
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Double> p = HighPrecision.point(g, box);
            FieldTaylor1<Apfloat> ref = f.evaluate(FieldTaylor1Arithmetic.of(AP, order),
                    Map.of("x", FieldTaylor1.variable(AP, AP.fromDouble(p.get("x")), order)));
            for (int k = 0; k <= Math.min(order, ref.order()); k++) {
                HighPrecision.assertContains(s.coefficient(k), bd(ref.coefficient(k)),
                        g + ": " + f + " over " + box + ", coefficient " + k + " at " + p);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void multivariateIntervalCoefficientsContainThePointCoefficientsOfEveryPoint(long seed) {
        IntervalGen g = new IntervalGen(seed);
        List<String> vars = List.of("x", "y");
        Expr f = new RandomExpr(g, vars, true).next(g.intBetween(1, 3));
        Map<String, Interval> sides = HighPrecision.box(g, vars);
        int order = g.intBetween(1, 3);
        FieldTaylorN<Interval> s;
        try {
            s = Enclosures.intervalSeries(f, Box.of(sides), order);
        } catch (ArithmeticException noSeries) {
            return;
        }
        Variables v = Variables.of(vars);
        FieldTaylorNArithmetic<Apfloat> ar = FieldTaylorNArithmetic.of(AP, v, order);
        for (int i = 0; i < 1; i++) {
            Map<String, Double> p = HighPrecision.point(g, sides);
            Map<String, FieldTaylorN<Apfloat>> args = new HashMap<>();
            vars.forEach(name -> args.put(name, ar.variable(name, AP.fromDouble(p.get(name)))));
            FieldTaylorN<Apfloat> ref = f.evaluate(ar, args);
            for (int q = 0; q < ref.size(); q++) {
                HighPrecision.assertContains(s.coefficientAt(q), bd(ref.coefficientAt(q)),
                        g + ": " + f + " over " + sides + ", coefficient #" + q + " at " + p);
            }
        }
    }

    @Test
    void theConstantTermOfAPowerIsAsTightAsTheIntervalPower() {
        // x² over [−1, 1]: as a product of independent intervals [−1, 1]; as a power [0, 1]
        FieldTaylorN<Interval> s = Enclosures.intervalSeries(Expr.parse("x^2 + x*x"), Box.of("x", Interval.of(-1, 1)), 2);
        assertThat(s.value()).isEqualTo(Interval.of(0, 2));
        assertThat(s.coefficient(1)).isEqualTo(Interval.of(-4, 4));
        assertThat(s.coefficient(2)).isEqualTo(Interval.point(2));
        // so that sqrt(x² + 0.5) has a series over the box (its constant term is inside (0, ∞))
        FieldTaylorN<Interval> r = Enclosures.intervalSeries(Expr.parse("sqrt(x^2 + 0.5)"), Box.of("x", Interval.of(-1, 1)), 3);
        assertThat(r.value().inf()).isPositive();
    }
}
