package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.core.series.TaylorNSamples.random;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** The generic FieldTaylorN over boxed doubles must agree with the primitive TaylorN. */
class FieldTaylorNTest {

    private static final BoxedDoubleArithmetic B = BoxedDoubleArithmetic.INSTANCE;

    private record Fn(String name, UnaryOperator<TaylorN> d, UnaryOperator<FieldTaylorN<Double>> f, double lo, double hi) {
    }

    private static final List<Fn> FUNCTIONS = List.of(
            new Fn("exp", TaylorN::exp, FieldTaylorN::exp, -2, 2),
            new Fn("expm1", TaylorN::expm1, FieldTaylorN::expm1, -2, 2),
            new Fn("log", TaylorN::log, FieldTaylorN::log, 0.3, 3),
            new Fn("log1p", TaylorN::log1p, FieldTaylorN::log1p, -0.5, 2),
            new Fn("sqrt", TaylorN::sqrt, FieldTaylorN::sqrt, 0.3, 3),
            new Fn("cbrt", TaylorN::cbrt, FieldTaylorN::cbrt, -3, 3),
            new Fn("pow 2.7", s -> s.pow(2.7), s -> s.pow(2.7), 0.3, 3),
            new Fn("pow −3", s -> s.pow(-3), s -> s.pow(-3), 0.3, 3),
            new Fn("pow 4.0", s -> s.pow(4.0), s -> s.pow((Double) 4.0), -3, 3),
            new Fn("reciprocal", TaylorN::reciprocal, FieldTaylorN::reciprocal, 0.3, 3),
            new Fn("sin", TaylorN::sin, FieldTaylorN::sin, -3, 3),
            new Fn("cos", TaylorN::cos, FieldTaylorN::cos, -3, 3),
            new Fn("tan", TaylorN::tan, FieldTaylorN::tan, -1.2, 1.2),
            new Fn("asin", TaylorN::asin, FieldTaylorN::asin, -0.8, 0.8),
            new Fn("acos", TaylorN::acos, FieldTaylorN::acos, -0.8, 0.8),
            new Fn("atan", TaylorN::atan, FieldTaylorN::atan, -3, 3),
            new Fn("sinh", TaylorN::sinh, FieldTaylorN::sinh, -2, 2),
            new Fn("cosh", TaylorN::cosh, FieldTaylorN::cosh, -2, 2),
            new Fn("tanh", TaylorN::tanh, FieldTaylorN::tanh, -2, 2),
            new Fn("asinh", TaylorN::asinh, FieldTaylorN::asinh, -3, 3),
            new Fn("acosh", TaylorN::acosh, FieldTaylorN::acosh, 1.3, 4),
            new Fn("atanh", TaylorN::atanh, FieldTaylorN::atanh, -0.8, 0.8),
            new Fn("erf", TaylorN::erf, FieldTaylorN::erf, -1.5, 1.5),
            new Fn("abs", TaylorN::abs, FieldTaylorN::abs, -3, -0.5),
            new Fn("s^(s/3)", s -> s.pow(s.divide(3.0)), s -> s.pow(s.divide(3.0)), 0.5, 2),
            new Fn("atan2(s, 2−s)", s -> TaylorN.atan2(s, s.negate().add(2.0)),
                    s -> FieldTaylorN.atan2(s, s.negate().add(2.0)), -1, 1),
            new Fn("∂x0", s -> s.differentiate("x0"), s -> s.differentiate("x0"), -1, 1),
            new Fn("∫x1", s -> s.integrate("x1"), s -> s.integrate("x1"), -1, 1),
            new Fn("x1 := 0.3", s -> s.substitute("x1", 0.3), s -> s.substitute("x1", 0.3), -1, 1));

    static FieldTaylorN<Double> boxed(TaylorN s) {
        double[] c = s.coefficients();
        Double[] b = new Double[c.length];
        for (int i = 0; i < c.length; i++) {
            b[i] = c[i];
        }
        return FieldTaylorN.of(B, s.variables(), s.order(), b);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void genericPathAgreesWithThePrimitivePath(long seed) {
        Gen g = new Gen(seed);
        for (Fn f : FUNCTIONS) {
            // small shapes: the boxed path allocates per coefficient operation
            TaylorN s = random(g, TaylorNSamples.vars(g.intBetween(2, 4)), g.intBetween(1, 4), g.uniform(f.lo(), f.hi()));
            TaylorN ref = f.d().apply(s);
            FieldTaylorN<Double> out = f.f().apply(boxed(s));
            assertThat(out.order()).isEqualTo(ref.order());
            double[] a = out.toDoubleArray();
            double tol = 1e-14 * (1 + ref.norm());
            for (int p = 0; p < a.length; p++) {
                assertThat(a[p]).as("%s %s position %d of %s", g, f.name(), p, s)
                        .isCloseTo(ref.coefficientAt(p), org.assertj.core.data.Offset.offset(tol));
            }
        }
        TaylorN s = random(g, 1.0);
        TaylorN t = random(g, s.variables(), s.order(), -0.5);
        FieldTaylorN<Double> bs = boxed(s);
        FieldTaylorN<Double> bt = boxed(t);
        // The double product sums each coefficient in another order than the generic block walk (dense
        // kernels of ProductSchedule.mulInto), so the two agree to rounding, not bit for bit.
        double[] prod = bs.multiply(bt).toDoubleArray();
        TaylorN st = s.multiply(t);
        for (int p = 0; p < prod.length; p++) {
            assertThat(prod[p]).as("%s product position %d", g, p)
                    .isCloseTo(st.coefficientAt(p), org.assertj.core.data.Offset.offset(1e-14 * (1 + st.norm())));
        }
        assertThat(bs.divide(bt).toDoubleArray()).isEqualTo(s.divide(t).coefficients());
        double[] d = new double[s.variables().size()];
        Double[] bd = new Double[d.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = g.uniform(-1, 1);
            bd[i] = d[i];
        }
        assertThat(bs.evaluate(bd)).isCloseTo(s.evaluate(d), org.assertj.core.data.Offset.offset(1e-13));
        int[] e = new int[d.length];
        e[0] = Math.min(2, s.order());
        assertThat(bs.derivative(e)).isEqualTo(s.derivative(e));
    }

    @Test
    void accessGradientHessianAndErrors() {
        Variables xy = Variables.of("x", "y");
        FieldTaylorN<Double> x = FieldTaylorN.variable(B, xy, "x", 1.0, 3);
        FieldTaylorN<Double> y = FieldTaylorN.variable(B, xy, "y", 2.0, 3);
        FieldTaylorN<Double> f = x.square().multiply(y);
        // f = x²y at (1, 2): ∇ = (2xy, x²) = (4, 1), H = [[2y, 2x], [2x, 0]] = [[4, 2], [2, 0]]
        assertThat(f.gradient()).containsExactly(4.0, 1.0);
        assertThat(f.hessian()).isDeepEqualTo(new Double[][] {{4.0, 2.0}, {2.0, 0.0}});
        assertThat(f.derivative(2, 1)).isEqualTo(2.0);
        assertThat(f.toString()).isEqualTo("2.0 + 4.0 x + 1.0 y + 2.0 x^2 + 2.0 x*y + 1.0 x^2*y + O(4)");
        assertThat(f.value()).isEqualTo(2.0);
        FieldTaylorN<Double> u = FieldTaylorN.variable(B, Variables.of("u"), "u", 0.0, 3);
        assertThat(f.compose(u, u.multiply(2.0)).coefficient(3)).isEqualTo(2.0);
        assertThatThrownBy(() -> x.subtract(1.0).log()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("log:");
        assertThatThrownBy(() -> y.subtract(2.0).reciprocal()).isInstanceOf(SingularExpansionException.class);
        assertThatThrownBy(() -> x.add(FieldTaylorN.variable(B, Variables.of("x", "z"), "x", 1.0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(x, y) vs (x, z)");
        assertThatThrownBy(() -> FieldTaylorN.variable(B, xy, "q", 1.0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'q'");
    }
}
