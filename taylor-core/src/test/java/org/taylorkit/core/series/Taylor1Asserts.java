package org.taylorkit.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.taylorkit.core.testing.Gen;

/** Comparison and generation helpers shared by the Taylor1 tests. */
final class Taylor1Asserts {

    private Taylor1Asserts() {
    }

    /**
     * Asserts equal orders and |e_k − a_k|·ρ^k ≤ tol·max_j |e_j|·ρ^j for every k: a relative
     * comparison of the series e(ρu) and a(ρu), which is the natural scale for coefficients
     * that decay like ρ^{−k}.
     */
    static void assertSeriesClose(Taylor1 expected, Taylor1 actual, double rho, double tol, String what) {
        assertEquals(expected.order(), actual.order(), () -> "order of " + what);
        double scale = 0.0;
        double w = 1.0;
        for (int k = 0; k <= expected.order(); k++) {
            scale = Math.max(scale, Math.abs(expected.coefficient(k)) * w);
            w *= rho;
        }
        scale = Math.max(scale, Double.MIN_NORMAL);
        w = 1.0;
        for (int k = 0; k <= expected.order(); k++) {
            double e = expected.coefficient(k);
            double a = actual.coefficient(k);
            double err = Math.abs(e - a) * w;
            if (!(err <= tol * scale)) {
                fail(what + ": coefficient " + k + " expected " + e + " but was " + a + " (scaled error "
                        + err / scale + " > " + tol + ", rho = " + rho + ")\nexpected " + expected
                        + "\nactual   " + actual);
            }
            w *= rho;
        }
    }

    /** Asserts |e_k − a_k| ≤ tol·|e_k| for every k (with e_k ≠ 0), exactly equal where e_k = 0. */
    static void assertCoefficientsRelative(double[] expected, Taylor1 actual, double tol, String what) {
        assertEquals(expected.length - 1, actual.order(), () -> "order of " + what);
        for (int k = 0; k < expected.length; k++) {
            double e = expected[k];
            double a = actual.coefficient(k);
            double err = Math.abs(e - a);
            if (!(err <= tol * Math.abs(e))) {
                fail(what + ": coefficient " + k + " expected " + e + " but was " + a
                        + " (relative error " + err / Math.abs(e) + " > " + tol + ")");
            }
        }
    }

    /**
     * A random series x0 + Σ_{k≥1} amp·u_k·2^{−k} t^k with u_k uniform in [−1, 1): on the unit disk
     * |t| ≤ 1 its values stay within amp of x0, so f(s) is analytic there whenever f is analytic
     * on the disk of radius amp around x0; its coefficients are then bounded by max |f| (Cauchy).
     */
    static Taylor1 randomSeries(Gen gen, double x0, double amp, int order) {
        double[] c = new double[order + 1];
        c[0] = x0;
        double w = amp;
        for (int k = 1; k <= order; k++) {
            w *= 0.5;
            c[k] = w * gen.uniform(-1.0, 1.0);
        }
        return Taylor1.of(c);
    }

    /** A readable description of a generated case for assertion messages. */
    static String describe(Gen gen, Taylor1 s) {
        return gen + " s = " + s;
    }

    /** The coefficient array with c_0 replaced by {@code c0}. */
    static Taylor1 withConstant(Taylor1 s, double c0) {
        double[] c = s.coefficients();
        c[0] = c0;
        return Taylor1.of(c);
    }

    static String str(double[] a) {
        return Arrays.toString(a);
    }
}
