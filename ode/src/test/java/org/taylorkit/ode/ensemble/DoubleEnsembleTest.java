package org.taylorkit.ode.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Double ensembles: member i is bit-for-bit the single run of member i on a freshly built
 * integrator, whatever the thread count, the window and the members that ran before on the same
 * worker (parameters, events).
 */
class DoubleEnsembleTest {

    static final EnsembleSpec LORENZ = EnsembleSpec.of("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", "0", "2")
            .withParameter("sigma", "10").withParameter("rho", "28").withParameter("beta", "8/3")
            .withEvent("z - 27", Direction.UP, false);

    /** Kepler problem with μ = 1, stopped at the first upward crossing of y = 0 after t = 0 (terminal event). */
    static final EnsembleSpec KEPLER = EnsembleSpec.of(
            "x' = vx; y' = vy; vx' = -x/(x^2 + y^2)^(3/2); vy' = -y/(x^2 + y^2)^(3/2)", "0", "20")
            .withEvent("y", Direction.UP, true);

    /** The reference: a fresh integrator per member, parameters set directly. */
    static MemberResult single(EnsembleSpec spec, Member m) {
        TaylorIntegrator ti = DoubleMemberRunner.integrator(spec);
        if (m.parameters() != null) {
            for (int i = 0; i < m.parameters().length; i++) {
                ti.setParameter(ti.system().parameters().get(i), m.parameters()[i]);
            }
        }
        OdeSolution s = ti.integrate(spec.t0(), m.state(), spec.t1());
        return new MemberResult(s.status(), s.t(), s.state(), s.events().isEmpty() ? Double.NaN : s.events().get(0).t(), s.steps());
    }

    static List<Member> lorenzMembers(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = {r.nextDouble(-15, 15), r.nextDouble(-20, 20), r.nextDouble(5, 40)};
            // every third member keeps the default parameters, the others bring their own
            double[] p = i % 3 == 0 ? null : new double[] {r.nextDouble(8, 12), r.nextDouble(20, 30), r.nextDouble(2, 3)};
            members.add(new Member(x, p));
        }
        return members;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 20261206})
    void lorenzMemberIsBitForBitTheSingleRun(long seed) {
        List<Member> members = lorenzMembers(seed, 60);
        List<MemberResult> results = Ensemble.builder(DoubleMemberRunner.factory(LORENZ)).threads(3).window(7).build()
                .collect(members);
        assertThat(results).hasSize(members.size());
        for (int i = 0; i < members.size(); i++) {
            MemberResult expected = single(LORENZ, members.get(i));
            assertThat(results.get(i)).as("seed %d, member %d: %s", seed, i, members.get(i)).isEqualTo(expected);
        }
        // the parameters matter: members with their own parameters end elsewhere than with the defaults
        Member own = members.get(1);
        assertThat(single(LORENZ, Member.of(own.state()))).isNotEqualTo(results.get(1));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void keplerArcsStopAtTheTerminalEventBitForBit(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double e = r.nextDouble(0, 0.9);
            // periapsis on the x axis at distance 1 - e (a = 1), velocity along y: sqrt((1 + e)/(1 - e))
            members.add(Member.of(1 - e, 0, 0, Math.sqrt((1 + e) / (1 - e))));
        }
        List<MemberResult> results = Ensemble.builder(DoubleMemberRunner.factory(KEPLER)).threads(2).window(4).build()
                .collect(members);
        for (int i = 0; i < members.size(); i++) {
            MemberResult res = results.get(i);
            assertThat(res).as("seed %d, member %d", seed, i).isEqualTo(single(KEPLER, members.get(i)));
            // a = 1, μ = 1: the period is 2π (Kepler's third law); the upward crossing of y = 0 is periapsis again
            assertThat(res.status()).isEqualTo(StopReason.EVENT);
            assertThat(res.t()).isCloseTo(2 * Math.PI, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(res.eventTime()).isCloseTo(res.t(), org.assertj.core.data.Offset.offset(4 * Math.ulp(res.t())));
        }
    }

    @Test
    void aHundredThousandMembersThroughASinkWithABoundedWindow() {
        // x' = -k x with x(0) = 1 gives x(1) = exp(-k): a closed form for each member
        EnsembleSpec decay = EnsembleSpec.of("x' = -k*x", "0", "1").withParameter("k", null);
        int window = 32;
        Ensemble<Member, MemberResult> e = Ensemble.builder(DoubleMemberRunner.factory(decay)).threads(2).window(window).build();
        long n = 100_000;
        long[] generated = {0};
        long[] maxInFlight = {0};
        double[] worst = {0};
        long[] next = {0};
        EnsembleSummary s = e.run(n, i -> {
            generated[0]++;
            maxInFlight[0] = Math.max(maxInFlight[0], generated[0] - next[0]);
            return new Member(new double[] {1}, new double[] {i * 1e-5});
        }, (i, m, r) -> {
            assertThat(i).isEqualTo(next[0]);
            next[0]++;
            double exact = Math.exp(-m.parameters()[0]);
            worst[0] = Math.max(worst[0], Math.abs(r.state()[0] - exact) / exact);
        });
        assertThat(s.members()).isEqualTo(n);
        assertThat(next[0]).isEqualTo(n);
        assertThat(maxInFlight[0]).isLessThanOrEqualTo(window);
        assertThat(worst[0]).isLessThan(1e-14);
    }

    @Test
    void aBadMemberNamesItsIndex() {
        List<Member> members = new ArrayList<>(lorenzMembers(3, 10));
        members.set(6, Member.of(1, Double.NaN, 3));
        Ensemble<Member, MemberResult> e = Ensemble.builder(DoubleMemberRunner.factory(LORENZ)).threads(2).build();
        assertThatThrownBy(() -> e.collect(members)).isInstanceOf(MemberFailedException.class)
                .hasMessageContaining("ensemble member 6: initial value of y is NaN");
    }

    @Test
    void aMissingParameterIsReportedBeforeIntegrating() {
        EnsembleSpec decay = EnsembleSpec.of("x' = -k*x", "0", "1").withParameter("k", null);
        Ensemble<Member, MemberResult> e = Ensemble.builder(DoubleMemberRunner.factory(decay)).threads(1).build();
        assertThatThrownBy(() -> e.collect(List.of(Member.of(1)))).isInstanceOf(MemberFailedException.class)
                .hasMessageContaining("parameter k has no value");
        assertThatThrownBy(() -> DoubleMemberRunner.factory(EnsembleSpec.of("x' = -x*", "0", "1")))
                .hasMessageContaining("equation 1");
    }

    @Test
    void sampledMembersDependOnlyOnSeedAndIndex() {
        BoxSampler a = new BoxSampler(new double[] {-1, 2}, new double[] {1, 2}, 42);
        BoxSampler b = new BoxSampler(new double[] {-1, 2}, new double[] {1, 2}, 42);
        for (long i = 999; i >= 0; i--) {
            double[] x = a.sample(i);
            assertThat(x).containsExactly(b.sample(i));
            assertThat(x[0]).isBetween(-1.0, 1.0);
            assertThat(x[1]).isEqualTo(2.0);
        }
        assertThat(a.sample(0)).isNotEqualTo(new BoxSampler(new double[] {-1, 2}, new double[] {1, 2}, 43).sample(0));
    }
}
