package org.taylorkit.ode.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.EventOccurrence;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/** Poincaré maps with derivatives and periodic orbits, against direct integration and closed forms. */
class PoincareAndPeriodicOrbitTest {

    @Test
    void harmonicOscillatorReturnMapHasClosedFormCrossingTime() {
        // x' = v, v' = -x from (x0, v0) = (a, 0)+δ: section x = 0 downwards is first reached at
        // x = R cos(t - φ) with φ = atan2(v0, x0), so τ = π/2 + φ, where v = -R = -√(x0² + v0²).
        OdeSystem s = OdeSystem.parse("x' = v; v' = -x");
        PoincareMap map = PoincareMap.builder(s).section("x", Direction.DOWN).jetOrder(3).build();
        PoincareCrossing c = map.cross(0, new double[] {1.0, 0.2});
        double[] d = {0.03, -0.02};
        double x0 = 1.0 + d[0];
        double v0 = 0.2 + d[1];
        assertThat(c.time().evaluate(d)).isCloseTo(Math.PI / 2 + Math.atan2(v0, x0), within(1e-6));
        assertThat(c.evaluate(d)[1]).isCloseTo(-Math.hypot(x0, v0), within(1e-6));
        // exact derivatives at δ = 0: ∂τ/∂x0 = -v0/(x0²+v0²), ∂τ/∂v0 = x0/(x0²+v0²)
        double r2 = 1.0 + 0.04;
        assertThat(c.timeGradient()[0]).isCloseTo(-0.2 / r2, within(1e-13));
        assertThat(c.timeGradient()[1]).isCloseTo(1.0 / r2, within(1e-13));
        assertThat(c.t()).isCloseTo(Math.PI / 2 + Math.atan2(0.2, 1.0), within(1e-14));
        assertThat(c.state(0).norm()).isLessThan(1e-13); // x = 0 on the section for every δ
    }

    @Test
    void henonHeilesMapJetAgreesWithDirectCrossings() {
        // jet of order 3 of the map; the state reached by direct integration from a perturbed start (double
        // integrator, terminal event) must agree to the truncation error O(|δ|⁴)
        PoincareMap map = PoincareMap.builder(HenonHeiles.SYSTEM).section("x", Direction.UP).jetOrder(3)
                .jetVariables("y", "py").build();
        double[] x0 = {0, 0.1, 0.4, 0.05};
        PoincareCrossing c = map.cross(0, x0);
        TaylorIntegrator direct = TaylorIntegrator.builder(HenonHeiles.SYSTEM).event("x", Direction.UP, true).build();
        double[] errs = new double[2];
        double[] ds = {1e-2, 5e-3};
        for (int k = 0; k < 2; k++) {
            double d = ds[k];
            OdeSolution s = direct.integrate(0, new double[] {0, 0.1 + d, 0.4, 0.05 - d}, 100);
            EventOccurrence e = s.events().get(s.events().size() - 1);
            double[] jet = c.evaluate(d, -d);
            errs[k] = Math.max(Math.abs(c.time().evaluate(d, -d) - e.t()),
                    Math.max(Math.abs(jet[1] - e.state(1)), Math.abs(jet[3] - e.state(3))));
        }
        assertThat(errs[0]).isLessThan(1e-5);
        assertThat(errs[0] / errs[1]).as("errors %s, %s", errs[0], errs[1]).isBetween(8.0, 32.0);
    }

    @Test
    void unstableHenonHeilesOrbitFromRoughGuess() {
        double e = 0.125;
        PoincareMap map = PoincareMap.builder(HenonHeiles.SYSTEM).section("x", Direction.UP).jetVariables("y", "py").build();
        PeriodicOrbit o = PeriodicOrbit.refine(map, new double[] {0, 0.3, 0, 0.3}, HenonHeiles.onEnergy(e), 1e-12, 20);
        double[] x = o.initialState();
        assertThat(HenonHeiles.energy(x)).isCloseTo(e, within(1e-15));
        // independent check of periodicity: the double integrator returns to the start after one period
        double[] back = TaylorIntegrator.of(HenonHeiles.SYSTEM).integrate(0, x, o.period()).state();
        for (int i = 0; i < 4; i++) {
            assertThat(back[i]).as("component %d of %s", i, o).isCloseTo(x[i], within(1e-10));
        }
        double[][] mu = o.multipliers();
        // Hamiltonian: 1 twice (to ~√ε for the double root), and a reciprocal pair λ, 1/λ
        assertThat(Math.hypot(mu[1][0] - 1, mu[1][1])).as("%s", o).isLessThan(1e-6);
        assertThat(Math.hypot(mu[2][0] - 1, mu[2][1])).as("%s", o).isLessThan(1e-6);
        assertThat(mu[0][0] * mu[3][0]).isCloseTo(1.0, within(1e-9));
        assertThat(mu[0][0]).as("unstable orbit %s", o).isGreaterThan(1.5);
        // the product of all multipliers is det M = 1 (Liouville) and the reduced map's trace is λ + 1/λ
        assertThat(SmallMatrices.determinant(o.monodromy())).isCloseTo(1.0, within(1e-10));
        double[][] p = o.mapJacobian();
        assertThat(p[0][0] + p[1][1]).isCloseTo(mu[0][0] + mu[3][0], within(1e-8));
        assertThat(p[0][0] * p[1][1] - p[0][1] * p[1][0]).isCloseTo(1.0, within(1e-10)); // area-preserving
    }

    @Test
    void nonConvergenceIsReportedWithTheLastState() {
        // from (y, py) = (0, 0) Newton's method wanders (the full first step even leaves the energy surface and
        // is halved): with 3 iterations it must report failure, not return a wrong orbit
        PoincareMap map = PoincareMap.builder(HenonHeiles.SYSTEM).section("x", Direction.UP).jetVariables("y", "py").build();
        assertThatThrownBy(() -> PeriodicOrbit.refine(map, new double[] {0, 0, 0, 0}, HenonHeiles.onEnergy(0.125), 1e-12, 3))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("no convergence in 3 Newton iterations")
                .hasMessageContaining("state [0.0, ");
    }

    @Test
    void dissipativeLimitCycleHasOneUnitMultiplier() {
        // Van der Pol (mu = 1): a limit cycle; multipliers 1 and exp(∮ mu(1 - x²) dt) < 1
        OdeSystem vdp = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x", Set.of("mu"));
        PoincareMap map = PoincareMap.builder(vdp).section("y", Direction.DOWN).jetVariables("x").parameter("mu", 1).build();
        PeriodicOrbit o = PeriodicOrbit.refine(map, new double[] {2.0, 0}, null, 1e-12, 20);
        // the period commonly quoted for the Van der Pol limit cycle at mu = 1 is T = 6.66328685932 (13 digits;
        // provenance not verified here), so the orbit is also checked independently: the double integrator
        // returns to the start after one period
        assertThat(o.period()).isCloseTo(6.663286859323, within(1e-9));
        double[] back = TaylorIntegrator.builder(vdp).parameter("mu", 1).build().integrate(0, o.initialState(), o.period()).state();
        assertThat(back[0]).isCloseTo(o.initialState()[0], within(1e-10));
        assertThat(back[1]).isCloseTo(0.0, within(1e-10));
        double[][] mu = o.multipliers();
        assertThat(mu[0][0]).isCloseTo(1.0, within(1e-9));
        OdeSystem withTrace = OdeSystem.parse("x' = y; y' = mu*(1 - x^2)*y - x; w' = mu*(1 - x^2)", Set.of("mu"));
        double w = TaylorIntegrator.builder(withTrace).parameter("mu", 1).build()
                .integrate(0, new double[] {o.initialState()[0], 0, 0}, o.period()).state(2);
        assertThat(mu[1][0]).isCloseTo(Math.exp(w), within(1e-9));
    }

    @Test
    void missingCrossingIsReported() {
        OdeSystem s = OdeSystem.parse("x' = 1");
        PoincareMap map = PoincareMap.builder(s).section("x + 1", Direction.UP).maxTime(5).build();
        assertThatThrownBy(() -> map.cross(0, new double[] {0})).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("no up crossing");
        assertThatThrownBy(() -> PoincareMap.builder(s).build()).isInstanceOf(IllegalStateException.class);
        TaylorN[] wrong = {};
        assertThatThrownBy(() -> map.cross(0, wrong)).isInstanceOf(IllegalArgumentException.class);
    }
}
