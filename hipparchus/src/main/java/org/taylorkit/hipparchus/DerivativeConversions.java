package org.taylorkit.hipparchus;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.taylorkit.core.Factorials;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.multi.MonomialIndex;

/**
 * Conversions between our Taylor elements and Hipparchus's {@link DerivativeStructure} and
 * {@link Gradient} of the same variables (in the same order: our variable i is Hipparchus's free
 * parameter i) and the same order, so that code can mix them. Hipparchus stores derivatives
 * ∂^|α|f/∂x^α, we store Taylor coefficients c_α = derivative/α!; the conversion multiplies or divides by
 * α! = Π αᵢ! ({@link Factorials}), one rounding per coefficient (exact while α! is a power of two
 * times a small integer, i.e. at the orders used in practice up to the last bit of that product).
 */
public final class DerivativeConversions {

    private DerivativeConversions() {
    }

    /**
     * The structure with the partial derivatives of {@code e}: free parameters the field's variables,
     * same order.
     */
    public static DerivativeStructure toDerivativeStructure(TaylorNElement e) {
        TaylorN s = e.series();
        MonomialIndex index = s.index();
        DSFactory factory = new DSFactory(index.nvars(), index.order());
        double[] derivatives = new double[index.size()];
        for (int p = 0; p < index.size(); p++) {
            int[] alpha = index.exponents(p);
            derivatives[factory.getCompiler().getPartialDerivativeIndex(alpha)] = s.derivative(alpha);
        }
        return factory.build(derivatives);
    }

    /**
     * The element of {@code field} with the partial derivatives of {@code ds}.
     *
     * @throws IllegalArgumentException if {@code ds} has another number of free parameters or another
     *     order than the field
     */
    public static TaylorNElement fromDerivativeStructure(DerivativeStructure ds, TaylorNField field) {
        int n = field.variables().size();
        if (ds.getFreeParameters() != n || ds.getOrder() != field.order()) {
            throw new IllegalArgumentException("a DerivativeStructure with " + ds.getFreeParameters()
                    + " free parameters of order " + ds.getOrder() + " does not convert into " + field
                    + " (same variables and order needed)");
        }
        MonomialIndex index = field.index();
        double[] c = new double[index.size()];
        for (int p = 0; p < index.size(); p++) {
            int[] alpha = index.exponents(p);
            c[p] = ds.getPartialDerivative(alpha) / multiFactorial(alpha);
        }
        return field.element(TaylorN.of(field.variables(), field.order(), c));
    }

    /** The one-parameter structure with the derivatives of {@code e}, same order. */
    public static DerivativeStructure toDerivativeStructure(Taylor1Element e) {
        DSFactory factory = new DSFactory(1, e.getOrder());
        return factory.build(e.derivatives());
    }

    /**
     * The element of {@code field} with the derivatives of the one-parameter structure {@code ds}.
     *
     * @throws IllegalArgumentException if {@code ds} has more than one free parameter or another order
     */
    public static Taylor1Element fromDerivativeStructure(DerivativeStructure ds, Taylor1Field field) {
        if (ds.getFreeParameters() != 1 || ds.getOrder() != field.order()) {
            throw new IllegalArgumentException("a DerivativeStructure with " + ds.getFreeParameters()
                    + " free parameters of order " + ds.getOrder() + " does not convert into " + field
                    + " (one free parameter and the same order needed)");
        }
        double[] c = new double[field.order() + 1];
        for (int k = 0; k <= field.order(); k++) {
            c[k] = ds.getPartialDerivative(k) / Factorials.factorial(k);
        }
        return field.element(Taylor1.of(c));
    }

    /**
     * The value and first partial derivatives of {@code e} as a {@link Gradient} (for an element of
     * order above 1 the higher derivatives are dropped: a projection, not a conversion).
     *
     * @throws IllegalArgumentException if the element has order 0 (no first derivatives)
     */
    public static Gradient toGradient(TaylorNElement e) {
        if (e.getOrder() < 1) {
            throw new IllegalArgumentException("an element of order 0 has no gradient");
        }
        return new Gradient(e.getValue(), e.series().gradient());
    }

    /**
     * The element of the order-1 {@code field} with the value and gradient of {@code g}.
     *
     * @throws IllegalArgumentException if the field's order is not 1 or its number of variables differs
     */
    public static TaylorNElement fromGradient(Gradient g, TaylorNField field) {
        int n = field.variables().size();
        if (field.order() != 1 || g.getFreeParameters() != n) {
            throw new IllegalArgumentException("a Gradient in " + g.getFreeParameters()
                    + " parameters converts only into an order-1 field of as many variables, not " + field);
        }
        double[] c = new double[n + 1];
        c[0] = g.getValue();
        System.arraycopy(g.getGradient(), 0, c, 1, n);
        return field.element(TaylorN.of(field.variables(), 1, c));
    }

    private static double multiFactorial(int[] alpha) {
        double f = 1.0;
        for (int a : alpha) {
            f *= Factorials.factorial(a);
        }
        return f;
    }
}
