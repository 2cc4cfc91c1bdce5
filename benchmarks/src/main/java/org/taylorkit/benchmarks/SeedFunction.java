package org.taylorkit.benchmarks;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.taylorkit.core.series.Taylor1;

/**
 * The seed function f(x) = e^x / √(sin³x + cos³x), written once per library so that every
 * benchmark evaluates the same expression with the same operations (exp, sin, cos, integer power 3,
 * add, sqrt, divide), plus the agreement check that makes the comparison like with like.
 *
 * <p>All methods are stateless and thread-safe.
 */
final class SeedFunction {

    /** The expansion point used by every seed benchmark. */
    static final double X0 = 1.5;

    /** The seed function as text, for the expression-graph variant. */
    static final String TEXT = "exp(x) / sqrt(sin(x)^3 + cos(x)^3)";

    private SeedFunction() {
    }

    /** f over TaylorKit's double series: all coefficients c_0..c_n of f(x_0 + t). */
    static Taylor1 taylorKit(Taylor1 x) {
        return x.exp().divide(x.sin().pow(3).add(x.cos().pow(3)).sqrt());
    }

    /** f over Hipparchus's derivative structure, cubes by {@code pow(3)} (the literal expression). */
    static DerivativeStructure hipparchus(DerivativeStructure x) {
        return x.exp().divide(x.sin().pow(3).add(x.cos().pow(3)).sqrt());
    }

    /**
     * f over Hipparchus with the cubes as two products (s·s·s). In one variable a DS product is an
     * O(n²) Leibniz sum while {@code pow(int)} goes through the O(p(n)) Faà di Bruno composition,
     * so this is Hipparchus's best case for the same function.
     */
    static DerivativeStructure hipparchusCubeByMultiply(DerivativeStructure x) {
        DerivativeStructure s = x.sin();
        DerivativeStructure c = x.cos();
        return x.exp().divide(s.multiply(s).multiply(s).add(c.multiply(c).multiply(c)).sqrt());
    }

    /**
     * Checks that TaylorKit's derivatives f^(k)(x_0), k = 0..order, equal Hipparchus's (both cube
     * forms) within {@code relTol} relative to the larger magnitude, so that both libraries are
     * measured computing the same numbers.
     *
     * @throws IllegalStateException naming the first coefficient that disagrees
     */
    static void checkAgreement(int order, double relTol) {
        double[] tk = taylorKit(Taylor1.variable(X0, order)).derivatives();
        DerivativeStructure x = new DSFactory(1, order).variable(0, X0);
        compare("pow(3)", tk, hipparchus(x).getAllDerivatives(), relTol);
        compare("multiply", tk, hipparchusCubeByMultiply(x).getAllDerivatives(), relTol);
    }

    private static void compare(String variant, double[] tk, double[] ds, double relTol) {
        if (tk.length != ds.length) {
            throw new IllegalStateException("seed function: TaylorKit gave " + tk.length
                    + " derivatives, Hipparchus (" + variant + ") " + ds.length);
        }
        for (int k = 0; k < tk.length; k++) {
            double scale = Math.max(Math.abs(tk[k]), Math.abs(ds[k]));
            if (!(Math.abs(tk[k] - ds[k]) <= relTol * scale)) {
                throw new IllegalStateException("seed function: derivative " + k + " at x0 = " + X0
                        + " differs: TaylorKit " + tk[k] + ", Hipparchus (" + variant + ") " + ds[k]
                        + ", relative difference " + Math.abs(tk[k] - ds[k]) / scale
                        + " > " + relTol);
            }
        }
    }
}
