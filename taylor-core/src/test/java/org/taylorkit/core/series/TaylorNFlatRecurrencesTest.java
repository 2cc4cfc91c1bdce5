package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.function.Functions;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/**
 * Division and √ of {@link TaylorN} run on the flat coefficient array
 * ({@link org.taylorkit.core.multi.FlatRecurrences}); they must equal the generic kernels over
 * homogeneous parts bit for bit, and the closed forms.
 */
class TaylorNFlatRecurrencesTest {

    private static Variables vars(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "x" + i;
        }
        return Variables.of(names);
    }

    /** A random series with the given constant term, some coefficients zeroed. */
    private static TaylorN random(Gen g, Variables v, int order, double c0) {
        MonomialIndex idx = MonomialIndex.of(v.size(), order);
        double[] c = g.coefficients(idx.size(), 1.0);
        for (int k = 0; k < idx.size() / 4; k++) {
            c[g.intBetween(0, idx.size() - 1)] = 0.0;
        }
        c[0] = c0;
        return TaylorN.of(v, order, c);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void flatDivisionAndSqrtEqualTheKernelsBitForBit(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(1, 6);
        int order = g.intBetween(0, n <= 3 ? 7 : 4);
        Variables v = vars(n);
        TaylorN a = random(g, v, order, g.signedUniform(0.5, 2.0));
        TaylorN b = random(g, v, g.intBetween(order, order + 2), g.signedUniform(0.5, 2.0));
        assertThat(a.divide(b).coefficients()).as("%s n=%d N=%d a/b", g, n, order)
                .isEqualTo(TaylorNFunctions.divideByKernel(a, b).coefficients());
        assertThat(b.reciprocal().coefficients()).as("%s 1/b", g)
                .isEqualTo(TaylorNFunctions.divideByKernel(TaylorN.constant(v, 1.0, b.order()), b).coefficients());
        TaylorN p = random(g, v, order, g.uniform(0.5, 3.0));
        assertThat(p.sqrt().coefficients()).as("%s n=%d N=%d sqrt", g, n, order)
                .isEqualTo(TaylorNFunctions.applyByKernel(p, Functions.SQRT).coefficients());
        // Identities: (a/b)·b = a and (√p)² = p up to rounding.
        TaylorN back = a.divide(b).multiply(b);
        TaylorN sq = p.sqrt().square();
        for (int i = 0; i < a.size(); i++) {
            assertThat(back.coefficientAt(i)).as("%s (a/b)b at %d", g, i)
                    .isCloseTo(a.coefficientAt(i), org.assertj.core.data.Offset.offset(1e-9 * (1 + a.norm())));
            assertThat(sq.coefficientAt(i)).as("%s sqrt^2 at %d", g, i)
                    .isCloseTo(p.coefficientAt(i), org.assertj.core.data.Offset.offset(1e-9 * (1 + p.norm())));
        }
    }

    /** A NaN constant term skips the checks and propagates, as the kernels do. */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,3", "3,2", "6,3"})
    void nanPropagatesLikeTheKernels(int n, int order) {
        Variables v = vars(n);
        TaylorN x = TaylorN.variable(v, "x0", Double.NaN, order);
        TaylorN one = TaylorN.constant(v, 1.0, order);
        assertThat(one.divide(x).coefficients()).isEqualTo(TaylorNFunctions.divideByKernel(one, x).coefficients());
        assertThat(x.sqrt().coefficients()).isEqualTo(TaylorNFunctions.applyByKernel(x, Functions.SQRT).coefficients());
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /**
     * Closed forms, orders 1–4 in 1–6 variables, s = Σ x_i at 0: 1/(1 − s) = Σ_k s^k has every
     * coefficient the multinomial |α|!/α!; √(1 + s) = Σ_k C(1/2, k) s^k has C(1/2, |α|)·|α|!/α!
     * (binomial series; C(1/2, k) = (−1)^{k−1} (2k−2)! / (2^{2k−1} k! (k−1)!) for k ≥ 1).
     */
    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,1", "1,4", "2,2", "3,3", "4,4", "5,2", "6,1", "6,2", "6,3", "6,4"})
    void closedForms(int n, int order) {
        Variables v = vars(n);
        TaylorN s = TaylorN.zero(v, order);
        for (int i = 0; i < n; i++) {
            s = s.add(TaylorN.variable(v, "x" + i, 0.0, order));
        }
        TaylorN geometric = TaylorN.constant(v, 1.0, order).divide(s.negate().add(1.0));
        TaylorN root = s.add(1.0).sqrt();
        MonomialIndex idx = geometric.index();
        for (int p = 0; p < idx.size(); p++) {
            int[] e = idx.exponents(p);
            int k = idx.degree(p);
            BigInteger alphaFactorial = BigInteger.ONE;
            for (int x : e) {
                alphaFactorial = alphaFactorial.multiply(factorial(x));
            }
            double multinomial = factorial(k).divide(alphaFactorial).doubleValue();
            assertThat(geometric.coefficientAt(p)).as("1/(1-s) %s", java.util.Arrays.toString(e)).isEqualTo(multinomial);
            double binom = k == 0 ? 1.0 : (k % 2 == 1 ? 1 : -1) * factorial(2 * k - 2).doubleValue()
                    / (Math.pow(2, 2 * k - 1) * factorial(k).doubleValue() * factorial(k - 1).doubleValue());
            assertThat(root.coefficientAt(p)).as("sqrt(1+s) %s", java.util.Arrays.toString(e))
                    .isCloseTo(binom * multinomial, org.assertj.core.data.Offset.offset(1e-14 * Math.abs(binom * multinomial)));
        }
    }
}
