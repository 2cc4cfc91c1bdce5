package org.taylorkit.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.Variables;

/**
 * What the Hipparchus contract does not pin down: singular points (value, NaN derivatives),
 * {@code compose} from derivatives, the scalar fast path for constant elements, argument checks.
 */
class TaylorElementSemanticsTest {

    private static final TaylorNField FIELD = TaylorNField.of(Variables.of("u", "v"), 4);
    private static final long SEED = 0x5E3AL;

    @Test
    void singularPointsGiveTheValueAndNanDerivatives() {
        Taylor1Element zero = Taylor1Field.of(3).variable(0.0);
        Taylor1Element root = zero.sqrt();
        assertThat(root.getValue()).isEqualTo(0.0);
        assertThat(root.getPartialDerivative(1)).isNaN();
        Taylor1Element log = zero.log();
        assertThat(log.getValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(log.getPartialDerivative(2)).isNaN();
        TaylorNElement u = FIELD.variable(0, 0.0);
        TaylorNElement pole = u.reciprocal();
        assertThat(pole.getValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(pole.getPartialDerivative(1, 0)).isNaN();
        // acos at 1: value 0 (Math.acos(1)), derivative -1/sqrt(1 - x^2) does not exist
        TaylorNElement edge = FIELD.variable(0, 1.0).acos();
        assertThat(edge.getValue()).isEqualTo(0.0);
        assertThat(edge.getPartialDerivative(1, 0)).isNaN();
    }

    @Test
    void absFollowsTheSignOfTheValueAsDerivativeStructureDoes() {
        Taylor1Field f = Taylor1Field.of(2);
        assertThat(f.variable(-0.0).abs().getPartialDerivative(1)).isEqualTo(-1.0);
        assertThat(f.variable(0.0).abs().getPartialDerivative(1)).isEqualTo(1.0);
        assertThat(f.variable(-2.0).abs().getValue()).isEqualTo(2.0);
    }

    static IntStream points() {
        return IntStream.range(0, 10);
    }

    @ParameterizedTest(name = "case {0}, seed 0x5E3A")
    @MethodSource("points")
    void composeFromDerivativesIsTheFunction(int k) {
        Random r = new Random(SEED + k);
        double a = 2 * r.nextDouble() - 1;
        double b = 2 * r.nextDouble() - 1;
        TaylorNElement x = FIELD.variable(0, a).multiply(FIELD.variable(1, b)).add(0.5);
        double v = x.getValue();
        // derivatives of exp at v: all e^v; of sin: sin, cos, -sin, -cos, sin (closed forms)
        double[] expDerivatives = {Math.exp(v), Math.exp(v), Math.exp(v), Math.exp(v), Math.exp(v)};
        double[] sinDerivatives = {Math.sin(v), Math.cos(v), -Math.sin(v), -Math.cos(v), Math.sin(v)};
        assertThat(x.compose(expDerivatives).series().coefficients())
                .containsExactly(x.exp().series().coefficients(), within(1e-14));
        assertThat(x.compose(sinDerivatives).series().coefficients())
                .containsExactly(x.sin().series().coefficients(), within(1e-14));
        Taylor1Element t = Taylor1Field.of(4).variable(v);
        assertThat(t.compose(expDerivatives).series().coefficients())
                .containsExactly(t.exp().series().coefficients(), within(1e-14));
    }

    @ParameterizedTest(name = "case {0}, seed 0x5E3A")
    @MethodSource("points")
    void constantElementsUseScalarOperationsWithTheSameResult(int k) {
        // same values bit for bit (a zero coefficient may differ in its sign: 0·c vs a sum)
        Random r = new Random(SEED ^ k);
        TaylorNElement x = FIELD.variable(0, r.nextDouble()).sin().add(FIELD.variable(1, r.nextDouble()));
        double c = 4 * r.nextDouble() - 2;
        TaylorN full = TaylorN.constant(FIELD.variables(), c, 4);
        assertThat(x.multiply(FIELD.constant(c)).series().coefficients())
                .containsExactly(x.series().multiply(full).coefficients(), within(0.0));
        assertThat(FIELD.constant(c).multiply(x).series().coefficients())
                .containsExactly(full.multiply(x.series()).coefficients(), within(0.0));
        assertThat(x.add(FIELD.constant(c)).series().coefficients())
                .containsExactly(x.series().add(full).coefficients(), within(0.0));
        assertThat(x.subtract(FIELD.constant(c)).series().coefficients())
                .containsExactly(x.series().subtract(full).coefficients(), within(0.0));
        assertThat(x.divide(FIELD.constant(c)).series().coefficients())
                .containsExactly(x.series().divide(full).coefficients(), within(1e-15 * 16 / Math.abs(c)));
    }

    @Test
    void badArgumentsAreReported() {
        TaylorNElement x = FIELD.variable(0, 1.0);
        assertThatThrownBy(() -> x.getPartialDerivative(1)).isInstanceOf(MathIllegalArgumentException.class);
        assertThatThrownBy(() -> x.getPartialDerivative(3, 2)).isInstanceOf(MathIllegalArgumentException.class);
        assertThatThrownBy(() -> x.compose(1.0, 2.0)).isInstanceOf(MathIllegalArgumentException.class);
        assertThatThrownBy(() -> FIELD.element(TaylorN.constant(Variables.of("u", "v"), 1.0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order 3");
        assertThatThrownBy(() -> Taylor1Field.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
