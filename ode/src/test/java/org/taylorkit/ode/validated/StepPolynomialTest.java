package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * The enclosure over part of a step ({@link StepPolynomial}, box form and the mean-value form over the
 * integrator's recorded set) against a closed form: the rotating limit cycle
 * x' = x(1 − r²) − y, y' = y(1 − r²) + x, r² = x² + y², whose solution in polar coordinates is
 * θ = θ0 + t, r = 1/√(1 + (1/r0² − 1)e^{−2t}) (r' = r(1 − r²) is a Bernoulli equation). The closed
 * form is evaluated in interval arithmetic at sample initial points, so the reference is itself an
 * enclosure; every sampled solution must lie in the enclosure at every sampled elapsed-time interval.
 */
class StepPolynomialTest {

    static final OdeSystem CYCLE = OdeSystem.parse("x' = x*(1 - x^2 - y^2) - y; y' = y*(1 - x^2 - y^2) + x");

    static Interval[] exact(double x0, double y0, Interval t) {
        Interval r0sq = Interval.point(x0).sqr().add(Interval.point(y0).sqr());
        Interval one = Interval.point(1);
        Interval r = one.divide(one.add(one.divide(r0sq).subtract(one).multiply(t.multiply(Interval.point(-2)).exp())).sqrt());
        Interval theta = Interval.point(y0).atan2(Interval.point(x0)).add(t);
        return new Interval[] {r.multiply(theta.cos()), r.multiply(theta.sin())};
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void partialStepEnclosuresContainTheClosedForm(long seed) {
        Gen gen = new Gen(seed);
        double x0 = gen.uniform(0.3, 1.5);
        double y0 = gen.uniform(-0.5, 0.5);
        double rad = gen.uniform(1e-8, 0.02);
        Interval[] box = {Interval.of(x0 - rad, x0 + rad), Interval.of(y0 - rad, y0 + rad)};
        List<LohnerSet.Snapshot> starts = new ArrayList<>();
        ValidatedSolution sol = ValidatedIntegrator.of(CYCLE).integrate(0, box, 3, starts);
        String msg = "x0=" + x0 + " y0=" + y0 + " r=" + rad + " " + sol;
        assertThat(sol.status()).as(msg).isEqualTo(ValidatedSolution.Status.COMPLETED);
        assertThat(starts).as(msg).hasSize(sol.stepCount());
        IntervalTaylorStepper stepper = new IntervalTaylorStepper(CYCLE, ValidatedIntegrator.DEFAULT_ORDER, Map.of());
        double[][] pts = new double[5][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = i < 4 ? new double[] {x0 + ((i & 1) == 0 ? -rad : rad), y0 + ((i & 2) == 0 ? -rad : rad)}
                    : new double[] {gen.uniform(x0 - rad, x0 + rad), gen.uniform(y0 - rad, y0 + rad)};
        }
        double meanValueWidth = 0;
        double boxWidth = 0;
        for (int k = 0; k < sol.stepCount(); k++) {
            ValidatedStep st = sol.steps().get(k);
            Interval[] start = k == 0 ? box : sol.steps().get(k - 1).endEnclosure();
            StepPolynomial withSet = new StepPolynomial(stepper, st.t0(), st.t1(), start, st.stepEnclosure(), starts.get(k));
            StepPolynomial boxOnly = new StepPolynomial(stepper, st.t0(), st.t1(), start, st.stepEnclosure(), null);
            double h = st.t1() - st.t0();
            for (int j = 0; j < 3; j++) {
                double a = gen.uniform(0, h);
                double b = j == 0 ? a : Math.min(h, a + gen.uniform(0, h / 4));
                Interval s = Interval.of(a, b);
                Interval[] e = withSet.enclose(s);
                Interval[] eb = boxOnly.enclose(s);
                meanValueWidth = Math.max(meanValueWidth, IntervalMatrices.maxWidth(e));
                boxWidth = Math.max(boxWidth, IntervalMatrices.maxWidth(eb));
                for (double[] p : pts) {
                    // a point of the time interval: the ends and the middle
                    for (double sigma : new double[] {a, b, 0.5 * (a + b)}) {
                        Interval t = Interval.point(st.t0()).add(Interval.point(sigma));
                        Interval[] ref = exact(p[0], p[1], t);
                        String m = msg + " step " + k + " [" + st.t0() + ", " + st.t1() + "] sigma in " + s + " at " + p[0]
                                + ", " + p[1] + ": " + java.util.Arrays.toString(e) + " vs " + java.util.Arrays.toString(ref);
                        for (int i = 0; i < 2; i++) {
                            assertThat(e[i].contains(ref[i])).as(m).isTrue();
                            assertThat(eb[i].contains(ref[i])).as(m).isTrue();
                        }
                    }
                }
            }
        }
        // the mean-value form is never wider than the box form alone (it is intersected with it)
        assertThat(meanValueWidth).as(msg).isLessThanOrEqualTo(boxWidth);
    }
}
