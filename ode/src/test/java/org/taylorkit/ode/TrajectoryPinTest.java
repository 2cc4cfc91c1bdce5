package org.taylorkit.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the {@code double} integrator bit for bit: every run below is reduced to a fingerprint over the
 * exact bits of everything it produced (final time and state, statistics, every event's time, state
 * and direction, grid points, dense output at sample times, and what the step observer saw per step).
 * The expected fingerprints were produced by the integrator on main at commit d4eeafe (before the
 * driver was shared with the other number types) and re-taken once, on 2026-12-07, when the state
 * update became x_{k+1} = f_k·fl(1/(k + 1)) instead of f_k/(k + 1), and again (the Kepler runs only)
 * when quotients and square roots began to multiply by the reciprocal of their leading coefficient,
 * and once more when the step polynomials' Horner rule became one fused multiply-add per order
 * (issue 16; the accuracy checks of both changes, over 120 Kepler starting phases and against a
 * 30-digit Lorenz reference, are in docs/architecture.md), and again (all but the fixed-step run) when
 * the step size's roots came from tables instead of log and exp ({@code KthRoots}; the same 120
 * phases, docs/architecture.md); any change of a step, an order or a single bit of a state changes them. A
 * change here means the double path is no longer the same method.
 */
class TrajectoryPinTest {

    /** FNV-1a over 64-bit words. */
    private static final class Fingerprint {
        long h = 0xcbf29ce484222325L;

        void add(long v) {
            for (int i = 0; i < 8; i++) {
                h ^= (v >>> (8 * i)) & 0xff;
                h *= 0x100000001b3L;
            }
        }

        void add(double v) {
            add(Double.doubleToRawLongBits(v));
        }

        void add(double[] v) {
            add(v.length);
            for (double d : v) {
                add(d);
            }
        }
    }

    private static long fingerprint(TaylorIntegrator.Builder b, double t0, double[] x0, double tEnd, double[] samples) {
        Fingerprint seen = new Fingerprint();
        b.observer(step -> {
            double[] mid = new double[step.dimension()];
            step.stateAt(step.start() + 0.5 * step.step(), mid);
            seen.add(new double[] {step.start(), step.step(), step.end(), step.order(), step.state(0), step.coefficient(0, step.order()), mid[0]});
        });
        OdeSolution s = b.build().integrate(t0, x0, tEnd);
        Fingerprint f = new Fingerprint();
        f.add(seen.h);
        f.add(s.status().ordinal());
        f.add(s.message().hashCode());
        f.add(s.t());
        f.add(s.state());
        IntegrationStatistics st = s.statistics();
        f.add(st.steps());
        f.add(st.shortenedSteps());
        f.add(st.minStep());
        f.add(st.maxStep());
        st.orders().forEach((p, c) -> {
            f.add(p);
            f.add(c);
        });
        for (EventOccurrence e : s.events()) {
            f.add(e.event());
            f.add(e.t());
            f.add(e.state());
            f.add(e.crossing().ordinal());
        }
        f.add(s.gridTimes());
        for (double[] g : s.gridStates()) {
            f.add(g);
        }
        if (s.hasDenseOutput()) {
            for (double t : samples) {
                f.add(s.at(t));
            }
        }
        return f.h;
    }

    private static final OdeSystem KEPLER = OdeSystem.parse(
            "x' = u; y' = v; u' = -x / (x^2 + y^2)^(3/2); v' = -y / (x^2 + y^2)^(3/2)");
    private static final OdeSystem LORENZ = OdeSystem.parse(
            "x' = s*(y - x); y' = x*(r - z) - y; z' = x*y - b*z", Set.of("s", "r", "b"));

    @Test
    void keplerWithEventsGridAndDenseOutput() {
        // e = 0.5 from pericentre: x = 1 − e, v = sqrt((1 + e)/(1 − e))
        TaylorIntegrator.Builder b = TaylorIntegrator.builder(KEPLER).tolerance(1e-15).denseOutput(true).gridOutput(0.7)
                .event("y", Direction.BOTH, false).event("x", Direction.UP, false);
        long f = fingerprint(b, 0, new double[] {0.5, 0, 0, Math.sqrt(3)}, 20 * Math.PI, new double[] {0.1, 3.3, 17.0, 20 * Math.PI});
        assertThat(f).isEqualTo(PIN_KEPLER);
    }

    @Test
    void lorenzTerminalEventKeplerBackwardsAndFixedOrder() {
        TaylorIntegrator.Builder b = TaylorIntegrator.builder(LORENZ).parameter("s", 10).parameter("r", 28).parameter("b", 8.0 / 3)
                .event("z - 27", Direction.UP, false).event("x + 15", Direction.DOWN, true);
        long terminal = fingerprint(b, 0, new double[] {1, 1, 1}, 30, new double[0]);
        TaylorIntegrator.Builder back = TaylorIntegrator.builder(KEPLER).absoluteTolerance(1e-9).relativeTolerance(1e-12)
                .denseOutput(true).gridOutput(0.25).event("y", Direction.DOWN, true);
        long backwards = fingerprint(back, 2, new double[] {0.5, 0, 0, Math.sqrt(3)}, -10, new double[] {1.5, 0.0, -0.99});
        TaylorIntegrator.Builder fixed = TaylorIntegrator.builder(LORENZ).parameter("s", 10).parameter("r", 28).parameter("b", 8.0 / 3)
                .order(12).tolerance(1e-10).event("y", Direction.BOTH, false);
        long fixedOrder = fingerprint(fixed, 0, new double[] {1, 1, 1}, 5, new double[0]);
        TaylorIntegrator.Builder step = TaylorIntegrator.builder(LORENZ).parameter("s", 10).parameter("r", 28).parameter("b", 8.0 / 3)
                .order(8).fixedStep(0.01).gridOutput(0.1);
        long fixedStep = fingerprint(step, 0, new double[] {1, 1, 1}, 1.005, new double[0]);
        assertThat(new long[] {terminal, backwards, fixedOrder, fixedStep}).containsExactly(PIN_LORENZ);
    }

    @Test
    void blowUpAndStepLimit() {
        // x' = x², x(0) = 1: x = 1/(1 − t) blows up at t = 1
        long blowUp = fingerprint(TaylorIntegrator.builder(OdeSystem.parse("x' = x^2")), 0, new double[] {1}, 2, new double[0]);
        long limit = fingerprint(TaylorIntegrator.builder(KEPLER).maxSteps(37), 0, new double[] {0.5, 0, 0, Math.sqrt(3)}, 100,
                new double[0]);
        assertThat(new long[] {blowUp, limit}).containsExactly(PIN_LIMITS);
    }

    static final long PIN_KEPLER = -9005996676087263173L;
    static final long[] PIN_LORENZ = {378980648952403198L, 5824404265814713667L, -2735965912707722085L, -1694484489102899101L};
    static final long[] PIN_LIMITS = {-1816289796446966688L, 5614424377185207883L};
}
