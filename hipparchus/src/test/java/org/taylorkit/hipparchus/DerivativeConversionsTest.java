package org.taylorkit.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;

/**
 * Our multivariate element against Hipparchus's {@link DerivativeStructure} (an independent
 * implementation: Faà di Bruno composition tables) on a set of functions written once against
 * {@code CalculusFieldElement}: every partial derivative up to order 4 in 3 variables agrees, at
 * seeded random points; and the conversions between the two (and {@link Gradient}) round-trip.
 */
class DerivativeConversionsTest {

    private static final int ORDER = 4;
    private static final TaylorNField FIELD = TaylorNField.of(Variables.of("x", "y", "z"), ORDER);
    private static final DSFactory DS = new DSFactory(3, ORDER);
    private static final long SEED = 0x17A5L;

    /** A test function, generic over the element type. */
    interface F {
        <T extends CalculusFieldElement<T>> T apply(T x, T y, T z);
    }

    record Named(String name, F f) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Named> functions() {
        return List.of(
                new Named("exp(x*y)/(1+z^2)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return x.multiply(y).exp().divide(z.square().add(1));
                    }
                }),
                new Named("sin(x+2y)*cos(z)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return x.add(y.multiply(2)).sin().multiply(z.cos());
                    }
                }),
                new Named("atan2(y,x)*hypot(x,z)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return y.atan2(x).multiply(x.hypot(z));
                    }
                }),
                new Named("x^y + cbrt(z)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return x.pow(y).add(z.cbrt());
                    }
                }),
                new Named("log1p(x^2)*tanh(z) - asinh(y)/sqrt(x)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return x.square().log1p().multiply(z.tanh()).subtract(y.asinh().divide(x.sqrt()));
                    }
                }),
                new Named("atan(x*z)+acos(y/4)*cosh(z)-log10(x+y)", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        return x.multiply(z).atan().add(y.divide(4).acos().multiply(z.cosh())).subtract(x.add(y).log10());
                    }
                }),
                new Named("r^-3 (Kepler), linearCombination", new F() {
                    public <T extends CalculusFieldElement<T>> T apply(T x, T y, T z) {
                        T r2 = x.linearCombination(x, x, y, y, z, z);
                        return r2.multiply(r2.sqrt()).reciprocal().multiply(x).negate();
                    }
                }));
    }

    static Stream<Arguments> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 5).boxed().flatMap(i -> {
            double[] p = {0.5 + random.nextDouble(), 0.5 + random.nextDouble(), random.nextDouble() - 0.5};
            return functions().stream().map(f -> Arguments.of(f, p[0], p[1], p[2]));
        });
    }

    @ParameterizedTest(name = "{0} at ({1}, {2}, {3}), seed 0x17A5")
    @MethodSource("cases")
    void partialDerivativesAgreeWithDerivativeStructure(Named f, double x, double y, double z) {
        TaylorNElement ours = f.f().apply(FIELD.variable(0, x), FIELD.variable(1, y), FIELD.variable(2, z));
        DerivativeStructure theirs = f.f().apply(DS.variable(0, x), DS.variable(1, y), DS.variable(2, z));
        MonomialIndex index = ours.series().index();
        double scale = 0;
        for (int p = 0; p < index.size(); p++) {
            scale = Math.max(scale, Math.abs(theirs.getPartialDerivative(index.exponents(p))));
        }
        for (int p = 0; p < index.size(); p++) {
            int[] alpha = index.exponents(p);
            assertThat(ours.getPartialDerivative(alpha))
                    .as("d^%s of %s", java.util.Arrays.toString(alpha), f)
                    .isCloseTo(theirs.getPartialDerivative(alpha), org.assertj.core.data.Offset.offset(1e-12 * scale));
        }
        assertThat(DerivativeConversions.toDerivativeStructure(ours).getAllDerivatives())
                .containsExactly(theirs.getAllDerivatives(), org.assertj.core.data.Offset.offset(1e-12 * scale));
    }

    @Test
    void conversionsRoundTrip() {
        TaylorNElement[] v = FIELD.variables(0.7, 1.2, -0.3);
        TaylorNElement e = v[0].multiply(v[1]).sin().add(v[2].exp());
        DerivativeStructure ds = DerivativeConversions.toDerivativeStructure(e);
        assertThat(DerivativeConversions.fromDerivativeStructure(ds, FIELD).series().coefficients())
                .containsExactly(e.series().coefficients(), org.assertj.core.data.Offset.offset(1e-15));

        Taylor1Field f1 = Taylor1Field.of(6);
        Taylor1Element u = f1.variable(0.4).atan();
        DerivativeStructure uds = DerivativeConversions.toDerivativeStructure(u);
        // d/dx atan(x) = 1/(1+x^2): an independent closed form for the first derivative
        assertThat(uds.getPartialDerivative(1)).isCloseTo(1 / (1 + 0.16), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(DerivativeConversions.fromDerivativeStructure(uds, f1).series().coefficients())
                .containsExactly(u.series().coefficients(), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void gradientsConvertBothWays() {
        TaylorNField first = TaylorNField.of(Variables.of("x", "y"), 1);
        Gradient g = Gradient.variable(2, 0, 3.0).multiply(Gradient.variable(2, 1, 5.0));
        TaylorNElement e = DerivativeConversions.fromGradient(g, first);
        assertThat(e.getPartialDerivative(1, 0)).isEqualTo(5.0);
        assertThat(e.getPartialDerivative(0, 1)).isEqualTo(3.0);
        Gradient back = DerivativeConversions.toGradient(e.sin());
        assertThat(back.getValue()).isEqualTo(Math.sin(15.0));
        assertThat(back.getGradient()).containsExactly(5 * Math.cos(15.0), 3 * Math.cos(15.0));
        assertThatThrownBy(() -> DerivativeConversions.fromGradient(g, FIELD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order-1 field");
        assertThatThrownBy(() -> DerivativeConversions.fromDerivativeStructure(new DSFactory(3, 2).variable(0, 1.0), FIELD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same variables and order");
    }
}
