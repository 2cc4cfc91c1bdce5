package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/** The BigDecimal test references agree with Apfloat to 50 digits (spot checks, incl. huge arguments). */
class BigRefTest {

    private static void assertClose(BigDecimal a, BigDecimal b, String what) {
        BigDecimal tol = b.abs().max(BigDecimal.ONE.movePointLeft(10)).multiply(new BigDecimal("1e-50"));
        assertThat(a.subtract(b).abs().compareTo(tol)).as("%s: %s vs %s", what, a, b).isLessThanOrEqualTo(0);
    }

    @Test
    void sinCosAgreeWithApfloat() {
        double[] xs = {0.5, -2.75, 1e22, Math.scalb(1.0, 1000), 6381956970095103.0 * Math.scalb(1.0, 797), 1e-8,
            355.0, -1e6 - 0.1};
        for (double x : xs) {
            BigDecimal[] sc = BigRef.sinCos(x);
            assertClose(sc[0], Ref.bd(ApfloatMath.sin(Ref.ap(x))), "sin " + x);
            assertClose(sc[1], Ref.bd(ApfloatMath.cos(Ref.ap(x))), "cos " + x);
        }
        // published: sin(1e22) = −0.8522008497671888017727058937530293682617…
        assertClose(BigRef.sinCos(1e22)[0], new BigDecimal("-0.85220084976718880177270589375302936826176215041004"), "sin 1e22");
    }

    @Test
    void inverseTrigAgreesWithApfloat() {
        for (double x : new double[] {0.3, -0.999999, 1e-9, 0.75}) {
            assertClose(BigRef.asin(x), Ref.bd(ApfloatMath.asin(Ref.ap(x))), "asin " + x);
            assertClose(BigRef.acos(x), Ref.bd(ApfloatMath.acos(Ref.ap(x))), "acos " + x);
        }
        for (double t : new double[] {0.3, -7.5, 1e30, 1.0}) {
            assertClose(BigRef.atan(t), Ref.bd(ApfloatMath.atan(Ref.ap(t))), "atan " + t);
        }
        assertClose(BigRef.atan2(-1, -3), Ref.bd(ApfloatMath.atan2(Ref.ap(-1), Ref.ap(-3))), "atan2");
        assertClose(BigRef.atan2(5, -3), Ref.bd(ApfloatMath.atan2(Ref.ap(5), Ref.ap(-3))), "atan2");
    }

    @Test
    void erfAgreesWithApfloat() {
        for (double x : new double[] {-0.75, 2.0}) {
            assertClose(BigRef.erf(x), Ref.bd(ApfloatMath.erf(Ref.ap(x))), "erf " + x);
        }
    }
}
