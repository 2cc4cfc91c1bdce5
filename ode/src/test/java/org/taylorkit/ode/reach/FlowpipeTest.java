package org.taylorkit.ode.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;
import org.taylorkit.ode.validated.ValidatedSolution.Status;

/** Flowpipes from real validated runs: hull queries, coverage, CSV, and property checks against closed forms. */
class FlowpipeTest {

    static final OdeSystem DECAY = OdeSystem.parse("x' = -x");

    /** x' = -x from [0.9, 1.1] to t = 2: x(t) = x0 e^{-t}. */
    static Flowpipe decay(double end) {
        Interval[] box = {Interval.of(0.9, 1.1)};
        ValidatedSolution s = ValidatedIntegrator.of(DECAY).withOrder(12).withMaxStep(0.05).integrate(0, box, end);
        return Flowpipe.ofPieces(DECAY.variables(), Map.of(), 0, box, end, List.of(s));
    }

    @Test
    void hullAndEnclosureAtContainTheExactSolutions() {
        Flowpipe f = decay(2);
        assertThat(f.status()).isEqualTo(Status.COMPLETED);
        assertThat(f.t()).isEqualTo(2.0);
        assertThat(f.pieceCount()).isEqualTo(1);
        assertThat(f.covers(0, 2)).isTrue();
        assertThat(f.covers(0, 2.5)).isFalse();
        Interval[] h = f.hull(1, 1.5);
        // every x0 e^{-t} for x0 ∈ [0.9, 1.1], t ∈ [1, 1.5]: from 0.9 e^{-1.5} to 1.1 e^{-1}
        // (steps are at most 0.05 long, so the hull reaches at most one step outside the window)
        assertThat(h[0].inf()).isLessThanOrEqualTo(0.9 * Math.exp(-1.5)).isGreaterThan(0.9 * Math.exp(-1.55) - 1e-3);
        assertThat(h[0].sup()).isGreaterThanOrEqualTo(1.1 * Math.exp(-1)).isLessThan(1.1 * Math.exp(-0.95) + 1e-3);
        Interval[] at2 = f.enclosureAt(2);
        assertThat(at2[0].contains(0.9 * Math.exp(-2))).isTrue();
        assertThat(at2[0].contains(1.1 * Math.exp(-2))).isTrue();
        assertThat(at2[0].wid()).isLessThan(0.2 * Math.exp(-2) + 1e-9);
        assertThat(f.enclosureAt(0)[0]).isEqualTo(Interval.of(0.9, 1.1));
        assertThat(f.hull(3, 4)).isNull();
        assertThatThrownBy(() -> f.enclosureAt(3)).hasMessageContaining("no step containing t=3");
    }

    @Test
    void csvWritesStepsThatSplitPiecesShareOnceNamingEveryPiece() throws Exception {
        OdeSystem cubic = OdeSystem.parse("x' = -x^3");
        Interval[] box = {Interval.of(0.1, 0.9)};
        org.taylorkit.ode.validated.tm.SetFlowSolution s = org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator.of(cubic)
                .withMaxPieces(16).integrate(0, box, 3);
        Flowpipe f = Flowpipe.of(cubic.variables(), Map.of(), 0, box, 3, s.t(), s.status(), s.reason(), s.pieces());
        assertThat(f.pieceCount()).isGreaterThan(1);
        StringWriter w = new StringWriter();
        FlowpipeCsv.write(f, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(1 + FlowpipeCsv.rowCount(f));
        // one row per distinct step: fewer rows than steps over the pieces, the first step shared by all
        assertThat(FlowpipeCsv.rowCount(f)).isEqualTo(s.stepCount()).isLessThan(f.stepCount());
        assertThat(lines[1]).startsWith("1-" + f.pieceCount() + ",0,");
        // every piece's steps appear exactly once among the rows naming it, in time order
        for (int i = 1; i <= f.pieceCount(); i++) {
            List<String> mine = new java.util.ArrayList<>();
            for (int r = 1; r < lines.length; r++) {
                if (names(lines[r].split(",")[0], i)) {
                    mine.add(lines[r]);
                }
            }
            assertThat(mine).hasSize(f.steps(i - 1).size());
            for (int k = 0; k < mine.size(); k++) {
                var step = f.steps(i - 1).get(k);
                String[] c = mine.get(k).split(",");
                assertThat(new BigDecimal(c[1])).isLessThanOrEqualTo(new BigDecimal(step.t0()));
                assertThat(new BigDecimal(c[3])).isLessThanOrEqualTo(new BigDecimal(step.stepEnclosure()[0].inf()));
                assertThat(new BigDecimal(c[4])).isGreaterThanOrEqualTo(new BigDecimal(step.stepEnclosure()[0].sup()));
            }
        }
    }

    /** Whether the CSV piece column {@code label} ("3", "1-4", "1-2;5") names piece {@code i}. */
    private static boolean names(String label, int i) {
        for (String part : label.split(";")) {
            String[] ends = part.split("-");
            int a = Integer.parseInt(ends[0]);
            int b = ends.length > 1 ? Integer.parseInt(ends[1]) : a;
            if (a <= i && i <= b) {
                return true;
            }
        }
        return false;
    }

    @Test
    void csvHasOneRowPerStepWithOutwardBounds() throws Exception {
        Flowpipe f = decay(1);
        StringWriter w = new StringWriter();
        FlowpipeCsv.write(f, w);
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo("piece,t_lo,t_hi,x_lo,x_hi");
        assertThat(lines).hasSize(1 + f.stepCount());
        assertThat(lines[1]).startsWith("1,0,");
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            assertThat(c).hasSize(5);
            var step = f.steps(0).get(i - 1);
            // the printed decimals enclose the binary bounds
            assertThat(new BigDecimal(c[3])).isLessThanOrEqualTo(new BigDecimal(step.stepEnclosure()[0].inf()));
            assertThat(new BigDecimal(c[4])).isGreaterThanOrEqualTo(new BigDecimal(step.stepEnclosure()[0].sup()));
            assertThat(new BigDecimal(c[1])).isLessThanOrEqualTo(new BigDecimal(step.t0()));
            assertThat(new BigDecimal(c[2])).isGreaterThanOrEqualTo(new BigDecimal(step.t1()));
        }
        assertThat(lines[lines.length - 1].split(",")[2]).isEqualTo("1");
        assertThat(FlowpipeCsv.header(List.of("x", "y"))).isEqualTo("piece,t_lo,t_hi,x_lo,x_hi,y_lo,y_hi");
    }

    @Test
    void outwardDecimalsAreBounds() {
        assertThat(OutwardDecimal.lower(0.1)).isEqualTo("0.1");
        assertThat(OutwardDecimal.upper(0.1)).isEqualTo("0.10000000000000001");
        assertThat(new BigDecimal(OutwardDecimal.lower(-1.0 / 3))).isLessThanOrEqualTo(new BigDecimal(-1.0 / 3));
        assertThat(new BigDecimal(OutwardDecimal.upper(-1.0 / 3))).isGreaterThanOrEqualTo(new BigDecimal(-1.0 / 3));
        assertThat(OutwardDecimal.lower(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        // the double 1e-300 is 1.00000000000000002...e-300: rounded up it shows its excess
        assertThat(OutwardDecimal.upper(1e-300)).isEqualTo("1.0000000000000001E-300");
        assertThat(OutwardDecimal.lower(1e-300)).isEqualTo("1E-300");
    }

    @Test
    void piecesCombine() {
        Interval[] left = {Interval.of(0.9, 1.0)};
        Interval[] right = {Interval.of(1.0, 1.1)};
        ValidatedIntegrator vi = ValidatedIntegrator.of(DECAY).withOrder(12);
        Flowpipe f = Flowpipe.ofPieces(DECAY.variables(), Map.of(), 0, new Interval[] {Interval.of(0.9, 1.1)}, 2,
                List.of(vi.integrate(0, left, 2), vi.integrate(0, right, 2)));
        assertThat(f.pieceCount()).isEqualTo(2);
        Interval at2 = f.enclosureAt(2)[0];
        assertThat(at2.contains(0.9 * Math.exp(-2)) && at2.contains(1.1 * Math.exp(-2))).isTrue();
        // a failing piece makes the whole flowpipe failed, with its number
        ValidatedSolution stopped = ValidatedIntegrator.of(DECAY).withMaxSteps(1).withOrder(4).integrate(0, right, 2);
        assertThat(stopped.status()).isEqualTo(Status.FAILED);
        Flowpipe g = Flowpipe.ofPieces(DECAY.variables(), Map.of(), 0, new Interval[] {Interval.of(0.9, 1.1)}, 2,
                List.of(vi.integrate(0, left, 2), stopped));
        assertThat(g.status()).isEqualTo(Status.FAILED);
        assertThat(g.reason()).startsWith("piece 2 of 2: ");
        assertThat(g.t()).isEqualTo(stopped.t());
    }

    /**
     * {@code x < c on [a, b]} for x' = -x from [0.9, 1.1]: the largest value over the window is
     * 1.1 e^{-a}, so a verdict of verified needs c > 1.1 e^{-a} and violated needs c ≤ 1.1 e^{-b'}
     * for some step end b' in the window (at most 1.1 e^{-a}); close to the threshold either may be
     * unknown, far from it the verdict must be decided.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void verdictsAgreeWithTheClosedForm(long seed) {
        Gen g = new Gen(seed);
        Flowpipe f = decay(2);
        double a = g.uniform(0, 1.5);
        double b = g.uniform(a, 2);
        double c = g.uniform(0.1, 1.3);
        String text = String.format(java.util.Locale.ROOT, "x < %.6f on [%.6f, %.6f]", c, a, b);
        SafetyProperty p = SafetyProperty.parse(text, DECAY.variables(), Set.of());
        Verdict v = PropertyCheck.of(p, f).verdict();
        double max = 1.1 * Math.exp(-Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f", a)));
        double cc = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f", c));
        String what = g + ": " + text + " (largest x over the window " + max + ") gave " + v;
        if (v == Verdict.VERIFIED) {
            assertThat(cc).as(what).isGreaterThan(max);
        }
        if (v == Verdict.VIOLATED) {
            assertThat(cc).as(what).isLessThanOrEqualTo(max);
        }
        if (cc > max * 1.3) {
            assertThat(v).as(what).isEqualTo(Verdict.VERIFIED);
        }
        // violation needs a step end inside the window where even 0.9 e^{-t} is ≥ c
        if (cc < 0.9 * Math.exp(-b) * 0.9 && b - a > 0.5) {
            assertThat(v).as(what).isEqualTo(Verdict.VIOLATED);
        }
    }
}
