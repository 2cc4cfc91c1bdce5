package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.testing.RandomExpr;

/**
 * Containment, the one property that must never fail: for random expressions over random boxes,
 * the value of the expression at sampled points, computed independently in 40-digit Apfloat,
 * lies in the enclosure of every method. Points where the expression is undefined are skipped
 * (IEEE 1788 set semantics: the range is over the points where it is defined).
 */
class EnclosureContainmentTest {

    private static final List<List<String>> VARIABLES = List.of(List.of("x"), List.of("x", "y"), List.of("x", "y", "z"));

    private static List<RangeEnclosure> allMethods(Expr f, Box box, IntervalGen g) {
        List<RangeEnclosure> r = new ArrayList<>();
        r.add(Enclosures.natural(f, box));
        r.add(Enclosures.meanValue(f, box));
        r.add(Enclosures.taylorForm(f, box, g.intBetween(1, 4)));
        r.add(Enclosures.taylorModel(f, box, g.intBetween(0, 6)));
        EnclosureMethod[] inner = {EnclosureMethod.NATURAL, EnclosureMethod.MEAN_VALUE, EnclosureMethod.TAYLOR,
            EnclosureMethod.TAYLOR_MODEL};
        r.add(Enclosures.bisect(f, box, 1e-3, inner[g.intBetween(0, 3)], g.intBetween(1, 4), 60));
        return r;
    }

    private static void check(long seed, boolean smooth) {
        IntervalGen g = new IntervalGen(seed);
        int checked = 0;
        for (int round = 0; round < 1; round++) {
            List<String> vars = VARIABLES.get(g.intBetween(0, 2));
            Expr f = new RandomExpr(g, vars, smooth).next(g.intBetween(1, 3));
            Map<String, Interval> sides = HighPrecision.box(g, vars);
            Box box = Box.of(sides);
            List<RangeEnclosure> enclosures = allMethods(f, box, g);
            for (int i = 0; i < 6; i++) {
                Map<String, Double> p = HighPrecision.point(g, sides);
                BigDecimal v = HighPrecision.value(f, p);
                if (v == null) {
                    continue;
                }
                checked++;
                for (RangeEnclosure e : enclosures) {
                    HighPrecision.assertContains(e.range(), v, g + ": " + f + " over " + box + " at " + p + " by " + e);
                }
            }
        }
        if (smooth) {
            assertThat(checked).as("%s: points where the expression is defined", g).isGreaterThan(3);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void smoothExpressionsAreEnclosedByEveryMethod(long seed) {
        check(seed, true);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void partiallyDefinedExpressionsAreEnclosedByEveryMethod(long seed) {
        check(seed + 1, false);
    }
}
