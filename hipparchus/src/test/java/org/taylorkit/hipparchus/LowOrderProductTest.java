package org.taylorkit.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.TaylorN;

/**
 * The pair-table product of {@link LowOrderProduct} (orders 1 and 2) against {@link TaylorN#multiply}:
 * bit for bit for dense operands (the same sums in the same order as the core's dense kernel), to the
 * last bits for sparse ones, and the core's polynomial meaning of 0·∞ when a coefficient is infinite.
 * Seeded: {@code SEED + case}, reported in the test name.
 */
class LowOrderProductTest {

    private static final long SEED = 0x10F2L;

    static LongStream cases() {
        return LongStream.range(0, 40);
    }

    private static double[] random(Random r, int size, double zeroChance) {
        double[] c = new double[size];
        for (int i = 0; i < size; i++) {
            c[i] = r.nextDouble() < zeroChance ? 0.0 : 4 * r.nextDouble() - 2;
        }
        return c;
    }

    private static Variables variables(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "d" + i;
        }
        return Variables.of(names);
    }

    @ParameterizedTest(name = "case {0}, seed 0x10F2 + case")
    @MethodSource("cases")
    void denseProductsAreTheCoresBitForBit(long k) {
        Random r = new Random(SEED + k);
        Variables vars = variables(3 + r.nextInt(6));
        int order = 1 + r.nextInt(2);
        TaylorNField field = TaylorNField.of(vars, order);
        int size = field.index().size();
        double[] a = random(r, size, 0.0);
        double[] b = random(r, size, 0.0);
        double[] ours = new double[size];
        field.multiplyInto(a, b, ours);
        double[] core = TaylorN.of(vars, order, a).multiply(TaylorN.of(vars, order, b)).coefficients();
        for (int i = 0; i < size; i++) {
            assertThat(Double.doubleToRawLongBits(ours[i])).as("%s order %d coefficient %d", vars, order, i)
                    .isEqualTo(Double.doubleToRawLongBits(core[i]));
        }
        double[] square = new double[size];
        field.squareInto(a, square);
        double[] coreSquare = TaylorN.of(vars, order, a).square().coefficients();
        for (int i = 0; i < size; i++) {
            assertThat(Double.doubleToRawLongBits(square[i])).as("square: %s order %d coefficient %d", vars, order, i)
                    .isEqualTo(Double.doubleToRawLongBits(coreSquare[i]));
        }
    }

    @ParameterizedTest(name = "case {0}, seed 0x10F2 + case")
    @MethodSource("cases")
    void sparseProductsAgreeWithTheCore(long k) {
        Random r = new Random(SEED + k);
        Variables vars = variables(1 + r.nextInt(8));
        int order = 1 + r.nextInt(2);
        TaylorNField field = TaylorNField.of(vars, order);
        int size = field.index().size();
        double[] a = random(r, size, 0.7);
        double[] b = random(r, size, 0.7);
        double[] ours = new double[size];
        field.multiplyInto(a, b, ours);
        double[] core = TaylorN.of(vars, order, a).multiply(TaylorN.of(vars, order, b)).coefficients();
        for (int i = 0; i < size; i++) {
            // at most 4 products of magnitude < 4 per coefficient: a few ulps of 16
            assertThat(ours[i]).as("%s order %d coefficient %d", vars, order, i).isCloseTo(core[i],
                    org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @ParameterizedTest(name = "case {0}, seed 0x10F2 + case")
    @MethodSource("cases")
    void infiniteCoefficientsFollowTheCore(long k) {
        Random r = new Random(SEED + k);
        Variables vars = variables(2 + r.nextInt(5));
        TaylorNField field = TaylorNField.of(vars, 2);
        int size = field.index().size();
        double[] a = random(r, size, 0.5);
        double[] b = random(r, size, 0.5);
        a[r.nextInt(size)] = Double.POSITIVE_INFINITY;
        double[] ours = new double[size];
        field.multiplyInto(a, b, ours);
        double[] core = TaylorN.of(vars, 2, a).multiply(TaylorN.of(vars, 2, b)).coefficients();
        assertThat(ours).as("%s", vars).containsExactly(core);
        double[] square = new double[size];
        field.squareInto(a, square);
        assertThat(square).as("square %s", vars)
                .containsExactly(TaylorN.of(vars, 2, a).square().coefficients());
    }
}
