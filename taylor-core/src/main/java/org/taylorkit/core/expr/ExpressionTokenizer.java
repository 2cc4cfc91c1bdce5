package org.taylorkit.core.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits expression text into tokens for {@link ExpressionParser}. Whitespace separates tokens
 * and is otherwise ignored. Numbers are unsigned: {@code digits [. digits] [(e|E) [+|-] digits]}
 * or {@code . digits [exponent]}; a number directly followed by another decimal point, or an
 * exponent marker without digits, is malformed. Identifiers start with a letter or {@code _}
 * and continue with letters, digits or {@code _}. Operators: {@code + - * / ^ **} (both
 * {@code ^} and {@code **} are the power), {@code ( ) ,}.
 */
final class ExpressionTokenizer {

    /** Token kinds. */
    enum Type { NUMBER, IDENTIFIER, PLUS, MINUS, STAR, SLASH, POWER, LPAREN, RPAREN, COMMA, END }

    /**
     * A token.
     *
     * @param type its kind
     * @param text its text as written (empty for END)
     * @param column 1-based column of its first character (input length + 1 for END)
     */
    record Token(Type type, String text, int column) {
        /** How an error message names this token: {@code 'x'} or {@code end of input}. */
        String describe() {
            return type == Type.END ? "end of input" : "'" + text + "'";
        }
    }

    private ExpressionTokenizer() {
    }

    static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Whether {@code s} is one identifier token. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !isIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!isIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code s} is exactly one well-formed number token. */
    static boolean isUnsignedDecimal(String s) {
        if (s.isEmpty() || !startsNumber(s, 0)) {
            return false;
        }
        try {
            return scanNumber(s, 0) == s.length();
        } catch (ExpressionSyntaxException e) {
            return false;
        }
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        return isDigit(c) || (c == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The tokens of {@code input}, ending with one END token.
     *
     * @throws ExpressionSyntaxException at a character that starts no token, or a malformed number
     */
    static List<Token> tokenize(String input) {
        List<Token> tokens = new ArrayList<>();
        int n = input.length();
        int i = 0;
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            Type type;
            if (startsNumber(input, i)) {
                i = scanNumber(input, i);
                type = Type.NUMBER;
            } else if (isIdentifierStart(c)) {
                i++;
                while (i < n && isIdentifierPart(input.charAt(i))) {
                    i++;
                }
                type = Type.IDENTIFIER;
            } else {
                i++;
                switch (c) {
                    case '+': type = Type.PLUS; break;
                    case '-': type = Type.MINUS; break;
                    case '/': type = Type.SLASH; break;
                    case '^': type = Type.POWER; break;
                    case '(': type = Type.LPAREN; break;
                    case ')': type = Type.RPAREN; break;
                    case ',': type = Type.COMMA; break;
                    case '*':
                        if (i < n && input.charAt(i) == '*') {
                            i++;
                            type = Type.POWER;
                        } else {
                            type = Type.STAR;
                        }
                        break;
                    default:
                        String shown = Character.isISOControl(c) || Character.isSurrogate(c)
                                ? String.format("\\u%04x", (int) c) : String.valueOf(c);
                        throw new ExpressionSyntaxException(input, start + 1,
                                "a number, name, operator or parenthesis", "'" + shown + "'",
                                "unexpected character '" + shown + "'");
                }
            }
            tokens.add(new Token(type, input.substring(start, i), start + 1));
        }
        tokens.add(new Token(Type.END, "", n + 1));
        return tokens;
    }

    /** Scans the number starting at {@code start} (which {@link #startsNumber} accepted); returns its end. */
    private static int scanNumber(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                throw malformed(s, start, i, "no digit after the decimal point");
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int digits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == digits) {
                throw malformed(s, start, i, "the exponent has no digits");
            }
            if (i < n && s.charAt(i) == '.') {
                throw malformed(s, start, i, "a decimal point after the exponent");
            }
        } else if (i < n && s.charAt(i) == '.') {
            throw malformed(s, start, i, "a second decimal point");
        }
        return i;
    }

    private static ExpressionSyntaxException malformed(String s, int start, int at, String reason) {
        int end = at;
        while (end < s.length() && (isIdentifierPart(s.charAt(end)) || s.charAt(end) == '.')) {
            end++;
        }
        String text = s.substring(start, end);
        return new ExpressionSyntaxException(s, start + 1, "a well-formed number", "'" + text + "'",
                "malformed number '" + text + "': " + reason);
    }
}
