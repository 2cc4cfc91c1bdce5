package org.taylorkit.interval.itf1788;

import java.util.List;

/**
 * One argument or expected result of an ITL test vector (ITF1788's test language).
 *
 * <p>Interval literals keep their bounds as the double nearest the written number (ITL bounds are
 * C99 decimal or hexadecimal constants, compiled by ITF1788 to double literals). {@code decoration} is
 * the {@code _xxx} suffix or {@code null} for a bare interval; {@code [nai]} is its own kind.
 */
record ItlValue(Kind kind, double lo, double hi, String decoration, String text, List<ItlValue> items) {

    /** What the token denotes. */
    enum Kind {
        /** {@code [a, b]}, {@code [empty]}, {@code [entire]}, optionally decorated. */
        INTERVAL,
        /** {@code [nai]}: not an interval. */
        NAI,
        /** A number (decimal, hexadecimal, {@code ±infinity}, {@code NaN}); {@code lo} is its nearest double, {@code text} its spelling. */
        NUMBER,
        /** {@code true} / {@code false} (in {@code text}). */
        BOOLEAN,
        /** A quoted string (without quotes, in {@code text}). */
        STRING,
        /** A word: an overlap state or a decoration name (in {@code text}). */
        WORD,
        /** A brace list {@code {a, b, …}} of numbers (in {@code items}). */
        LIST
    }

    static ItlValue interval(double lo, double hi, String decoration) {
        return new ItlValue(Kind.INTERVAL, lo, hi, decoration, null, List.of());
    }

    static ItlValue empty(String decoration) {
        return interval(Double.NaN, Double.NaN, decoration);
    }

    static ItlValue nai() {
        return new ItlValue(Kind.NAI, Double.NaN, Double.NaN, "ill", null, List.of());
    }

    static ItlValue number(double value, String text) {
        return new ItlValue(Kind.NUMBER, value, value, null, text, List.of());
    }

    static ItlValue word(Kind kind, String text) {
        return new ItlValue(kind, Double.NaN, Double.NaN, null, text, List.of());
    }

    static ItlValue list(List<ItlValue> items) {
        return new ItlValue(Kind.LIST, Double.NaN, Double.NaN, null, null, List.copyOf(items));
    }

    boolean isEmptyInterval() {
        return kind == Kind.INTERVAL && Double.isNaN(lo);
    }

    /** Decorated interval or NaI: a vector containing one exercises the decorated operation. */
    boolean isDecorated() {
        return kind == Kind.NAI || (kind == Kind.INTERVAL && decoration != null);
    }

    @Override
    public String toString() {
        switch (kind) {
            case INTERVAL:
                String body = isEmptyInterval() ? "[empty]" : "[" + hex(lo) + ", " + hex(hi) + "]";
                return decoration == null ? body : body + "_" + decoration;
            case NAI:
                return "[nai]";
            case NUMBER:
                return text;
            case STRING:
                return "\"" + text + "\"";
            case LIST:
                return items.toString();
            default:
                return text;
        }
    }

    /** A double in the C99 hexadecimal form (exact), infinities as {@code ±infinity}. */
    static String hex(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "infinity" : "-infinity";
        }
        return x == 0 ? (1 / x < 0 ? "-0.0" : "0.0") : Double.toHexString(x);
    }
}
