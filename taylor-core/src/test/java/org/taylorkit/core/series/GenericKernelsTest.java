package org.taylorkit.core.series;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.core.series.FieldTaylor1Assertions.BOXED;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.kernels.GenericInverseKernels;
import org.taylorkit.core.kernels.GenericKernels;

/**
 * The generic kernels over boxed doubles against closed-form Maclaurin coefficients (references in
 * each test), run in "streaming" mode: coefficient k of the input is revealed only just before the
 * kernel computes coefficient k (the rest is NaN), and the output/auxiliary entries beyond k must
 * still hold a sentinel afterwards. That checks the kernel contract: read {@code [0..k]}, write
 * {@code [k]} only.
 */
class GenericKernelsTest {

    private static final int N = 16;
    private static final double TOL = 1e-14;
    private static final Double SENTINEL = Double.valueOf(-999.25);

    /** One- or two-input kernel with up to two auxiliary outputs; {@code out[0]} is the result. */
    private interface Step {
        void apply(Double[] a, Double[] b, Double[][] out, int k);
    }

    /** Runs a kernel order by order with inputs revealed incrementally; returns the outputs. */
    private static double[][] stream(double[] a, double[] b, int outputs, Step step) {
        Double[] x = nanArray(a.length);
        Double[] y = nanArray(a.length);
        Double[][] out = new Double[outputs][a.length];
        for (Double[] o : out) {
            Arrays.fill(o, SENTINEL);
        }
        for (int k = 0; k < a.length; k++) {
            x[k] = a[k];
            y[k] = b == null ? Double.NaN : b[k];
            step.apply(x, y, out, k);
            for (int o = 0; o < outputs; o++) {
                assertThat(out[o][k]).as("output %d at k=%d", o, k).isNotNull().isNotNaN();
                for (int j = k + 1; j < a.length; j++) {
                    assertThat(out[o][j]).as("output %d entry %d written at k=%d", o, j, k).isSameAs(SENTINEL);
                }
            }
        }
        double[][] r = new double[outputs][a.length];
        for (int o = 0; o < outputs; o++) {
            for (int k = 0; k < a.length; k++) {
                r[o][k] = out[o][k];
            }
        }
        return r;
    }

    private static double[] stream1(double[] a, int outputs, Step step) {
        return stream(a, null, outputs, step)[0];
    }

    private static Double[] nanArray(int n) {
        Double[] d = new Double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    /** {@code x0 + t} padded to order N−1. */
    private static double[] var(double x0) {
        double[] a = new double[N];
        a[0] = x0;
        a[1] = 1.0;
        return a;
    }

    private static void assertCoefficients(double[] expected, double[] actual, String what) {
        for (int k = 0; k < expected.length; k++) {
            assertThat(Math.abs(actual[k] - expected[k]))
                    .as("%s: coefficient %d, expected %s, got %s", what, k, expected[k], actual[k])
                    .isLessThanOrEqualTo(TOL * Math.max(1.0, Math.abs(expected[k])));
        }
    }

    private static double factorial(int k) {
        double f = 1.0;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    /** The generalized binomial coefficient C(r, k) = Π_{i<k} (r − i)/(i + 1). */
    private static double binomial(double r, int k) {
        double b = 1.0;
        for (int i = 0; i < k; i++) {
            b *= (r - i) / (i + 1);
        }
        return b;
    }

    @Test
    void ringKernelsOnPolynomials() {
        double[] a = new double[N];
        double[] b = new double[N];
        a[0] = 1;
        a[1] = 2;
        b[0] = 3;
        b[2] = -1;
        // (1 + 2t)(3 − t²) = 3 + 6t − t² − 2t³
        double[] prod = stream(a, b, 1, (x, y, o, k) -> GenericKernels.mul(BOXED, x, y, o[0], k))[0];
        double[] expected = new double[N];
        expected[0] = 3;
        expected[1] = 6;
        expected[2] = -1;
        expected[3] = -2;
        assertCoefficients(expected, prod, "mul");
        // (1 + 2t)² = 1 + 4t + 4t²
        double[] sq = stream1(a, 1, (x, y, o, k) -> GenericKernels.sqr(BOXED, x, o[0], k));
        double[] sqExpected = new double[N];
        sqExpected[0] = 1;
        sqExpected[1] = 4;
        sqExpected[2] = 4;
        assertCoefficients(sqExpected, sq, "sqr");
        // quotient of the product by (3 − t²) gives back 1 + 2t
        double[] quot = stream(prod, b, 1, (x, y, o, k) -> GenericKernels.div(BOXED, x, y, o[0], k))[0];
        assertCoefficients(a, quot, "div");
        double[] sum = stream(a, b, 1, (x, y, o, k) -> GenericKernels.add(BOXED, x, y, o[0], k))[0];
        double[] diff = stream(a, b, 1, (x, y, o, k) -> GenericKernels.sub(BOXED, x, y, o[0], k))[0];
        double[] neg = stream1(a, 1, (x, y, o, k) -> GenericKernels.neg(BOXED, x, o[0], k));
        double[] scaled = stream1(a, 1, (x, y, o, k) -> GenericKernels.scale(BOXED, x, 2.5, o[0], k));
        double[] shifted = stream1(a, 1, (x, y, o, k) -> GenericKernels.addScalar(BOXED, x, 4.0, o[0], k));
        for (int k = 0; k < N; k++) {
            assertThat(sum[k]).isEqualTo(a[k] + b[k]);
            assertThat(diff[k]).isEqualTo(a[k] - b[k]);
            assertThat(neg[k]).isEqualTo(-a[k]);
            assertThat(scaled[k]).isEqualTo(2.5 * a[k]);
            assertThat(shifted[k]).isEqualTo(k == 0 ? 5.0 : a[k]);
        }
    }

    @Test
    void geometricSeriesByDivision() {
        // 1/(1 − t) = Σ t^k
        double[] one = new double[N];
        one[0] = 1;
        double[] oneMinusT = new double[N];
        oneMinusT[0] = 1;
        oneMinusT[1] = -1;
        double[] c = stream(one, oneMinusT, 1, (x, y, o, k) -> GenericKernels.div(BOXED, x, y, o[0], k))[0];
        double[] expected = new double[N];
        Arrays.fill(expected, 1.0);
        assertCoefficients(expected, c, "1/(1−t)");
    }

    @Test
    void rootsAndPowersAreBinomialSeries() {
        // (1 + t)^r = Σ C(r, k) t^k (Newton's binomial series)
        double[] sqrt = stream1(var(1), 1, (x, y, o, k) -> Functions.SQRT.kernel(BOXED, x, o[0], aux(), k));
        double[] cbrt = stream1(var(1), 1, (x, y, o, k) -> Functions.CBRT.kernel(BOXED, x, o[0], aux(), k));
        double[] pow = stream1(var(1), 1, (x, y, o, k) -> GenericKernels.pow(BOXED, x, 0.7, o[0], k));
        // ∛(−8 + t) = −2 (1 − t/8)^{1/3}
        double[] cbrtNeg = stream1(var(-8), 1, (x, y, o, k) -> Functions.CBRT.kernel(BOXED, x, o[0], aux(), k));
        // (−2 + t)^3 = −8 + 12t − 6t² + t³ (integer power of a negative base)
        double[] cube = stream1(var(-2), 1, (x, y, o, k) -> GenericKernels.pow(BOXED, x, 3.0, o[0], k));
        double[] eSqrt = new double[N];
        double[] eCbrt = new double[N];
        double[] ePow = new double[N];
        double[] eCbrtNeg = new double[N];
        for (int k = 0; k < N; k++) {
            eSqrt[k] = binomial(0.5, k);
            eCbrt[k] = binomial(1.0 / 3.0, k);
            ePow[k] = binomial(0.7, k);
            eCbrtNeg[k] = -2 * binomial(1.0 / 3.0, k) * Math.pow(-1.0 / 8, k);
        }
        assertCoefficients(eSqrt, sqrt, "sqrt(1+t)");
        assertCoefficients(eCbrt, cbrt, "cbrt(1+t)");
        assertCoefficients(ePow, pow, "(1+t)^0.7");
        assertCoefficients(eCbrtNeg, cbrtNeg, "cbrt(−8+t)");
        double[] eCube = new double[N];
        eCube[0] = -8;
        eCube[1] = 12;
        eCube[2] = -6;
        eCube[3] = 1;
        assertCoefficients(eCube, cube, "(−2+t)^3");
    }

    @Test
    void exponentialAndLogarithm() {
        // e^t = Σ t^k/k!;  ln(1 + t) = Σ (−1)^{k+1} t^k / k (Mercator)
        double[] exp = stream1(var(0), 1, (x, y, o, k) -> Functions.EXP.kernel(BOXED, x, o[0], aux(), k));
        double[] expm1 = stream1(var(0), 1, (x, y, o, k) -> Functions.EXPM1.kernel(BOXED, x, o[0], aux(), k));
        double[] log = stream1(var(1), 1, (x, y, o, k) -> Functions.LOG.kernel(BOXED, x, o[0], aux(), k));
        double[] log1p = stream1(var(0), 1, (x, y, o, k) -> Functions.LOG1P.kernel(BOXED, x, o[0], aux(), k));
        double[] eExp = new double[N];
        double[] eLog = new double[N];
        for (int k = 0; k < N; k++) {
            eExp[k] = 1 / factorial(k);
            eLog[k] = k == 0 ? 0 : ((k & 1) == 1 ? 1.0 : -1.0) / k;
        }
        assertCoefficients(eExp, exp, "exp t");
        double[] eExpm1 = eExp.clone();
        eExpm1[0] = 0;
        assertCoefficients(eExpm1, expm1, "expm1 t");
        assertCoefficients(eLog, log, "log(1+t)");
        assertCoefficients(eLog, log1p, "log1p t");
    }

    @Test
    void trigonometricAndHyperbolic() {
        // sin t = Σ (−1)^j t^{2j+1}/(2j+1)!, cos t = Σ (−1)^j t^{2j}/(2j)!; sinh, cosh without signs
        double[][] sc = stream(var(0), null, 2, (x, y, o, k) -> Functions.SIN.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[][] shch = stream(var(0), null, 2, (x, y, o, k) -> Functions.SINH.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] eSin = new double[N];
        double[] eCos = new double[N];
        double[] eSinh = new double[N];
        double[] eCosh = new double[N];
        for (int k = 0; k < N; k++) {
            double sign = ((k / 2) & 1) == 0 ? 1 : -1;
            if ((k & 1) == 1) {
                eSin[k] = sign / factorial(k);
                eSinh[k] = 1 / factorial(k);
            } else {
                eCos[k] = sign / factorial(k);
                eCosh[k] = 1 / factorial(k);
            }
        }
        assertCoefficients(eSin, sc[0], "sin t");
        assertCoefficients(eCos, sc[1], "cos t");
        assertCoefficients(eSinh, shch[0], "sinh t");
        assertCoefficients(eCosh, shch[1], "cosh t");
    }

    @Test
    void tangentNumbers() {
        // tan t = t + t³/3 + 2t⁵/15 + 17t⁷/315 + 62t⁹/2835 + 1382t¹¹/155925 + 21844t¹³/6081075
        //       + 929569t¹⁵/638512875 (A&S 4.3.67; [t⁷], [t¹³], [t¹⁵] also in REFERENCES.md);
        // tanh t: the same with alternating signs (A&S 4.5.64).
        double[] odd = {1, 1.0 / 3, 2.0 / 15, 17.0 / 315, 62.0 / 2835, 1382.0 / 155925, 21844.0 / 6081075,
            929569.0 / 638512875};
        double[][] tan = stream(var(0), null, 2, (x, y, o, k) -> Functions.TAN.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[][] tanh = stream(var(0), null, 2, (x, y, o, k) -> Functions.TANH.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] eTan = new double[N];
        double[] eTanh = new double[N];
        for (int j = 0; j < odd.length; j++) {
            eTan[2 * j + 1] = odd[j];
            eTanh[2 * j + 1] = (j & 1) == 0 ? odd[j] : -odd[j];
        }
        assertCoefficients(eTan, tan[0], "tan t");
        assertCoefficients(eTanh, tanh[0], "tanh t");
        // the auxiliary is the square of the result
        for (int k = 0; k < N; k++) {
            double sq = 0;
            for (int j = 0; j <= k; j++) {
                sq += eTan[j] * eTan[k - j];
            }
            assertThat(Math.abs(tan[1][k] - sq)).as("tan auxiliary p = tan² at %d", k).isLessThan(TOL);
        }
    }

    @Test
    void inverseFunctions() {
        // asin t = Σ (2n)! t^{2n+1} / (4^n (n!)² (2n+1));  asinh: the same with (−1)^n (A&S 4.4.40, 4.6.31)
        // atan t = Σ (−1)^n t^{2n+1}/(2n+1);  atanh t = Σ t^{2n+1}/(2n+1);  acos = π/2 − asin
        double[] asin = stream1(var(0), 2, (x, y, o, k) -> Functions.ASIN.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] acos = stream1(var(0), 2, (x, y, o, k) -> Functions.ACOS.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] atan = stream1(var(0), 2, (x, y, o, k) -> Functions.ATAN.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] asinh = stream1(var(0), 2, (x, y, o, k) -> Functions.ASINH.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] atanh = stream1(var(0), 2, (x, y, o, k) -> Functions.ATANH.kernel(BOXED, x, o[0], aux(o[1]), k));
        double[] eAsin = new double[N];
        double[] eAcos = new double[N];
        double[] eAtan = new double[N];
        double[] eAsinh = new double[N];
        double[] eAtanh = new double[N];
        eAcos[0] = Math.PI / 2;
        for (int n = 0; 2 * n + 1 < N; n++) {
            int k = 2 * n + 1;
            double sign = (n & 1) == 0 ? 1 : -1;
            double a = factorial(2 * n) / (Math.pow(4, n) * factorial(n) * factorial(n) * k);
            eAsin[k] = a;
            eAcos[k] = -a;
            eAsinh[k] = sign * a;
            eAtan[k] = sign / k;
            eAtanh[k] = 1.0 / k;
        }
        assertCoefficients(eAsin, asin, "asin t");
        assertCoefficients(eAcos, acos, "acos t");
        assertCoefficients(eAtan, atan, "atan t");
        assertCoefficients(eAsinh, asinh, "asinh t");
        assertCoefficients(eAtanh, atanh, "atanh t");
    }

    @Test
    void acoshInvertsCosh() {
        // acosh(cosh(1 + t)) = 1 + t: the acosh kernel against the (independent) cosh kernel
        double[] cosh = stream(var(1), null, 2, (x, y, o, k) -> Functions.SINH.kernel(BOXED, x, o[0], aux(o[1]), k))[1];
        double[] back = stream1(cosh, 2, (x, y, o, k) -> Functions.ACOSH.kernel(BOXED, x, o[0], aux(o[1]), k));
        assertCoefficients(var(1), back, "acosh(cosh(1+t))");
        // first coefficients at x0 = 2 in closed form: acosh 2 = ln(2 + √3), 1/√(x²−1), −x/(2(x²−1)^{3/2})
        double[] at2 = stream1(var(2), 2, (x, y, o, k) -> Functions.ACOSH.kernel(BOXED, x, o[0], aux(o[1]), k));
        assertThat(at2[0]).isCloseTo(Math.log(2 + Math.sqrt(3)), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(at2[1]).isCloseTo(1 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(at2[2]).isCloseTo(-1 / (3 * Math.sqrt(3)), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void errorFunction() {
        // erf t = (2/√π) Σ (−1)^n t^{2n+1} / (n! (2n+1)) (A&S 7.1.5)
        double[][] erf = stream(var(0), null, 3,
                (x, y, o, k) -> Functions.ERF.kernel(BOXED, x, o[0], aux(o[1], o[2]), k));
        double[] eErf = new double[N];
        double[] eE = new double[N];
        double twoOverSqrtPi = 2 / Math.sqrt(Math.PI);
        for (int n = 0; 2 * n + 1 < N; n++) {
            eErf[2 * n + 1] = twoOverSqrtPi * ((n & 1) == 0 ? 1 : -1) / (factorial(n) * (2 * n + 1));
        }
        // auxiliary e = (2/√π) e^{−t²} = (2/√π) Σ (−1)^n t^{2n}/n!
        for (int n = 0; 2 * n < N; n++) {
            eE[2 * n] = twoOverSqrtPi * ((n & 1) == 0 ? 1 : -1) / factorial(n);
        }
        assertCoefficients(eErf, erf[0], "erf t");
        assertCoefficients(eE, erf[1], "erf auxiliary (2/√π)e^{−t²}");
    }

    @Test
    void atan2MatchesAtanOnBothAxes() {
        double[] one = new double[N];
        one[0] = 1;
        // atan2(t, 1) = atan t; atan2(1, t) = π/2 − atan t
        double[] right = stream(var(0), one, 2, (y, x, o, k) -> GenericInverseKernels.atan2(BOXED, y, x, o[0], o[1], k))[0];
        double[] up = stream(one, var(0), 2, (y, x, o, k) -> GenericInverseKernels.atan2(BOXED, y, x, o[0], o[1], k))[0];
        double[] eRight = new double[N];
        double[] eUp = new double[N];
        eUp[0] = Math.PI / 2;
        for (int n = 0; 2 * n + 1 < N; n++) {
            double v = ((n & 1) == 0 ? 1.0 : -1.0) / (2 * n + 1);
            eRight[2 * n + 1] = v;
            eUp[2 * n + 1] = -v;
        }
        assertCoefficients(eRight, right, "atan2(t, 1)");
        assertCoefficients(eUp, up, "atan2(1, t)");
    }

    /** The auxiliary series of a catalogue kernel call. */
    private static Double[][] aux(Double[]... w) {
        return w;
    }
}
