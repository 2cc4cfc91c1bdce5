package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/**
 * Every partial derivative of composite functions against Hipparchus {@code DerivativeStructure}
 * (an independent implementation: Faà di Bruno composition by the DSCompiler, not recurrences).
 */
class TaylorNHipparchusTest {

    private static void compare(TaylorN f, DerivativeStructure ref, Object what) {
        MonomialIndex idx = f.index();
        for (int p = 0; p < idx.size(); p++) {
            int[] e = idx.exponents(p);
            double r = ref.getPartialDerivative(e);
            double a = f.derivative(e);
            assertThat(Math.abs(a - r)).as("%s ∂%s: %s vs Hipparchus %s", what, Arrays.toString(e), a, r)
                    .isLessThanOrEqualTo(1e-10 * (1 + Math.abs(r)));
        }
        double[] grad = f.gradient();
        double[][] h = f.hessian();
        for (int i = 0; i < grad.length; i++) {
            int[] e = new int[grad.length];
            e[i] = 1;
            assertThat(grad[i]).isCloseTo(ref.getPartialDerivative(e), org.assertj.core.data.Offset.offset(1e-10 * (1 + Math.abs(grad[i]))));
            for (int j = 0; j < grad.length; j++) {
                assertThat(h[i][j]).as("Hessian symmetry").isEqualTo(h[j][i]);
                int[] e2 = new int[grad.length];
                e2[i]++;
                e2[j]++;
                double r = ref.getPartialDerivative(e2);
                assertThat(h[i][j]).as("%s H[%d][%d]", what, i, j)
                        .isCloseTo(r, org.assertj.core.data.Offset.offset(1e-10 * (1 + Math.abs(r))));
            }
        }
    }

    private static DerivativeStructure[] dsVars(int n, int order, double[] pt) {
        DSFactory fac = new DSFactory(n, order);
        DerivativeStructure[] v = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            v[i] = fac.variable(i, pt[i]);
        }
        return v;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void threeVariablesOrderFour(long seed) {
        Gen g = new Gen(seed);
        double[] pt = {g.uniform(-0.8, 0.8), g.uniform(-0.8, 0.8), g.uniform(-0.8, 0.8)};
        int order = 4;
        Function<TaylorN[], TaylorN> f = v -> v[0].exp().multiply(v[1].sin()).divide(v[2].square().add(1.0))
                .add(v[0].square().add(v[1].square()).add(1.0).sqrt().multiply(v[2].atan()))
                .add(v[0].multiply(v[1]).add(2.0).log())
                .subtract(v[2].cosh().multiply(v[0].tanh()))
                .add(v[1].multiply(0.3).asin())
                .add(v[2].multiply(0.5).add(v[0].multiply(0.2)).acos())
                .add(v[0].add(3.0).cbrt().multiply(v[1].cos()));
        TaylorN t = TaylorN.expand(f, Variables.of("x", "y", "z"), pt, order);
        DerivativeStructure[] d = dsVars(3, order, pt);
        DerivativeStructure ref = d[0].exp().multiply(d[1].sin()).divide(d[2].square().add(1.0))
                .add(d[0].square().add(d[1].square()).add(1.0).sqrt().multiply(d[2].atan()))
                .add(d[0].multiply(d[1]).add(2.0).log())
                .subtract(d[2].cosh().multiply(d[0].tanh()))
                .add(d[1].multiply(0.3).asin())
                .add(d[2].multiply(0.5).add(d[0].multiply(0.2)).acos())
                .add(d[0].add(3.0).cbrt().multiply(d[1].cos()));
        compare(t, ref, g + " at " + Arrays.toString(pt));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void fiveVariablesOrderThree(long seed) {
        Gen g = new Gen(seed);
        double[] pt = new double[5];
        for (int i = 0; i < 5; i++) {
            pt[i] = g.uniform(0.2, 1.5);
        }
        int order = 3;
        Function<TaylorN[], TaylorN> f = v -> v[0].pow(v[1]).add(TaylorN.atan2(v[2], v[3].subtract(0.5)))
                .multiply(v[4].pow(1.7)).add(v[0].multiply(v[2]).sinh().divide(v[3].add(v[4])))
                .add(v[1].multiply(0.4).atanh().multiply(v[4].expm1())).add(v[3].add(1.0).acosh())
                .add(v[2].log1p().multiply(v[1].asinh())).add(v[0].tan().pow(-2));
        TaylorN t = TaylorN.expand(f, Variables.of("a", "b", "c", "d", "e"), pt, order);
        DerivativeStructure[] d = dsVars(5, order, pt);
        DerivativeStructure ref = d[0].pow(d[1]).add(DerivativeStructure.atan2(d[2], d[3].subtract(0.5)))
                .multiply(d[4].pow(1.7)).add(d[0].multiply(d[2]).sinh().divide(d[3].add(d[4])))
                .add(d[1].multiply(0.4).atanh().multiply(d[4].expm1())).add(d[3].add(1.0).acosh())
                .add(d[2].log1p().multiply(d[1].asinh())).add(d[0].tan().pow(-2));
        compare(t, ref, g + " at " + Arrays.toString(pt));
    }
}
