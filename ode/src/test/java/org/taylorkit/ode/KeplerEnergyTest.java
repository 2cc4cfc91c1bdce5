package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Kepler e = 0.5 over 1000 orbits at tolerance 1e−15, the benchmark setting of issue 5: the
 * relative energy error against the exact conserved energy −1/(2a) = −½ (GM = a = 1) must be at most
 * 5e−14, with about 38 steps per orbit (heyoka 7.2 at 1e−15: 37 730 steps, energy error 4e−14).
 */
class KeplerEnergyTest {

    static final String KEPLER = "x' = vx; y' = vy; vx' = -x/(x*x + y*y)^1.5; vy' = -y/(x*x + y*y)^1.5";

    @Test
    void energyErrorOverOneThousandOrbitsAtTolerance1em15() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse(KEPLER)).tolerance(1e-15).build();
        double e = 0.5;
        double[] x0 = {1 - e, 0, 0, Math.sqrt((1 + e) / (1 - e))}; // pericentre
        OdeSolution s = ti.integrate(0, x0, 1000 * 2 * Math.PI);
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        double[] f = s.state();
        double energy = 0.5 * (f[2] * f[2] + f[3] * f[3]) - 1 / Math.hypot(f[0], f[1]);
        double err = Math.abs((energy + 0.5) / 0.5);
        System.out.printf("Kepler tol 1e-15: %d steps, energy error %.3e, %s%n", s.steps(), err, s.statistics());
        assertThat(err).as("relative energy error after 1000 orbits, %d steps", s.steps()).isLessThanOrEqualTo(5e-14);
        assertThat(s.steps()).as("steps for 1000 orbits").isBetween(36_000L, 40_000L);
    }
}
