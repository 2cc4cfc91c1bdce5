package org.taylorkit.ode.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;

/**
 * Counterexamples from single points on the decoupled linear system x' = x, y' = -2y from
 * x ∈ [0.5, 1.5], y ∈ [1, 2] over [0, 1], whose solutions are x0 e^t and y0 e^{-2t} (closed form):
 * the set's enclosure straddles the bounds below, so the set check is unknown, while a corner of the
 * set provably crosses them.
 */
class CounterexampleSearchTest {

    static final OdeSystem SYSTEM = OdeSystem.parse("x' = x; y' = -2*y");
    static final ValidatedIntegrator VI = ValidatedIntegrator.of(SYSTEM).withOrder(12).withMaxStep(1.0 / 200);
    static final Interval[] BOX = {Interval.of(0.5, 1.5), Interval.of(1, 2)};
    static final CounterexampleSearch SEARCH = CounterexampleSearch.of(VI, new boolean[] {true, true}, 8, 10_000);

    static Flowpipe setFlow() {
        return Flowpipe.ofPieces(SYSTEM.variables(), Map.of(), 0, BOX, 1, List.of(VI.integrate(0, BOX, 1)));
    }

    static SafetyProperty property(String text) {
        return SafetyProperty.parse(text, SYSTEM);
    }

    @Test
    void aCornerProvesWhatTheSetLeftUnknown() {
        Flowpipe f = setFlow();
        // max x over the set on [0, 1] is 1.5 e = 4.077..., min 0.5: x < 3 is false from x0 = 1.5 after ln 2
        PropertyCheck set = PropertyCheck.of(property("x < 3"), f);
        assertThat(set.verdict()).isEqualTo(Verdict.UNKNOWN);
        PropertyCheck refined = SEARCH.refine(set, f);
        assertThat(refined.verdict()).as(refined.detail()).isEqualTo(Verdict.VIOLATED);
        assertThat(refined.detail()).startsWith("the solution from x=1.5, y=").contains("x in [", " at t = ",
                "a proved counterexample");

        // the witness, checked by the closed form: from x0 = 1.5 the solution is 1.5 e^t, >= 3 for t >= ln 2
        Counterexample c = null;
        for (Interval[] start : SEARCH.candidates(BOX)) {
            Optional<CounterexampleSearch.Counterexample> found = SEARCH.tryPoint(property("x < 3"), f, start);
            if (found.isPresent()) {
                c = new Counterexample(found.get());
                break;
            }
        }
        assertThat(c).isNotNull();
        assertThat(c.x0.inf()).isGreaterThanOrEqualTo(1.5 - 1e-15);
        assertThat(BOX[0].contains(c.x0)).isTrue();
        assertThat(c.t).isBetween(Math.log(2), 1.0);
        assertThat(c.x0.inf() * Math.exp(c.t)).isGreaterThan(3);
        double exact = 1.5 * Math.exp(c.t);
        assertThat(c.x.inf()).isLessThanOrEqualTo(exact * (1 + 1e-15));
        assertThat(c.x.sup()).isGreaterThanOrEqualTo(exact * (1 - 1e-15));
        assertThat(c.x.inf()).isGreaterThanOrEqualTo(3);
    }

    /** The x parts of a counterexample. */
    record Counterexample(Interval x0, double t, Interval x) {
        Counterexample(CounterexampleSearch.Counterexample c) {
            this(c.start()[0], c.t(), c.enclosure()[0]);
        }
    }

    @Test
    void aWindowIsRespected() {
        Flowpipe f = setFlow();
        // y0 e^{-2t} at t = 0.8: [0.2019, 0.4038] over the set (unknown); from y0 = 1 below 0.3 after ln(1/0.3)/2 = 0.60199
        PropertyCheck set = PropertyCheck.of(property("y > 0.3 on [0.5, 0.8]"), f);
        assertThat(set.verdict()).isEqualTo(Verdict.UNKNOWN);
        PropertyCheck refined = SEARCH.refine(set, f);
        assertThat(refined.verdict()).as(refined.detail()).isEqualTo(Verdict.VIOLATED);
        assertThat(refined.detail()).contains("y=1 ", "y in [");
        // before the crossing time no point can prove it
        PropertyCheck early = SEARCH.refine(PropertyCheck.of(property("y > 0.3 on [0.1, 0.6]"), f), f);
        assertThat(early.verdict()).isNotEqualTo(Verdict.VIOLATED);
    }

    @Test
    void propertiesThatHoldAreNeverViolated() {
        Flowpipe f = setFlow();
        // true extremes over [0, 1]: x in [0.5, 1.5 e = 4.0774], y in [e^{-2} = 0.1353, 2]
        for (String p : List.of("x < 4.2", "x < 4.078", "x > 0.49", "y > 0.135", "y <= 2", "x*y < 3.01 on [0, 0.2]")) {
            PropertyCheck c = SEARCH.refine(PropertyCheck.of(property(p), f), f);
            assertThat(c.verdict()).as(p + ": " + c.detail()).isNotEqualTo(Verdict.VIOLATED);
        }
        PropertyCheck c = SEARCH.refine(PropertyCheck.of(property("x < 4.078"), f), f);
        if (c.verdict() == Verdict.UNKNOWN) {
            assertThat(c.detail()).contains("no counterexample from 5 points of the initial set");
        }
    }

    @Test
    void severalChecksShareThePointRuns() {
        Flowpipe f = setFlow();
        List<PropertyCheck> set = PropertyCheck.all(List.of(property("x < 3"), property("x < 4.2"),
                property("y > 0.3 on [0.5, 0.8]"), property("x < 4.078")), f);
        List<PropertyCheck> refined = SEARCH.refineAll(set, f);
        assertThat(refined).hasSize(4);
        assertThat(refined.get(0).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(refined.get(1)).isEqualTo(set.get(1)); // verified by the set flow: untouched
        assertThat(refined.get(1).verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(refined.get(2).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(refined.get(3).verdict()).isNotEqualTo(Verdict.VIOLATED);
    }

    @Test
    void candidatesLieInTheSetCentreLast() {
        List<Interval[]> two = SEARCH.candidates(BOX);
        assertThat(two).hasSize(5);
        assertThat(two.get(4)).containsExactly(Interval.point(1), Interval.point(1.5));
        assertThat(two.get(0)).containsExactly(Interval.of(0.5, Math.nextUp(0.5)), Interval.of(1, Math.nextUp(1.0)));
        for (Interval[] c : two) {
            assertThat(BOX[0].contains(c[0]) && BOX[1].contains(c[1])).isTrue();
        }
        // a single value (0.1 is no double) is kept whole; the range gets its centre and two corners
        Interval tenth = Interval.fromDecimal("0.1");
        CounterexampleSearch s = CounterexampleSearch.of(VI, new boolean[] {true, false}, 8, 1000);
        List<Interval[]> mixed = s.candidates(new Interval[] {Interval.of(0.5, 1.5), tenth});
        assertThat(mixed).hasSize(3).allSatisfy(c -> assertThat(c[1]).isEqualTo(tenth));
        // seven ranges: the centre and 16 sampled corners, the same every time
        OdeSystem seven = OdeSystem.parse("x1' = 0; x2' = 0; x3' = 0; x4' = 0; x5' = 0; x6' = 0; x7' = 0");
        boolean[] all = new boolean[7];
        java.util.Arrays.fill(all, true);
        Interval[] box7 = new Interval[7];
        java.util.Arrays.fill(box7, Interval.of(-1, 1));
        CounterexampleSearch s7 = CounterexampleSearch.of(ValidatedIntegrator.of(seven), all, 4, 1000);
        List<Interval[]> sampled = s7.candidates(box7);
        assertThat(sampled).hasSize(1 + CounterexampleSearch.MAX_SAMPLED_CORNERS);
        for (Interval[] c : sampled.subList(0, sampled.size() - 1)) {
            assertThat(c).allSatisfy(v -> assertThat(v.wid()).isLessThanOrEqualTo(Math.ulp(1.0)));
        }
        // the all-lower and all-upper corners come first
        assertThat(sampled.get(0)).allSatisfy(v -> assertThat(v.inf()).isEqualTo(-1));
        assertThat(sampled.get(1)).allSatisfy(v -> assertThat(v.sup()).isEqualTo(1));
        List<Interval[]> again = s7.candidates(box7);
        for (int i = 0; i < sampled.size(); i++) {
            assertThat(again.get(i)).containsExactly(sampled.get(i));
        }
    }

    @Test
    void aCandidateOutsideTheSetIsRejected() {
        assertThatThrownBy(() -> SEARCH.tryPoint(property("x < 3"), setFlow(), new Interval[] {Interval.point(1.6), Interval.point(1)}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the initial set");
        assertThatThrownBy(() -> CounterexampleSearch.of(VI, new boolean[] {true}, 8, 1000))
                .hasMessageContaining("1 range flags for 2 state variables");
    }

    @Test
    void theBudgetCapsThePointsRun() {
        Flowpipe f = setFlow();
        CounterexampleSearch one = CounterexampleSearch.of(VI, new boolean[] {true, true}, 1, 10_000);
        // only the first corner (0.5, 1) runs: 0.5 e < 3, so nothing is proved
        PropertyCheck c = one.refine(PropertyCheck.of(property("x < 3"), f), f);
        assertThat(c.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(c.detail()).endsWith("; no counterexample from 1 point of the initial set");
    }

    @Test
    void aPointRunStopsOnceEveryCheckItServesIsDecided() {
        Flowpipe f = setFlow();
        List<PropertyCheck> set = PropertyCheck.all(List.of(property("x < 3"), property("y > 0.3 on [0.5, 0.8]")), f);
        assertThat(set).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNKNOWN));
        CounterexampleSearch.Outcome o = SEARCH.search(set, f);
        assertThat(o.checks()).allSatisfy(c -> assertThat(c.verdict()).as(c.detail()).isEqualTo(Verdict.VIOLATED));
        // corner (0.5, 1): y = e^{-2t} < 0.3 from t = ln(10/3)/2 = 0.602 decides the window check, but
        // 0.5 e^t < 3 keeps x < 3 open, so the run goes on to t = 1
        assertThat(o.runs()).hasSize(2);
        assertThat(o.runs().get(0).reached()).isEqualTo(1.0);
        assertThat(o.runs().get(0).stop()).isNull();
        // corner (1.5, 1): 1.5 e^t >= 3 from t = ln 2 = 0.693; the run stops at the first step end that
        // proves it, one step (1/200) after ln 2 at most, instead of going on to t = 1
        PointRunEnd second = new PointRunEnd(o.runs().get(1));
        assertThat(second.stop).isEqualTo(CounterexampleSearch.ALL_DECIDED);
        assertThat(second.reached).isBetween(Math.log(2), Math.log(2) + 1.0 / 200 + 1e-12);
        // a true property (max x = 1.5 e = 4.0774 < 4.078), handed to the search as unknown, is never
        // decided, so every run goes to its window's end
        List<PropertyCheck> withTrue = List.of(PropertyCheck.of(property("x < 3"), f),
                new PropertyCheck(property("x < 4.078 on [0.2, 1]"), Verdict.UNKNOWN, "as if the set flow were too wide"));
        CounterexampleSearch.Outcome all = SEARCH.search(withTrue, f);
        assertThat(all.checks().get(0).verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(all.checks().get(1).verdict()).isNotEqualTo(Verdict.VIOLATED);
        assertThat(all.runs()).hasSize(5).allSatisfy(r -> assertThat(r.reached()).isEqualTo(1.0));
    }

    private record PointRunEnd(String stop, double reached) {
        PointRunEnd(CounterexampleSearch.PointRun r) {
            this(r.stop(), r.reached());
        }
    }

    @Test
    void theTimeBudgetStopsARunUnderWayAndSaysSo() {
        Flowpipe f = setFlow();
        // no time at all: the first run is started and stopped after its first step (t = 1/200), before
        // any corner could reach x = 3; the check stays unknown and the detail says why
        CounterexampleSearch none = CounterexampleSearch.of(VI, new boolean[] {true, true}, 8, 0);
        CounterexampleSearch.Outcome o = none.search(List.of(PropertyCheck.of(property("x < 3"), f)), f);
        assertThat(o.runs()).hasSize(1);
        assertThat(o.runs().get(0).stop()).isEqualTo(CounterexampleSearch.BUDGET_SPENT);
        // (the budget clock is the thread's CPU time in ns: it has advanced after one step)
        assertThat(o.runs().get(0).reached()).isEqualTo(1.0 / 200);
        PropertyCheck c = o.checks().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(c.detail()).endsWith("; no counterexample from 1 point of the initial set (the 0 ms budget ran out"
                + " during the run from point 1, stopped at t = 0.005)");
        // a violation at the start time needs no step: the initial box is checked before the run
        PropertyCheck atStart = none.refine(PropertyCheck.of(property("x > 0.6"), f), f);
        assertThat(atStart.verdict()).as(atStart.detail()).isEqualTo(Verdict.VIOLATED);
        assertThat(atStart.detail()).contains("at t = 0 ");
    }
}
