package org.taylorkit.ode.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/** Small dense linear algebra against hand-computed values and identities. */
class SmallMatricesTest {

    @Test
    void determinantAndSolveOfKnownMatrix() {
        double[][] a = {{2, 1, 0}, {1, 3, 1}, {0, 1, 4}};
        // det = 2(12 - 1) - 1(4 - 0) = 18
        assertThat(SmallMatrices.determinant(a)).isCloseTo(18, within(1e-13));
        double[] x = SmallMatrices.solve(a, new double[] {3, 5, 5}); // solution (1, 1, 1)
        assertThat(x).containsExactly(new double[] {1, 1, 1}, within(1e-14));
        assertThatThrownBy(() -> SmallMatrices.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("singular");
    }

    @Test
    void eigenvaluesOfRotationAndDoubleRoot() {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        double[][] ev = SmallMatrices.eigenvalues(new double[][] {{c, -s}, {s, c}});
        assertThat(ev[0][0]).isCloseTo(c, within(1e-14));
        assertThat(Math.abs(ev[0][1])).isCloseTo(s, within(1e-14));
        assertThat(ev[0][1] + ev[1][1]).isCloseTo(0, within(1e-14));
        // a Jordan block of eigenvalue 1 beside 3 and 1/3: the double root to ~√ε
        double[][] j = {{1, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 3, 0}, {0, 0, 0, 1.0 / 3}};
        double[][] e = SmallMatrices.eigenvalues(j);
        assertThat(e[0][0]).isCloseTo(3, within(1e-12));
        assertThat(Math.hypot(e[1][0] - 1, e[1][1])).isLessThan(1e-6);
        assertThat(Math.hypot(e[2][0] - 1, e[2][1])).isLessThan(1e-6);
        assertThat(e[3][0]).isCloseTo(1.0 / 3, within(1e-12));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void eigenvaluesMultiplyToDeterminantAndSumToTrace(long seed) {
        Gen g = new Gen(seed);
        int n = 2 + (int) (g.uniform(0, 4));
        double[][] a = new double[n][n];
        double tr = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                a[i][k] = g.uniform(-2, 2);
            }
            tr += a[i][i];
        }
        double[][] e = SmallMatrices.eigenvalues(a);
        double pr = 1;
        double pi = 0;
        double sr = 0;
        for (double[] z : e) {
            double t = pr * z[0] - pi * z[1];
            pi = pr * z[1] + pi * z[0];
            pr = t;
            sr += z[0];
        }
        assertThat(sr).as("%s n=%d", g, n).isCloseTo(tr, within(1e-9));
        assertThat(pr).as("%s n=%d", g, n).isCloseTo(SmallMatrices.determinant(a), within(1e-8));
        assertThat(pi).as("%s n=%d", g, n).isCloseTo(0, within(1e-8));
    }

    @Test
    void gramSchmidtGivesOrthonormalColumnsAndR() {
        double[][] y = {{3, 1}, {4, 2}, {0, 2}};
        double[][] q = new double[3][2];
        double[] r = SmallMatrices.gramSchmidt(y, q);
        assertThat(r[0]).isCloseTo(5, within(1e-14));
        double[][] qtq = SmallMatrices.multiply(SmallMatrices.transpose(q), q);
        assertThat(qtq[0][1]).isCloseTo(0, within(1e-15));
        assertThat(qtq[1][1]).isCloseTo(1, within(1e-15));
        // |det| of the Gram matrix = (r0 r1)²: det(YᵀY) = 25·9 - 11² = 104
        assertThat(r[0] * r[1] * r[0] * r[1]).isCloseTo(25 * 9 - 11 * 11, within(1e-11));
    }
}
