package org.taylorkit.interval.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;

/**
 * Expressions evaluated over {@link DecoratedIntervalArithmetic}: the decoration of the result is
 * the proof IEEE 1788 §11.7 defines for the whole expression on the box (com: defined, continuous,
 * bounded; dac: unbounded; trv: a box left a domain; NaI propagates), and the interval part is the
 * plain interval evaluation.
 */
class DecoratedExpressionTest {

    private static final DecoratedIntervalArithmetic AR = DecoratedIntervalArithmetic.INSTANCE;

    private static DecoratedInterval eval(String expr, double lo, double hi) {
        return Expr.parse(expr).evaluate(AR, Map.of("x", DecoratedInterval.of(Interval.of(lo, hi))));
    }

    @Test
    void sqrtOutsideItsDomainIsTrivial() {
        DecoratedInterval r = eval("sqrt(x)", -1, 4);
        assertThat(r.interval()).isEqualTo(Interval.of(0, 2));
        assertThat(r.decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("sqrt(x)", 0, 4).decoration()).isEqualTo(Decoration.com);
    }

    @Test
    void reciprocalAwayFromZeroIsCommon() {
        DecoratedInterval r = eval("1/x", 1, 2);
        assertThat(r.interval()).isEqualTo(Interval.of(0.5, 1));
        assertThat(r.decoration()).isEqualTo(Decoration.com);
        assertThat(eval("1/x", -1, 1).decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("1/(x^2 + 1)", -1, 1).decoration()).isEqualTo(Decoration.com);
    }

    @Test
    void theWeakestOperationDecoratesTheWholeExpression() {
        // every operation is fine except log on [−0.5, 1]: trv survives the exp and the sum
        assertThat(eval("exp(sin(x)) + log(x + 0.5)", -1, 0.5).decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("exp(sin(x)) + log(x + 1.5)", -1, 0.5).decoration()).isEqualTo(Decoration.com);
        // an unbounded but continuous intermediate: dac (tan near its pole, at a double)
        DecoratedInterval wide = Expr.parse("exp(x)").evaluate(AR,
                Map.of("x", DecoratedInterval.of(Interval.of(0, Double.POSITIVE_INFINITY))));
        assertThat(wide.decoration()).isEqualTo(Decoration.dac);
    }

    @Test
    void catalogueFunctionsWithoutADedicatedMethodAreDecoratedByTheirAnalyticity() {
        assertThat(eval("sec(x)", -1, 1).decoration()).isEqualTo(Decoration.com);
        assertThat(eval("sec(x)", 1, 2).decoration()).isEqualTo(Decoration.trv); // π/2 is inside
        assertThat(eval("acoth(x)", 2, 3).decoration()).isEqualTo(Decoration.com);
        assertThat(eval("acoth(x)", 0.5, 3).decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("erf(x) + cbrt(x)", -1, 1).decoration()).isEqualTo(Decoration.com);
    }

    @Test
    void naiPropagatesAndEmptyIsTrivial() {
        DecoratedInterval r = Expr.parse("sin(x) + 1").evaluate(AR, Map.of("x", DecoratedInterval.nai()));
        assertThat(r.isNaI()).isTrue();
        DecoratedInterval e = eval("log(x)", -2, -1);
        assertThat(e.isEmpty()).isTrue();
        assertThat(e.decoration()).isEqualTo(Decoration.trv);
    }

    @Test
    void integerLiteralExponentsArePownOthersArePow() {
        // x^2 is pown: defined for negative x
        DecoratedInterval sq = eval("x^2", -2, -1);
        assertThat(sq.interval()).isEqualTo(Interval.of(1, 4));
        assertThat(sq.decoration()).isEqualTo(Decoration.com);
        // x^(1 + 1) is 1788 pow: a negative base is outside its domain
        DecoratedInterval p = eval("x^(1 + 1)", -2, -1);
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.decoration()).isEqualTo(Decoration.trv);
        DecoratedInterval half = eval("x^0.5", 0, 4);
        assertThat(half.interval()).isEqualTo(Interval.of(0, 2));
        assertThat(half.decoration()).isEqualTo(Decoration.com);
        assertThat(eval("x^0.5", -1, 4).decoration()).isEqualTo(Decoration.trv);
        assertThat(eval("x^-1", 1, 2).decoration()).isEqualTo(Decoration.com);
        assertThat(eval("x^-1", -1, 2).decoration()).isEqualTo(Decoration.trv);
    }

    @Test
    void plainIntervalEvaluationPicksTheSamePowers() {
        Map<String, Interval> neg = Map.of("x", Interval.of(-2, -1));
        assertThat(Expr.parse("x^3").evaluate(IntervalArithmetic.INSTANCE, neg)).isEqualTo(Interval.of(-8, -1));
        assertThat(Expr.parse("x^(2 + 1)").evaluate(IntervalArithmetic.INSTANCE, neg).isEmpty()).isTrue();
        assertThat(Expr.parse("x^y").evaluate(IntervalArithmetic.INSTANCE,
                Map.of("x", Interval.of(0, 4), "y", Interval.point(0.5)))).isEqualTo(Interval.of(0, 2));
        // pow(0, y) for y > 0 is 0
        assertThat(Expr.parse("x^y").evaluate(IntervalArithmetic.INSTANCE,
                Map.of("x", Interval.zero(), "y", Interval.of(1, 2)))).isEqualTo(Interval.zero());
    }
}
