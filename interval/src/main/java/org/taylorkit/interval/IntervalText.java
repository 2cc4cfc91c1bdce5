package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Text input and output of {@link Interval}: parsing of the IEEE 1788 interval literals (subset)
 * with outward rounding of decimal bounds, and outward-rounded decimal formatting.
 *
 * <p>Rigor: a decimal bound is converted exactly to {@link BigDecimal} and rounded with
 * {@link DirectedRounding#roundDown}/{@link DirectedRounding#roundUp} (certified by exact
 * comparison), so the parsed interval contains the decimal interval written. Formatting rounds
 * the exact decimal value of each double bound with {@link RoundingMode#FLOOR} (lower) and
 * {@link RoundingMode#CEILING} (upper), so the printed decimals contain the interval.
 */
final class IntervalText {

    private IntervalText() {
    }

    static Interval parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("cannot parse an interval from null text");
        }
        String s = text.trim();
        if (s.isEmpty()) {
            throw error(text, "the text is empty");
        }
        if (!s.startsWith("[")) {
            if (s.endsWith("]")) {
                throw error(text, "missing '['");
            }
            BigDecimal v = number(text, s, "the number");
            return enclose(v);
        }
        if (!s.endsWith("]")) {
            throw error(text, "missing closing ']'");
        }
        String inner = s.substring(1, s.length() - 1).trim();
        if (inner.isEmpty() || inner.equalsIgnoreCase("empty")) {
            return Interval.empty();
        }
        if (inner.equalsIgnoreCase("entire")) {
            return Interval.entire();
        }
        String[] parts = inner.split(",", -1);
        if (parts.length == 1) {
            return enclose(number(text, parts[0].trim(), "the number"));
        }
        if (parts.length != 2) {
            throw error(text, "expected '[lower, upper]' with exactly one comma, found " + (parts.length - 1));
        }
        String loText = parts[0].trim();
        String hiText = parts[1].trim();
        double lo;
        double hi;
        BigDecimal loV = null;
        BigDecimal hiV = null;
        int loInf = infinity(loText);
        int hiInf = infinity(hiText);
        if (loInf > 0) {
            throw error(text, "the lower bound cannot be +infinity");
        }
        if (hiInf < 0) {
            throw error(text, "the upper bound cannot be -infinity");
        }
        if (loInf < 0) {
            lo = Double.NEGATIVE_INFINITY;
        } else {
            loV = number(text, loText, "the lower bound");
            lo = DirectedRounding.roundDown(loV);
        }
        if (hiInf > 0) {
            hi = Double.POSITIVE_INFINITY;
        } else {
            hiV = number(text, hiText, "the upper bound");
            hi = DirectedRounding.roundUp(hiV);
        }
        if (loV != null && hiV != null && loV.compareTo(hiV) > 0) {
            throw error(text, "the lower bound " + loText + " exceeds the upper bound " + hiText);
        }
        // roundDown of a finite decimal is < +∞ and roundUp > −∞, so [lo, hi] is valid
        return Interval.make(lo, hi);
    }

    static Interval fromDecimal(String decimal) {
        if (decimal == null) {
            throw new NumberFormatException("fromDecimal: null text");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(decimal.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("fromDecimal: \"" + decimal + "\" is not a decimal number");
        }
        return enclose(v);
    }

    /** The tightest enclosure of a decimal value. */
    static Interval enclose(BigDecimal v) {
        return Interval.make(DirectedRounding.roundDown(v), DirectedRounding.roundUp(v));
    }

    /** −1 for a −∞ token, +1 for +∞, 0 otherwise. */
    private static int infinity(String t) {
        String u = t.toLowerCase(Locale.ROOT);
        if (u.equals("-inf") || u.equals("-infinity")) {
            return -1;
        }
        if (u.equals("+inf") || u.equals("inf") || u.equals("+infinity") || u.equals("infinity")) {
            return 1;
        }
        return 0;
    }

    private static BigDecimal number(String text, String token, String what) {
        if (token.isEmpty()) {
            throw error(text, what + " is missing");
        }
        if (infinity(token) != 0) {
            throw error(text, what + " '" + token + "' is infinite; a single number must be finite");
        }
        try {
            return new BigDecimal(token);
        } catch (NumberFormatException e) {
            throw error(text, what + " '" + token + "' is not a decimal number");
        }
    }

    private static IllegalArgumentException error(String text, String why) {
        return new IllegalArgumentException("cannot parse interval \"" + text + "\": " + why);
    }

    // ------------------------------------------------------------------ output

    static String format(Interval x, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("format: significantDigits must be ≥ 1, got " + digits);
        }
        if (x.isEmpty()) {
            return "[empty]";
        }
        if (x.isEntire()) {
            return "[entire]";
        }
        String lo = x.lo() == Double.NEGATIVE_INFINITY ? "-inf"
                : decimal(new BigDecimal(x.lo()).round(new MathContext(digits, RoundingMode.FLOOR)));
        String hi = x.hi() == Double.POSITIVE_INFINITY ? "+inf"
                : decimal(new BigDecimal(x.hi()).round(new MathContext(digits, RoundingMode.CEILING)));
        return "[" + lo + ", " + hi + "]";
    }

    private static String decimal(BigDecimal v) {
        if (v.signum() == 0) {
            return "0";
        }
        BigDecimal s = v.stripTrailingZeros();
        int exponent = s.precision() - s.scale() - 1; // decimal exponent of the leading digit
        if (exponent >= -6 && exponent < 21) {
            return s.toPlainString();
        }
        return s.toString();
    }

    static String repr(Interval x) {
        if (x.isEmpty()) {
            return "[empty]";
        }
        if (x.isEntire()) {
            return "[entire]";
        }
        return "[" + bound(x.lo()) + ", " + bound(x.hi()) + "]";
    }

    private static String bound(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "+inf";
        }
        return Double.toString(v);
    }
}
