package org.taylorkit.hipparchus;

import org.hipparchus.CalculusFieldElementAbstractTest;

/**
 * Hipparchus's own contract tests for {@code CalculusFieldElement} implementations
 * ({@code hipparchus-core} tests jar), run on {@link Taylor1Element}. The elements under test are not
 * constants but variables x + t of order 4, so every operation runs its full series kernel (and the
 * singular cases, e.g. atan2 at (±0, ±0) or √ at negative x, go through the NaN-derivative rule);
 * the contract checks the values against {@code FastMath}. No expectation had to be overridden.
 */
class Taylor1ElementContractTest extends CalculusFieldElementAbstractTest<Taylor1Element> {

    private static final Taylor1Field FIELD = Taylor1Field.of(4);

    @Override
    protected Taylor1Element build(double x) {
        return FIELD.variable(x);
    }
}
