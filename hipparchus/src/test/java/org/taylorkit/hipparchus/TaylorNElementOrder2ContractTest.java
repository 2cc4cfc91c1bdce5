package org.taylorkit.hipparchus;

import org.hipparchus.CalculusFieldElementAbstractTest;
import org.taylorkit.core.multi.Variables;

/**
 * Hipparchus's own contract tests for {@code CalculusFieldElement} implementations
 * ({@code hipparchus-core} tests jar), run on {@link TaylorNElement} at order 2, where products take
 * {@link LowOrderProduct} (the Orekit expansions' order; three variables rather than their six to keep
 * the build fast: the kernel is the same loop, tested for 1–8 variables in {@link LowOrderProductTest}). Elements x + δ₀ − ½δ₁ − ¼δ₂ (both offsets with value −0.0, so the sign of a zero x is kept). No expectation had to be overridden.
 */
class TaylorNElementOrder2ContractTest extends CalculusFieldElementAbstractTest<TaylorNElement> {

    private static final TaylorNField FIELD = TaylorNField.of(Variables.of("a", "b", "c"), 2);

    @Override
    protected TaylorNElement build(double x) {
        return FIELD.variable(0, x).add(FIELD.variable(1, 0.0).multiply(-0.5)).add(FIELD.variable(2, 0.0).multiply(-0.25));
    }
}
