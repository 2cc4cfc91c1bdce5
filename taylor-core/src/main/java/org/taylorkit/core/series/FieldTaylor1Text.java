package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.SingularExpansionException;

/**
 * Text for {@link FieldTaylor1}: {@code toString} and the "point" of
 * {@link SingularExpansionException} messages. Coefficients print with {@link String#valueOf(Object)};
 * a coefficient whose text contains a space (a nested series) is parenthesized.
 */
final class FieldTaylor1Text {

    private FieldTaylor1Text() {
    }

    /** {@code 1.0 + 2.0 t + 0.5 t^2 + O(t^3)}; exactly-zero terms after {@code c_0} are omitted. */
    static <T> String format(FieldTaylor1<T> s) {
        Arithmetic<T> ar = s.arithmetic();
        T[] c = s.raw();
        StringBuilder b = new StringBuilder(number(c[0]));
        for (int k = 1; k < c.length; k++) {
            if (ar.isZero(c[k])) {
                continue;
            }
            String v = number(c[k]);
            if (v.startsWith("-")) {
                b.append(" - ").append(v, 1, v.length());
            } else {
                b.append(" + ").append(v);
            }
            b.append(k == 1 ? " t" : " t^" + k);
        }
        int next = c.length;
        return b.append(next == 1 ? " + O(t)" : " + O(t^" + next + ")").toString();
    }

    /** A coefficient as text, parenthesized if it is itself a compound expression. */
    static String number(Object v) {
        String s = String.valueOf(v);
        return s.indexOf(' ') >= 0 ? "(" + s + ")" : s;
    }

    /**
     * The "point" of an argument {@code a} for error messages: its constant term when non-zero, else
     * {@code "leading term c·t^m"}, or {@code "0"} when every coefficient is zero.
     */
    static <T> String point(FieldTaylor1<T> a) {
        T[] c = a.raw();
        int m = FieldTaylor1Ring.leadingIndex(a);
        if (m < 0) {
            return "0";
        }
        return m == 0 ? number(c[0]) : leadingTerm(c[m], m);
    }

    /** {@code "leading term c·t^m"}. */
    static String leadingTerm(Object coefficient, int m) {
        return "leading term " + number(coefficient) + "·t^" + m;
    }
}
