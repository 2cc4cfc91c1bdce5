package org.taylorkit.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text of enclosure bounds, rounded <em>outward</em>: a lower bound is printed as a decimal
 * ≤ it and an upper bound as a decimal ≥ it, so the printed interval still contains the range. The
 * shortest such decimal that reads back (round to nearest) as the same double is used, so bounds
 * look like {@code 0.25} or {@code -0.7568024953079283}, never longer than 17 significant digits
 * (with 17 digits, if no shorter decimal reads back, the directed rounding alone is kept). Plain
 * notation for 1e−5 ≤ |v| &lt; 1e16, otherwise {@code 1.5e-20}; infinite bounds print as
 * {@code -Infinity} and {@code Infinity}.
 */
final class EncloseText {

    private EncloseText() {
    }

    /** A decimal ≤ {@code x}. */
    static String lower(double x) {
        return outward(x, RoundingMode.FLOOR);
    }

    /** A decimal ≥ {@code x}. */
    static String upper(double x) {
        return outward(x, RoundingMode.CEILING);
    }

    /** The decimal of {@link #lower} or {@link #upper} as a number (finite {@code x} only). */
    static BigDecimal value(double x, RoundingMode mode) {
        BigDecimal exact = new BigDecimal(x);
        if (x == 0) {
            return BigDecimal.ZERO;
        }
        for (int p = 1; p <= 17; p++) {
            BigDecimal d = exact.round(new MathContext(p, mode));
            if (d.doubleValue() == x) {
                return d;
            }
        }
        return exact.round(new MathContext(17, mode));
    }

    private static String outward(double x, RoundingMode mode) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        return render(value(x, mode));
    }

    /** A width rounded up to {@code digits} significant digits, as text. */
    static String width(BigDecimal w, int digits) {
        return render(w.round(new MathContext(digits, RoundingMode.CEILING)));
    }

    /** Plain notation for 1e−5 ≤ |v| &lt; 1e16, otherwise {@code d.ddde±x}. */
    static String render(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal s = d.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1;
        if (exponent >= -5 && exponent < 16) {
            return s.toPlainString();
        }
        String digits = s.unscaledValue().abs().toString();
        return (s.signum() < 0 ? "-" : "") + digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "")
                + "e" + exponent;
    }
}
