package org.taylorkit.ode.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/** Lyapunov spectra against published values, Liouville's formula and closed forms. */
class LyapunovSpectrumTest {

    static final OdeSystem LORENZ = OdeSystem.parse(
            "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", Set.of("sigma", "rho", "beta"));
    static final Map<String, Double> CLASSIC = Map.of("sigma", 10.0, "rho", 28.0, "beta", 8.0 / 3);

    @Test
    void lorenzSpectrumNearPublishedValuesWithExactSum() {
        // Published (Sprott, "Chaos and Time-Series Analysis", 2003, table of Lyapunov exponents; long runs):
        // (0.9056, 0, -14.5723). After a transient of 20 time units from (1, 1, 1), a run of T = 100
        // gives each exponent to a few hundredths (finite-time fluctuation ~ 1/√T plus O(1/T) bias).
        double[] x0 = TaylorIntegrator.builder(LORENZ).parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3)
                .build().integrate(0, new double[] {1, 1, 1}, 20).state();
        LyapunovSpectrum l = LyapunovSpectrum.compute(LORENZ, x0, CLASSIC, 100, 0.5, 1e-10);
        double[] e = l.exponents();
        assertThat(e[0]).as("λ1 of %s", l).isCloseTo(0.9056, within(0.06));
        assertThat(e[1]).as("λ2 of %s", l).isCloseTo(0.0, within(0.05));
        assertThat(e[2]).as("λ3 of %s", l).isCloseTo(-14.5723, within(0.1));
        // Liouville: the sum is the time average of the trace -(σ + 1 + β), exactly, for every T
        assertThat(l.sum()).isCloseTo(-(10 + 1 + 8.0 / 3), within(1e-8));
        double[][] h = l.history();
        double[] ht = l.historyTimes();
        assertThat(h.length).isEqualTo(200);
        assertThat(ht[199]).isEqualTo(100.0);
        for (int k = 0; k < h.length; k++) {
            assertThat(h[k][0] + h[k][1] + h[k][2]).as("sum at t = %s", ht[k]).isCloseTo(-(10 + 1 + 8.0 / 3), within(1e-7));
        }
    }

    @Test
    void linearSystemExponentsAreEigenvalues() {
        // x' = A x with A upper triangular, eigenvalues 0.5 and -2: the exponents are those real parts.
        // From the equilibrium 0, so that the (growing) state does not dominate the jet norm of the step control.
        OdeSystem s = OdeSystem.parse("x' = 0.5*x + y; y' = -2*y");
        LyapunovSpectrum l = LyapunovSpectrum.compute(s, new double[] {0, 0}, Map.of(), 40, 1.0);
        assertThat(l.exponents()[0]).isCloseTo(0.5, within(0.02));
        assertThat(l.exponents()[1]).isCloseTo(-2.0, within(0.02));
        assertThat(l.sum()).isCloseTo(-1.5, within(1e-10));
        assertThat(l.t()).isEqualTo(40.0);
    }

    @Test
    void badArgumentsAreRejected() {
        OdeSystem s = OdeSystem.parse("x' = -x");
        assertThatThrownBy(() -> LyapunovSpectrum.compute(s, new double[] {1}, Map.of(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total time");
        assertThatThrownBy(() -> LyapunovSpectrum.compute(s, new double[] {1}, Map.of(), 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> LyapunovSpectrum.compute(s, new double[] {1, 2}, Map.of(), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 1");
        assertThatThrownBy(() -> LyapunovSpectrum.compute(s, new double[] {1}, Map.of("k", 1.0), 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no parameter 'k'");
    }

    @Test
    void aLongRunKeepsABoundedDecimatedHistoryAndTheSameExponents() {
        // x' = -x: 250000 intervals of 1e-5; the history is full at 100000 rows twice, so it keeps every 4th
        OdeSystem s = OdeSystem.parse("x' = -x");
        long count = LyapunovSpectrum.intervals(2.5, 1e-5);
        assertThat(count).isEqualTo(250_000);
        long[] calls = {0};
        LyapunovSpectrum l = LyapunovSpectrum.compute(s, new double[] {1}, Map.of(), 2.5, 1e-5, 1e-9,
                (k, n, t) -> calls[0]++);
        assertThat(calls[0]).isEqualTo(count);
        double[] ht = l.historyTimes();
        double[][] h = l.history();
        assertThat(ht).hasSize(62_500).hasSameSizeAs(h);
        assertThat(ht[0]).isCloseTo(4e-5, within(1e-15));
        assertThat(ht[ht.length - 1]).isEqualTo(2.5);
        for (int k = 1; k < ht.length; k++) {
            assertThat(ht[k] - ht[k - 1]).as("spacing at %d", k).isCloseTo(4e-5, within(1e-12));
        }
        assertThat(h[h.length - 1][0]).isEqualTo(l.exponents()[0]);
        assertThat(l.exponents()[0]).isCloseTo(-1.0, within(1e-8));
    }
}
