package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.Ref.assertEncloses;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression for issue 13: {@code expm1} of a tiny negative argument returned the argument itself
 * as its upper bound, below the true value ({@code expm1(x) > x} for every {@code x < 0}). The
 * {@code |x| < 2^−54} branch halved {@code mulUp(x, x)} rounded to nearest, which underflows to 0
 * when the square is the smallest subnormal.
 *
 * <p>Vectors: ITF1788, {@code itl/fi_lib.itl} (github oheim/ITF1788, Apache-2.0), lines 818, 819,
 * 825, 827 (the four that failed) and 811 (a neighbour that passed), as {@code x, inf, sup}.
 */
class Expm1TinyArgumentTest {

    @ParameterizedTest(name = "fi_lib expm1 [{0}, {1}] = [{2}, {3}]")
    @CsvSource({
        "-0x2.7ED8954764B12p-288, -0x8.71DC22117BE90p-756, -0x2.7ED8954764B12p-288, -0x8.71DC22117BE88p-756",
        "-0xD.CF39B8DD68B98p-76, -0x8.0205C5B1357B0p-564, -0xD.CF39B8DD68B98p-76, -0x8.0205C5B1357A8p-564",
        "-0x2.9529E333F2ABAp+988, -0x7.19390F862F49Cp-544, -0x1.0p+0, -0x7.19390F862F498p-544",
        "-0xB.FADC4FB83E140p+348, -0xF.13E388B2165F0p-512, -0x1.0p+0, -0xF.13E388B2165E8p-512",
        "-0x2.42042B9A88438p-220, -0x2.A213429DB0508p-508, -0x2.42042B9A88438p-220, -0x2.A213429DB0506p-508",
    })
    void fiLibVectorsAreContainedAndTight(String lo, String hi, String expLo, String expHi) {
        Interval r = Interval.of(Double.parseDouble(lo), Double.parseDouble(hi)).expm1();
        assertThat(r.inf()).as("inf").isEqualTo(Double.parseDouble(expLo));
        assertThat(r.sup()).as("sup").isEqualTo(Double.parseDouble(expHi));
    }

    /** Every negative double below 2^−54 in magnitude: sup strictly above x (exactly one ulp), Apfloat-contained. */
    @Test
    void tinyNegativeArgumentsOverTheWholeSubnormalRange() {
        for (int e = -1074; e < -54; e += 3) {
            for (double m : new double[] {1.0, 1.5, 1.9999999999999998}) {
                double x = -Math.scalb(m, e);
                if (x == 0) {
                    continue;
                }
                Interval r = Interval.point(x).expm1();
                assertThat(r.sup()).as("expm1(%s).sup", x).isGreaterThan(x);
                assertEncloses(r, Ref.eval(a -> ApfloatMath.exp(a).subtract(Apfloat.ONE), x), "expm1(" + x + ")");
            }
        }
    }
}
