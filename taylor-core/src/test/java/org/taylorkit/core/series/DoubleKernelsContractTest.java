package org.taylorkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.kernels.DoubleElementaryKernels;
import org.taylorkit.core.kernels.DoubleKernels;
import org.taylorkit.core.testing.Gen;

/**
 * The kernel contract: the call for coefficient k reads only inputs [0..k] and outputs/auxiliaries
 * [0..k−1], and writes only index k of its output and auxiliaries. Checked by poisoning every
 * other entry with NaN (a read of a poisoned entry would turn the result into NaN) and comparing
 * with a clean run, bit for bit.
 */
class DoubleKernelsContractTest {

    private static final int N = 12;

    /** A kernel over inputs {@code in} and outputs (result first, then auxiliaries) {@code out}. */
    private interface Kernel {
        void apply(double[][] in, double[][] out, int k);
    }

    private static Arguments kernel(String name, int inputs, int outputs, double lo, double hi, Kernel k) {
        return Arguments.of(name, inputs, outputs, lo, hi, k);
    }

    static Stream<Arguments> kernels() {
        return Stream.of(
                kernel("add", 2, 1, -2, 2, (i, o, k) -> DoubleKernels.add(i[0], i[1], o[0], k)),
                kernel("sub", 2, 1, -2, 2, (i, o, k) -> DoubleKernels.sub(i[0], i[1], o[0], k)),
                kernel("neg", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.neg(i[0], o[0], k)),
                kernel("scale", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.scale(i[0], 1.5, o[0], k)),
                kernel("addScalar", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.addScalar(i[0], 1.5, o[0], k)),
                kernel("mul", 2, 1, -2, 2, (i, o, k) -> DoubleKernels.mul(i[0], i[1], o[0], k)),
                kernel("div", 2, 1, 1, 2, (i, o, k) -> DoubleKernels.div(i[0], i[1], o[0], k)),
                kernel("sqr", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.sqr(i[0], o[0], k)),
                kernel("sqrt", 1, 1, 1, 3, (i, o, k) -> DoubleKernels.sqrt(i[0], o[0], k)),
                kernel("cbrt", 1, 1, -3, -1, (i, o, k) -> DoubleKernels.cbrt(i[0], o[0], k)),
                kernel("pow", 1, 1, 1, 3, (i, o, k) -> DoubleKernels.pow(i[0], -0.7, o[0], k)),
                kernel("exp", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.exp(i[0], o[0], k)),
                kernel("expm1", 1, 1, -2, 2, (i, o, k) -> DoubleKernels.expm1(i[0], o[0], k)),
                kernel("log", 1, 1, 1, 3, (i, o, k) -> DoubleKernels.log(i[0], o[0], k)),
                kernel("log1p", 1, 1, 0, 2, (i, o, k) -> DoubleKernels.log1p(i[0], o[0], k)),
                kernel("sinCos", 1, 2, -2, 2, (i, o, k) -> DoubleElementaryKernels.sinCos(i[0], o[0], o[1], k)),
                kernel("sinhCosh", 1, 2, -2, 2, (i, o, k) -> DoubleElementaryKernels.sinhCosh(i[0], o[0], o[1], k)),
                kernel("tan", 1, 2, -0.5, 0.5, (i, o, k) -> DoubleElementaryKernels.tan(i[0], o[0], o[1], k)),
                kernel("tanh", 1, 2, -2, 2, (i, o, k) -> DoubleElementaryKernels.tanh(i[0], o[0], o[1], k)),
                kernel("asin", 1, 2, -0.5, 0.5, (i, o, k) -> DoubleElementaryKernels.asin(i[0], o[0], o[1], k)),
                kernel("acos", 1, 2, -0.5, 0.5, (i, o, k) -> DoubleElementaryKernels.acos(i[0], o[0], o[1], k)),
                kernel("atan", 1, 2, -2, 2, (i, o, k) -> DoubleElementaryKernels.atan(i[0], o[0], o[1], k)),
                kernel("asinh", 1, 2, -2, 2, (i, o, k) -> DoubleElementaryKernels.asinh(i[0], o[0], o[1], k)),
                kernel("acosh", 1, 2, 1.5, 3, (i, o, k) -> DoubleElementaryKernels.acosh(i[0], o[0], o[1], k)),
                kernel("atanh", 1, 2, -0.5, 0.5, (i, o, k) -> DoubleElementaryKernels.atanh(i[0], o[0], o[1], k)),
                kernel("erf", 1, 3, -2, 2, (i, o, k) -> DoubleElementaryKernels.erf(i[0], o[0], o[1], o[2], k)),
                kernel("atan2", 2, 2, 0.5, 2, (i, o, k) -> DoubleElementaryKernels.atan2(i[0], i[1], o[0], o[1], k)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void readsOnlyCoefficientsUpToKAndWritesOnlyK(String name, int inputs, int outputs, double lo, double hi,
            Kernel kernel) {
        Gen gen = new Gen(Gen.BASE_SEED + name.hashCode());
        double[][] in = new double[inputs][];
        for (int i = 0; i < inputs; i++) {
            in[i] = Taylor1Asserts.randomSeries(gen, gen.uniform(lo, hi), 0.5, N).coefficients();
        }
        double[][] clean = new double[outputs][N + 1];
        for (int k = 0; k <= N; k++) {
            kernel.apply(in, clean, k);
        }
        for (int k = 0; k <= N; k++) {
            double[][] poisonedIn = new double[inputs][];
            for (int i = 0; i < inputs; i++) {
                poisonedIn[i] = in[i].clone();
                Arrays.fill(poisonedIn[i], k + 1, N + 1, Double.NaN);
            }
            double[][] out = new double[outputs][];
            for (int o = 0; o < outputs; o++) {
                out[o] = clean[o].clone();
                Arrays.fill(out[o], k, N + 1, Double.NaN);
            }
            kernel.apply(poisonedIn, out, k);
            for (int o = 0; o < outputs; o++) {
                String where = name + " output " + o + " at k = " + k + ", inputs " + Arrays.deepToString(in);
                assertEquals(clean[o][k], out[o][k], where + ": coefficient k");
                for (int j = 0; j < k; j++) {
                    assertEquals(clean[o][j], out[o][j], where + ": coefficient " + j + " was overwritten");
                }
                for (int j = k + 1; j <= N; j++) {
                    assertTrue(Double.isNaN(out[o][j]), where + ": coefficient " + j + " was written");
                }
            }
        }
    }
}
