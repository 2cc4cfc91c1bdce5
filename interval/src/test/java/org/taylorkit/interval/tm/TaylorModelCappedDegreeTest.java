package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.tm.TaylorModelSamples.exactPolynomial;

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

    /** The first 16 of {@link IntervalGen#seeds()}: each case evaluates at 40 digits. */
    static java.util.stream.LongStream someSeeds() {
        return IntervalGen.seeds().limit(16);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("someSeeds")
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
            int cappedOrder = g.intBetween(cap, order);
            TaylorModelSpace space = TaylorModelSpace.of(box, order, from, cap, cappedOrder);
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
                String what = g + ": " + f + " over " + box + ", order " + order + ", cap " + cap + " from " + from + " up to order " + cappedOrder
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
                    MonomialIndex full = MonomialIndex.of(n, q);
                    for (int cap = 0; cap <= q + 1; cap++) {
                        for (int ko = 0; ko <= q + 1; ko++) {
                            long count = 0;
                            for (int p = 0; p < full.size(); p++) {
                                int[] e = full.exponents(p);
                                int s = 0;
                                for (int v = n - k; v < n; v++) {
                                    s += e[v];
                                }
                                count += s == 0 || (s <= cap && full.degree(p) <= ko) ? 1 : 0;
                            }
                            assertThat(TaylorModelSpace.size(n, q, k, cap, ko))
                                    .as("n=%d capped=%d q=%d cap=%d cappedOrder=%d", n, k, q, cap, ko).isEqualTo(count);
                        }
                    }
                }
                // 4 + 4 variables at order 5, degree ≤ 2 in the last 4 within total degree 3: 126 + 4·15 + 10·5
                assertThat(TaylorModelSpace.size(8, 5, 4, 2, 3)).isEqualTo(236);
            }
        }
        // e1·e2 and e1² are left out: the product goes to the remainder, bounded by class (degree 1 in the
        // symbols, total degree 1) times class: [-1, 1]·[-1, 1], widened by the rounding bound of the class sums
        TaylorModel e1 = capped.variable("e1");
        TaylorModel sq = e1.multiply(e1);
        assertThat(sq.coefficient(0, 0, 0, 0, 2, 0, 0, 0)).isZero();
        assertThat(sq.polynomialBound().wid()).isZero();
        assertThat(sq.remainder().inf()).isBetween(-1.000001, -1.0);
        assertThat(sq.remainder().sup()).isBetween(1.0, 1.000001);
        TaylorModel mixed = e1.multiply(capped.variable("e2"));
        assertThat(mixed.remainder().inf()).isBetween(-1.000001, -1.0);
        assertThat(mixed.remainder().sup()).isBetween(1.0, 1.000001);
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

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void theDirectedProductStoresTheSameCoefficientsAndAContainingRemainder(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : List.of("x", "y", "e1", "e2")) {
            box.put(v, Interval.of(-1, 1));
        }
        TaylorModelSpace sp = TaylorModelSpace.of(box, 4, 2, 2, 3);
        TaylorModel a = sp.constant(g.uniform(-2, 2));
        TaylorModel b = sp.constant(g.uniform(-2, 2));
        for (String v : box.keySet()) {
            a = a.add(sp.variable(v).multiply(g.uniform(-1, 1)).multiply(sp.variable("x").add(g.uniform(-1, 1))));
            b = b.add(sp.variable(v).multiply(g.uniform(-1, 1)).multiply(sp.variable("e1").add(g.uniform(-1, 1))));
        }
        TaylorModel fast = a.multiply(b);
        TaylorModel directed = PolynomialArithmetic.multiplyDirected(a, b);
        assertThat(fast.coefficients()).as("%s", g).containsExactly(directed.coefficients());
        // both enclose the same left-out terms (by class) with their own rounding bounds
        assertThat(directed.remainder().disjoint(fast.remainder())).as("%s", g).isFalse();
        assertThat(directed.remainder().wid()).as("%s", g).isBetween(0.5 * fast.remainder().wid(), 2 * fast.remainder().wid());
    }

    @Test
    void badCapsAreRefusedWithTheReason() {
        Map<String, Interval> box = new LinkedHashMap<>();
        box.put("x", Interval.of(0, 1));
        box.put("e", Interval.of(-1, 1));
        assertThatThrownBy(() -> TaylorModelSpace.of(box, 3, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first capped variable").hasMessageContaining("got 3");
        assertThatThrownBy(() -> TaylorModelSpace.of(box, 3, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[e]").hasMessageContaining("got -1 and 3");
        assertThatThrownBy(() -> TaylorModelSpace.size(2, 3, 3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capped");
        assertThat(TaylorModelSpace.of(box, 3, 1, 3).size()).isEqualTo(10);
    }
}
