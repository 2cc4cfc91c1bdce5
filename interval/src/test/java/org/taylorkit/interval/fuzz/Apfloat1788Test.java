package org.taylorkit.interval.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.function.Functions;

/** The fuzz reference's own shortcuts agree with the plain Apfloat arithmetic. */
class Apfloat1788Test {

    /**
     * erf saturates to ±1 from |x| = 20 on: there the plain 150-digit erf (Apfloat's series, slow) is
     * already exactly ±1, and a huge argument (which stalled a fuzz run inside Apfloat) returns at once.
     */
    @Test
    void erfSaturatesWhereTheCorrectlyRoundedValueIsOne() {
        ApfloatArithmetic plain = ApfloatArithmetic.ofDigits(150);
        Apfloat1788 ref = new Apfloat1788(150);
        Apfloat twenty = plain.fromDecimal("20");
        assertThat(plain.apply(Functions.ERF, twenty).compareTo(new Apfloat(1))).isZero();
        assertThat(ref.apply(Functions.ERF, twenty).compareTo(new Apfloat(1))).isZero();
        assertThat(ref.apply(Functions.ERF, ref.fromDecimal("-181250")).compareTo(new Apfloat(-1))).isZero();
        assertThat(ref.apply(Functions.ERF, ref.fromDecimal("1e4000")).compareTo(new Apfloat(1))).isZero();
        // the saturated value carries the reference's precision: an exact ±1 (infinite precision) fed to
        // acos or erfc made Apfloat compute at unbounded precision and stalled a run
        assertThat(ref.apply(Functions.ERF, ref.fromDecimal("30")).precision()).isEqualTo(150);
        assertThat(ref.apply(Functions.ERFC, ref.apply(Functions.ERF, ref.fromDecimal("-30"))).compareTo(new Apfloat(2))).isNegative();
        Apfloat below = ref.apply(Functions.ERF, ref.fromDecimal("5"));
        assertThat(below.compareTo(new Apfloat(1))).isNegative(); // erf 5 = 1 − 1.5·10⁻¹², not saturated
    }
}
