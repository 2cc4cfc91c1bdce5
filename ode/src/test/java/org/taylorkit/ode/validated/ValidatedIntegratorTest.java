package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/** Containment of closed-form solutions by the validated integrator (both methods). */
class ValidatedIntegratorTest {

    /** x' = x², x(0) = x0: x(t) = x0/(1 − x0 t), in BigDecimal at 50 digits. */
    static BigDecimal riccati(double x0, double t) {
        BigDecimal a = Exact.of(x0);
        return a.divide(BigDecimal.ONE.subtract(a.multiply(Exact.of(t))), Exact.MC);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Method.class)
    void riccatiFromABoxContainsEveryImageAtTheEndAndOverEachStep(Method method) {
        double lo = 0.4;
        double hi = 0.5;
        double tEnd = 1.5; // blow-up at t = 1/x0 ≥ 2
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = x^2")).withMethod(method)
                .integrate(0, new Interval[] {Interval.of(lo, hi)}, tEnd);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        assertThat(s.t()).isEqualTo(tEnd);
        assertThat(s.reason()).isNull();
        SplittableRandom rnd = new SplittableRandom(7);
        double[] samples = new double[22];
        samples[0] = lo;
        samples[1] = hi;
        for (int i = 2; i < samples.length; i++) {
            samples[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        for (double x0 : samples) {
            Exact.assertContains(s.enclosure()[0], riccati(x0, tEnd), method + " end, x0=" + x0);
        }
        // exact images of the endpoints bound the image of the box: the width is at least theirs
        assertThat(s.width()).isGreaterThanOrEqualTo(riccati(hi, tEnd).subtract(riccati(lo, tEnd)).doubleValue() * 0.999);
        // true width 1; the mean-value form overestimates a wide box (derivative 6.25..16 over it),
        // the direct interval evaluation is nearly tight for this monotone problem
        assertThat(s.width()).isLessThan(method == Method.LOHNER_QR ? 2 : 1.001);
        for (ValidatedStep step : s.steps()) {
            for (double x0 : samples) {
                Exact.assertContains(step.endEnclosure()[0], riccati(x0, step.t1()), "end of step at " + step.t1());
                for (int j = 0; j <= 4; j++) {
                    double t = step.t0() + (step.t1() - step.t0()) * j / 4;
                    Exact.assertContains(step.stepEnclosure()[0], riccati(x0, t), "step [" + step.t0() + ", " + step.t1()
                            + "] at t=" + t + ", x0=" + x0);
                }
            }
        }
    }

    /** Low orders make the Lagrange remainder and the Jacobian remainder dominant: containment must still hold. */
    @ParameterizedTest(name = "order {0}")
    @ValueSource(ints = {2, 3, 5})
    void lowOrdersStillContainTheExactSolution(int order) {
        for (Method method : Method.values()) {
            ValidatedSolution r = ValidatedIntegrator.of(OdeSystem.parse("x' = x^2")).withOrder(order).withMethod(method)
                    .integrate(0, new Interval[] {Interval.of(0.4, 0.5)}, 1);
            assertThat(r.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
            for (double x0 : new double[] {0.4, 0.45, 0.5}) {
                Exact.assertContains(r.enclosure()[0], riccati(x0, 1), method + " order " + order + " x0=" + x0);
                for (ValidatedStep step : r.steps()) {
                    Exact.assertContains(step.endEnclosure()[0], riccati(x0, step.t1()), method + " step end " + step.t1());
                    double tm = 0.5 * (step.t0() + step.t1());
                    Exact.assertContains(step.stepEnclosure()[0], riccati(x0, tm), method + " step mid " + tm);
                }
            }
            ValidatedSolution rot = ValidatedIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withOrder(order)
                    .withMethod(method).integrate(0, new Interval[] {Interval.of(0.99, 1.01), Interval.point(0)}, 2);
            assertThat(rot.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
            BigDecimal c = Exact.cos(Exact.of(2.0));
            BigDecimal s = Exact.sin(Exact.of(2.0));
            for (double x0 : new double[] {0.99, 1, 1.01}) {
                Exact.assertContains(rot.enclosure()[0], Exact.of(x0).multiply(c), method + " rotation x, order " + order);
                Exact.assertContains(rot.enclosure()[1], Exact.of(x0).multiply(s).negate(), method + " rotation y, order " + order);
            }
        }
    }

    @Test
    void riccatiBlowUpStopsWithAReasonAndAContainingEnclosure() {
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = x*x")).integrate(0,
                new Interval[] {Interval.point(1)}, 2);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.FAILED);
        assertThat(s.reason()).contains("step size underflow");
        assertThat(s.t()).isLessThan(1).isGreaterThan(0.9);
        Exact.assertContains(s.enclosure()[0], riccati(1, s.t()), "blow-up stop");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Method.class)
    void decayFromABoxContainsTheExactImages(Method method) {
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = -x")).withMethod(method)
                .integrate(0, new Interval[] {Interval.of(1, 2)}, 3);
        BigDecimal e3 = Exact.exp(Exact.of(-3));
        Exact.assertContains(s.enclosure()[0], e3, "x0=1");
        Exact.assertContains(s.enclosure()[0], e3.multiply(BigDecimal.valueOf(2)), "x0=2");
        // Lohner: nearly the true width e^{−3}; the naive box loses the dependency x − h·x + …
        // and its width grows like e^{+3} instead
        assertThat(s.width()).isLessThan(method == Method.LOHNER_QR ? e3.doubleValue() * 1.0001 : 21);
    }

    @Test
    void intervalParameterEnclosesTheWholeFamily() {
        // x' = −k x, k ∈ [0.9, 1.1], x(0) = 1: x(2) = e^{−2k}
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = -k*x", Set.of("k")))
                .withParameter("k", Interval.of(0.9, 1.1)).integrate(0, new Interval[] {Interval.point(1)}, 2);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        for (double k : new double[] {0.9, 0.95, 1, 1.05, 1.1}) {
            Exact.assertContains(s.enclosure()[0], Exact.exp(Exact.of(-2 * k)), "k=" + k);
        }
    }

    @Test
    void decimalParameterIsAnEnclosureNotARoundedDouble() {
        // x' = −k x with k = 0.1 exactly (tightest enclosure of 1/10): x(10) = e^{−1}
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = -k*x", Set.of("k")))
                .withParameter("k", Interval.fromDecimal("0.1")).integrate(0, new Interval[] {Interval.point(1)}, 10);
        Exact.assertContains(s.enclosure()[0], Exact.exp(BigDecimal.ONE.negate()), "e^-1");
        assertThat(s.width()).isLessThan(1e-13);
    }

    @Test
    void timeDependentRightHandSideUsesTheTimeInterval() {
        // x' = −2 t x, x(0) = x0: x(t) = x0 e^{−t²}
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = -2*t*x"))
                .integrate(0, new Interval[] {Interval.of(0.5, 1)}, 2);
        BigDecimal e4 = Exact.exp(BigDecimal.valueOf(-4));
        Exact.assertContains(s.enclosure()[0], e4, "x0=1");
        Exact.assertContains(s.enclosure()[0], e4.divide(BigDecimal.valueOf(2)), "x0=0.5");
        for (ValidatedStep step : s.steps()) {
            for (int j = 0; j <= 4; j++) {
                BigDecimal t = Exact.of(step.t0()).add(Exact.of(step.t1()).subtract(Exact.of(step.t0())).multiply(BigDecimal.valueOf(j * 0.25)));
                BigDecimal v = Exact.exp(t.multiply(t).negate());
                Exact.assertContains(step.stepEnclosure()[0], v, "step at t=" + t);
            }
        }
    }

    @ParameterizedTest(name = "t={0}")
    @ValueSource(doubles = {1, 6, 20})
    void rotationFromAPointContainsCosAndSin(double tEnd) {
        // x' = y, y' = −x, (x, y)(0) = (1, 0): (cos t, −sin t)
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = y; y' = -x"))
                .integrate(0, new Interval[] {Interval.point(1), Interval.point(0)}, tEnd);
        Exact.assertContains(s.enclosure()[0], Exact.cos(Exact.of(tEnd)), "cos");
        Exact.assertContains(s.enclosure()[1], Exact.sin(Exact.of(tEnd)).negate(), "-sin");
        assertThat(s.width()).isLessThan(1e-12);
    }

    @Test
    void linearSystemWithDistinctRatesFromABox() {
        // x' = −x + y, y' = −2y: y = y0 e^{−2t}, x = (x0 + y0) e^{−t} − y0 e^{−2t}
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = -x + y; y' = -2*y"))
                .integrate(0, new Interval[] {Interval.of(0.9, 1.1), Interval.of(-0.1, 0.1)}, 1.5);
        BigDecimal e1 = Exact.exp(Exact.of(-1.5));
        BigDecimal e2 = Exact.exp(Exact.of(-3.0));
        for (double x0 : new double[] {0.9, 1, 1.1}) {
            for (double y0 : new double[] {-0.1, 0, 0.1}) {
                BigDecimal y = Exact.of(y0).multiply(e2);
                BigDecimal x = Exact.of(x0).add(Exact.of(y0)).multiply(e1).subtract(y);
                Exact.assertContains(s.enclosure()[0], x, "x, x0=" + x0 + ", y0=" + y0);
                Exact.assertContains(s.enclosure()[1], y, "y, x0=" + x0 + ", y0=" + y0);
            }
        }
    }

    @Test
    void domainViolationIsAFailureNotAClaim() {
        // x' = √x − 2 from x0 = 0.01 reaches 0 at t < 0.01 and then has no solution: the validated
        // integrator must not claim one over [0, 1].
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = sqrt(x) - 2"))
                .integrate(0, new Interval[] {Interval.point(0.01)}, 1);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.FAILED);
        assertThat(s.t()).isLessThan(0.01);
    }

    @Test
    void stepLimitIsReported() {
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withMaxSteps(2).withMaxStep(0.1)
                .integrate(0, new Interval[] {Interval.point(1), Interval.point(0)}, 10);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.FAILED);
        assertThat(s.stepCount()).isEqualTo(2);
        assertThat(s.reason()).contains("step limit 2");
        assertThat(s.t()).isEqualTo(s.steps().get(1).t1());
    }

    @Test
    void badInputsAreRejectedWithClearMessages() {
        ValidatedIntegrator vi = ValidatedIntegrator.of(OdeSystem.parse("x' = -k*x", Set.of("k")));
        assertThatThrownBy(() -> vi.integrate(0, new Interval[] {Interval.point(1)}, 1)).hasMessageContaining("parameter 'k'");
        ValidatedIntegrator ok = vi.withParameter("k", Interval.point(1));
        assertThatThrownBy(() -> ok.integrate(0, new Interval[] {Interval.point(1), Interval.point(2)}, 1))
                .hasMessageContaining("2 components");
        assertThatThrownBy(() -> ok.integrate(1, new Interval[] {Interval.point(1)}, 0)).hasMessageContaining("t0 ≤ t1");
        assertThatThrownBy(() -> ok.integrate(0, new Interval[] {Interval.entire()}, 1)).hasMessageContaining("bounded");
        assertThatThrownBy(() -> vi.withParameter("q", Interval.point(1))).hasMessageContaining("no parameter 'q'");
        assertThatThrownBy(() -> vi.withOrder(1)).hasMessageContaining("between 2 and 60");
        ValidatedSolution zero = ok.integrate(2, new Interval[] {Interval.of(1, 2)}, 2);
        assertThat(zero.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        assertThat(zero.stepCount()).isZero();
        assertThat(zero.enclosure()[0]).isEqualTo(Interval.of(1, 2));
    }

    @Test
    void aDomainErrorNamesTheSetNotOnlyItsCentre() {
        // log is undefined on part of [-1, 1]; the centre 0 is the worst point but the whole set is at fault
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse("x' = log(x)"))
                .integrate(0, new Interval[] {Interval.of(-1, 1)}, 1);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.FAILED);
        assertThat(s.reason()).contains("domain error").contains("over the set [[-1.0, 1.0]]").contains("log of [-1.0, 1.0]");
    }
}
