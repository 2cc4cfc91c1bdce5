package org.taylorkit.interval.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertEncloses;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.function.Functions;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;

/**
 * The Apfloat enclosures of the reciprocal functions at their poles (set semantics, IEEE 1788):
 * over the pole alone the function takes no value, so the tightest result is ∅; a box with the pole
 * as an end gives the one-sided unbounded image. References: the double enclosures (tightest up
 * to an ulp, ITF1788-tested) and {@code ApfloatMath} at 60 digits.
 */
class ApfloatPoleTest {

    private static final long P = 30;

    private static ApfloatInterval f(String name, String box) {
        return RigorousFunctions.of(Functions.byName(name).orElseThrow()).enclose(ApfloatInterval.of(box, P), P);
    }

    private static Interval fd(String name, double lo, double hi) {
        return RigorousFunctions.of(Functions.byName(name).orElseThrow()).enclose(Interval.of(lo, hi));
    }

    @Test
    void overThePoleAloneTheImageIsEmpty() {
        for (String name : new String[] {"cot", "csc", "coth", "csch"}) {
            assertThat(f(name, "[0, 0]").isEmpty()).as(name + "[0, 0] = " + f(name, "[0, 0]")).isTrue();
            assertThat(fd(name, 0, 0).isEmpty()).as("double " + name).isTrue();
        }
        assertThat(f("acoth", "[1, 1]").isEmpty()).as("acoth[1, 1]").isTrue();
        assertThat(f("acoth", "[-1, -1]").isEmpty()).as("acoth[-1, -1]").isTrue();
    }

    @Test
    void aBoxEndingAtThePoleGivesTheOneSidedImage() {
        Apfloat cot1 = ApfloatMath.cos(new Apfloat(1, 60)).divide(ApfloatMath.sin(new Apfloat(1, 60)));
        ApfloatInterval right = f("cot", "[0, 1]"); // (0, 1]: cot decreases from +∞ to cot 1
        assertThat(right.isBoundedAbove()).as("cot[0, 1] = " + right).isFalse();
        assertEncloses(right, cot1, 50, "cot[0, 1]");
        assertThat(right.inf().compareTo(cot1.subtract(new Apfloat("1e-28")))).as("lower end of cot[0, 1] = " + right
                + " within 1e-28 of cot 1").isGreaterThanOrEqualTo(0);
        assertThat(right.infDouble()).isLessThanOrEqualTo(fd("cot", 0, 1).inf());
        ApfloatInterval left = f("cot", "[-1, 0]");
        assertThat(left.isBoundedBelow()).as("cot[-1, 0] = " + left).isFalse();
        assertEncloses(left, cot1.negate(), 50, "cot[-1, 0]");
        assertThat(left.supDouble()).isGreaterThanOrEqualTo(fd("cot", -1, 0).sup());
    }

    @Test
    void awayFromThePolesCotStaysBoundedAcrossItsZero() {
        // [1, 2] holds π/2, where cot = 0 and tan has its pole: the shifted-tangent form keeps it bounded
        ApfloatInterval r = f("cot", "[1, 2]");
        Apfloat cot2 = ApfloatMath.cos(new Apfloat(2, 60)).divide(ApfloatMath.sin(new Apfloat(2, 60)));
        assertThat(r.isBounded()).as("cot[1, 2] = " + r).isTrue();
        assertEncloses(r, cot2, 50, "cot 2");
        assertEncloses(r, new Apfloat(0), 50, "cot π/2");
        assertThat(r.contains(0.0)).isTrue();
        // a box holding a pole in its interior: both signs unbounded
        assertThat(f("cot", "[-1, 1]").isEntire()).isTrue();
    }
}
