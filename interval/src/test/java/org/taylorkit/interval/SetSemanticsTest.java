package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * Every function on arbitrary intervals (unbounded, entire, subnormal, huge, straddling zero and
 * domain edges): F(X) and F([a, a]) both contain f(a) for every member a in the domain, so they
 * must intersect — a cheap check of the interval-level logic (extrema, domains, infinities) over
 * many more cases than the reference-based tests. Values themselves are checked against
 * independent references in the per-function tests.
 */
class SetSemanticsTest {

    static final Map<String, UnaryOperator<Interval>> FUNCTIONS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put("exp", Interval::exp);
        FUNCTIONS.put("expm1", Interval::expm1);
        FUNCTIONS.put("log", Interval::log);
        FUNCTIONS.put("log1p", Interval::log1p);
        FUNCTIONS.put("sin", Interval::sin);
        FUNCTIONS.put("cos", Interval::cos);
        FUNCTIONS.put("tan", Interval::tan);
        FUNCTIONS.put("asin", Interval::asin);
        FUNCTIONS.put("acos", Interval::acos);
        FUNCTIONS.put("atan", Interval::atan);
        FUNCTIONS.put("sinh", Interval::sinh);
        FUNCTIONS.put("cosh", Interval::cosh);
        FUNCTIONS.put("tanh", Interval::tanh);
        FUNCTIONS.put("asinh", Interval::asinh);
        FUNCTIONS.put("acosh", Interval::acosh);
        FUNCTIONS.put("atanh", Interval::atanh);
        FUNCTIONS.put("erf", Interval::erf);
        FUNCTIONS.put("sqrt", Interval::sqrt);
        FUNCTIONS.put("cbrt", Interval::cbrt);
        FUNCTIONS.put("abs", Interval::abs);
        FUNCTIONS.put("sqr", Interval::sqr);
        FUNCTIONS.put("pow3", x -> x.pow(3));
        FUNCTIONS.put("pow-2", x -> x.pow(-2));
        FUNCTIONS.put("pow-3", x -> x.pow(-3));
        FUNCTIONS.put("pow0.5", x -> x.pow(Interval.point(0.5)));
        FUNCTIONS.put("pow1.7", x -> x.pow(Interval.point(1.7)));
        FUNCTIONS.put("atan2(x,1)", x -> x.atan2(Interval.point(1)));
        FUNCTIONS.put("atan2(-1,x)", x -> Interval.point(-1).atan2(x));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void intervalAndPointEnclosuresIntersect(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.coin() ? g.anyInterval() : g.intervalIn(-4, 4);
        for (Map.Entry<String, UnaryOperator<Interval>> f : FUNCTIONS.entrySet()) {
            Interval fx = f.getValue().apply(x);
            for (int i = 0; i < 3; i++) {
                double a = g.memberOf(x);
                Interval fa = f.getValue().apply(Interval.point(a));
                if (!fa.isEmpty()) {
                    assertThat(fx.disjoint(fa)).as("%s(%s) = %s vs %s(%s) = %s %s", f.getKey(), x, fx, f.getKey(), a,
                            fa, g).isFalse();
                }
            }
        }
    }

    @Test
    void emptyPropagatesEverywhere() {
        Interval e = Interval.empty();
        for (Map.Entry<String, UnaryOperator<Interval>> f : FUNCTIONS.entrySet()) {
            assertThat(f.getValue().apply(e).isEmpty()).as(f.getKey()).isTrue();
        }
        Interval one = Interval.point(1);
        assertThat(e.add(one).isEmpty() && one.subtract(e).isEmpty() && e.multiply(one).isEmpty()
                && one.divide(e).isEmpty() && e.pow(Interval.point(2)).isEmpty() && one.atan2(e).isEmpty()
                && e.min(one).isEmpty() && one.max(e).isEmpty()).isTrue();
    }

    @Test
    void entireGivesTheRangeOfEachFunction() {
        Interval all = Interval.entire();
        double inf = Double.POSITIVE_INFINITY;
        assertThat(all.exp()).isEqualTo(Interval.of(0, inf));
        assertThat(all.log()).isEqualTo(all);
        assertThat(all.sin()).isEqualTo(Interval.of(-1, 1));
        assertThat(all.cos()).isEqualTo(Interval.of(-1, 1));
        assertThat(all.tan()).isEqualTo(all);
        assertThat(all.sqrt()).isEqualTo(Interval.of(0, inf));
        assertThat(all.asin()).isEqualTo(Interval.of(-1, 1).asin());
        assertThat(all.acosh()).isEqualTo(Interval.of(0, inf));
        assertThat(all.atanh()).isEqualTo(all);
        assertThat(all.abs()).isEqualTo(Interval.of(0, inf));
        assertThat(all.cbrt()).isEqualTo(all);
        assertThat(all.asinh()).isEqualTo(all);
        assertThat(all.atan2(all)).isEqualTo(Interval.of(-Interval.pi().sup(), Interval.pi().sup()));
    }
}
