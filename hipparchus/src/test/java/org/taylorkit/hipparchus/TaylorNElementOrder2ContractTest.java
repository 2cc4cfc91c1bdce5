package org.taylorkit.hipparchus;

import org.hipparchus.CalculusFieldElementAbstractTest;
import org.taylorkit.core.multi.Variables;

/**
 * Hipparchus's own contract tests for {@code CalculusFieldElement} implementations
 * ({@code hipparchus-core} tests jar), run on {@link TaylorNElement} in the shape of the Orekit
 * expansions: six variables to order 2, where products take the pair table of
 * {@link LowOrderProduct}. Elements x + δ₀ − ½δ₃ − ¼δ₅ (both offsets with value −0.0, so the sign of a zero x is kept). No expectation had to be overridden.
 */
class TaylorNElementOrder2ContractTest extends CalculusFieldElementAbstractTest<TaylorNElement> {

    private static final TaylorNField FIELD = TaylorNField.of(Variables.of("a", "b", "c", "d", "e", "f"), 2);

    @Override
    protected TaylorNElement build(double x) {
        return FIELD.variable(0, x).add(FIELD.variable(3, 0.0).multiply(-0.5)).add(FIELD.variable(5, 0.0).multiply(-0.25));
    }
}
