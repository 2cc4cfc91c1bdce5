package org.taylorkit.core.multi;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The text form of multivariate series, shared by the {@code double} and generic series:
 * {@code 1.0 + 2.0 x - 0.5 x^2*y + O(3)} — non-zero terms in graded-lex order, the coefficient then the
 * monomial (variables joined by {@code *}, exponents above 1 as {@code ^e}), a negative coefficient
 * shown as {@code - |c|}, and {@code O(N+1)} for the truncation (terms of total degree N + 1 and
 * higher). A series with no non-zero term prints as {@code 0.0 + O(N+1)} ({@code 0 + …} generically).
 */
public final class TermFormat {

    private TermFormat() {
    }

    /**
     * Formats the series whose coefficient at position {@code p} is rendered by {@code coefficient} and is
     * skipped when {@code isZero} holds.
     */
    public static String format(Variables vars, MonomialIndex index, IntPredicate isZero,
            IntFunction<String> coefficient, String zeroText) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < index.size(); p++) {
            if (isZero.test(p)) {
                continue;
            }
            String c = coefficient.apply(p);
            boolean negative = c.startsWith("-");
            if (sb.length() == 0) {
                sb.append(c);
            } else {
                sb.append(negative ? " - " : " + ").append(negative ? c.substring(1) : c);
            }
            if (p > 0) {
                sb.append(' ').append(monomial(vars, index, p));
            }
        }
        if (sb.length() == 0) {
            sb.append(zeroText);
        }
        return sb.append(" + O(").append(index.order() + 1).append(')').toString();
    }

    /** The monomial at {@code position} as text, e.g. {@code x^2*y}; {@code 1} for the constant. */
    public static String monomial(Variables vars, MonomialIndex index, int position) {
        StringBuilder sb = new StringBuilder();
        for (int v = 0; v < index.nvars(); v++) {
            int e = index.exponent(position, v);
            if (e == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append(vars.name(v));
            if (e > 1) {
                sb.append('^').append(e);
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }
}
