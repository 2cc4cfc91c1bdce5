package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.core.series.TaylorNSamples.assertClose;
import static org.taylorkit.core.series.TaylorNSamples.random;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.testing.Gen;

/**
 * TaylorN against Taylor1 (the double fast path, an independent implementation of the recurrences):
 * along any direction δ, [s^k] f(u(x₀ + s·δ)) is the degree-k part of f(u) evaluated at δ.
 */
class TaylorNTaylor1Test {

    private record Fn(String name, UnaryOperator<TaylorN> multi, UnaryOperator<Taylor1> uni, double lo, double hi) {
    }

    private static final List<Fn> FUNCTIONS = List.of(
            new Fn("exp", TaylorN::exp, Taylor1::exp, -2, 2),
            new Fn("expm1", TaylorN::expm1, Taylor1::expm1, -2, 2),
            new Fn("log", TaylorN::log, Taylor1::log, 0.3, 3),
            new Fn("log1p", TaylorN::log1p, Taylor1::log1p, -0.5, 2),
            new Fn("sqrt", TaylorN::sqrt, Taylor1::sqrt, 0.3, 3),
            new Fn("cbrt", TaylorN::cbrt, Taylor1::cbrt, -3, -0.3),
            new Fn("pow 2.7", s -> s.pow(2.7), t -> t.pow(2.7), 0.3, 3),
            new Fn("reciprocal", TaylorN::reciprocal, Taylor1::reciprocal, 0.3, 3),
            new Fn("sin", TaylorN::sin, Taylor1::sin, -3, 3),
            new Fn("cos", TaylorN::cos, Taylor1::cos, -3, 3),
            new Fn("tan", TaylorN::tan, Taylor1::tan, -1.2, 1.2),
            new Fn("asin", TaylorN::asin, Taylor1::asin, -0.8, 0.8),
            new Fn("acos", TaylorN::acos, Taylor1::acos, -0.8, 0.8),
            new Fn("atan", TaylorN::atan, Taylor1::atan, -3, 3),
            new Fn("sinh", TaylorN::sinh, Taylor1::sinh, -2, 2),
            new Fn("cosh", TaylorN::cosh, Taylor1::cosh, -2, 2),
            new Fn("tanh", TaylorN::tanh, Taylor1::tanh, -2, 2),
            new Fn("asinh", TaylorN::asinh, Taylor1::asinh, -3, 3),
            new Fn("acosh", TaylorN::acosh, Taylor1::acosh, 1.3, 4),
            new Fn("atanh", TaylorN::atanh, Taylor1::atanh, -0.8, 0.8),
            new Fn("erf", TaylorN::erf, Taylor1::erf, -1.5, 1.5),
            new Fn("abs", TaylorN::abs, Taylor1::abs, -3, -0.5),
            new Fn("atan2(s, 1+s²)", s -> TaylorN.atan2(s, s.square().add(1.0)),
                    t -> Taylor1.atan2(t, t.square().add(1.0)), -2, 2));

    /** The degree-d homogeneous part of s evaluated at δ. */
    private static double partAt(TaylorN s, int d, double[] delta) {
        MonomialIndex idx = s.index();
        double sum = 0;
        for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
            double m = s.coefficientAt(p);
            for (int v = 0; v < delta.length; v++) {
                m *= Math.pow(delta[v], idx.exponent(p, v));
            }
            sum += m;
        }
        return sum;
    }

    private static Taylor1 alongDirection(TaylorN s, double[] delta) {
        double[] c = new double[s.order() + 1];
        for (int d = 0; d <= s.order(); d++) {
            c[d] = partAt(s, d, delta);
        }
        return Taylor1.of(c);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void everyFunctionAgreesWithTaylor1AlongARandomDirection(long seed) {
        Gen g = new Gen(seed);
        for (Fn f : FUNCTIONS) {
            TaylorN s = random(g, g.uniform(f.lo(), f.hi()));
            double[] delta = new double[s.variables().size()];
            for (int i = 0; i < delta.length; i++) {
                delta[i] = g.uniform(-1, 1);
            }
            TaylorN multi = f.multi().apply(s);
            Taylor1 uni = f.uni().apply(alongDirection(s, delta));
            for (int k = 0; k <= s.order(); k++) {
                double ref = uni.coefficient(k);
                assertThat(partAt(multi, k, delta)).as("%s %s degree %d along %s of %s", g, f.name(), k,
                        java.util.Arrays.toString(delta), s)
                        .isCloseTo(ref, org.assertj.core.data.Offset.offset(1e-10 * (1 + Math.abs(ref))));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void oneMovingVariableGivesTaylor1Coefficients(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(2, 4);
        int order = g.intBetween(1, 8);
        int v = g.intBetween(0, n - 1);
        double x0 = g.uniform(0.3, 2);
        TaylorN x = TaylorN.variable(TaylorNSamples.vars(n), "x" + v, x0, order);
        for (Fn f : FUNCTIONS) {
            if (x0 < f.lo() || x0 > f.hi()) {
                continue;
            }
            TaylorN multi = f.multi().apply(x);
            Taylor1 uni = f.uni().apply(Taylor1.variable(x0, order));
            MonomialIndex idx = multi.index();
            for (int p = 0; p < idx.size(); p++) {
                int e = idx.exponent(p, v);
                double expected = idx.degree(p) == e ? uni.coefficient(e) : 0.0;
                assertThat(multi.coefficientAt(p)).as("%s %s at %s, %s", g, f.name(), x0,
                        java.util.Arrays.toString(idx.exponents(p)))
                        .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-13 * (1 + Math.abs(expected))));
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void applyingATaylor1ExpansionIsComposition(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(0.5, 2));
        Taylor1 t = Taylor1.variable(s.value(), s.order());
        assertClose(s.apply(t.exp()), s.exp(), 1e-12, g + " exp");
        assertClose(s.apply(t.log()), s.log(), 1e-12, g + " log");
        assertClose(s.apply(t.sin().multiply(t)), s.sin().multiply(s), 1e-12, g + " t·sin t");
        assertThat(s.apply(Taylor1.variable(s.value(), 2).exp()).order()).isEqualTo(Math.min(2, s.order()));
    }
}
