package org.taylorkit.interval.apfloat;

import java.util.Locale;
import org.apfloat.Apfloat;
import org.taylorkit.core.ApfloatDecimal;

/**
 * Text input and output of {@link ApfloatInterval}: IEEE 1788 style bracket forms and decimal
 * endpoints rounded outward.
 */
final class ApfloatIntervalText {

    private ApfloatIntervalText() {}

    /** See {@link ApfloatInterval#of(String, long)}. */
    static ApfloatInterval parse(String text, long digits) {
        if (text == null) {
            throw new NumberFormatException("interval text is null");
        }
        String t = text.trim();
        if (!t.startsWith("[")) {
            Apfloat v = number(t, text);
            if (v == null) {
                throw new NumberFormatException("a point must be a finite decimal number: \"" + text + "\"");
            }
            return ApfloatInterval.point(v, digits);
        }
        if (!t.endsWith("]")) {
            throw new NumberFormatException("missing ']' in interval \"" + text + "\"");
        }
        String body = t.substring(1, t.length() - 1).trim();
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.equals("empty") || lower.isEmpty()) {
            return ApfloatInterval.empty(digits);
        }
        if (lower.equals("entire")) {
            return ApfloatInterval.entire(digits);
        }
        int comma = body.indexOf(',');
        if (comma < 0) {
            Apfloat v = number(body, text);
            if (v == null) {
                throw new NumberFormatException("a point must be a finite decimal number: \"" + text + "\"");
            }
            return ApfloatInterval.point(v, digits);
        }
        if (body.indexOf(',', comma + 1) >= 0) {
            throw new NumberFormatException("too many ',' in interval \"" + text + "\"");
        }
        String a = body.substring(0, comma).trim();
        String b = body.substring(comma + 1).trim();
        Apfloat lo = a.isEmpty() ? null : number(a, text);
        Apfloat hi = b.isEmpty() ? null : number(b, text);
        if (a.isEmpty() || isInfinity(a)) {
            if (!a.isEmpty() && !a.startsWith("-")) {
                throw new NumberFormatException("lower endpoint +inf is not allowed: \"" + text + "\"");
            }
            lo = null;
        }
        if (b.isEmpty() || isInfinity(b)) {
            if (b.startsWith("-")) {
                throw new NumberFormatException("upper endpoint -inf is not allowed: \"" + text + "\"");
            }
            hi = null;
        }
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            throw new NumberFormatException("lower endpoint exceeds upper endpoint in \"" + text + "\"");
        }
        if (lo == null && hi == null) {
            return ApfloatInterval.entire(digits);
        }
        if (lo == null) {
            return ApfloatInterval.atMost(hi, digits);
        }
        if (hi == null) {
            return ApfloatInterval.atLeast(lo, digits);
        }
        return ApfloatInterval.of(lo, hi, digits);
    }

    private static boolean isInfinity(String s) {
        String u = s.toLowerCase(Locale.ROOT);
        if (u.startsWith("+") || u.startsWith("-")) {
            u = u.substring(1);
        }
        return u.equals("inf") || u.equals("infinity");
    }

    /** The exact value of a decimal, or null for an infinity word. */
    private static Apfloat number(String s, String whole) {
        if (isInfinity(s)) {
            return null;
        }
        try {
            return ApfloatDirected.parseDecimal(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a decimal number: \"" + s + "\" in \"" + whole + "\"");
        }
    }

    /** {@code "[lo, hi]"}; endpoints rounded outward to {@code sig} digits, or exact if {@code sig < 0}. */
    static String format(ApfloatInterval x, long sig) {
        if (x.isEmpty()) {
            return "[empty]";
        }
        if (x.isEntire()) {
            return "[entire]";
        }
        String lo = x.lo() == null ? "-inf"
                : ApfloatDecimal.text(sig < 0 ? x.lo() : ApfloatDirected.down(x.lo(), sig));
        String hi = x.hi() == null ? "+inf"
                : ApfloatDecimal.text(sig < 0 ? x.hi() : ApfloatDirected.up(x.hi(), sig));
        return "[" + lo + ", " + hi + "]";
    }
}
