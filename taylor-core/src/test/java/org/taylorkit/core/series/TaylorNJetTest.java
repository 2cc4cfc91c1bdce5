package org.taylorkit.core.series;

import org.taylorkit.core.SingularExpansionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.core.series.TaylorNSamples.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** Jets: FieldTaylor1 with TaylorN coefficients (series in t whose coefficients are series in the deviations). */
class TaylorNJetTest {

    private static final Variables XY = Variables.of("x", "y");

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void jetIdentitiesHoldCoefficientByCoefficient(long seed) {
        Gen g = new Gen(seed);
        int orderN = g.intBetween(1, 4);
        int orderT = g.intBetween(1, 6);
        TaylorNArithmetic ar = TaylorNArithmetic.of(XY, orderN);
        TaylorN x = ar.variable("x", g.uniform(-1, 1));
        TaylorN y = ar.variable("y", g.uniform(-1, 1));
        // u(t) = (x + y²) + x·t + 0.5·t²
        TaylorN[] c = ar.newArray(orderT + 1);
        java.util.Arrays.fill(c, ar.zero());
        c[0] = x.add(y.square());
        c[1] = x;
        if (orderT >= 2) {
            c[2] = ar.fromDouble(0.5);
        }
        FieldTaylor1<TaylorN> u = FieldTaylor1.of(ar, c);
        FieldTaylor1<TaylorN> s2c2 = u.sin().square().add(u.cos().square());
        FieldTaylor1<TaylorN> eu = u.exp().multiply(u.negate().exp());
        for (int k = 0; k <= orderT; k++) {
            TaylorN expected = k == 0 ? ar.one() : ar.zero();
            assertClose(s2c2.coefficient(k), expected, 1e-12, g + " sin²+cos², t^" + k);
            assertClose(eu.coefficient(k), expected, 1e-12, g + " e^u e^−u, t^" + k);
        }
        FieldTaylor1<TaylorN> back = u.exp().log();
        for (int k = 0; k <= orderT; k++) {
            assertClose(back.coefficient(k), u.coefficient(k), 1e-12, g + " log(exp u), t^" + k);
        }
    }

    /** [t^k] exp(X + t) = exp(X)/k! and [t^k] sin(X + t) = sin^{(k)}(X)/k!, as multivariate series. */
    @Test
    void jetCoefficientsAreScaledDerivatives() {
        TaylorNArithmetic ar = TaylorNArithmetic.of(XY, 4);
        TaylorN x = ar.variable("x", 0.3).multiply(ar.variable("y", -0.7));
        FieldTaylor1<TaylorN> u = FieldTaylor1.variable(ar, x, 6);
        FieldTaylor1<TaylorN> e = u.exp();
        FieldTaylor1<TaylorN> s = u.sin();
        TaylorN[] sinDerivs = {x.sin(), x.cos(), x.sin().negate(), x.cos().negate()};
        for (int k = 0; k <= 6; k++) {
            assertClose(e.coefficient(k), x.exp().divide(factorial(k)), 1e-13, "exp t^" + k);
            assertClose(s.coefficient(k), sinDerivs[k % 4].divide(factorial(k)), 1e-13, "sin t^" + k);
        }
    }

    @Test
    void arithmeticQueriesAndErrors() {
        TaylorNArithmetic ar = TaylorNArithmetic.of(XY, 3);
        TaylorN x = ar.variable("x", 0.0);
        assertThat(ar.signum(ar.fromDouble(-2))).isEqualTo(-1);
        assertThat(ar.signum(ar.zero())).isZero();
        assertThatThrownBy(() -> ar.signum(x)).isInstanceOf(ArithmeticException.class);
        assertThat(ar.toDouble(x.add(1.5))).isEqualTo(1.5);
        assertThat(ar.norm(x.multiply(-3.0))).isEqualTo(3.0);
        assertThat(ar.pow(x.add(1.0), ar.fromDouble(3))).isEqualTo(x.add(1.0).pow(3));
        assertThat(ar.pi().value()).isEqualTo(Math.PI);
        assertThat(ar.fromDecimal("0.1").value()).isEqualTo(0.1);
        assertThatThrownBy(() -> ar.divide(ar.one(), x)).isInstanceOf(SingularExpansionException.class);
        // a jet whose time-constant coefficient has zero constant term cannot be divided by
        FieldTaylor1<TaylorN> u = FieldTaylor1.variable(ar, x, 3);
        assertThatThrownBy(u::reciprocal).isInstanceOf(ArithmeticException.class);
    }
}
