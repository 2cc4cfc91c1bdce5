package org.taylorkit.ode.field;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.StopReason;

/** High-precision integration over Apfloat against digits of known constants and exact solutions. */
class FieldTaylorIntegratorTest {

    /** e to 100 decimals (OEIS A001113). */
    static final Apfloat E = new Apfloat("2.7182818284590452353602874713526624977572470936999595749669676277240766303535475945713821785251664274");

    /** π to 100 decimals (OEIS A000796). */
    static final Apfloat PI = new Apfloat("3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679");

    static double relErr(Apfloat a, Apfloat exact) {
        return Math.abs(a.subtract(exact).divide(exact.precision(120)).doubleValue());
    }

    static double absErr(Apfloat a, Apfloat exact) {
        return Math.abs(a.subtract(exact).doubleValue());
    }

    @Test
    void exponentialAtFiftyDigitsIsE() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(50);
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = x"), ar).tolerance(1e-50).build();
        assertThat(ti.maxOrder()).isEqualTo(59); // ⌈−½ ln 10⁻⁵⁰ + 1⌉
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.one());
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        assertThat(s.statistics().orders()).containsOnlyKeys(59);
        assertThat(relErr(s.state(0), E)).isLessThan(1e-48);
        // backwards from e at t = 1 to t = −1: e^{−1}
        FieldOdeSolution<Apfloat> b = ti.integrate(ar.one(), new Apfloat[] {s.state(0)}, ar.fromDecimal("-1"));
        assertThat(relErr(b.state(0), ar.divide(ar.one(), ar.fromApfloat(E)))).isLessThan(1e-48);
    }

    @Test
    void defaultToleranceFollowsTheDigits() {
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = x"), ApfloatArithmetic.ofDigits(30)).build();
        assertThat(ti.maxOrder()).isEqualTo(36); // ⌈−½ ln 10⁻³⁰ + 1⌉
    }

    @Test
    void oscillatorZeroAtHalfPiToThirtyFiveDigits() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = v; v' = -x"), ar)
                .event("x", Direction.DOWN, true).denseOutput(true).build();
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), new Apfloat[] {ar.one(), ar.zero()}, ar.fromDecimal("10"));
        assertThat(s.status()).isEqualTo(StopReason.EVENT);
        Apfloat halfPi = PI.divide(new Apfloat(2));
        assertThat(absErr(s.t(), halfPi)).isLessThan(1e-36);
        assertThat(absErr(s.state(1), new Apfloat(-1))).isLessThan(1e-37);
        assertThat(s.events()).hasSize(1);
        assertThat(s.events().get(0).crossing()).isEqualTo(Direction.DOWN);
        // dense output: x(π/4) = √2/2
        Apfloat[] mid = s.at(PI.precision(40).divide(new Apfloat(4)));
        assertThat(absErr(mid[0], ApfloatMath.sqrt(new Apfloat(2, 60)).divide(new Apfloat(2)))).isLessThan(1e-37);
    }

    @Test
    void decimalParametersAreExact() {
        // x' = −k x with k = 0.1 read exactly: x(10) = e^{−1} (in double, k = 0.1000000000000000055…)
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = -k*x", Set.of("k")), ar)
                .parameter("k", ar.fromDecimal("0.1")).gridOutput(ar.fromDecimal("2.5")).build();
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.fromDecimal("10"));
        assertThat(relErr(s.state(0), new Apfloat(1, 110).divide(E))).isLessThan(1e-38);
        assertThat(s.gridSize()).isEqualTo(5);
        assertThat(s.gridTimes().get(4).compareTo(new Apfloat(10))).isZero();
        assertThat(relErr(s.gridState(2)[0], ApfloatMath.sqrt(new Apfloat(1, 110).divide(E)))).isLessThan(1e-38);
        ti.setParameter("k", ar.fromDecimal("-0.2"));
        assertThat(relErr(ti.integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.fromDecimal("5")).state(0), E)).isLessThan(1e-38);
    }

    @Test
    void keplerArcAtFortyDigitsAgainstKeplersEquation() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        OdeSystem kepler = OdeSystem.parse("x' = u; y' = v; u' = -x*(x^2 + y^2)^(-3/2); v' = -y*(x^2 + y^2)^(-3/2)");
        FieldTaylorIntegrator<Apfloat> ti = FieldTaylorIntegrator.builder(kepler, ar).build();
        Apfloat e = ar.fromDecimal("0.5");
        Apfloat[] x0 = {ar.subtract(ar.one(), e), ar.zero(), ar.zero(),
            ar.apply(Functions.SQRT, ar.divide(ar.add(ar.one(), e), ar.subtract(ar.one(), e)))};
        FieldOdeSolution<Apfloat> s = ti.integrate(ar.zero(), x0, ar.one());
        assertThat(s.status()).isEqualTo(StopReason.COMPLETED);
        // a = 1, μ = 1, pericentre at t = 0: mean anomaly M = t; E − e sin E = M by Newton at 60 digits
        Apfloat m = new Apfloat(1, 60);
        Apfloat ecc = new Apfloat("0.5", 60);
        Apfloat anomaly = m;
        for (int i = 0; i < 12; i++) {
            Apfloat f = anomaly.subtract(ecc.multiply(ApfloatMath.sin(anomaly))).subtract(m);
            anomaly = anomaly.subtract(f.divide(new Apfloat(1, 60).subtract(ecc.multiply(ApfloatMath.cos(anomaly)))));
        }
        Apfloat px = ApfloatMath.cos(anomaly).subtract(ecc);
        Apfloat py = ApfloatMath.sqrt(new Apfloat(1, 60).subtract(ecc.multiply(ecc))).multiply(ApfloatMath.sin(anomaly));
        assertThat(absErr(s.state(0), px)).isLessThan(1e-35);
        assertThat(absErr(s.state(1), py)).isLessThan(1e-35);
    }

    @Test
    void blowUpAtTwentyDigits() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(20);
        FieldOdeSolution<Apfloat> s = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = x^2"), ar).build()
                .integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.fromDecimal("2"));
        assertThat(s.status()).isEqualTo(StopReason.BLOW_UP);
        // measured: t = 0.99999999999999999996 after 292 steps of order 24
        assertThat(absErr(s.t(), new Apfloat(1))).isLessThan(1e-17);
        assertThat(s.message()).contains("blow up");
    }

    @Test
    void domainErrorsStopWithTheArithmeticsMessage() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(20);
        FieldOdeSolution<Apfloat> s = FieldTaylorIntegrator.builder(OdeSystem.parse("x' = sqrt(x - 2)"), ar).build()
                .integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.one());
        assertThat(s.status()).isEqualTo(StopReason.NON_FINITE);
        assertThat(s.message()).contains("undefined at t = 0").contains("sqrt");
        assertThat(s.steps()).isZero();
        assertThatThrownBy(() -> FieldTaylorIntegrator.builder(OdeSystem.parse("x' = k*x", Set.of("k")), ar).build()
                .integrate(ar.zero(), new Apfloat[] {ar.one()}, ar.one())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameter 'k' has no value");
    }
}
