package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.Apfloat;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;

/** Assertions and conversions shared by the FieldTaylor1 / GenericKernels / Apfloat tests. */
public final class FieldTaylor1Assertions {

    public static final BoxedDoubleArithmetic BOXED = BoxedDoubleArithmetic.INSTANCE;

    private FieldTaylor1Assertions() {
    }

    /** Boxed-double series from primitive coefficients. */
    public static FieldTaylor1<Double> series(double... c) {
        Double[] b = new Double[c.length];
        for (int k = 0; k < c.length; k++) {
            b[k] = c[k];
        }
        return FieldTaylor1.of(BOXED, b);
    }

    /**
     * Asserts {@code |actual_k − expected_k| ≤ tol·max(1, |expected_k|)} for every k and equal orders.
     */
    public static void assertClose(double[] expected, FieldTaylor1<Double> actual, double tol, String what) {
        assertThat(actual.order()).as(what + ": order").isEqualTo(expected.length - 1);
        for (int k = 0; k < expected.length; k++) {
            double e = expected[k];
            double a = actual.coefficient(k);
            assertThat(Math.abs(a - e))
                    .as("%s: coefficient %d, expected %s, got %s", what, k, e, a)
                    .isLessThanOrEqualTo(tol * Math.max(1.0, Math.abs(e)));
        }
    }

    /** {@link #assertClose(double[], FieldTaylor1, double, String)} against another series. */
    public static void assertClose(FieldTaylor1<Double> expected, FieldTaylor1<Double> actual, double tol, String what) {
        assertClose(expected.toDoubleArray(), actual, tol, what);
    }

    /** The exact decimal value of an Apfloat (its {@code toString} is a BigDecimal literal). */
    public static BigDecimal big(Apfloat x) {
        return new BigDecimal(x.toString());
    }

    /**
     * How many units in the {@code digits}-th significant digit of {@code expected} separate
     * {@code actual} from it: {@code |actual − expected| / 10^{e − digits + 1}} with
     * {@code 10^e ≤ |expected| < 10^{e+1}}.
     */
    public static double unitsInLastDigit(BigDecimal expected, Apfloat actual, int digits) {
        BigDecimal diff = big(actual).subtract(expected).abs();
        int e = expected.precision() - expected.scale() - 1; // floor(log10 |expected|)
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(e - digits + 1);
        return diff.divide(unit, new MathContext(10, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /** {@code p/q} to 80 significant digits. */
    public static BigDecimal ratio(java.math.BigInteger p, java.math.BigInteger q) {
        return new BigDecimal(p).divide(new BigDecimal(q), new MathContext(80, RoundingMode.HALF_EVEN));
    }
}
