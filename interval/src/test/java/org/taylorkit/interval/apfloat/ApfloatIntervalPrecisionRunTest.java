package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertEncloses;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertTight;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.exact;

import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** π and other constants against published digits, and full runs at 50 and 200 digits. */
class ApfloatIntervalPrecisionRunTest {

    /**
     * π to 100 decimal places, as published in OEIS A000796 (https://oeis.org/A000796) and in every
     * table of π: 3.14159 26535 89793 23846 26433 83279 50288 41971 69399 37510 58209 74944 59230 78164
     * 06286 20899 86280 34825 34211 70679.
     */
    private static final String PI_100 =
            "3.1415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679";

    /** e to 60 decimal places (OEIS A001113). */
    private static final String E_60 = "2.718281828459045235360287471352662497757247093699959574966967";

    /** ln 2 to 60 decimal places (OEIS A002162). */
    private static final String LN2_60 = "0.693147180559945309417232121458176568075500134360255254120680";

    @Test
    void piAgreesWithTheFirstHundredPublishedDecimals() {
        // 101 significant digits: the enclosure must be [T, T + 10^-100] with T the published truncation,
        // because the next published digit (8) is neither 0 nor 9: π lies strictly inside that cell
        ApfloatInterval pi = ApfloatInterval.pi(101);
        Apfloat t = exact(PI_100);
        assertThat(pi.inf().compareTo(t)).isEqualTo(0);
        assertThat(pi.sup().compareTo(t.add(exact("1e-100")))).isEqualTo(0);
        // and at fewer digits it still contains the published value's cell
        for (int d = 1; d <= 100; d += 11) {
            ApfloatInterval p = ApfloatInterval.pi(d);
            assertThat(p.contains(t) && p.contains(t.add(exact("1e-100")))).as("pi(%d) = %s", d, p).isTrue();
        }
    }

    @Test
    void piAtAThousandDigits() {
        ApfloatInterval pi = ApfloatInterval.pi(1000);
        assertEncloses(pi, ApfloatMath.pi(1100), 1050, "pi(1000)");
        assertTight(pi, 1000, 1, "pi(1000)");
    }

    @Test
    void eAndLn2AgreeWithPublishedDigits() {
        ApfloatInterval e = ApfloatInterval.of("1", 55).exp();
        ApfloatInterval ln2 = ApfloatInterval.of("2", 55).log();
        // the published 60-decimal truncations T satisfy T < value < T + 10^-60
        assertThat(e.inf().compareTo(exact(E_60).add(exact("1e-60"))) < 0 && e.sup().compareTo(exact(E_60)) > 0).isTrue();
        assertThat(ln2.inf().compareTo(exact(LN2_60).add(exact("1e-60"))) < 0 && ln2.sup().compareTo(exact(LN2_60)) > 0)
                .isTrue();
        assertTight(e, 55, 1, "e");
        assertTight(ln2, 55, 1, "ln 2");
    }

    private static void check(String name, UnaryOperator<ApfloatInterval> f, Apfloat ref, String x, int digits) {
        ApfloatInterval r = f.apply(ApfloatInterval.of(x, digits));
        String what = name + "(" + x + ") at " + digits + " digits = " + r;
        assertEncloses(r, ref, 3L * digits, what);
        assertTight(r, digits, 2, what);
    }

    @ParameterizedTest(name = "digits={0}")
    @ValueSource(ints = {50, 200})
    void everyFunctionAtHighPrecision(int digits) {
        long q = 3L * digits + 40;
        String[] xs = {"0.7", "-2.25", "1e-12", "13.5"};
        for (String x : xs) {
            Apfloat a = exact(x).precision(q);
            check("exp", ApfloatInterval::exp, ApfloatMath.exp(a), x, digits);
            check("sin", ApfloatInterval::sin, ApfloatMath.sin(a), x, digits);
            check("cos", ApfloatInterval::cos, ApfloatMath.cos(a), x, digits);
            check("tan", ApfloatInterval::tan, ApfloatMath.tan(a), x, digits);
            check("atan", ApfloatInterval::atan, ApfloatMath.atan(a), x, digits);
            check("sinh", ApfloatInterval::sinh, ApfloatMath.sinh(a.precision(q + 20)), x, digits);
            check("tanh", ApfloatInterval::tanh, ApfloatMath.tanh(a.precision(q + 20)), x, digits);
            check("asinh", ApfloatInterval::asinh, ApfloatMath.asinh(a.precision(q + 20)), x, digits);
            check("cbrt", ApfloatInterval::cbrt, ApfloatMath.cbrt(a), x, digits);
            if (a.signum() > 0) {
                check("log", ApfloatInterval::log, ApfloatMath.log(a), x, digits);
                check("sqrt", ApfloatInterval::sqrt, ApfloatMath.sqrt(a), x, digits);
                check("acosh", ApfloatInterval::acosh, ApfloatMath.acosh(a.add(new Apfloat(1))),
                        new java.math.BigDecimal(x).add(java.math.BigDecimal.ONE).toString(), digits);
            }
            if (ApfloatMath.abs(a).compareTo(new Apfloat(1)) < 0) {
                check("asin", ApfloatInterval::asin, ApfloatMath.asin(a), x, digits);
                check("acos", ApfloatInterval::acos, ApfloatMath.acos(a), x, digits);
                check("atanh", ApfloatInterval::atanh, ApfloatMath.atanh(a.precision(q + 20)), x, digits);
                check("erf", ApfloatInterval::erf, ApfloatMath.erf(a.precision(q + 20)), x, digits);
                check("log1p", ApfloatInterval::log1p, ApfloatMath.log(a.precision(q + 20).add(new Apfloat(1))), x, digits);
                check("expm1", ApfloatInterval::expm1, ApfloatMath.exp(a.precision(q + 20)).subtract(new Apfloat(1)), x, digits);
            }
        }
    }
}
