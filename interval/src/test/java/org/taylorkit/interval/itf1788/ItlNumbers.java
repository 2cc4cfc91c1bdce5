package org.taylorkit.interval.itf1788;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * ITL number tokens (C99 decimal and hexadecimal floating constants, {@code ±infinity}, {@code NaN})
 * to exact values and nearest doubles.
 */
final class ItlNumbers {

    private ItlNumbers() {
    }

    /** True when the token spells a number rather than a word. */
    static boolean isNumber(String token) {
        String t = stripSign(token).toLowerCase(Locale.ROOT);
        return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.'
                || t.equals("infinity") || t.equals("nan") || t.equals("inf"));
    }

    /** The double nearest to the token's value (ties to even). */
    static double nearest(String token) {
        Double special = special(token);
        if (special != null) {
            return special;
        }
        double d = exact(token).doubleValue();
        return token.trim().startsWith("-") && d == 0 ? -0.0 : d;
    }

    private static Double special(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        boolean negative = t.startsWith("-");
        String body = stripSign(t);
        if (body.equals("infinity") || body.equals("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        return null;
    }

    /** The exact value of a finite decimal or hexadecimal constant. */
    static BigDecimal exact(String token) {
        String t = token.trim();
        boolean negative = t.startsWith("-");
        String body = stripSign(t);
        if (body.endsWith("f") || body.endsWith("F") || body.endsWith("l") || body.endsWith("L")) {
            if (!body.toLowerCase(Locale.ROOT).startsWith("0x") || body.toLowerCase(Locale.ROOT).contains("p")) {
                body = body.substring(0, body.length() - 1);
            }
        }
        BigDecimal v = body.toLowerCase(Locale.ROOT).startsWith("0x") ? hex(body.substring(2)) : new BigDecimal(body);
        return negative ? v.negate() : v;
    }

    /** {@code digits[.digits][p±e]} in base 16 with a binary exponent, exactly. */
    private static BigDecimal hex(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int p = lower.indexOf('p');
        int exponent = p < 0 ? 0 : Integer.parseInt(lower.substring(p + 1).replace("+", ""));
        String mantissa = p < 0 ? lower : lower.substring(0, p);
        int dot = mantissa.indexOf('.');
        if (dot >= 0) {
            exponent -= 4 * (mantissa.length() - dot - 1);
            mantissa = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        }
        BigDecimal m = new BigDecimal(new BigInteger(mantissa.isEmpty() ? "0" : mantissa, 16));
        if (exponent >= 0) {
            return m.multiply(new BigDecimal(BigInteger.TWO.pow(exponent)));
        }
        // 2^−e = 5^e · 10^−e exactly
        return m.multiply(new BigDecimal(BigInteger.valueOf(5).pow(-exponent))).movePointLeft(-exponent);
    }

    private static String stripSign(String t) {
        String s = t.trim();
        return s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    }
}
