package org.taylorkit.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taylorkit.core.expr.Expr;

/**
 * Parses option values of the form {@code x=1.5,y=pi/4}: names with expression values, split at
 * top-level commas (commas inside parentheses or brackets belong to the value), in the order given.
 */
final class Assignments {

    private Assignments() {
    }

    /**
     * @param text the option value
     * @param option the option's name, for messages (e.g. {@code --at})
     * @return name → unparsed value text, in order
     * @throws IllegalArgumentException naming the option and the faulty part
     */
    static Map<String, String> split(String text, String option) {
        checkBrackets(text, option);
        Map<String, String> result = new LinkedHashMap<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ',';
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth <= 0) {
                String part = text.substring(start, i).trim();
                start = i + 1;
                if (part.isEmpty()) {
                    throw new IllegalArgumentException(option + ": empty entry in '" + text + "' (expected name=value[,name=value...])");
                }
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new IllegalArgumentException(option + ": expected name=value, got '" + part + "'");
                }
                String name = part.substring(0, eq).trim();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException(option + ": '" + name + "' is not a valid name");
                }
                if (result.put(name, part.substring(eq + 1).trim()) != null) {
                    throw new IllegalArgumentException(option + ": '" + name + "' is given twice");
                }
            }
        }
        return result;
    }

    /**
     * Checks that the brackets and parentheses of an option value pair up, so that a missing ']' is
     * reported as such rather than as the entries after it being swallowed into one value (then "no
     * initial value for y"): {@code <option>: unbalanced brackets in '<text>' (a missing ']')}, or a stray
     * ']' or ')', or one closing the other kind.
     *
     * @throws IllegalArgumentException naming the option, quoting the text and the bracket at fault
     */
    static void checkBrackets(String text, String option) {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') {
                open.push(ch);
            } else if (ch == ')' || ch == ']') {
                if (open.isEmpty()) {
                    throw unbalanced(text, option, "a stray '" + ch + "'");
                }
                char expected = open.pop() == '(' ? ')' : ']';
                if (ch != expected) {
                    throw unbalanced(text, option, "'" + ch + "' where '" + expected + "' closes");
                }
            }
        }
        if (!open.isEmpty()) {
            throw unbalanced(text, option, "a missing '" + (open.pop() == '(' ? ')' : ']') + "'");
        }
    }

    private static IllegalArgumentException unbalanced(String text, String option, String what) {
        return new IllegalArgumentException(option + ": unbalanced brackets in '" + text + "' (" + what + ")");
    }

    /**
     * The value of a constant for double arithmetic: finite, or an error that names the option and the
     * variable and points to {@code --digits} (1e3000 would otherwise become Infinity and the results NaN).
     */
    static double finiteDouble(String name, String value, String option) {
        double v = constant(name, value, option).evaluateDouble(java.util.Map.of());
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(option + ": value of " + name + " ('" + value + "') is "
                    + (Double.isNaN(v) ? "undefined (NaN)" : "beyond the double range (" + v + ")")
                    + " in double arithmetic; add --digits N to compute with N-digit arbitrary precision");
        }
        return v;
    }

    static Expr constant(String name, String value, String option) {
        Expr e;
        try {
            e = Expr.parse(value);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(option + ": value of " + name + " ('" + value + "'): " + ex.getMessage(), ex);
        }
        if (!e.symbols().isEmpty()) {
            throw new IllegalArgumentException(option + ": value of " + name + " ('" + value
                    + "') must be a number or a constant expression, but uses " + String.join(", ", e.symbols()));
        }
        return e;
    }
}
