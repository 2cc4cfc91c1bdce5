package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * Containment for the doubleton set ({@link Method#DOUBLETON}) and the high-order a priori
 * enclosure with remainder-targeted steps (both Lohner methods): random points of wide boxes
 * integrated exactly must lie in the enclosures, at the end and over every step.
 */
class DoubletonContainmentTest {

    /**
     * Random 3×3 linear systems x' = A x (entries exact 3-place decimals in [−1, 1]) from a box of
     * radius 0.2: the end enclosure contains exp(2A)·x0 for the 8 corners and 12 random points
     * (matrix exponential by {@link LinearSystemsTest#expm}, 80-digit power series), and its width is
     * close to the true hull's, {@code Σ_j |e_ij|·2r} (the image is a parallelepiped).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void linearSystemFromAWideBoxContainsExactImages(long seed) {
        Gen g = new Gen(seed);
        int n = 3;
        String[] v = {"x", "y", "z"};
        BigDecimal[][] a = new BigDecimal[n][n];
        StringBuilder ode = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ode.append(i == 0 ? "" : "; ").append(v[i]).append("' = ");
            for (int j = 0; j < n; j++) {
                a[i][j] = BigDecimal.valueOf(Math.round(g.uniform(-1, 1) * 1000), 3);
                ode.append(j == 0 ? "" : " + ").append("(").append(a[i][j].toPlainString()).append(")*").append(v[j]);
            }
        }
        double r = 0.2;
        Interval[] box = new Interval[n];
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) {
            centre[i] = g.uniform(-1, 1);
            box[i] = Interval.of(centre[i] - r, centre[i] + r);
        }
        String what = g + ": " + ode + " from " + Arrays.toString(box);
        BigDecimal[][] e = LinearSystemsTest.expm(a, BigDecimal.valueOf(2));
        List<double[]> points = new ArrayList<>();
        for (int corner = 0; corner < 8; corner++) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = ((corner >> i) & 1) == 0 ? box[i].inf() : box[i].sup();
            }
            points.add(p);
        }
        for (int k = 0; k < 12; k++) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = g.uniform(box[i].inf(), box[i].sup());
            }
            points.add(p);
        }
        for (Method method : new Method[] {Method.DOUBLETON, Method.LOHNER_QR}) {
            ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse(ode.toString())).withMethod(method)
                    .integrate(0, box, 2);
            assertThat(s.status()).as(what).isEqualTo(ValidatedSolution.Status.COMPLETED);
            for (double[] p : points) {
                for (int i = 0; i < n; i++) {
                    BigDecimal xi = BigDecimal.ZERO;
                    for (int j = 0; j < n; j++) {
                        xi = xi.add(e[i][j].multiply(Exact.of(p[j])));
                    }
                    Exact.assertContains(s.enclosure()[i], xi, method + " " + what + " component " + i + " from "
                            + Arrays.toString(p));
                }
            }
            if (method == Method.DOUBLETON) {
                double trueWidth = 0;
                for (int i = 0; i < n; i++) {
                    double row = 0;
                    for (int j = 0; j < n; j++) {
                        row += e[i][j].abs().doubleValue();
                    }
                    trueWidth = Math.max(trueWidth, row * 2 * r);
                }
                assertThat(s.width()).as(what).isLessThan(1.01 * trueWidth + 1e-12);
            }
        }
    }

    /**
     * The limit cycle x' = −y + x(1 − x² − y²), y' = x + y(1 − x² − y²) (in polar coordinates
     * r' = r(1 − r²), θ' = 1): x(t) = ρ(t)·(x0 cos t − y0 sin t), y(t) = ρ(t)·(x0 sin t + y0 cos t)
     * with ρ(t) = 1/√(r0² + (1 − r0²)e^{−2t}), from a box of radius 0.01 around (0.5, 0) to t = 4.
     * Closed forms in BigDecimal ({@link Exact}); containment of 20 points of the box at every step
     * end and inside every step, for both Lohner methods.
     */
    @Test
    void nonlinearRotationFromAWideBoxContainsTheExactSolutionOverEveryStep() {
        OdeSystem sys = OdeSystem.parse("x' = -y + x*(1 - x^2 - y^2); y' = x + y*(1 - x^2 - y^2)");
        Interval[] box = {Interval.of(0.49, 0.51), Interval.of(-0.01, 0.01)};
        Gen g = new Gen(Gen.BASE_SEED);
        List<double[]> points = new ArrayList<>();
        for (int corner = 0; corner < 4; corner++) {
            points.add(new double[] {(corner & 1) == 0 ? 0.49 : 0.51, (corner & 2) == 0 ? -0.01 : 0.01});
        }
        while (points.size() < 20) {
            points.add(new double[] {g.uniform(0.49, 0.51), g.uniform(-0.01, 0.01)});
        }
        for (Method method : new Method[] {Method.DOUBLETON, Method.LOHNER_QR}) {
            ValidatedSolution s = ValidatedIntegrator.of(sys).withMethod(method).integrate(0, box, 4);
            assertThat(s.status()).as(method + " " + s).isEqualTo(ValidatedSolution.Status.COMPLETED);
            for (double[] p : points) {
                for (ValidatedStep step : s.steps()) {
                    assertContains(step.endEnclosure(), limitCycle(p, Exact.of(step.t1())),
                            method + " end of step " + step.t1() + " from " + Arrays.toString(p));
                    for (int j = 1; j <= 3; j++) {
                        BigDecimal t = Exact.of(step.t0()).add(Exact.of(step.t1()).subtract(Exact.of(step.t0()))
                                .multiply(BigDecimal.valueOf(j * 0.25)));
                        assertContains(step.stepEnclosure(), limitCycle(p, t), method + " inside step at t=" + t
                                + " from " + Arrays.toString(p));
                    }
                }
                assertContains(s.enclosure(), limitCycle(p, BigDecimal.valueOf(4)), method + " end from " + Arrays.toString(p));
            }
            // the true image lies near the unit circle with an angle spread of about 0.04 rad (width
            // about 0.03); the mean-value forms overestimate this strongly expanding-then-contracting flow
            assertThat(s.width()).as(method + " " + s).isLessThan(0.2);
        }
    }

    private static final java.util.Map<BigDecimal, BigDecimal[]> TRIG = new java.util.concurrent.ConcurrentHashMap<>();

    /** The exact solution of the limit-cycle system at time t from p (cos t, sin t, e^{−2t} cached per t). */
    static BigDecimal[] limitCycle(double[] p, BigDecimal t) {
        MathContext mc = Exact.MC;
        BigDecimal[] cse = TRIG.computeIfAbsent(t, u -> new BigDecimal[] {Exact.cos(u), Exact.sin(u),
            Exact.exp(u.multiply(BigDecimal.valueOf(-2)))});
        BigDecimal x0 = Exact.of(p[0]);
        BigDecimal y0 = Exact.of(p[1]);
        BigDecimal r2 = x0.multiply(x0).add(y0.multiply(y0));
        BigDecimal denom = r2.add(BigDecimal.ONE.subtract(r2).multiply(cse[2]), mc);
        BigDecimal rho = BigDecimal.ONE.divide(denom.sqrt(mc), mc);
        BigDecimal c = cse[0];
        BigDecimal s = cse[1];
        return new BigDecimal[] {rho.multiply(x0.multiply(c).subtract(y0.multiply(s)), mc),
            rho.multiply(x0.multiply(s).add(y0.multiply(c)), mc)};
    }

    static void assertContains(Interval[] box, BigDecimal[] v, String what) {
        for (int i = 0; i < v.length; i++) {
            Exact.assertContains(box[i], v[i], what + " component " + i);
        }
    }

    /**
     * Lorenz (σ = 10, ρ = 28, β = 8/3) from the box of radius 1e-6 around (15, 15, 36) to T = 1 with
     * the default method: contains the images of the centre and of the corner (+, +, +) computed by
     * the Apfloat Taylor integrator at 22 digits, tolerance 1e-18 (independent arithmetic and step
     * control; {@link WrappingAndLorenzTest} checks two other corners; the reference error, about
     * 1e-18, is far below the enclosure's margins). The exact image's hull is about 7.8e-5 wide
     * (linearisation, issue 7; a 300-point double-precision sample gives the same); the doubleton
     * must stay within 10% of it.
     */
    @Test
    void lorenzBoxDoubletonContainsReferenceImagesAndIsNearTheTrueHull() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(22);
        FieldTaylorIntegrator<Apfloat> ref = FieldTaylorIntegrator.builder(ValidatedQualityReport.lorenz(), ar)
                .tolerance(1e-18).parameter("sigma", ar.fromDecimal("10")).parameter("rho", ar.fromDecimal("28"))
                .parameter("beta", ar.divide(ar.fromDecimal("8"), ar.fromDecimal("3"))).build();
        double r0 = 1e-6;
        Interval[] box = {Interval.of(15 - r0, 15 + r0), Interval.of(15 - r0, 15 + r0), Interval.of(36 - r0, 36 + r0)};
        ValidatedSolution s = ValidatedQualityReport.lorenzIntegrator().integrate(0, box, 1);
        assertThat(s.status()).isEqualTo(ValidatedSolution.Status.COMPLETED);
        double[][] starts = {{15, 15, 36}, {15 + r0, 15 + r0, 36 + r0}};
        for (double[] x0 : starts) {
            Apfloat[] a0 = new Apfloat[3];
            for (int i = 0; i < 3; i++) {
                a0[i] = new Apfloat(new BigDecimal(x0[i]), 22);
            }
            FieldOdeSolution<Apfloat> r = ref.integrate(ar.zero(), a0, ar.one());
            assertThat(r.status()).isEqualTo(StopReason.COMPLETED);
            for (int i = 0; i < 3; i++) {
                Exact.assertContains(s.enclosure()[i], new BigDecimal(r.state(i).toString(true)),
                        "Lorenz box from " + Arrays.toString(x0) + " component " + i);
            }
        }
        assertThat(s.width()).isLessThan(1.1 * 7.8e-5);
    }
}
