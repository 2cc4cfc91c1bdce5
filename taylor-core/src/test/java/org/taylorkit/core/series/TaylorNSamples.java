package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** Random multivariate series for property tests, and a coefficient-wise comparison. */
final class TaylorNSamples {

    private TaylorNSamples() {
    }

    /** The variables x0..x(n−1). */
    static Variables vars(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "x" + i;
        }
        return Variables.of(names);
    }

    /** 2–6 variables, order chosen so that the series stays small (≤ 462 coefficients). */
    static TaylorN random(Gen g, double constant) {
        int n = g.intBetween(2, 6);
        int order = n <= 3 ? g.intBetween(1, 7) : g.intBetween(1, 5);
        return random(g, vars(n), order, constant);
    }

    /** Coefficients of degree d uniform in ±0.5^d, constant term given. */
    static TaylorN random(Gen g, Variables vars, int order, double constant) {
        MonomialIndex idx = MonomialIndex.of(vars.size(), order);
        double[] c = new double[idx.size()];
        for (int p = 1; p < c.length; p++) {
            c[p] = g.uniform(-1, 1) * Math.pow(0.5, idx.degree(p));
        }
        c[0] = constant;
        return TaylorN.of(vars, order, c);
    }

    /** Every coefficient within {@code tol·(1 + ‖expected‖)}. */
    static void assertClose(TaylorN actual, TaylorN expected, double tol, Object what) {
        assertThat(actual.variables()).isEqualTo(expected.variables());
        assertThat(actual.order()).as("order of %s", what).isEqualTo(expected.order());
        double scale = tol * (1 + expected.norm());
        for (int p = 0; p < expected.size(); p++) {
            double e = expected.coefficientAt(p);
            double a = actual.coefficientAt(p);
            assertThat(Math.abs(a - e)).as("%s: coefficient %s: %s vs %s", what,
                    java.util.Arrays.toString(expected.index().exponents(p)), a, e).isLessThanOrEqualTo(scale);
        }
    }
}
