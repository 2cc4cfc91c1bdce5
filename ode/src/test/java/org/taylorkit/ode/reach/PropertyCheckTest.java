package org.taylorkit.ode.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.validated.ValidatedSolution.Status;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * Checks over hand-built flowpipes of one variable y (each step: its time interval, the enclosure
 * over it and the enclosure at its end), where the right verdict is clear by inspection.
 */
class PropertyCheckTest {

    static final List<String> Y = List.of("y");

    static ValidatedStep step(double t0, double t1, double lo, double hi, double endLo, double endHi) {
        return new ValidatedStep(t0, t1, 10, new Interval[] {Interval.of(lo, hi)}, new Interval[] {Interval.of(endLo, endHi)});
    }

    /** y rises from [0, 0.5] by 1 per unit of time over [0, 2], completed. */
    static Flowpipe rising() {
        return Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(0, 0.5)}, 2, 2, Status.COMPLETED, null,
                List.of(List.of(step(0, 1, 0, 1.5, 1, 1.5), step(1, 2, 1, 2.5, 2, 2.5))));
    }

    static Verdict check(String property, Flowpipe f) {
        return PropertyCheck.of(SafetyProperty.parse(property, f.variables(), f.parameters().keySet()), f).verdict();
    }

    @Test
    void verifiedWhenEveryStepEnclosureSatisfiesIt() {
        PropertyCheck c = PropertyCheck.of(SafetyProperty.parse("y < 2.75", Y, Set.of()), rising());
        assertThat(c.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(c.detail()).contains("all 2 step enclosures");
        assertThat(check("y <= 2.5", rising())).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y >= 0", rising())).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y > 0", rising())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void violatedOnlyByAnEndEnclosure() {
        // at t = 2 every solution is in [2, 2.5]: y < 2 fails for all of them
        PropertyCheck c = PropertyCheck.of(SafetyProperty.parse("y < 2", Y, Set.of()), rising());
        assertThat(c.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(c.detail()).contains("at t = 2");
        // the initial set [0, 0.5] violates y > 1 at t = 0
        assertThat(check("y > 1", rising())).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void aStepEnclosureProvesAViolationOnlyWhenItLiesWhollyOnTheWrongSide() {
        // the step box over [0, 1] is [2.5, 5]: every solution stays in it during the step. It meets both
        // sides of y < 3 (a moving set's box has corners no solution visits), so that stays unknown;
        // it lies wholly above 2, so at every time of [0.5, 0.9] every solution has y ≥ 2.5: y < 2 violated
        Flowpipe f = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(3, 4)}, 1, 1, Status.COMPLETED, null,
                List.of(List.of(step(0, 1, 2.5, 5, 2.5, 5))));
        assertThat(check("y < 3 on [0.5, 0.9]", f)).isEqualTo(Verdict.UNKNOWN);
        PropertyCheck inside = PropertyCheck.of(SafetyProperty.parse("y < 2 on [0.5, 0.9]", Y, Set.of()), f);
        assertThat(inside.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(inside.detail()).contains("over [0.5, 0.9]").contains("step box");
        // a time-dependent property is evaluated with t over the window's part of the step only:
        // y < 2 + 3t fails on the whole box for t ≤ 0.16 (2 + 3t < 2.5), not for t in [0.5, 0.9]
        assertThat(check("y < 2 + 3*t on [0.5, 0.9]", f)).isEqualTo(Verdict.UNKNOWN);
        assertThat(check("y < 2 + 3*t on [0, 0.1]", f)).isEqualTo(Verdict.VIOLATED);
        // with t = 1 inside the window the end box [2.5, 5] violates y < 2, reported at that instant
        PropertyCheck end = PropertyCheck.of(SafetyProperty.parse("y < 2 on [0.5, 1]", Y, Set.of()), f);
        assertThat(end.verdict()).isEqualTo(Verdict.VIOLATED);
        assertThat(end.detail()).contains("at t = 1");
    }

    @Test
    void windowsSelectTheSteps() {
        // y < 1.6 holds on [0, 1] (step 1 is within [0, 1.5]) but not on step 2
        assertThat(check("y < 1.6 on [0, 0.5]", rising())).isEqualTo(Verdict.VERIFIED);
        // t = 1 is shared by both steps: step 2 reaches 2.5, so not proved
        assertThat(check("y < 1.6 on [0, 1]", rising())).isEqualTo(Verdict.UNKNOWN);
        // on [1.5, 2] only step 2 (box [1, 2.5]) meets the window
        assertThat(check("y >= 1 on [1.5, 2]", rising())).isEqualTo(Verdict.VERIFIED);
        // the violation at t = 2 is outside the window [0, 1.5]
        assertThat(check("y < 2 on [0, 1.5]", rising())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void anInstantAtAStepsEndIsCheckedOnTheEndEnclosure() {
        // at t = 2 every solution is in the end box [2, 2.5]; the step box over [1, 2] reaches down to 1
        assertThat(check("y >= 2 on [2, 2]", rising())).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y >= 2 on [1.5, 2]", rising())).isEqualTo(Verdict.UNKNOWN);
        // t = 1 is the end of step 1 (end box [1, 1.5]) and the start of step 2 (step box [1, 2.5])
        assertThat(check("y <= 1.5 on [1, 1]", rising())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void aCounterexampleMustBeInsideTheNarrowestWindow() {
        double tenth = 0.1; // the double 0.1 is slightly above 1/10
        double below = Math.nextDown(tenth); // below 1/10
        Flowpipe f = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(0, 0)}, 1, 1, Status.COMPLETED, null,
                List.of(List.of(step(0, below, 0, 5, 5, 5), step(below, 1, 0, 5, 0, 0))));
        // the end box at t = nextDown(0.1) < 1/10 violates y < 1, but that time is before the window
        assertThat(check("y < 1 on [0.1, 1]", f)).isEqualTo(Verdict.UNKNOWN);
        assertThat(check("y < 1 on [0.09, 1]", f)).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void aFailedIntegrationCannotVerifyBeyondWhereItStopped() {
        Flowpipe failed = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(0, 0.5)}, 7, 1, Status.FAILED,
                "step size underflow", List.of(List.of(step(0, 1, 0, 1.5, 1, 1.5))));
        PropertyCheck c = PropertyCheck.of(SafetyProperty.parse("y < 2.75", Y, Set.of()), failed);
        assertThat(c.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(c.detail()).contains("stops at t = 1").contains("step size underflow");
        assertThat(check("y < 2.75 on [0, 1]", failed)).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y < 2.75 on [0, 1.5]", failed)).isEqualTo(Verdict.UNKNOWN);
        // a counterexample before the stop still counts
        assertThat(check("y < 1", failed)).isEqualTo(Verdict.VIOLATED);
    }

    @Test
    void windowsOutsideTheIntegrationAreNotCovered() {
        assertThat(PropertyCheck.of(SafetyProperty.parse("y < 9 on [1, 3]", Y, Set.of()), rising()).detail())
                .contains("ends after the end time 2");
        assertThat(PropertyCheck.of(SafetyProperty.parse("y < 9 on [-1, 1]", Y, Set.of()), rising()).detail())
                .contains("starts before the initial time 0");
        Flowpipe gap = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(0, 0.5)}, 2, 2, Status.COMPLETED, null,
                List.of(List.of(step(0, 1, 0, 1.5, 1, 1.5), step(1.5, 2, 1, 2.5, 2, 2.5))));
        assertThat(PropertyCheck.of(SafetyProperty.parse("y < 9", Y, Set.of()), gap).detail()).contains("gap");
    }

    @Test
    void everyPieceCounts() {
        Flowpipe two = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(0, 1)}, 1, 1, Status.COMPLETED, null,
                List.of(List.of(step(0, 1, 0, 0.5, 0.4, 0.5)), List.of(step(0, 1, 0.5, 3, 2.5, 3))));
        assertThat(check("y < 1", two)).isEqualTo(Verdict.VIOLATED);
        assertThat(PropertyCheck.of(SafetyProperty.parse("y < 2.9", Y, Set.of()), two).detail()).contains("piece 2");
        assertThat(check("y < 3.5", two)).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void timeAndParametersAreIntervals() {
        Flowpipe withK = Flowpipe.ofSteps(Y, Map.of("k", Interval.of(2.6, 2.7)), 0, new Interval[] {Interval.of(0, 0.5)},
                2, 2, Status.COMPLETED, null, List.of(rising().steps(0)));
        assertThat(check("y < k", withK)).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y < k - 0.2", withK)).isEqualTo(Verdict.UNKNOWN);
        // step 1: y - 1.6 - t over y ∈ [0, 1.5], t ∈ [0, 1] is in [-2.6, -0.1]; step 2 (y ∈ [1, 2.5], t ∈ [1, 2]) too
        assertThat(check("y < 1.6 + t", rising())).isEqualTo(Verdict.VERIFIED);
        assertThat(check("y < 1.4 + t", rising())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void partsOfTheBoxWhereThePropertyIsUndefinedAreNotProved() {
        Flowpipe f = Flowpipe.ofSteps(Y, Map.of(), 0, new Interval[] {Interval.of(-1, 4)}, 1, 1, Status.COMPLETED, null,
                List.of(List.of(step(0, 1, -1, 4, -1, 4))));
        // set-based sqrt over [-1, 4] is [0, 2]: it must not "prove" sqrt(y) < 3 where sqrt(y) means nothing
        PropertyCheck c = PropertyCheck.of(SafetyProperty.parse("sqrt(y) < 3", Y, Set.of()), f);
        assertThat(c.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(c.detail()).contains("not proved defined");
        assertThat(check("sqrt(y + 2) < 3", f)).isEqualTo(Verdict.VERIFIED);
    }
}
