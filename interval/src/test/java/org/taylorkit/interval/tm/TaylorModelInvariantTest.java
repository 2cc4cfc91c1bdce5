package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.tm.TaylorModelSamples.exactPolynomial;

import java.math.BigDecimal;
import java.util.HashMap;
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
 * The Taylor-model invariant itself, checked pointwise: for random smooth expressions, boxes and
 * orders, and sampled points x of the box, {@code f(x) − P(x − m) ∈ R}, where {@code f(x)} is the
 * 40-digit Apfloat value and {@code P(x − m)} is evaluated exactly in {@link BigDecimal} from the
 * model's double coefficients (every double and every dyadic deviation is an exact decimal). This
 * tests the remainder, independently of the range bound.
 */
class TaylorModelInvariantTest {

    private static final List<List<String>> VARIABLES = List.of(List.of("x"), List.of("x", "y"), List.of("x", "y", "z"));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theRemainderEnclosesTheErrorOfThePolynomialAtSampledPoints(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int checked = 0;
        for (int round = 0; round < 3 && checked == 0; round++) {
            List<String> vars = VARIABLES.get(g.intBetween(0, 2));
            Expr f = new RandomExpr(g, vars, true).next(g.intBetween(1, 3));
            Map<String, Interval> box = HighPrecision.box(g, vars);
            int order = g.intBetween(0, 6);
            TaylorModelSpace space = TaylorModelSpace.of(box, order);
            Map<String, TaylorModel> bindings = new HashMap<>();
            vars.forEach(v -> bindings.put(v, space.variable(v)));
            TaylorModel t;
            try {
                t = f.evaluate(space.arithmetic(), bindings);
            } catch (TaylorModelDomainException e) {
                continue; // a guarded expression can still be too wide for a model (e.g. overflow)
            }
            Interval bound = t.bound();
            for (int i = 0; i < 3; i++) {
                Map<String, Double> p = HighPrecision.point(g, box);
                BigDecimal v = HighPrecision.value(f, p);
                String what = g + ": " + f + " over " + box + ", model " + t + ", at " + p;
                HighPrecision.assertContains(t.remainder(), v.subtract(exactPolynomial(t, p)), what + " (remainder)");
                HighPrecision.assertContains(bound, v, what + " (bound)");
                checked++;
            }
        }
        assertThat(checked).as("%s: points checked", g).isPositive();
    }
}
