package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertEncloses;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertTight;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.big;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * Set-based edge cases and sharpness of the elementary functions: domains, infinities, interior
 * extrema of periodic functions, poles, limits. Expected sets follow from the IEEE 1788 definitions
 * and the functions' monotonicity; numeric references are ApfloatMath at many more digits.
 */
class ApfloatIntervalEdgeCaseTest {

    private static final int P = 30;

    private static ApfloatInterval iv(String text) {
        return ApfloatInterval.of(text, P);
    }

    private static Apfloat hp(String s) {
        return new Apfloat(s, 150);
    }

    @Test
    void sineAndCosineFindInteriorExtrema() {
        ApfloatInterval s = iv("[0, 4]").sin();
        assertThat(big(s.sup())).isEqualByComparingTo("1");
        assertEncloses(ApfloatInterval.exact(s.inf(), s.inf(), P).hull(s), ApfloatMath.sin(hp("4")), 90, "sin 4");
        assertTight(ApfloatInterval.exact(s.inf(), s.inf(), P).hull(iv("4").sin()), P, 2, "sin[0,4] lower end");

        // sin over [0, π] (π's upper bound): contains [0, 1] and is within a few units of it
        ApfloatInterval zeroToPi = ApfloatInterval.exact(ApfloatDirected.ZERO, ApfloatInterval.pi(P).sup(), P).sin();
        assertThat(iv("[0, 1]").isSubsetOf(zeroToPi)).isTrue();
        assertThat(big(zeroToPi.inf()).compareTo(new BigDecimal("-3e-30"))).isGreaterThanOrEqualTo(0);

        ApfloatInterval c = iv("[-1, 1]").cos();
        assertThat(big(c.sup())).isEqualByComparingTo("1");
        assertTight(ApfloatInterval.exact(c.inf(), c.inf(), P).hull(iv("1").cos()), P, 2, "cos[-1,1] lower end");
        assertThat(big(iv("[3, 3.5]").cos().inf())).isEqualByComparingTo("-1"); // π inside
        assertThat(big(iv("[4, 5]").sin().inf())).isEqualByComparingTo("-1");   // 3π/2 inside
        assertThat(iv("[0, 7]").cos()).isEqualTo(iv("[-1, 1]"));
        assertThat(iv("[entire]").sin()).isEqualTo(iv("[-1, 1]"));
        assertThat(iv("[-inf, 0]").cos()).isEqualTo(iv("[-1, 1]"));
        assertThat(iv("[empty]").sin().isEmpty()).isTrue();
        // no extremum inside: both ends from the endpoints
        ApfloatInterval mono = iv("[0.1, 1.5]").sin();
        assertThat(big(mono.sup()).compareTo(BigDecimal.ONE)).isLessThan(0);
        assertThat(iv("0").sin()).isEqualTo(iv("0"));
        assertThat(iv("0").cos()).isEqualTo(iv("1"));
    }

    @Test
    void tangentPoles() {
        assertThat(iv("[1, 2]").tan().isEntire()).isTrue();
        assertThat(iv("[1.5707963267948966, 1.5707963267948967]").tan().isEntire()).isTrue(); // π/2 = 1.57079632679489661923…
        ApfloatInterval near = iv("[1.57, 1.5707963267948966]").tan();
        assertThat(near.isBounded()).isTrue();
        assertThat(big(near.sup()).compareTo(new BigDecimal("1e16"))).isGreaterThan(0);
        ApfloatInterval t = iv("[-1, 1]").tan();
        assertThat(t.negate()).isEqualTo(t);
        assertTight(ApfloatInterval.exact(t.sup(), t.sup(), P).hull(iv("1").tan()), P, 2, "tan 1");
        assertThat(iv("[entire]").tan().isEntire()).isTrue();
    }

    @Test
    void expAndLogAtTheEdges() {
        ApfloatInterval e01 = iv("[0, 1]").exp();
        assertThat(big(e01.inf())).isEqualByComparingTo("1");
        assertEncloses(e01, ApfloatMath.exp(hp("1")), 90, "exp[0,1]");
        assertTight(ApfloatInterval.exact(e01.sup(), e01.sup(), P).hull(iv("1").exp()), P, 2, "e");
        assertThat(iv("[entire]").exp()).isEqualTo(iv("[0, inf]"));
        assertThat(iv("[-inf, 0]").exp()).isEqualTo(iv("[0, 1]"));
        ApfloatInterval huge = iv("[1e20, 1e21]").exp();
        assertThat(huge.isBoundedAbove()).isFalse();
        assertThat(huge.inf().scale()).isGreaterThan(400_000_000_000_000L); // e^(10^15) at least
        ApfloatInterval tiny = iv("[-1e20, -1e19]").exp();
        assertThat(big(tiny.inf())).isEqualByComparingTo("0");
        assertThat(tiny.sup().signum()).isPositive();
        assertThat(iv("[-inf, 0]").expm1()).isEqualTo(iv("[-1, 0]"));
        assertTight(iv("1e-30").expm1(), P, 2, "expm1(1e-30)");
        assertEncloses(iv("1e-30").expm1(), hp("1.0000000000000000000000000000005e-30"), 60, "expm1(1e-30)");

        assertThat(iv("[-2, -1]").log().isEmpty()).isTrue();
        assertThat(iv("[0, 0]").log().isEmpty()).isTrue();
        assertThat(iv("[0, 1]").log()).isEqualTo(iv("[-inf, 0]"));
        assertThat(iv("[-5, 1]").log()).isEqualTo(iv("[-inf, 0]"));
        assertThat(iv("[1, 1]").log()).isEqualTo(iv("[0, 0]"));
        assertThat(iv("[0, inf]").log().isEntire()).isTrue();
        assertThat(iv("[-1, 0]").log1p()).isEqualTo(iv("[-inf, 0]"));
        assertThat(iv("[-3, -1]").log1p().isEmpty()).isTrue();
        assertTight(iv("1e-40").log1p(), P, 2, "log1p(1e-40)");
        assertEncloses(iv("1e-40").log1p(), hp("0.99999999999999999999999999999999999999995e-40"), 80, "log1p(1e-40)");
        ApfloatInterval bigLog = iv("1e-1000000").log(); // −10^6·ln 10
        assertEncloses(bigLog, ApfloatMath.log(hp("10")).multiply(new Apfloat(-1_000_000)), 100, "log(1e-1000000)");
        assertTight(bigLog, P, 2, "log(1e-1000000)");
    }

    @Test
    void inverseTrigDomains() {
        ApfloatInterval halfPi = ApfloatInterval.pi(P).multiply(iv("0.5"));
        ApfloatInterval asin = iv("[-2, 2]").asin();
        assertThat(asin).isEqualTo(halfPi.negate().hull(halfPi));
        assertThat(iv("[1, 2]").asin()).isEqualTo(halfPi);
        assertThat(iv("[2, 3]").asin().isEmpty()).isTrue();
        assertThat(iv("[1, 2]").acos()).isEqualTo(iv("0"));
        assertThat(iv("[-1, -1]").acos()).isEqualTo(ApfloatInterval.pi(P));
        assertThat(iv("[-2, 2]").acos()).isEqualTo(iv("0").hull(ApfloatInterval.pi(P)));
        assertThat(iv("[entire]").atan()).isEqualTo(halfPi.negate().hull(halfPi));
        ApfloatInterval quarter = iv("[1, inf]").atan();
        assertThat(quarter.sup()).isEqualTo(halfPi.sup());
        assertEncloses(ApfloatInterval.exact(quarter.inf(), quarter.inf(), P).hull(iv("1").atan()),
                ApfloatMath.pi(150).divide(new Apfloat(4)), 90, "atan 1");
        // acos near 1 keeps relative accuracy: acos(1 − 10^-20) ≈ √2·10^-10
        ApfloatInterval small = iv("0.99999999999999999999").acos();
        assertTight(small, P, 2, "acos(1-1e-20)");
        assertEncloses(small, ApfloatMath.acos(hp("0.99999999999999999999")), 60, "acos(1-1e-20)");
    }

    @Test
    void hyperbolicDomainsAndLimits() {
        assertThat(iv("[0, 1]").atanh()).isEqualTo(iv("[0, inf]"));
        assertThat(iv("[1, 1]").atanh().isEmpty()).isTrue();
        assertThat(iv("[-1, 1]").atanh().isEntire()).isTrue();
        assertThat(iv("[-2, -1]").atanh().isEmpty()).isTrue();
        assertThat(iv("[0, 1]").acosh()).isEqualTo(iv("0"));
        assertThat(iv("[-1, 0.5]").acosh().isEmpty()).isTrue();
        assertThat(iv("[1, inf]").acosh()).isEqualTo(iv("[0, inf]"));
        ApfloatInterval ch = iv("[-1, 2]").cosh();
        assertThat(big(ch.inf())).isEqualByComparingTo("1");
        assertEncloses(ch, ApfloatMath.cosh(hp("2")), 90, "cosh 2");
        assertThat(iv("[entire]").sinh().isEntire()).isTrue();
        assertThat(iv("[entire]").tanh()).isEqualTo(iv("[-1, 1]"));
        assertThat(iv("[entire]").cosh()).isEqualTo(iv("[1, inf]"));
        ApfloatInterval flat = iv("[40, 50]").tanh();
        assertThat(big(flat.sup()).compareTo(BigDecimal.ONE)).isLessThanOrEqualTo(0);
        assertThat(big(flat.inf()).compareTo(new BigDecimal("0.99999999999999999999999999999"))).isGreaterThanOrEqualTo(0);
        assertThat(iv("[0, 0]").sinh()).isEqualTo(iv("0"));
        assertThat(iv("[0, 0]").asinh()).isEqualTo(iv("0"));
        assertThat(iv("[1, 1]").acosh()).isEqualTo(iv("0"));
    }

    @Test
    void errorFunctionLimits() {
        assertThat(iv("[entire]").erf()).isEqualTo(iv("[-1, 1]"));
        assertThat(iv("[0, inf]").erf()).isEqualTo(iv("[0, 1]"));
        ApfloatInterval wide = iv("[-1e10, 1e10]").erf();
        assertThat(big(wide.sup())).isEqualByComparingTo("1");
        assertThat(big(wide.inf())).isEqualByComparingTo("-1");
        ApfloatInterval e6 = iv("6").erf(); // 1 − erfc 6, erfc 6 ≈ 2.15e-17
        assertEncloses(e6, hp("0.99999999999999997848026328750108"), 30, "erf 6");
        assertTight(e6, P, 2, "erf 6");
    }

    @Test
    void realPowers() {
        assertThat(iv("[0, 0]").pow(iv("[1, 2]"))).isEqualTo(iv("0"));
        assertThat(iv("[0, 0]").pow(iv("[-1, 0]")).isEmpty()).isTrue();
        assertThat(iv("[-2, -1]").pow(iv("0.5")).isEmpty()).isTrue();
        assertThat(iv("[0, 1]").pow(iv("[0, 1]"))).isEqualTo(iv("[0, 1]"));
        assertThat(iv("[2, 2]").pow(iv("[3, 3]"))).isEqualTo(iv("8"));
        assertThat(iv("[-2, 2]").pow(iv("[2, 2]"))).isEqualTo(iv("[0, 4]")); // negative part dropped (pow domain)
        assertThat(iv("[0, 2]").pow(iv("[-1, 0]"))).isEqualTo(iv("[0.5, inf]"));
        assertThat(iv("[2, 2]").pow(iv("[-inf, 0]"))).isEqualTo(iv("[0, 1]"));
        assertThat(iv("[0.5, 0.5]").pow(iv("[1, inf]"))).isEqualTo(iv("[0, 0.5]"));
        assertThat(iv("[1, 1]").pow(iv("[entire]"))).isEqualTo(iv("1"));
        ApfloatInterval root = iv("4").pow(iv("0.5"));
        assertThat(root.contains(new Apfloat(2))).isTrue();
        assertTight(root, P, 2, "4^0.5");
    }

    @Test
    void atan2Quadrants() {
        ApfloatInterval pi = ApfloatInterval.pi(P);
        ApfloatInterval halfPi = pi.multiply(iv("0.5"));
        assertThat(ApfloatInterval.atan2(iv("0"), iv("0")).isEmpty()).isTrue();
        assertThat(ApfloatInterval.atan2(iv("1"), iv("0"))).isEqualTo(halfPi);
        assertThat(ApfloatInterval.atan2(iv("[-1, 0]"), iv("0"))).isEqualTo(halfPi.negate());
        assertThat(ApfloatInterval.atan2(iv("0"), iv("-1"))).isEqualTo(pi);
        assertThat(ApfloatInterval.atan2(iv("0"), iv("[0, 1]"))).isEqualTo(iv("0"));
        assertThat(ApfloatInterval.atan2(iv("[-1, 1]"), iv("[-2, -1]"))).isEqualTo(pi.negate().hull(pi));
        assertThat(ApfloatInterval.atan2(iv("[entire]"), iv("[entire]"))).isEqualTo(pi.negate().hull(pi));
        assertThat(ApfloatInterval.atan2(iv("[0, 1]"), iv("[0, 1]"))).isEqualTo(iv("0").hull(halfPi));
        ApfloatInterval q2 = ApfloatInterval.atan2(iv("[0, 1]"), iv("[-2, -1]"));
        assertThat(q2.sup()).isEqualTo(pi.sup());
        assertEncloses(q2, ApfloatMath.atan2(hp("1"), hp("-1")), 90, "atan2(1,-1)");
        assertThat(q2.contains(ApfloatMath.atan2(hp("1"), hp("-1.01")).precision(Apfloat.INFINITE))).isTrue();
        ApfloatInterval q3 = ApfloatInterval.atan2(iv("-1"), iv("-1"));
        assertEncloses(q3, ApfloatMath.atan2(hp("-1"), hp("-1")), 90, "atan2(-1,-1)");
        assertTight(q3, P, 2, "atan2(-1,-1)");
        ApfloatInterval right = ApfloatInterval.atan2(iv("[-1, 1]"), iv("[1, 2]"));
        assertEncloses(right, ApfloatMath.pi(150).divide(new Apfloat(4)), 90, "atan2 right max");
        assertEncloses(right, ApfloatMath.pi(150).divide(new Apfloat(-4)), 90, "atan2 right min");
        assertThat(big(right.sup()).compareTo(new BigDecimal("0.786"))).isLessThan(0);
        assertThat(ApfloatInterval.atan2(iv("[empty]"), iv("1")).isEmpty()).isTrue();
    }
}
