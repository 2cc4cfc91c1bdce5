package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.taylorkit.core.series.TaylorNSamples.assertClose;
import static org.taylorkit.core.series.TaylorNSamples.random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** Identities of the elementary functions of TaylorN in 2–6 variables. */
class TaylorNFunctionsTest {

    private static final double TOL = 1e-11;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void expLogAndLog1pExpm1AreInverse(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(0.5, 3));
        assertClose(s.log().exp(), s, TOL, g + " exp(log s), s = " + s);
        assertClose(s.exp().log(), s, TOL, g + " log(exp s)");
        TaylorN t = s.subtract(s.value() - g.uniform(-0.5, 0.5));
        assertClose(t.expm1().log1p(), t, TOL, g + " log1p(expm1 t)");
        assertClose(t.expm1(), t.exp().subtract(1.0), TOL, g + " expm1 = exp − 1");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void pythagoreanAndHyperbolicIdentities(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(-2, 2));
        TaylorN one = TaylorN.constant(s.variables(), 1.0, s.order());
        assertClose(s.sin().square().add(s.cos().square()), one, TOL, g + " sin² + cos²");
        assertClose(s.cosh().square().subtract(s.sinh().square()), one, TOL, g + " cosh² − sinh²");
        assertClose(s.tan(), s.sin().divide(s.cos()), TOL, g + " tan = sin/cos");
        assertClose(s.tanh(), s.sinh().divide(s.cosh()), TOL, g + " tanh = sinh/cosh");
        assertClose(s.sinh(), s.exp().subtract(s.negate().exp()).multiply(0.5), TOL, g + " sinh");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void inverseFunctions(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(-1.2, 1.2));
        assertClose(s.sin().asin(), s, 1e-10, g + " asin(sin s)");
        assertClose(s.tan().atan(), s, 1e-10, g + " atan(tan s)");
        assertClose(s.sinh().asinh(), s, 1e-10, g + " asinh(sinh s)");
        assertClose(s.tanh().atanh(), s, 1e-10, g + " atanh(tanh s)");
        TaylorN p = s.add(2.0);
        assertClose(p.cos().acos(), p, 1e-10, g + " acos(cos p)");
        assertClose(p.cosh().acosh(), p, 1e-10, g + " acosh(cosh p)");
        assertClose(TaylorN.atan2(p.sin().multiply(3.0), p.cos().multiply(3.0)), p, 1e-10, g + " atan2");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void powerLaws(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(0.5, 2));
        double a = g.uniform(-2.5, 2.5);
        double b = g.uniform(-2.5, 2.5);
        assertClose(s.pow(a).multiply(s.pow(b)), s.pow(a + b), 1e-10, g + " s^a s^b, a=" + a + " b=" + b);
        assertClose(s.pow(a).pow(b), s.pow(a * b), 1e-10, g + " (s^a)^b");
        assertClose(s.sqrt().square(), s, TOL, g + " √s²");
        assertClose(s.pow(0.5), s.sqrt(), TOL, g + " s^0.5");
        assertClose(s.cbrt().pow(3), s, TOL, g + " ∛s³");
        assertClose(s.negate().cbrt(), s.cbrt().negate(), TOL, g + " ∛(−s)");
        assertClose(s.pow(-3), s.multiply(s).multiply(s).reciprocal(), TOL, g + " s^−3");
        assertClose(s.pow(3.0), s.multiply(s).multiply(s), TOL, g + " s^3.0");
        TaylorN e = s.subtract(s.value());
        assertClose(s.pow(e), e.multiply(s.log()).exp(), TOL, g + " s^e");
        assertClose(s.divide(s.add(1.0)).multiply(s.add(1.0)), s, TOL, g + " (s/t)·t");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void erfDerivativeIsTheGaussian(long seed) {
        Gen g = new Gen(seed);
        TaylorN s = random(g, g.uniform(-1.5, 1.5));
        String x = s.variables().name(0);
        // ∂ erf(s)/∂x = (2/√π) e^{−s²} ∂s/∂x, compared at order N − 1
        TaylorN lhs = s.erf().differentiate(x);
        TaylorN rhs = s.square().negate().exp().multiply(2 / Math.sqrt(Math.PI)).multiply(s.differentiate(x));
        assertClose(lhs, rhs, TOL, g + " d erf");
        assertThat(s.erf().value()).isCloseTo(org.taylorkit.core.arith.ErrorFunction.erf(s.value()), within(1e-15));
    }

    @Test
    void partialDerivativesOfAnExponentialHaveClosedForms() {
        // ∂^{i+j}/∂x^i∂y^j e^{ax+by} = a^i b^j e^{ax+by}
        Variables xy = Variables.of("x", "y");
        double a = 0.7;
        double b = -1.3;
        double x0 = 0.4;
        double y0 = 0.9;
        int order = 8;
        TaylorN f = TaylorN.expand(v -> v[0].multiply(a).add(v[1].multiply(b)).exp(), xy, new double[] {x0, y0}, order);
        double e = Math.exp(a * x0 + b * y0);
        for (int i = 0; i <= order; i++) {
            for (int j = 0; i + j <= order; j++) {
                double ref = Math.pow(a, i) * Math.pow(b, j) * e;
                assertThat(f.derivative(i, j)).as("∂^%d∂^%d", i, j).isCloseTo(ref, within(1e-12 * (1 + Math.abs(ref))));
            }
        }
    }

    @Test
    void singularExpansionsNameTheFunctionAndPoint() {
        Variables xy = Variables.of("x", "y");
        TaylorN x = TaylorN.variable(xy, "x", 0.0, 3);
        TaylorN y = TaylorN.variable(xy, "y", 0.0, 3);
        assertThatThrownBy(x::log).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("log:")
                .hasMessageContaining("argument is 0");
        assertThatThrownBy(() -> x.subtract(2.0).log()).isInstanceOf(SingularExpansionException.class)
                .hasMessageContaining("-2.0");
        assertThatThrownBy(() -> y.divide(x)).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("division:").hasMessageContaining("pole");
        assertThatThrownBy(x::reciprocal).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("reciprocal:");
        assertThatThrownBy(() -> x.pow(-2)).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("pow:");
        assertThatThrownBy(() -> x.square().add(y.square()).sqrt()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("sqrt:");
        assertThatThrownBy(() -> x.sqrt()).isInstanceOf(SingularExpansionException.class);
        assertThatThrownBy(x::cbrt).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("cbrt:");
        assertThatThrownBy(() -> x.pow(0.5)).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("pow:");
        assertThatThrownBy(() -> x.subtract(1.0).pow(0.5)).isInstanceOf(SingularExpansionException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> x.pow(y)).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("pow:");
        assertThatThrownBy(() -> x.add(1.0).asin()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("asin:").hasMessageContaining("1.0");
        assertThatThrownBy(() -> x.add(2.0).acos()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("acos:");
        assertThatThrownBy(() -> x.add(1.0).acosh()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("acosh:");
        assertThatThrownBy(() -> x.subtract(1.0).atanh()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("atanh:");
        assertThatThrownBy(() -> x.subtract(1.0).log1p()).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("log1p:");
        assertThatThrownBy(() -> TaylorN.atan2(y, x)).isInstanceOf(SingularExpansionException.class)
                .hasMessageStartingWith("atan2:");
        assertThatThrownBy(x::abs).isInstanceOf(SingularExpansionException.class).hasMessageStartingWith("abs:");
        // identically zero series are fine where the function vanishes at 0
        TaylorN zero = TaylorN.zero(xy, 3);
        assertThat(zero.sqrt().isZero()).isTrue();
        assertThat(zero.cbrt().isZero()).isTrue();
        assertThat(zero.abs().isZero()).isTrue();
        assertThat(zero.pow(2.5).isZero()).isTrue();
        assertThat(x.pow(2).coefficient(2, 0)).isEqualTo(1.0);
        assertThat(x.subtract(2.0).abs().coefficient(1, 0)).isEqualTo(-1.0);
        assertThat(x.add(Double.NaN).log().value()).isNaN();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void divisionRecoversTheProductFactor(long seed) {
        Gen g = new Gen(seed);
        TaylorN a = random(g, g.uniform(-2, 2));
        TaylorN b = random(g, a.variables(), a.order(), g.signedUniform(0.5, 2));
        assertClose(a.multiply(b).divide(b), a, TOL, g);
        assertClose(b.reciprocal().multiply(b), TaylorN.constant(a.variables(), 1.0, a.order()), TOL, g);
        assertThat(MonomialIndex.of(a.variables().size(), a.order())).isSameAs(a.index());
    }
}
