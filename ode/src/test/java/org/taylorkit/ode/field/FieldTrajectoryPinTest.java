package org.taylorkit.ode.field;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;

/**
 * Pins the generic (Apfloat) integrator: a Kepler run with events, grid and dense output and a step
 * observer, reduced to a fingerprint of the decimal strings of everything it produced. The expected
 * value was produced on main at commit d4eeafe, before the step loop was shared with the
 * {@code double} integrator; it changes if any step, order, rounding or event root changes.
 */
class FieldTrajectoryPinTest {

    private static final OdeSystem KEPLER = OdeSystem.parse(
            "x' = u; y' = v; u' = -x / (x^2 + y^2)^(3/2); v' = -y / (x^2 + y^2)^(3/2)");

    @Test
    void keplerAtThirtyDigits() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(30);
        StringBuilder seen = new StringBuilder();
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(KEPLER, ar).denseOutput(true)
                .gridOutput(ar.fromDecimal("0.7")).event("y", Direction.BOTH, false).event("x", Direction.UP, false)
                .observer(step -> seen.append(step.start()).append(step.step()).append(step.order())
                        .append(step.state(1)).append(step.stateAt(step.end())[2]).append(step.coefficient(3, 4)))
                .build();
        Apfloat[] x0 = {ar.fromDecimal("0.5"), ar.zero(), ar.zero(), ar.apply(Functions.SQRT, ar.fromDouble(3))};
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), x0, ar.fromDecimal("6.5"));
        StringBuilder all = new StringBuilder(seen);
        all.append(s.status()).append(s.message()).append(s.t()).append(java.util.Arrays.toString(s.state()))
                .append(s.statistics());
        for (FieldEventOccurrence<Apfloat> e : s.events()) {
            all.append(e);
        }
        for (int i = 0; i < s.gridSize(); i++) {
            all.append(s.gridTimes().get(i)).append(java.util.Arrays.toString(s.gridState(i)));
        }
        all.append(java.util.Arrays.toString(s.at(ar.fromDecimal("3.3"))));
        all.append(java.util.Arrays.toString(s.at(ar.fromDecimal("6.5"))));
        assertThat(s.events()).hasSize(3); // y = 0 at t = 0 is no crossing (no sign before it); then y down, x up, y up within one orbit (period 2π)
        assertThat(all.toString().hashCode()).isEqualTo(PIN);
    }

    static final int PIN = 1160302554;
}
