package org.taylorkit.core.expr;

/**
 * Text that {@link ExpressionParser} cannot read. The one-line message names the 1-based column,
 * what was expected and what was found, and quotes the input (abbreviated around the column when
 * long), e.g. {@code column 6: expected ')' but found end of input in "sin(x"} or
 * {@code column 1: unknown function 'sine' (known: neg, sqrt, …) in "sine(x)"}.
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Inputs longer than this are quoted as a window around the error column. */
    private static final int QUOTE_LIMIT = 80;

    private final int column;
    private final String expected;
    private final String found;
    private final String input;

    ExpressionSyntaxException(String input, int column, String expected, String found, String detail) {
        super("column " + column + ": " + detail + " in \"" + quote(input, column) + "\"");
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.input = input;
    }

    /** An error in the form "expected X but found Y". */
    ExpressionSyntaxException(String input, int column, String expected, String found) {
        this(input, column, expected, found, "expected " + expected + " but found " + found);
    }

    private static String quote(String input, int column) {
        String s = input;
        String prefix = "";
        String suffix = "";
        if (s.length() > QUOTE_LIMIT) {
            int from = Math.max(0, Math.min(column - 1 - QUOTE_LIMIT / 2, s.length() - QUOTE_LIMIT));
            int to = Math.min(s.length(), from + QUOTE_LIMIT);
            prefix = from > 0 ? "…" : "";
            suffix = to < s.length() ? "…" : "";
            s = s.substring(from, to);
        }
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append(suffix).toString();
    }

    /**
     * The 1-based column of the offending token: the character index in the input plus one;
     * input length + 1 for "end of input".
     */
    public int column() {
        return column;
    }

    /** What the parser expected there, e.g. {@code "')'"}, {@code "an expression"}, {@code "2 arguments"}. */
    public String expected() {
        return expected;
    }

    /** What it found, e.g. {@code "end of input"}, {@code "'$'"}, {@code "'sine'"}, {@code "1 argument"}. */
    public String found() {
        return found;
    }

    /** The complete input text. */
    public String input() {
        return input;
    }
}
