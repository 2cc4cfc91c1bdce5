package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;

/**
 * The rigorous Poincaré map against closed forms. Reference values are computed from the closed
 * forms in interval arithmetic at the sample points (so they are themselves enclosures of the exact
 * values), and the map's enclosures must contain them — for every corner and random points of the box.
 */
class ValidatedPoincareMapTest {

    static final OdeSystem OSCILLATOR = OdeSystem.parse("x' = v; v' = -x");

    /** Corners, centre and random points of the box [x0 ± rx] × [v0 ± rv]. */
    static List<double[]> samples(double x0, double rx, double v0, double rv, Gen gen) {
        List<double[]> pts = new ArrayList<>();
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sv = -1; sv <= 1; sv += 2) {
                pts.add(new double[] {x0 + sx * rx, v0 + sv * rv});
            }
        }
        pts.add(new double[] {x0, v0});
        for (int i = 0; i < 20; i++) {
            pts.add(new double[] {gen.uniform(x0 - rx, x0 + rx), gen.uniform(v0 - rv, v0 + rv)});
        }
        return pts;
    }

    static Interval[] box(double x0, double rx, double v0, double rv) {
        return new Interval[] {Interval.of(x0 - rx, x0 + rx), Interval.of(v0 - rv, v0 + rv)};
    }

    static Interval p(double v) {
        return Interval.point(v);
    }

    /**
     * Oscillator x = R cos(t − θ), v = −R sin(t − θ) with R = |(x0, v0)|, θ = atan2(v0, x0): x = 0
     * downwards at τ = π/2 + θ with v = −R; DP = [[0, 0], [−x0/R, −v0/R]], ∇τ = (−v0, x0)/R².
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void oscillatorCrossingOfXDownwardsContainsEveryExactCrossing(long seed) {
        Gen gen = new Gen(seed);
        double x0 = gen.uniform(0.5, 1.5);
        double v0 = gen.uniform(-0.5, 0.5);
        double r = gen.uniform(1e-6, 0.02);
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(3).build();
        ValidatedCrossing c = map.crossWithJacobian(0, box(x0, r, v0, r));
        String msg = "x0=" + x0 + " v0=" + v0 + " r=" + r + " " + c;
        assertThat(c.status()).as(msg).isEqualTo(ValidatedCrossing.Status.FOUND);
        assertThat(c.time().wid()).as(msg).isLessThan(10 * r + 1e-9);
        Interval[][] dp = c.jacobian();
        Interval[] dt = c.timeGradient();
        for (double[] pt : samples(x0, r, v0, r, gen)) {
            Interval xi = p(pt[0]);
            Interval vi = p(pt[1]);
            Interval rr = xi.sqr().add(vi.sqr()).sqrt();
            Interval tau = Interval.pi().divide(p(2)).add(vi.atan2(xi));
            String m = msg + " at " + pt[0] + ", " + pt[1];
            assertThat(c.time().contains(tau)).as(m + " tau " + tau).isTrue();
            assertThat(c.state()[0].contains(0)).as(m).isTrue();
            assertThat(c.state()[1].contains(rr.negate())).as(m + " v " + rr.negate()).isTrue();
            assertThat(dp[0][0].contains(0) && dp[0][1].contains(0)).as(m).isTrue();
            assertThat(dp[1][0].contains(xi.negate().divide(rr))).as(m + " dp10").isTrue();
            assertThat(dp[1][1].contains(vi.negate().divide(rr))).as(m + " dp11").isTrue();
            assertThat(dt[0].contains(vi.negate().divide(rr.sqr()))).as(m + " dtau/dx").isTrue();
            assertThat(dt[1].contains(xi.divide(rr.sqr()))).as(m + " dtau/dv").isTrue();
        }
        // the cheaper map without the derivative encloses the same crossing
        ValidatedCrossing plain = map.cross(0, box(x0, r, v0, r));
        assertThat(plain.found()).as(msg).isTrue();
        assertThat(plain.hasJacobian()).isFalse();
        assertThat(plain.time().intersection(c.time()).isEmpty()).as(msg).isFalse();
    }

    @Test
    void pointStartGivesANarrowTimeEnclosure() {
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(3).build();
        ValidatedCrossing c = map.cross(0, new Interval[] {p(1), p(0.2)});
        Interval tau = Interval.pi().divide(p(2)).add(p(0.2).atan2(p(1)));
        assertThat(c.time().contains(tau)).as(c.toString()).isTrue();
        assertThat(c.time().wid()).as(c.toString()).isLessThan(1e-12);
        assertThat(c.state()[1].contains(p(1.04).sqrt().negate())).isTrue();
        assertThat(c.state()[1].wid()).isLessThan(1e-12);
    }

    /**
     * A return map from the section itself: the box [x0 ± r] × {0} on v = 0, downwards. The departure
     * at t0 is not counted; the return is at τ = 2π + atan2(v0, x0) with x = R, and (at v0 = 0)
     * DP = [[1, 0], [0, 0]], ∇τ = (0, 1/x0).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void returnMapFromTheSectionSkipsTheDeparture(long seed) {
        Gen gen = new Gen(seed);
        double x0 = gen.uniform(0.5, 2);
        double r = gen.uniform(1e-8, 1e-3);
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("v", Direction.DOWN).maxTime(7).build();
        ValidatedCrossing c = map.crossWithJacobian(0, new Interval[] {Interval.of(x0 - r, x0 + r), p(0)});
        String msg = "x0=" + x0 + " r=" + r + " " + c;
        assertThat(c.found()).as(msg).isTrue();
        Interval twoPi = Interval.pi().multiply(p(2));
        assertThat(c.time().contains(twoPi)).as(msg).isTrue();
        assertThat(c.time().wid()).as(msg).isLessThan(0.01 * r + 1e-9);
        for (double x : new double[] {x0 - r, x0, x0 + r, gen.uniform(x0 - r, x0 + r)}) {
            assertThat(c.state()[0].contains(x)).as(msg + " at " + x).isTrue();
            assertThat(c.timeGradient()[1].contains(p(1).divide(p(x)))).as(msg + " at " + x).isTrue();
        }
        Interval[][] dp = c.jacobian();
        assertThat(dp[0][0].contains(1) && dp[0][1].contains(0) && dp[1][0].contains(0) && dp[1][1].contains(0))
                .as(msg).isTrue();
        assertThat(dp[0][0].wid()).as(msg).isLessThan(1e-3);
    }

    /**
     * The linear system x' = −a·x + v, v' = −x − a·v (a = 0.1): x = e^{−at} R cos(t − θ),
     * v = −e^{−at} R sin(t − θ). Section x = 0 downwards at τ = π/2 + θ, v = −R e^{−aτ};
     * ∂v/∂x0 = −e^{−aτ}(x0 + a·v0)/R, ∂v/∂v0 = −e^{−aτ}(v0 − a·x0)/R.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void dampedRotationMatchesItsClosedForm(long seed) {
        Gen gen = new Gen(seed);
        OdeSystem damped = OdeSystem.parse("x' = -0.1*x + v; v' = -x - 0.1*v");
        double x0 = gen.uniform(0.5, 1.5);
        double v0 = gen.uniform(-0.5, 0.5);
        double r = gen.uniform(1e-5, 0.01);
        ValidatedCrossing c = ValidatedPoincareMap.builder(damped).section("x", Direction.DOWN).maxTime(4).build()
                .crossWithJacobian(0, box(x0, r, v0, r));
        String msg = "x0=" + x0 + " v0=" + v0 + " r=" + r + " " + c;
        assertThat(c.found()).as(msg).isTrue();
        Interval a = Interval.fromDecimal("0.1");
        for (double[] pt : samples(x0, r, v0, r, gen)) {
            Interval xi = p(pt[0]);
            Interval vi = p(pt[1]);
            Interval rr = xi.sqr().add(vi.sqr()).sqrt();
            Interval tau = Interval.pi().divide(p(2)).add(vi.atan2(xi));
            Interval decay = a.multiply(tau).negate().exp();
            String m = msg + " at " + pt[0] + ", " + pt[1];
            assertThat(c.time().contains(tau)).as(m).isTrue();
            assertThat(c.state()[1].contains(rr.multiply(decay).negate())).as(m).isTrue();
            Interval[][] dp = c.jacobian();
            assertThat(dp[1][0].contains(decay.multiply(xi.add(a.multiply(vi))).divide(rr).negate())).as(m).isTrue();
            assertThat(dp[1][1].contains(decay.multiply(vi.subtract(a.multiply(xi))).divide(rr).negate())).as(m).isTrue();
        }
    }

    /**
     * Long steps (order 20 takes steps of about 1 on the oscillator): the crossing at π/2 + θ lies in
     * the last step, which ends at the horizon shortly after it. The zone must be closed inside that
     * step (or by the end enclosure), not reported as "may be under way". Exact crossing as in
     * {@link #oscillatorCrossingOfXDownwardsContainsEveryExactCrossing}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void crossingInTheLastStepBeforeTheHorizonIsFound(long seed) {
        Gen gen = new Gen(seed);
        double x0 = gen.uniform(0.5, 1.5);
        double v0 = gen.uniform(-0.5, 0.5);
        double r = gen.uniform(1e-8, 1e-3);
        double tau = Math.PI / 2 + Math.atan2(v0, x0);
        double horizon = tau + gen.uniform(0.02, 0.3);
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(horizon)
                .build();
        ValidatedCrossing c = map.cross(0, box(x0, r, v0, r));
        String msg = "x0=" + x0 + " v0=" + v0 + " r=" + r + " horizon=" + horizon + " " + c;
        assertThat(c.status()).as(msg).isEqualTo(ValidatedCrossing.Status.FOUND);
        for (double[] pt : samples(x0, r, v0, r, gen)) {
            Interval exact = Interval.pi().divide(p(2)).add(p(pt[1]).atan2(p(pt[0])));
            assertThat(c.time().contains(exact)).as(msg + " at " + pt[0] + ", " + pt[1]).isTrue();
        }
        List<ValidatedCrossing> all = map.crossings(0, box(x0, r, v0, r), horizon);
        assertThat(all).as(msg).hasSize(2);
        assertThat(all.get(0).time().contains(p(Math.PI / 2).add(p(v0).atan2(p(x0))))).as(msg + " " + all).isTrue();
        assertThat(all.get(1).status()).as(msg + " " + all).isEqualTo(ValidatedCrossing.Status.NOT_FOUND);
    }

    /**
     * The time enclosure of {@code cross} (without the derivative's mean-value refinement) over the box
     * [0.99, 1.01] × [0.19, 0.21], whose crossing lies inside a step of length about 1: it must be close
     * to the exact range of π/2 + atan2(v0, x0) over the box, i.e. the step polynomial must not wrap
     * the box at the step start (a box enclosure of the rotated set gave 3× the exact width).
     */
    @Test
    void crossingTimeOverABoxIsNearTheExactRangeDespiteLongSteps() {
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(10).build();
        ValidatedCrossing c = map.cross(0, box(1, 0.01, 0.2, 0.01));
        // the exact range: atan2 is increasing in v0 and decreasing in x0 on the box (x0, v0 > 0)
        Interval lo = Interval.pi().divide(p(2)).add(p(0.19).atan2(p(1.01)));
        Interval hi = Interval.pi().divide(p(2)).add(p(0.21).atan2(p(0.99)));
        assertThat(c.time().contains(lo) && c.time().contains(hi)).as(c.toString()).isTrue();
        assertThat(c.time().wid()).as(c.toString()).isLessThan(1.05 * hi.subtract(lo).sup());
        // v = −R at the crossing; R = |(x0, v0)| ranges over [|(0.99, 0.19)|, |(1.01, 0.21)|] on the box
        Interval rMin = p(0.99).sqr().add(p(0.19).sqr()).sqrt();
        Interval rMax = p(1.01).sqr().add(p(0.21).sqr()).sqrt();
        assertThat(c.state()[1].contains(rMin.negate()) && c.state()[1].contains(rMax.negate())).as(c.toString()).isTrue();
        assertThat(c.state()[1].wid()).as(c.toString()).isLessThan(1.1 * rMax.subtract(rMin).sup());
    }

    @Test
    void upwardsCrossingIsSkippedWhenDownwardsIsAsked() {
        // from (−0.1, 1), x = −0.1 cos t + sin t is 0 upwards at atan(0.1) ≈ 0.0997, downwards at π + atan(0.1)
        ValidatedPoincareMap down = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(5).build();
        ValidatedCrossing c = down.cross(0, new Interval[] {p(-0.1), p(1)});
        Interval tau = Interval.pi().divide(p(2)).add(p(1).atan2(p(-0.1)));
        assertThat(c.time().contains(tau)).as(c.toString()).isTrue();
        ValidatedPoincareMap up = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.UP).maxTime(5).build();
        ValidatedCrossing u = up.cross(0, new Interval[] {p(-0.1), p(1)});
        // exact upward time: x = −0.1 cos t + sin t = 0 at t = atan(0.1)
        assertThat(u.time().contains(p(0.1).atan())).as(u.toString()).isTrue();
        ValidatedPoincareMap both = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.BOTH).maxTime(5).build();
        assertThat(both.cross(0, new Interval[] {p(-0.1), p(1)}).time().contains(p(0.1).atan())).isTrue();
    }

    @Test
    void tangentialCrossingFailsWithAReason() {
        // x = sin t touches x = 1 at t = π/2 with x' = 0
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x - 1", Direction.BOTH).maxTime(3).build();
        ValidatedCrossing c = map.cross(0, new Interval[] {p(0), p(1)});
        assertThat(c.status()).isEqualTo(ValidatedCrossing.Status.FAILED);
        assertThat(c.reason()).contains("transversal").contains("tangential");
        assertThatThrownBy(c::time).isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
    }

    @Test
    void noCrossingBeforeTheHorizonIsProvedAndReported() {
        // the crossing of x = 0 downwards is at π/2 > 1
        ValidatedCrossing c = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(1).build()
                .cross(0, new Interval[] {p(1), p(0)});
        assertThat(c.status()).isEqualTo(ValidatedCrossing.Status.NOT_FOUND);
        assertThat(c.reason()).contains("no down crossing").contains("t=1.0");
        assertThat(c.searchedUntil()).isEqualTo(1.0);
        // a section never reached: |x| ≤ 1 < 5
        ValidatedCrossing never = ValidatedPoincareMap.builder(OSCILLATOR).section("x - 5", Direction.BOTH).maxTime(10)
                .build().cross(0, new Interval[] {p(1), p(0)});
        assertThat(never.status()).isEqualTo(ValidatedCrossing.Status.NOT_FOUND);
    }

    @Test
    void integrationFailureBeforeACrossingIsAFailureNotAnAbsence() {
        // x' = x² from 1 blows up at t = 1: the section x = −1 is never reached, and the integration
        // stops near the blow-up, so the absence is not proved up to the horizon
        OdeSystem blow = OdeSystem.parse("x' = x^2");
        ValidatedCrossing c = ValidatedPoincareMap.builder(blow).section("x + 1", Direction.BOTH).maxTime(2).build()
                .cross(0, new Interval[] {p(1)});
        assertThat(c.status()).isEqualTo(ValidatedCrossing.Status.FAILED);
        assertThat(c.reason()).contains("integration stopped");
        ValidatedCrossing reached = ValidatedPoincareMap.builder(blow).section("x - 4", Direction.UP).maxTime(2).build()
                .cross(0, new Interval[] {p(1)});
        // x(t) = 1/(1 − t) = 4 at t = 3/4
        assertThat(reached.time().contains(0.75)).as(reached.toString()).isTrue();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> ValidatedPoincareMap.builder(OSCILLATOR).section("y", Direction.UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown symbol 'y'");
        assertThatThrownBy(() -> ValidatedPoincareMap.builder(OSCILLATOR).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no section");
        assertThatThrownBy(() -> ValidatedPoincareMap.builder(OSCILLATOR).maxTime(-1))
                .isInstanceOf(IllegalArgumentException.class);
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.UP).build();
        assertThatThrownBy(() -> map.crossWithJacobian(0, new Interval[] {p(1)}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 state variables");
        assertThatThrownBy(() -> map.cross(0, new Interval[] {p(1)}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 state variables");
    }

    @Test
    void timeDependentSectionAndParameters() {
        // x' = k with k = 0.5: x = x0 + t/2 meets g = x − t = 0 (downwards: g' = −1/2) at τ = 2·x0
        OdeSystem drift = OdeSystem.parse("x' = k", java.util.Set.of("k"));
        ValidatedCrossing c = ValidatedPoincareMap.builder(drift).section("x - t", Direction.DOWN)
                .parameter("k", Interval.fromDecimal("0.5")).maxTime(5).build()
                .crossWithJacobian(0, new Interval[] {Interval.of(0.9, 1.1)});
        assertThat(c.time().contains(Interval.of(1.8, 2.2))).as(c.toString()).isTrue();
        // τ = 2 x0 ⇒ dτ/dx0 = 2; P = τ ⇒ DP = 2
        assertThat(c.timeGradient()[0].contains(2)).isTrue();
        assertThat(c.jacobian()[0][0].contains(2)).isTrue();
    }

    /** All downward crossings of x = 0 by the oscillator from (1, 0) in (0, 20]: at π/2 + 2πk, k = 0..2. */
    @Test
    void allCrossingsUpToAnEndTime() {
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).build();
        Interval[] box = {Interval.of(0.999, 1.001), Interval.of(-0.001, 0.001)};
        List<ValidatedCrossing> all = map.crossings(0, box, 20);
        assertThat(all).hasSize(4);
        for (int k = 0; k < 3; k++) {
            ValidatedCrossing c = all.get(k);
            assertThat(c.found()).as(c.toString()).isTrue();
            // θ = atan2(v0, x0) ∈ [−0.001001, 0.001001] over the box; the enclosure may be up to 3× wider
            Interval exact = Interval.pi().multiply(p(0.5 + 2 * k)).add(Interval.of(-0.003, 0.003));
            assertThat(exact.contains(c.time())).as(c.toString()).isTrue();
            assertThat(c.time().contains(Interval.pi().multiply(p(0.5 + 2 * k)))).as(c.toString()).isTrue();
            assertThat(c.state()[1].contains(-1)).isTrue();
        }
        assertThat(all.get(3).status()).isEqualTo(ValidatedCrossing.Status.NOT_FOUND);
        assertThat(all.get(3).reason()).contains("no further down crossing").contains("t=20");
        // both directions: x = 0 also upwards at 3π/2 + 2πk
        List<ValidatedCrossing> both = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.BOTH).build()
                .crossings(0, box, 20);
        assertThat(both).hasSize(7);
        assertThat(both.get(1).time().contains(Interval.pi().multiply(p(1.5)))).isTrue();
    }

    /**
     * Lorenz (σ = 10, ρ = 28, β = 8/3) from a small box around (15, 15, 36), section z = 27 downwards:
     * the enclosures must agree (within the double integrator's accuracy, 1e-9) with the independent
     * double-precision {@code PoincareMap} (jet transport and Newton on jets) at the centre.
     */
    @Test
    void lorenzSectionAgreesWithTheDoubleJetPoincareMap() {
        OdeSystem lorenz = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                java.util.Set.of("sigma", "rho", "beta"));
        double r = 1e-7;
        Interval[] box = {Interval.of(15 - r, 15 + r), Interval.of(15 - r, 15 + r), Interval.of(36 - r, 36 + r)};
        ValidatedCrossing c = ValidatedPoincareMap.builder(lorenz).section("z - 27", Direction.DOWN)
                .parameter("sigma", p(10)).parameter("rho", p(28)).parameter("beta", p(8).divide(p(3)))
                .maxTime(5).build().crossWithJacobian(0, box);
        assertThat(c.found()).as(c.toString()).isTrue();
        org.taylorkit.ode.dynamics.PoincareCrossing d = org.taylorkit.ode.dynamics.PoincareMap.builder(lorenz)
                .section("z - 27", Direction.DOWN).parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3)
                .build().cross(0, new double[] {15, 15, 36});
        double tol = 1e-9;
        assertThat(Interval.of(d.t() - tol, d.t() + tol).intersection(c.time()).isEmpty()).as(c + " vs " + d.t()).isFalse();
        assertThat(c.time().wid()).isLessThan(1e-5);
        for (int i = 0; i < 3; i++) {
            Interval xi = c.state()[i];
            assertThat(Interval.of(d.center()[i] - tol, d.center()[i] + tol).intersection(xi).isEmpty()).as(c + " " + i).isFalse();
            for (int j = 0; j < 3; j++) {
                double dij = d.jacobian()[i][j];
                double tj = Math.max(1e-6, 1e-6 * Math.abs(dij));
                assertThat(Interval.of(dij - tj, dij + tj).intersection(c.jacobian()[i][j]).isEmpty())
                        .as("DP[" + i + "][" + j + "] " + c.jacobian()[i][j] + " vs " + dij).isFalse();
            }
        }
        assertThat(c.jacobian()[2][0].contains(0) && c.jacobian()[2][1].contains(0) && c.jacobian()[2][2].contains(0))
                .as("z stays on the section: dz/dx0 = 0").isTrue();
    }

    @Test
    void aBoxTooWideToSeparateTheCrossingFailsWithoutEnclosures() {
        // x = 0 is met with x' = v of both signs from this box: no transversal crossing can be proved
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OSCILLATOR).section("x", Direction.DOWN).maxTime(3).build();
        Interval[] box = {Interval.of(-0.5, 0.5), Interval.of(-0.5, 0.5)};
        for (ValidatedCrossing c : new ValidatedCrossing[] {map.cross(0, box), map.crossWithJacobian(0, box)}) {
            assertThat(c.status()).as(c.toString()).isEqualTo(ValidatedCrossing.Status.FAILED);
            assertThat(c.reason()).contains("cannot prove a transversal crossing");
            assertThatThrownBy(c::state).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(c::jacobian).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void nonAutonomousRightHandSide() {
        // x' = cos t from x0 near 0: x = x0 + sin t meets x = 1/2 upwards at τ = asin(1/2 − x0), so
        // τ(0) = π/6, dτ/dx0 = −1/cos τ, and P(x0) = 1/2 has DP = 0
        OdeSystem forced = OdeSystem.parse("x' = cos(t)");
        double r = 1e-6;
        ValidatedCrossing c = ValidatedPoincareMap.builder(forced).section("x - 0.5", Direction.UP).maxTime(2).build()
                .crossWithJacobian(0, new Interval[] {Interval.of(-r, r)});
        assertThat(c.found()).as(c.toString()).isTrue();
        for (double x0 : new double[] {-r, 0, r}) {
            Interval half = Interval.fromDecimal("0.5");
            Interval tau = half.subtract(p(x0)).asin();
            assertThat(c.time().contains(tau)).as(c + " at " + x0).isTrue();
            assertThat(c.timeGradient()[0].contains(p(-1).divide(tau.cos()))).as(c + " at " + x0).isTrue();
        }
        assertThat(c.state()[0].contains(Interval.fromDecimal("0.5"))).isTrue();
        assertThat(c.jacobian()[0][0].contains(0)).isTrue();
        assertThat(c.time().wid()).isLessThan(1e-5);
    }

    @Test
    void meetsSectionTellsWhetherTheDepartureIsSkipped() {
        ValidatedPoincareMap map = ValidatedPoincareMap.builder(OdeSystem.parse("x' = v; v' = -x"))
                .section("x - 1", Direction.BOTH).build();
        // x - 1 over [0.99, 1.01] contains 0; over [0.5, 0.9] it is negative (exact interval arithmetic)
        assertThat(map.meetsSection(0, new Interval[] {Interval.of(0.99, 1.01), Interval.point(0.2)})).isTrue();
        assertThat(map.meetsSection(0, new Interval[] {Interval.of(0.5, 0.9), Interval.point(0.2)})).isFalse();
        ValidatedPoincareMap logSection = ValidatedPoincareMap.builder(OdeSystem.parse("x' = v; v' = -x"))
                .section("log(x)", Direction.BOTH).build();
        // log is not defined on all of [-1, 1]: not evaluable, so not "meets" (the search itself fails with the reason)
        assertThat(logSection.meetsSection(0, new Interval[] {Interval.of(-1, 1), Interval.point(0)})).isFalse();
    }
}
