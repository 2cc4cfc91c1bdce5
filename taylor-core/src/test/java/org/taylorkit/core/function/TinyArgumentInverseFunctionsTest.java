package org.taylorkit.core.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.ElementaryFunction;

/**
 * asin, acos, atan, acot, asinh and atanh at tiny Apfloat arguments. Apfloat evaluates them at a working
 * precision growing with the argument's negative exponent: asin(10⁻³⁰⁰⁰) took seconds and acos of a
 * smaller argument exhausted a 14 GB heap inside the interval fuzz's reference. The values are checked
 * against their Maclaurin series (A&amp;S 4.4.40–42, 4.6.31, 4.6.33) summed in {@link BigDecimal}, with π
 * from its published 60-digit expansion; the time-out only guards against a hang.
 */
class TinyArgumentInverseFunctionsTest {

    private static final int DIGITS = 40;
    private static final MathContext MC = new MathContext(80);
    private static final BigDecimal PI =
            new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494");
    private static final BigDecimal HALF_PI = PI.divide(BigDecimal.valueOf(2), MC);

    @ParameterizedTest(name = "x = ±{0}")
    @ValueSource(strings = {"3e-15", "7.25e-21", "1e-30", "4.5e-300", "1e-3000", "2e-1000000"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void inverseFunctionsMatchTheirSeries(String tiny) {
        for (String s : new String[] {tiny, "-" + tiny}) {
            BigDecimal x = new BigDecimal(s);
            check(Functions.ASIN, s, series(x, 1, 6, 3, 40, 5, 112));
            check(Functions.ATAN, s, series(x, -1, 3, 1, 5, -1, 7));
            check(Functions.ASINH, s, series(x, -1, 6, 3, 40, -5, 112));
            check(Functions.ATANH, s, series(x, 1, 3, 1, 5, 1, 7));
            check(Functions.ACOS, s, HALF_PI.subtract(series(x, 1, 6, 3, 40, 5, 112), MC));
            check(Functions.ACOT, s, HALF_PI.subtract(series(x, -1, 3, 1, 5, -1, 7), MC));
            // acot of a huge argument is atan of a tiny one
            BigDecimal inverse = BigDecimal.ONE.divide(x, MC);
            check(Functions.ACOT, inverse.toString(), x.signum() > 0 ? series(x, -1, 3, 1, 5, -1, 7)
                    : PI.add(series(x, -1, 3, 1, 5, -1, 7), MC));
        }
    }

    /** x + (a/b)x³ + (c/d)x⁵ + (e/f)x⁷: exact beyond 80 digits for |x| ≤ 3·10⁻¹⁵. */
    private static BigDecimal series(BigDecimal x, int a, int b, int c, int d, int e, int f) {
        BigDecimal x2 = x.multiply(x, MC);
        UnaryOperator<BigDecimal> times = v -> v.multiply(x2, MC);
        BigDecimal x3 = times.apply(x);
        BigDecimal x5 = times.apply(x3);
        BigDecimal x7 = times.apply(x5);
        return x.add(term(x3, a, b), MC).add(term(x5, c, d), MC).add(term(x7, e, f), MC);
    }

    private static BigDecimal term(BigDecimal power, int num, int den) {
        return power.multiply(BigDecimal.valueOf(num)).divide(BigDecimal.valueOf(den), MC);
    }

    private static void check(ElementaryFunction f, String argument, BigDecimal expected) {
        ApfloatPrecision p = new ApfloatPrecision(DIGITS);
        Apfloat value = f.value(new Apfloat(argument, DIGITS + 20L), p);
        BigDecimal got = new BigDecimal(value.toString(false));
        BigDecimal relative = got.subtract(expected, MC).abs().divide(expected.abs(), MC);
        assertThat(relative.compareTo(new BigDecimal("1e-39")))
                .as("%s(%s) = %s, series %s", f.name(), argument, got, expected.round(new MathContext(45)))
                .isNegative();
    }
}
