package org.taylorkit.core.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/**
 * {@link DoubleKernels#cauchySum}, the one summation order of the double Cauchy sums (which the
 * ODE tape's generated code reproduces term by term): the specified order bit for bit, the error
 * bound against exact decimal sums, and the (array, offset) kernels against the whole-array ones.
 */
class CauchySumTest {

    /** The documented order, restated independently: partial sum t mod 4, then (s₀ + s₁) + (s₂ + s₃). */
    private static double specified(double[] x, int i, double[] y, int j, int m) {
        if (m <= 0) {
            return 0.0;
        }
        double[] s = new double[4];
        boolean[] started = new boolean[4];
        for (int t = 0; t < m; t++) {
            double term = x[i + t] * y[j - t];
            int r = t % 4;
            s[r] = started[r] ? s[r] + term : term;
            started[r] = true;
        }
        if (m == 1) {
            return s[0];
        }
        if (m == 2) {
            return s[0] + s[1];
        }
        if (m == 3) {
            return (s[0] + s[1]) + s[2];
        }
        return (s[0] + s[1]) + (s[2] + s[3]);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void sumsInTheDocumentedOrderWithinItsErrorBound(long seed) {
        Gen g = new Gen(seed);
        int n = 45;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = g.signedUniform(0.1, 10) * Math.pow(0.7, k);
            y[k] = g.signedUniform(0.1, 10) * Math.pow(0.8, k);
        }
        for (int m = 0; m <= 40; m++) {
            int i = g.intBetween(0, n - 1 - Math.max(m - 1, 0));
            int j = g.intBetween(Math.max(m - 1, 0), n - 1);
            double got = DoubleKernels.cauchySum(x, i, y, j, m);
            String c = g + " m=" + m + " i=" + i + " j=" + j;
            assertThat(got).as("bits, %s", c).isEqualTo(specified(x, i, y, j, m));
            BigDecimal exact = BigDecimal.ZERO;
            double abs = 0;
            for (int t = 0; t < m; t++) {
                exact = exact.add(new BigDecimal(x[i + t]).multiply(new BigDecimal(y[j - t])));
                abs += Math.abs(x[i + t] * y[j - t]);
            }
            // one rounding per product and per addition on a path of at most ⌈m/4⌉ + 2 additions
            double u = Math.ulp(1.0) / 2;
            int depth = (m + 3) / 4 + 3;
            double bound = depth * u / (1 - depth * u) * abs * 1.0001;
            double err = new BigDecimal(got).subtract(exact).abs().doubleValue();
            assertThat(err).as("error, %s", c).isLessThanOrEqualTo(bound);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void offsetKernelsEqualTheWholeArrayKernels(long seed) {
        Gen g = new Gen(seed);
        int order = g.intBetween(1, 25);
        int w = order + 3;
        double[] a = g.coefficients(order + 1, 0.6);
        double[] b = g.coefficients(order + 1, 0.5);
        a[0] = 0.5 + Math.abs(a[0]); // a positive leading term for sqrt, log, pow
        b[0] = 1.5 + Math.abs(b[0]);
        double[] flat = new double[6 * w];
        System.arraycopy(a, 0, flat, w, order + 1);
        System.arraycopy(b, 0, flat, 3 * w, order + 1);
        String[] names = {"mul", "div", "sqr", "sqrt", "exp", "log", "pow", "sinCos", "atan"};
        for (String name : names) {
            double[] c = new double[order + 1];
            double[] aux = new double[order + 1];
            Arrays.fill(flat, 4 * w, 6 * w, 0.0);
            for (int k = 0; k <= order; k++) {
                switch (name) {
                    case "mul" -> {
                        DoubleKernels.mul(a, b, c, k);
                        DoubleKernels.mul(flat, w, flat, 3 * w, flat, 4 * w, k);
                    }
                    case "div" -> {
                        DoubleKernels.div(a, b, c, k);
                        DoubleKernels.div(flat, w, flat, 3 * w, flat, 4 * w, k);
                    }
                    case "sqr" -> {
                        DoubleKernels.sqr(a, c, k);
                        DoubleKernels.sqr(flat, w, flat, 4 * w, k);
                    }
                    case "sqrt" -> {
                        DoubleKernels.sqrt(a, c, k);
                        DoubleKernels.sqrt(flat, w, flat, 4 * w, k);
                    }
                    case "exp" -> {
                        DoubleKernels.exp(a, c, k);
                        DoubleKernels.exp(flat, w, flat, 4 * w, k);
                    }
                    case "log" -> {
                        DoubleKernels.log(a, c, k);
                        DoubleKernels.log(flat, w, flat, 4 * w, k);
                    }
                    case "pow" -> {
                        DoubleKernels.pow(a, -1.5, c, k);
                        DoubleKernels.pow(flat, w, -1.5, flat, 4 * w, k);
                    }
                    case "sinCos" -> {
                        DoubleElementaryKernels.sinCos(a, c, aux, k);
                        DoubleElementaryKernels.sinCos(flat, w, flat, 4 * w, flat, 5 * w, k);
                    }
                    default -> {
                        DoubleElementaryKernels.atan(a, c, aux, k);
                        DoubleElementaryKernels.atan(flat, w, flat, 4 * w, flat, 5 * w, k);
                    }
                }
            }
            double[] got = Arrays.copyOfRange(flat, 4 * w, 4 * w + order + 1);
            assertThat(got).as("%s, %s order %d", name, g, order).containsExactly(c);
            assertThat(flat[4 * w + order + 1]).as("%s wrote past coefficient %d", name, order).isZero();
        }
    }
}
