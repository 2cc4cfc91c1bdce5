package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/** Moore's rotation example (wrapping effect) and Lorenz against a 40-digit Apfloat reference. */
class WrappingAndLorenzTest {

    static final double EPS = 1e-3;
    static final double PERIOD = 2 * Math.PI; // the double nearest 2π; the exact rotation angle used below

    static ValidatedSolution rotation(Method method) {
        return ValidatedIntegrator.of(OdeSystem.parse("x' = y; y' = -x")).withMethod(method)
                .integrate(0, new Interval[] {Interval.of(-EPS, EPS), Interval.of(-EPS, EPS)}, PERIOD);
    }

    @Test
    void mooreRotationLohnerStaysNearTheInitialBoxNaiveGrowsByAboutEToTheTwoPi() {
        ValidatedSolution lohner = rotation(Method.LOHNER_QR);
        ValidatedSolution naive = rotation(Method.NAIVE_BOX);
        assertThat(lohner.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        assertThat(naive.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        // the true set after one period is the initial square (width 2ε) turned by 2π − PERIOD ≈ 2e-16
        BigDecimal c = Exact.cos(Exact.of(PERIOD));
        BigDecimal s = Exact.sin(Exact.of(PERIOD));
        for (double x0 : new double[] {-EPS, 0, EPS}) {
            for (double y0 : new double[] {-EPS, 0, EPS}) {
                // (x, y)(t) = (x0 cos t + y0 sin t, −x0 sin t + y0 cos t)
                BigDecimal x = Exact.of(x0).multiply(c).add(Exact.of(y0).multiply(s));
                BigDecimal y = Exact.of(y0).multiply(c).subtract(Exact.of(x0).multiply(s));
                for (ValidatedSolution sol : new ValidatedSolution[] {lohner, naive}) {
                    Exact.assertContains(sol.enclosure()[0], x, "x from (" + x0 + ", " + y0 + ") " + sol);
                    Exact.assertContains(sol.enclosure()[1], y, "y from (" + x0 + ", " + y0 + ") " + sol);
                }
            }
        }
        assertThat(lohner.width()).as("Lohner width %s", lohner.width()).isLessThan(3 * EPS);
        // naive box: the wrapping effect multiplies the width by about e^{2π} ≈ 535
        double growth = naive.width() / (2 * EPS);
        assertThat(growth).as("naive growth").isGreaterThan(300);
        assertThat(naive.width()).isGreaterThan(100 * lohner.width());
    }

    static OdeSystem lorenz() {
        return ValidatedQualityReport.lorenz();
    }

    /**
     * Lorenz (σ = 10, ρ = 28, β = 8/3) from (15, 15, 36) at T = 1: the validated enclosure
     * contains the state computed by the Apfloat Taylor integrator at 40 digits with tolerance 1e-35
     * (an independent high-precision reference: different arithmetic, step control and no intervals).
     */
    @Test
    void lorenzFromAPointContainsTheHighPrecisionReference() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        FieldTaylorIntegrator<Apfloat> ref = FieldTaylorIntegrator.builder(lorenz(), ar).tolerance(1e-35)
                .parameter("sigma", ar.fromDecimal("10")).parameter("rho", ar.fromDecimal("28"))
                .parameter("beta", ar.divide(ar.fromDecimal("8"), ar.fromDecimal("3"))).build();
        ValidatedIntegrator vi = ValidatedQualityReport.lorenzIntegrator();
        Interval[] box = {Interval.point(15), Interval.point(15), Interval.point(36)};
        for (int tEnd : new int[] {1}) {
            FieldOdeSolution<Apfloat> r = ref.integrate(ar.zero(), new Apfloat[] {new Apfloat(15), new Apfloat(15),
                new Apfloat(36)}, ar.fromDecimal(Integer.toString(tEnd)));
            assertThat(r.status()).isEqualTo(StopReason.COMPLETED);
            ValidatedSolution s = vi.integrate(0, box, tEnd);
            assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
            for (int i = 0; i < 3; i++) {
                Exact.assertContains(s.enclosure()[i], new BigDecimal(r.state(i).toString(true)),
                        "Lorenz T=" + tEnd + " component " + i);
            }
            assertThat(s.width()).isLessThan(tEnd == 1 ? 1e-10 : 1e-9);
        }
    }

    /**
     * A box of radius 1e-6 around (15, 15, 36): the enclosure at T = 1 (width about 1e-4) contains
     * the images of two opposite corners computed with the Apfloat integrator at 30 digits, tolerance
     * 1e-25 (ample against the width; cheaper than 40 digits).
     */
    @Test
    void lorenzFromABoxContainsReferenceImagesOfCorners() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(30);
        FieldTaylorIntegrator<Apfloat> ref = FieldTaylorIntegrator.builder(lorenz(), ar).tolerance(1e-25)
                .parameter("sigma", ar.fromDecimal("10")).parameter("rho", ar.fromDecimal("28"))
                .parameter("beta", ar.divide(ar.fromDecimal("8"), ar.fromDecimal("3"))).build();
        double r0 = 1e-6;
        Interval[] box = {Interval.of(15 - r0, 15 + r0), Interval.of(15 - r0, 15 + r0), Interval.of(36 - r0, 36 + r0)};
        ValidatedSolution s = ValidatedQualityReport.lorenzIntegrator().integrate(0, box, 1);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        for (double sign : new double[] {-1, 1}) {
            double[] x0 = {15 + sign * r0, 15 - sign * r0, 36 + sign * r0};
            Apfloat[] a0 = new Apfloat[3];
            for (int i = 0; i < 3; i++) {
                a0[i] = new Apfloat(new BigDecimal(x0[i]), 30);
            }
            FieldOdeSolution<Apfloat> r = ref.integrate(ar.zero(), a0, ar.one());
            for (int i = 0; i < 3; i++) {
                Exact.assertContains(s.enclosure()[i], new BigDecimal(r.state(i).toString(true)),
                        "Lorenz box corner " + sign + " component " + i);
            }
        }
        assertThat(s.width()).isLessThan(1e-3);
    }
}
