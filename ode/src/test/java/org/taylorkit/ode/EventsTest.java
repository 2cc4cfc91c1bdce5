package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;

/** Event location against closed forms: the oscillator x = cos t crosses 0 at π/2 + kπ. */
class EventsTest {

    private static final OdeSystem OSCILLATOR = OdeSystem.parse("x' = v; v' = -x");

    private static OdeSolution oscillator(Event e, double end) {
        return TaylorIntegrator.builder(OSCILLATOR).event(e).build().integrate(0, new double[] {1, 0}, end);
    }

    @Test
    void directionFiltersSelectAlternateZeros() {
        Expr x = Expr.variable("x");
        // x = cos t: down at π/2, 5π/2, …; up at 3π/2, 7π/2, …
        List<EventOccurrence> both = oscillator(Event.of(x), 20).events();
        List<EventOccurrence> up = oscillator(Event.of(x).withDirection(Direction.UP), 20).events();
        List<EventOccurrence> down = oscillator(Event.of(x).withDirection(Direction.DOWN), 20).events();
        assertThat(both).hasSize(6); // π/2 + kπ < 20 for k = 0..5
        assertThat(up).hasSize(3);
        assertThat(down).hasSize(3);
        for (int k = 0; k < 6; k++) {
            EventOccurrence o = both.get(k);
            assertThat(o.t()).as("zero %d", k).isCloseTo(Math.PI / 2 + k * Math.PI, within(1e-14));
            assertThat(o.crossing()).isEqualTo(k % 2 == 0 ? Direction.DOWN : Direction.UP);
            assertThat(o.state(0)).isCloseTo(0, within(1e-15));
            assertThat(o.state(1)).isCloseTo(-Math.sin(o.t()), within(1e-14));
            assertThat(o.event()).isZero();
        }
        for (int k = 0; k < 3; k++) {
            assertThat(up.get(k).t()).isCloseTo(1.5 * Math.PI + 2 * k * Math.PI, within(1e-14));
            assertThat(down.get(k).t()).isCloseTo(0.5 * Math.PI + 2 * k * Math.PI, within(1e-14));
            assertThat(up.get(k).crossing()).isEqualTo(Direction.UP);
        }
    }

    @Test
    void terminalEventStopsTheIntegrationThere() {
        OdeSolution s = oscillator(Event.of(Expr.variable("x")).withDirection(Direction.UP).asTerminal(), 100);
        assertThat(s.status()).isEqualTo(StopReason.EVENT);
        assertThat(s.t()).isCloseTo(1.5 * Math.PI, within(1e-14));
        assertThat(s.state(0)).isCloseTo(0, within(1e-15));
        assertThat(s.state(1)).isCloseTo(1, within(1e-14));
        assertThat(s.events()).hasSize(1);
        assertThat(s.statistics().shortenedSteps()).isEqualTo(1);
        assertThat(s.message()).contains("terminal event 0");
    }

    @Test
    void eventsBackwardInTimeAndOnTime() {
        // backwards from 0 to −10: x = cos t is zero at −π/2 (x increasing in t, so decreasing along
        // the integration: a DOWN crossing as seen by the integration), −3π/2, …
        TaylorIntegrator ti = TaylorIntegrator.builder(OSCILLATOR).event("x", Direction.BOTH, false)
                .event("t + 2.5", Direction.BOTH, true).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 0}, -10);
        assertThat(s.status()).isEqualTo(StopReason.EVENT);
        assertThat(s.t()).isCloseTo(-2.5, within(1e-15));
        assertThat(s.events()).hasSize(2);
        assertThat(s.events().get(0).t()).isCloseTo(-Math.PI / 2, within(1e-14));
        assertThat(s.events().get(0).crossing()).isEqualTo(Direction.DOWN);
        assertThat(s.events().get(1).event()).isEqualTo(1);
        assertThat(s.state(0)).isCloseTo(Math.cos(-2.5), within(1e-14));
    }

    @Test
    void aZeroAtTheStartIsNotAnEvent() {
        // v = −sin t starts at 0 and next vanishes at π
        OdeSolution s = oscillator(Event.of(Expr.variable("v")), 4);
        assertThat(s.events()).hasSize(1);
        assertThat(s.events().get(0).t()).isCloseTo(Math.PI, within(1e-14));
    }

    @Test
    void poincareSectionOfLorenz() {
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse(
                "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", Set.of("sigma", "rho", "beta")))
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3)
                .event("z - 27", Direction.UP, false).build();
        OdeSolution s = ti.integrate(0, new double[] {1, 1, 1}, 20);
        assertThat(s.events()).hasSizeGreaterThan(10);
        double last = 0;
        for (EventOccurrence o : s.events()) {
            assertThat(o.state(2)).isCloseTo(27, within(1e-12));
            double zDot = o.state(0) * o.state(1) - 8.0 / 3 * o.state(2);
            assertThat(zDot).as("crossing upwards at t=%s", o.t()).isPositive();
            assertThat(o.t()).isGreaterThan(last);
            last = o.t();
        }
    }

    @Test
    void eventFunctionsAreChecked() {
        assertThatThrownBy(() -> TaylorIntegrator.builder(OSCILLATOR).event("x - q", Direction.UP, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown symbol 'q'");
        assertThatThrownBy(() -> TaylorIntegrator.builder(OSCILLATOR).event("x - (", Direction.UP, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column");
        assertThat(Direction.parse("Up")).isEqualTo(Direction.UP);
        assertThatThrownBy(() -> Direction.parse("sideways")).hasMessageContaining("up, down or both");
    }
}
