package org.taylorkit.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.FixedPrecisionApfloatHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.taylorkit.core.ApfloatOverflowException;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.arith.ApfloatArithmetic;

/**
 * Functions that saturate at large arguments (tanh, coth, sech, csch, erf, erfc, expm1) at Apfloat
 * precision. Before, tanh(10³⁰⁰⁰) and coth, sech, csch there overflowed, erf(10³⁰⁰⁰) and erfc(−10³⁰⁰⁰) did
 * not return, and expm1(−10¹⁵) built a 10¹⁵-digit difference (Apfloat went to disk). Values are checked
 * against their limits and, where the saturated branch is taken at a moderate argument, against
 * identities with Apfloat's own cosh/sinh/exp at 80 digits (Apfloat's cosh and sinh divide by e^{−|x|},
 * which underflows for huge |x|: cosh(−10³⁰⁰⁰) was "Division by zero", now an overflow that names it) (sech·cosh = 1, coth = cosh/sinh,
 * expm1 = exp − 1). The time-out only guards against a hang.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LargeArgumentFunctionsTest {

    private static final ApfloatPrecision P = new ApfloatPrecision(40);
    private static final FixedPrecisionApfloatHelper H80 = new FixedPrecisionApfloatHelper(80);

    private static Apfloat v(ElementaryFunction f, String x) {
        return f.value(new Apfloat(x, 60), P);
    }

    private static void assertRelative(Apfloat got, Apfloat expected, String what) {
        Apfloat rel = ApfloatMath.abs(H80.divide(H80.subtract(got, expected), expected));
        assertThat(rel.compareTo(new Apfloat("1e-39"))).as("%s: %s vs %s", what, got, expected).isNegative();
    }

    @Test
    void hugeArgumentsGiveTheLimits() {
        for (String s : new String[] {"1e3000", "1e15", "300"}) {
            assertThat(v(Functions.TANH, s).compareTo(new Apfloat(1))).as("tanh %s", s).isZero();
            assertThat(v(Functions.TANH, "-" + s).compareTo(new Apfloat(-1))).as("tanh -%s", s).isZero();
            assertThat(v(Functions.COTH, "-" + s).compareTo(new Apfloat(-1))).as("coth -%s", s).isZero();
            assertThat(v(Functions.ERF, s).compareTo(new Apfloat(1))).as("erf %s", s).isZero();
            assertThat(v(Functions.ERF, "-" + s).compareTo(new Apfloat(-1))).as("erf -%s", s).isZero();
            assertThat(v(Functions.ERFC, "-" + s).compareTo(new Apfloat(2))).as("erfc -%s", s).isZero();
            assertThat(v(Functions.EXPM1, "-" + s).compareTo(new Apfloat(-1))).as("expm1 -%s", s).isZero();
        }
        // e^{−10³⁰⁰⁰} is below every Apfloat: sech and csch underflow to zero, with the right sign of csch's limit
        assertThat(v(Functions.SECH, "1e3000").signum()).isZero();
        assertThat(v(Functions.CSCH, "-1e3000").signum()).isZero();
        assertThat(v(Functions.ERFC, "1e3000").signum()).isZero();
        assertThat(v(Functions.ERFC, "1e10").signum()).isZero();
        assertThat(new FixedPrecisionApfloatHelper(20).exp(new Apfloat("-1e20", 20)).signum()).isZero(); // the premise
    }

    @Test
    void saturatedBranchesAgreeWithIdentitiesAtModerateArguments() {
        // at 40 digits the saturated branches start at 2|x| > 50·ln 10 + 1 ≈ 116
        Apfloat x = new Apfloat(300, 80);
        assertRelative(v(Functions.SECH, "300"), H80.divide(new Apfloat(1), H80.cosh(x)), "sech 300");
        assertRelative(v(Functions.CSCH, "-300"), H80.divide(new Apfloat(1), H80.sinh(x.negate())), "csch -300");
        assertRelative(v(Functions.COTH, "300"), H80.divide(H80.cosh(x), H80.sinh(x)), "coth 300");
        assertRelative(v(Functions.COSH, "-300"), H80.cosh(x), "cosh -300");
        assertRelative(v(Functions.SINH, "-300"), H80.sinh(x.negate()), "sinh -300");
        assertRelative(v(Functions.EXPM1, "-300"), H80.subtract(H80.exp(x.negate()), new Apfloat(1)), "expm1 -300");
        // just below the thresholds the general branches still see the difference from the limit
        assertThat(v(Functions.TANH, "40").compareTo(new Apfloat(1))).isNegative(); // 1 − tanh 40 = 3.6e-35
        assertThat(v(Functions.ERF, "8").compareTo(new Apfloat(1))).isNegative(); // erfc 8 = 1.1e-29
    }

    @Test
    void anOverflowNamesTheFunctionAndArgument() {
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(40);
        assertThatThrownBy(() -> ar.apply(Functions.COSH, ar.fromDecimal("-1e3000")))
                .isInstanceOf(ApfloatOverflowException.class)
                .hasMessageContaining("cosh(-1e3000)").hasMessageContaining("exponent range");
    }

    @Test
    void aSeriesOverflowNamesTheFunctionTheUserWrote() {
        // cosh's recurrence carries sinh as an auxiliary series; the error must still say cosh
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(20);
        assertThatThrownBy(() -> org.taylorkit.core.series.FieldTaylor1.variable(ar, ar.fromDecimal("1e30"), 3)
                .apply(Functions.COSH))
                .isInstanceOf(ApfloatOverflowException.class)
                .hasMessageContaining("cosh(1e30)");
    }
}
