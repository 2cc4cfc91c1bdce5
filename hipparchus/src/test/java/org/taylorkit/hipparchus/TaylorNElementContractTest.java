package org.taylorkit.hipparchus;

import org.hipparchus.CalculusFieldElementAbstractTest;
import org.taylorkit.core.multi.Variables;

/**
 * Hipparchus's own contract tests for {@code CalculusFieldElement} implementations
 * ({@code hipparchus-core} tests jar), run on {@link TaylorNElement}: elements x + δu − ½δv, series
 * in two variables of order 3, so every operation runs its multivariate kernel; the contract checks
 * the values against {@code FastMath}. No expectation had to be overridden.
 */
class TaylorNElementContractTest extends CalculusFieldElementAbstractTest<TaylorNElement> {

    private static final TaylorNField FIELD = TaylorNField.of(Variables.of("u", "v"), 3);

    @Override
    protected TaylorNElement build(double x) {
        return FIELD.variable(0, x).add(FIELD.variable(1, 0.0).multiply(-0.5));
    }
}
