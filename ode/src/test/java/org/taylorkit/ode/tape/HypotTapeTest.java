package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * {@code hypot} in ODE right-hand sides: it decomposes into the tape's SQR, ADD and SQRT; the
 * compiled tape gives the interpreter's bits; double, Apfloat and validated integrations reach
 * the closed forms.
 *
 * <p>References: with x' = 1, x(0) = 0 and y' = hypot(x, 1), y(1) = ∫₀¹ √(1 + x²) dx =
 * (√2 + asinh 1)/2 = 1.14779357469631903701714902459474519379891610181929174196499 (mpmath at 60
 * digits, both as the closed form and by quadrature). The Kepler problem
 * u' = −x/hypot(x, y)³ from (1, 0, 0, 1) is the unit circle, x = cos t, y = sin t.
 */
class HypotTapeTest {

    private static final String QUADRATURE = "x' = 1; y' = hypot(x, 1)";
    private static final String Y1 = "1.14779357469631903701714902459474519379891610181929174196499";
    private static final String KEPLER = "x' = u; y' = v; u' = -x/hypot(x, y)^3; v' = -y/hypot(x, y)^3";

    @Test
    void decomposesIntoSquaresASumAndOneSharedSquareRoot() {
        TaylorTape tape = OdeSystem.parse("x' = hypot(x, y); y' = x/hypot(x, y)").tape(List.of());
        List<TapeOpKind> kinds = tape.ops().stream().map(TapeOp::kind).toList();
        assertThat(kinds).as("%s", tape).contains(TapeOpKind.SQR).doesNotContain(TapeOpKind.POW, TapeOpKind.POW_INT);
        assertThat(kinds.stream().filter(k -> k == TapeOpKind.SQR).count()).as("%s", tape).isEqualTo(2);
        assertThat(kinds.stream().filter(k -> k == TapeOpKind.SQRT).count()).as("%s", tape).isEqualTo(1);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void compiledTapeGivesTheInterpretersBits(long seed) {
        Gen g = new Gen(seed);
        String text = KEPLER + "; w' = hypot(w*t, sin(x) + 2) - hypot(1, u)";
        TaylorTape tape = OdeSystem.parse(text).tape(List.of());
        double[] x0 = {g.signedUniform(0.5, 2), g.signedUniform(0.5, 2), g.uniform(-1, 1), g.uniform(-1, 1), g.uniform(-1, 1)};
        TapeCompilerTest.assertSame(tape, g.uniform(-2, 2), x0, new double[0], g.intBetween(1, 30), g + " " + text);
    }

    @Test
    void doubleIntegrationReachesTheClosedForms() {
        OdeSolution q = TaylorIntegrator.of(OdeSystem.parse(QUADRATURE)).integrate(0, new double[] {0, 0}, 1);
        assertThat(q.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(q.state(1)).isCloseTo(Double.parseDouble(Y1), within(4e-16));
        double period = 2 * Math.PI;
        OdeSolution k = TaylorIntegrator.of(OdeSystem.parse(KEPLER)).integrate(0, new double[] {1, 0, 0, 1}, period);
        assertThat(k.status()).isEqualTo(StopReason.COMPLETED);
        double[] circle = {1, 0, 0, 1};
        for (int i = 0; i < 4; i++) {
            assertThat(k.state(i)).as("component %d after one period", i).isCloseTo(circle[i], within(1e-13));
        }
    }

    @Test
    void apfloatIntegrationAtFiftyDigits() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(50);
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(OdeSystem.parse(QUADRATURE), ar).tolerance(1e-50).build();
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), new Apfloat[] {ar.zero(), ar.zero()}, ar.one());
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        BigDecimal error = new BigDecimal(s.state(1).toString(true)).subtract(new BigDecimal(Y1)).abs();
        assertThat(error).as("y(1) = %s", s.state(1)).isLessThan(new BigDecimal("1e-47"));
    }

    @Test
    void validatedIntegrationEnclosesTheClosedForm() {
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse(QUADRATURE))
                .integrate(0, new Interval[] {Interval.point(0), Interval.point(0)}, 1);
        Interval y = s.enclosure()[1];
        BigDecimal exact = new BigDecimal(Y1);
        assertThat(new BigDecimal(y.inf())).as("%s", y).isLessThanOrEqualTo(exact);
        assertThat(new BigDecimal(y.sup())).as("%s", y).isGreaterThanOrEqualTo(exact);
        assertThat(y.sup() - y.inf()).as("%s", y).isLessThan(1e-12);
    }
}
