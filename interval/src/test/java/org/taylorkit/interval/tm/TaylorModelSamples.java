package org.taylorkit.interval.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * The set-up the Taylor-model containment tests share (product, truncation, sweep, invariant, capped
 * degree): a seeded case (generator, box, space, monomial index), the exact value of a model's
 * polynomial at a point in {@link BigDecimal} (exact: every double and every dyadic deviation is a
 * finite decimal), a model's value with a given or drawn member of its remainder, and the slack-free
 * containment assertion. Only {@link #sampledValue} draws from the generator (one remainder member per call), so
 * the tests draw their cases in the order they always did.
 */
final class TaylorModelSamples {

    private TaylorModelSamples() {
    }

    /** A seeded case: the generator, a box, its space to some order and the monomial index of that space. */
    record Case(IntervalGen g, Map<String, Interval> box, TaylorModelSpace space, MonomialIndex index) {

        /** The case over {@code box} to {@code order} (draws nothing). */
        static Case of(IntervalGen g, Map<String, Interval> box, int order) {
            return new Case(g, box, TaylorModelSpace.of(box, order), MonomialIndex.of(box.size(), order));
        }
    }

    /** The variable names x0, x1, …, x(n−1). */
    static List<String> variables(int n) {
        List<String> v = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            v.add("x" + i);
        }
        return v;
    }

    /**
     * {@code P(δ)} exactly, over every monomial of degree ≤ the order (in a space with a capped degree,
     * the monomials it leaves out read as 0).
     */
    static BigDecimal exactPolynomial(TaylorModel t, Map<String, Double> point) {
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

    /** {@code P(δ) + r} exactly: the value at {@code point} of the function of the model with remainder value r. */
    static BigDecimal valueAt(TaylorModel t, Map<String, Double> point, double r) {
        return exactPolynomial(t, point).add(new BigDecimal(r));
    }

    /** {@link #valueAt} with r a member of the model's remainder drawn from {@code g}. */
    static BigDecimal sampledValue(IntervalGen g, TaylorModel t, Map<String, Double> point) {
        return valueAt(t, point, g.memberOf(t.remainder()));
    }

    /** {@code enc ∋ v}, exactly (no slack). */
    static void assertContainsExactly(Interval enc, BigDecimal v, String what) {
        assertThat(new BigDecimal(enc.inf()).compareTo(v)).as("%s: lower bound of %s above %s", what, enc, v)
                .isLessThanOrEqualTo(0);
        assertThat(new BigDecimal(enc.sup()).compareTo(v)).as("%s: upper bound of %s below %s", what, enc, v)
                .isGreaterThanOrEqualTo(0);
    }

    /**
     * {@code exact − P_result(δ) ∈ R_result}, exactly: {@code result} encloses the exact value {@code exact}
     * of the operation at {@code point}.
     */
    static void assertEncloses(TaylorModel result, BigDecimal exact, Map<String, Double> point, String what) {
        assertContainsExactly(result.remainder(), exact.subtract(exactPolynomial(result, point)), what);
    }
}
