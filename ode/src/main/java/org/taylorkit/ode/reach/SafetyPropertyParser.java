package org.taylorkit.ode.reach;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.ExpressionSyntaxException;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/**
 * Reads the text of a {@link SafetyProperty}: {@code lhs REL rhs [on [a, b]]}. Every error names the
 * 1-based column in the whole text and what is wrong.
 */
final class SafetyPropertyParser {

    private static final Pattern WINDOW = Pattern.compile("\\bon\\s*\\[");

    private SafetyPropertyParser() {
    }

    static SafetyProperty parse(String text, List<String> variables, Set<String> parameters) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty property: expected e.g. \"y < 2.75\" or \"x > 0.9 on [1,5]\"");
        }
        String condition = text;
        Interval start = null;
        Interval end = null;
        int on = windowKeyword(text);
        if (on >= 0) {
            condition = text.substring(0, on);
            Interval[] w = window(text, text.indexOf('[', on));
            start = w[0];
            end = w[1];
        }
        int depth = 0;
        int at = -1;
        Relation relation = null;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && (c == '<' || c == '>' || c == '=' || c == '!')) {
                boolean eq = i + 1 < condition.length() && condition.charAt(i + 1) == '=';
                if (c == '=' || c == '!') {
                    throw error(text, i, "'" + (eq ? c + "=" : String.valueOf(c)) + "' is not a relation of a safety property"
                            + " (use <, <=, > or >=)");
                }
                Relation r = c == '<' ? (eq ? Relation.LESS_EQUAL : Relation.LESS) : (eq ? Relation.GREATER_EQUAL : Relation.GREATER);
                if (relation != null) {
                    throw error(text, i, "a second relation '" + r.symbol() + "' (one inequality per property;"
                            + " write 0 < x < 1 as two properties)");
                }
                relation = r;
                at = i;
                if (eq) {
                    i++;
                }
            }
        }
        if (relation == null) {
            throw error(text, condition.length(), "expected a relation <, <=, > or >= (e.g. \"y < 2.75\")");
        }
        int rhsStart = at + relation.symbol().length();
        Expr lhs = side(text, 0, at, "left", relation, variables, parameters);
        Expr rhs = side(text, rhsStart, condition.length(), "right", relation, variables, parameters);
        return new SafetyProperty(text, lhs, relation, rhs, start, end, variables);
    }

    /** The index of the window keyword {@code on [} outside parentheses, or −1. */
    private static int windowKeyword(String text) {
        Matcher m = WINDOW.matcher(text);
        int found = -1;
        while (m.find()) {
            found = m.start();
        }
        return found;
    }

    /** The window {@code [a, b]} starting at {@code open}: enclosures of a and b. */
    private static Interval[] window(String text, int open) {
        int close = text.lastIndexOf(']');
        if (close < open) {
            throw error(text, text.length(), "the time window needs a closing ']' (e.g. \"on [1,5]\")");
        }
        if (!text.substring(close + 1).isBlank()) {
            throw error(text, close + 1, "unexpected text after the time window");
        }
        String inner = text.substring(open + 1, close);
        int comma = inner.indexOf(',');
        if (comma < 0 || inner.indexOf(',', comma + 1) >= 0) {
            throw error(text, open, "the time window must be [a,b] with two bounds");
        }
        Interval a = constant(text, open + 1, open + 1 + comma, "window start");
        Interval b = constant(text, open + 2 + comma, close, "window end");
        if (a.inf() > b.sup()) {
            throw error(text, open, "the time window [" + inner.strip() + "] is empty (its start is after its end)");
        }
        return new Interval[] {a, b};
    }

    private static Interval constant(String text, int from, int to, String what) {
        String s = text.substring(from, to);
        if (s.isBlank()) {
            throw error(text, from, "the " + what + " is missing");
        }
        Expr e;
        try {
            e = Expr.parse(s);
        } catch (ExpressionSyntaxException ex) {
            throw syntax(text, from, what, ex);
        }
        if (!e.symbols().isEmpty()) {
            throw error(text, from + leading(s), "the " + what + " must be a constant, but it uses " + e.symbols());
        }
        Interval v = e.evaluate(IntervalArithmetic.INSTANCE, Map.of());
        if (v.isEmpty() || !v.isBounded()) {
            throw error(text, from + leading(s), "the " + what + " '" + s.strip() + "' is not a finite number");
        }
        return v;
    }

    private static Expr side(String text, int from, int to, String which, Relation r, List<String> variables,
            Set<String> parameters) {
        String s = text.substring(from, to);
        if (s.isBlank()) {
            throw error(text, which.equals("left") ? from : to, "nothing on the " + which + " of '" + r.symbol() + "'");
        }
        Expr e;
        try {
            e = Expr.parse(s, parameters);
        } catch (ExpressionSyntaxException ex) {
            throw syntax(text, from, which + " side", ex);
        }
        for (String name : e.symbols()) {
            if (!"t".equals(name) && !variables.contains(name) && !parameters.contains(name)) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(s);
                int col = m.find() ? from + m.start() : from;
                throw error(text, col, "unknown variable '" + name + "' (state variables: " + String.join(", ", variables)
                        + (parameters.isEmpty() ? "" : "; parameters: " + String.join(", ", parameters.stream().sorted().toList()))
                        + "; and the time t)");
            }
        }
        return e;
    }

    private static IllegalArgumentException syntax(String text, int offset, String what, ExpressionSyntaxException ex) {
        String prefix = "column " + ex.column() + ": ";
        String m = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
        return error(text, offset + ex.column() - 1, "in the " + what + ": " + m);
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** An error at the 0-based index {@code index} of {@code text}, reported as a 1-based column. */
    private static IllegalArgumentException error(String text, int index, String why) {
        return new IllegalArgumentException("property \"" + text + "\", column " + (index + 1) + ": " + why);
    }
}
