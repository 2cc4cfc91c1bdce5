package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;

/**
 * The driver's contract on a scripted engine whose answers are known by hand: x' = 0 with a fixed
 * step of 0.3 from t = 0, event functions g(t) = t − c (so every crossing time is c), order 2.
 */
class StepDriverTest {

    /** A scripted engine: time in double, the step proposal given, events g_j(t) = t − c_j. */
    private static final class ScriptedEngine implements StepEngine<Double> {
        final double tEnd;
        final double proposal;
        final double[] eventTimes;
        double t;
        double h;
        double lastTau;
        final List<Double> grid = new ArrayList<>();
        int observed;
        boolean landed;

        ScriptedEngine(double tEnd, double proposal, double... eventTimes) {
            this.tEnd = tEnd;
            this.proposal = proposal;
            this.eventTimes = eventTimes;
        }

        @Override public int direction() { return (int) Math.signum(tEnd - t); }
        @Override public String time() { return String.valueOf(t); }
        @Override public String expand(boolean events) { return null; }
        @Override public int order() { return 2; }
        @Override public double proposeStep() { return proposal; }
        @Override public String undefinedStepMessage() { return "undefined at " + t; }

        @Override
        public boolean clampStep(double hAbs) {
            double remaining = tEnd - t;
            h = Math.min(hAbs, remaining);
            return hAbs >= remaining;
        }

        @Override public boolean stepUnderflows(double hAbs) { return t + hAbs == t; }

        @Override
        public void eventCoefficients(double[][] rows) {
            for (int j = 0; j < rows.length; j++) {
                rows[j][0] = t - eventTimes[j];
                rows[j][1] = 1;
                rows[j][2] = 0;
            }
        }

        @Override public double stepAsDouble() { return h; }

        @Override
        public Double occurrence(int event, double tau, Direction crossing) {
            lastTau = tau;
            return t + tau;
        }

        @Override public void cutStepAtLastOccurrence() { h = lastTau; }
        @Override public double stepMagnitude() { return Math.abs(h); }
        @Override public String computeEndState() { return null; }
        @Override public void recordDense() { }

        @Override
        public boolean gridPoint(long index, boolean completes) {
            double tg = 0.25 * index;
            if (tg <= t + h || (completes && tg == tEnd)) {
                grid.add(tg);
                return true;
            }
            return false;
        }

        @Override public void notifyObservers() { observed++; }
        @Override public void advance() { t += h; }
        @Override public void landOnEnd() { t = tEnd; landed = true; }
    }

    private static Event crossingAt(double c) {
        return Event.of(Expr.variable("t").minus(c));
    }

    @Test
    void clampsTheLastStepAndCountsIt() {
        ScriptedEngine e = new ScriptedEngine(1, 0.3);
        StepDriver.Outcome<Double> o = new StepDriver<>(e, 100, new Event[0], 2, true).run();
        // 0.3 + 0.3 + 0.3 then the rest: ⌈1/0.3⌉ = 4 steps, the last shortened
        assertThat(o.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(o.message()).isEqualTo("completed");
        assertThat(o.statistics().steps()).isEqualTo(4);
        assertThat(o.statistics().shortenedSteps()).isEqualTo(1);
        assertThat(o.statistics().minStep()).isEqualTo(0.3); // the shortened step does not count
        assertThat(o.statistics().orders()).containsEntry(2, 4L);
        assertThat(e.landed).isTrue();
        assertThat(e.t).isEqualTo(1.0);
        assertThat(e.observed).isEqualTo(4);
        assertThat(e.grid).containsExactly(0.25, 0.5, 0.75, 1.0); // t0 itself is the engine's to record
    }

    @Test
    void countsEveryCrossingAndStopsAtATerminalOne() {
        ScriptedEngine e = new ScriptedEngine(10, 0.3, 0.45, 0.7);
        Event[] events = {crossingAt(0.45), crossingAt(0.7).withDirection(Direction.UP).asTerminal()};
        StepDriver.Outcome<Double> o = new StepDriver<>(e, 100, events, 2, false).run();
        assertThat(o.reason()).isEqualTo(StopReason.EVENT);
        assertThat(o.message()).startsWith("terminal event 1 (").endsWith(") at t = " + e.t);
        assertThat(o.events()).hasSize(2);
        assertThat(o.events().get(0)).isCloseTo(0.45, within(1e-15));
        assertThat(o.events().get(1)).isCloseTo(0.7, within(1e-15));
        assertThat(e.t).isCloseTo(0.7, within(1e-15));
        assertThat(o.statistics().steps()).isEqualTo(3); // [0, 0.3], [0.3, 0.6], [0.6, 0.7]
        assertThat(o.statistics().shortenedSteps()).isEqualTo(1);
        assertThat(e.landed).isFalse();
    }

    @Test
    void stopReasonsAndTheirMessages() {
        StepDriver.Outcome<Double> limit = new StepDriver<>(new ScriptedEngine(1, 0.3), 2, new Event[0], 2, false).run();
        assertThat(limit.reason()).isEqualTo(StopReason.MAX_STEPS);
        assertThat(limit.message()).isEqualTo("maximum number of steps (2) reached at t = 0.6");

        StepDriver.Outcome<Double> nan = new StepDriver<>(new ScriptedEngine(1, Double.NaN), 10, new Event[0], 2, false).run();
        assertThat(nan.reason()).isEqualTo(StopReason.NON_FINITE);
        assertThat(nan.message()).isEqualTo("undefined at 0.0");
        assertThat(nan.statistics().steps()).isZero();

        StepDriver.Outcome<Double> tiny = new StepDriver<>(new ScriptedEngine(1, 0.0), 10, new Event[0], 2, false).run();
        assertThat(tiny.reason()).isEqualTo(StopReason.BLOW_UP);
        assertThat(tiny.message()).startsWith("step size underflow at t = 0.0 (h = 0.0)");

        StepDriver.Outcome<Double> empty = new StepDriver<>(new ScriptedEngine(0, 0.3), 10, new Event[0], 2, false).run();
        assertThat(empty.reason()).isEqualTo(StopReason.COMPLETED);
        assertThat(empty.statistics().steps()).isZero();
    }
}
