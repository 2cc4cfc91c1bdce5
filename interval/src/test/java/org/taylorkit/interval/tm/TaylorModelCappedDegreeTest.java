package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.HighPrecision;
import org.taylorkit.interval.testing.IntervalGen;
import org.taylorkit.interval.testing.RandomExpr;

/**
 * Spaces with a degree cap on their last variables ({@link TaylorModelSpace#of(Map, int, int, int)}):
 * the Taylor-model invariant pointwise against 40-digit values (as {@link TaylorModelInvariantTest}),
 * the monomials kept, the coefficient count against a brute-force count, and the errors.
 */
class TaylorModelCappedDegreeTest {

    private static final List<String> VARS = List.of("x", "y", "z", "w");

    /** {@code P(δ)} exactly, over every monomial of degree ≤ the order (left-out ones read as 0). */
    private static BigDecimal exactPolynomial(TaylorModel t, Map<String, Double> point) {
        TaylorModelSpace s = t.space();
        int n = s.dimension();
        BigDecimal[] delta = new BigDecimal[n];
        for (int v = 0; v < n; v++) {
            delta[v] = new BigDecimal(point.get(s.variables().name(v))).subtract(new BigDecimal(s.center(v)));
        }
        MonomialIndex index = MonomialIndex.of(n, s.order());
        BigDecimal sum = BigDecimal.ZERO;
        for (int p = 0; p < index.size(); p++) {
            int[] e = index.exponents(p);
            double c = t.coefficient(e);
            if (c == 0) {
                continue;
            }
            BigDecimal term = new BigDecimal(c);
            for (int v = 0; v < n; v++) {
                term = term.multiply(delta[v].pow(e[v]));
            }
            sum = sum.add(term);
        }
        return sum;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theRemainderEnclosesTheErrorOfACappedModelAtSampledPoints(long seed) {
        IntervalGen g = new IntervalGen(seed);
        int checked = 0;
        for (int round = 0; round < 4 && checked == 0; round++) {
            List<String> vars = VARS.subList(0, g.intBetween(2, 4));
            Expr f = new RandomExpr(g, vars, true).next(g.intBetween(1, 3));
            Map<String, Interval> box = HighPrecision.box(g, vars);
            int order = g.intBetween(1, 6);
            int from = g.intBetween(1, vars.size() - 1);
            int cap = g.intBetween(0, order - 1);
            TaylorModelSpace space = TaylorModelSpace.of(box, order, from, cap);
            Map<String, TaylorModel> bindings = new HashMap<>();
            vars.forEach(v -> bindings.put(v, space.variable(v)));
            TaylorModel t;
            try {
                t = f.evaluate(space.arithmetic(), bindings);
            } catch (TaylorModelDomainException e) {
                continue; // a guarded expression can still be too wide for a model
            }
            Interval bound = t.bound();
            for (int i = 0; i < 3; i++) {
                Map<String, Double> p = HighPrecision.point(g, box);
                BigDecimal v = HighPrecision.value(f, p);
                String what = g + ": " + f + " over " + box + ", order " + order + ", cap " + cap + " from " + from
                        + ", model " + t + ", at " + p;
                HighPrecision.assertContains(t.remainder(), v.subtract(exactPolynomial(t, p)), what + " (remainder)");
                HighPrecision.assertContains(bound, v, what + " (bound)");
                checked++;
            }
        }
        assertThat(checked).as("%s: points checked", g).isPositive();
    }

    @Test
    void aCapKeepsTheMonomialsOfLowDegreeInTheCappedVariablesAndCountsThem() {
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : List.of("a", "b", "c", "d", "e1", "e2", "e3", "e4")) {
            box.put(v, Interval.of(-1, 1));
        }
        TaylorModelSpace capped = TaylorModelSpace.of(box, 5, 4, 1);
        // 126 monomials of degree ≤ 5 in a..d, plus each e_k times one of the 70 of degree ≤ 4 in a..d
        assertThat(capped.size()).isEqualTo(126 + 4 * 70);
        assertThat(TaylorModelSpace.of(box, 5).size()).isEqualTo(1287);
        assertThat(TaylorModelSpace.size(8, 5, 4, 1)).isEqualTo(406);
        for (int n = 1; n <= 6; n++) {
            for (int k = 0; k <= n; k++) {
                for (int q = 0; q <= 5; q++) {
                    for (int cap = 0; cap <= q + 1; cap++) {
                        MonomialIndex full = MonomialIndex.of(n, q);
                        long count = 0;
                        for (int p = 0; p < full.size(); p++) {
                            int[] e = full.exponents(p);
                            int s = 0;
                            for (int v = n - k; v < n; v++) {
                                s += e[v];
                            }
                            count += s <= cap ? 1 : 0;
                        }
                        assertThat(TaylorModelSpace.size(n, q, k, cap)).as("n=%d capped=%d q=%d cap=%d", n, k, q, cap)
                                .isEqualTo(count);
                    }
                }
            }
        }
        // e1·e2 and e1² are left out: the product goes to the remainder, exactly [0, 1] and [-1, 1] here
        TaylorModel e1 = capped.variable("e1");
        TaylorModel sq = e1.multiply(e1);
        assertThat(sq.coefficient(0, 0, 0, 0, 2, 0, 0, 0)).isZero();
        assertThat(sq.remainder().inf()).isEqualTo(0.0);
        assertThat(sq.remainder().sup()).isEqualTo(1.0);
        TaylorModel mixed = e1.multiply(capped.variable("e2"));
        assertThat(mixed.remainder().inf()).isEqualTo(-1.0);
        assertThat(mixed.remainder().sup()).isEqualTo(1.0);
        // a·e1 is kept exactly
        TaylorModel ae = capped.variable("a").multiply(e1);
        assertThat(ae.coefficient(1, 0, 0, 0, 1, 0, 0, 0)).isEqualTo(1.0);
        assertThat(ae.remainder().wid()).isZero();
        assertThat(ae.toString()).contains("δa*δe1");
        // the split of a free variable and the substitution of a capped one stay within the space
        TaylorModel split = ae.add(sq).split(0, true);
        assertThat(split.coefficient(1, 0, 0, 0, 1, 0, 0, 0)).isEqualTo(0.5);
        assertThat(split.coefficient(0, 0, 0, 0, 1, 0, 0, 0)).isEqualTo(0.5);
        assertThat(ae.substitute(4, 0, 0).polynomialBound().wid()).isZero();
    }

    @Test
    void badCapsAreRefusedWithTheReason() {
        Map<String, Interval> box = new LinkedHashMap<>();
        box.put("x", Interval.of(0, 1));
        box.put("e", Interval.of(-1, 1));
        assertThatThrownBy(() -> TaylorModelSpace.of(box, 3, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first capped variable").hasMessageContaining("got 3");
        assertThatThrownBy(() -> TaylorModelSpace.of(box, 3, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[e]").hasMessageContaining("got -1");
        assertThatThrownBy(() -> TaylorModelSpace.size(2, 3, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capped");
        assertThat(TaylorModelSpace.of(box, 3, 1, 3).size()).isEqualTo(10);
    }
}
