package org.taylorkit.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.TaylorN;

/**
 * The pending scale factors of {@link TaylorNElement} (scalings and negations applied by the next
 * sum) change no bit: chains of scalings, negations, sums, differences, products, quotients, shifts
 * and linear combinations give exactly the coefficients of the same chain over {@link TaylorN}, whose
 * scalings are eager. Seeded: {@code SEED + case}.
 */
class TaylorNElementPendingScaleTest {

    private static final long SEED = 0x5CA1EL;

    static LongStream cases() {
        return LongStream.range(0, 30);
    }

    private static void assertBits(TaylorNElement actual, TaylorN expected, String what) {
        double[] x = actual.series().coefficients();
        double[] y = expected.coefficients();
        for (int i = 0; i < y.length; i++) {
            assertThat(Double.doubleToRawLongBits(x[i])).as("%s, coefficient %d: %s vs %s", what, i, x[i], y[i])
                    .isEqualTo(Double.doubleToRawLongBits(y[i]));
        }
    }

    @ParameterizedTest(name = "case {0}, seed 0x5CA1E + case")
    @MethodSource("cases")
    void pendingScalesGiveTheEagerBits(long k) {
        Random r = new Random(SEED + k);
        Variables vars = Variables.of("a", "b", "c", "d");
        int order = 1 + r.nextInt(3);
        TaylorNField field = TaylorNField.of(vars, order);
        int size = field.index().size();
        double[] ca = new double[size];
        double[] cb = new double[size];
        for (int i = 0; i < size; i++) {
            ca[i] = 4 * r.nextDouble() - 2;
            cb[i] = 4 * r.nextDouble() - 2;
        }
        ca[0] = 1 + r.nextDouble();
        TaylorN sa = TaylorN.of(vars, order, ca);
        TaylorN sb = TaylorN.of(vars, order, cb);
        TaylorNElement a = field.element(sa);
        TaylorNElement b = field.element(sb);
        double s = 4 * r.nextDouble() - 2;
        double t = 4 * r.nextDouble() - 2;
        String c = "order " + order + ", s = " + s + ", t = " + t;
        assertBits(a.multiply(s), sa.multiply(s), "a·s " + c);
        assertBits(a.multiply(s).add(b.multiply(t)), sa.multiply(s).add(sb.multiply(t)), "a·s + b·t " + c);
        assertBits(a.multiply(s).subtract(b.negate()), sa.multiply(s).subtract(sb.negate()), "a·s − (−b) " + c);
        assertBits(a.negate().add(b), sa.negate().add(sb), "−a + b " + c);
        assertBits(a.multiply(s).multiply(t).add(b), sa.multiply(s).multiply(t).add(sb), "a·s·t + b " + c);
        assertBits(a.negate().multiply(s).negate().subtract(b), sa.negate().multiply(s).negate().subtract(sb),
                "−(−a·s) − b " + c);
        assertBits(a.multiply(s).multiply(b.multiply(t)), sa.multiply(s).multiply(sb.multiply(t)), "(a·s)(b·t) " + c);
        assertBits(a.multiply(s).square(), sa.multiply(s).square(), "(a·s)² " + c);
        assertBits(b.divide(a.negate()), sb.divide(sa.negate()), "b / (−a) " + c);
        assertBits(a.multiply(Math.abs(s)).sqrt(), sa.multiply(Math.abs(s)).sqrt(), "√(a·|s|) " + c);
        assertBits(a.multiply(s).divide(t), sa.multiply(s).divide(t), "a·s / t " + c);
        assertBits(a.multiply(s).add(t), sa.multiply(s).add(t), "a·s + t " + c);
        assertBits(a.multiply(s).exp(), sa.multiply(s).exp(), "exp(a·s) " + c);
        assertBits(b.linearCombination(s, a.negate(), t, b.multiply(s)),
                sa.negate().multiply(s).add(sb.multiply(s).multiply(t)).withValue(
                        org.hipparchus.util.MathArrays.linearCombination(s, -ca[0], t, s * cb[0])),
                "linear combination " + c);
        assertThat(a.multiply(s).getValue()).isEqualTo(s * ca[0]);
        assertThat(a.multiply(s)).isEqualTo(field.element(sa.multiply(s)));
        assertThat(a.multiply(s).hashCode()).isEqualTo(field.element(sa.multiply(s)).hashCode());
    }
}
