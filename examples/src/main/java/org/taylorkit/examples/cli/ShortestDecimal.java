package org.taylorkit.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a {@code double} as the shortest decimal that reads back as the same double.
 *
 * <p>{@link Double#toString(double)} on Java 17 sometimes prints more digits than needed (fixed
 * only in JDK 19, JDK-4511638), so this tries 1, 2, …, 17 significant digits, each correctly
 * rounded from the exact binary value, and keeps the first that round-trips. 17 digits always do.
 * Plain notation for 1e−5 ≤ |v| &lt; 1e16, otherwise {@code 1.5e-20}. Non-finite values print as
 * {@code NaN}, {@code Infinity}, {@code -Infinity}.
 */
public final class ShortestDecimal {

    private ShortestDecimal() {
    }

    /** The shortest round-tripping decimal of {@code v}. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0.0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                shortest = candidate;
                break;
            }
        }
        return render(shortest.stripTrailingZeros(), Math.abs(v));
    }

    /** The value as a {@link BigDecimal} with the shortest round-tripping digits (finite v only). */
    public static BigDecimal toBigDecimal(double v) {
        return new BigDecimal(format(v).replace("e", "E"));
    }

    private static String render(BigDecimal d, double magnitude) {
        if (magnitude >= 1e-5 && magnitude < 1e16) {
            String s = d.toPlainString();
            return s.contains(".") ? s : s + ".0";
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        StringBuilder sb = new StringBuilder();
        if (d.signum() < 0) {
            sb.append('-');
        }
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent);
        return sb.toString();
    }
}
