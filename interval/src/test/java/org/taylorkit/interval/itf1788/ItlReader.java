package org.taylorkit.interval.itf1788;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader of ITF1788's test language (ITL): {@code testcase name { … }} blocks of statements
 * {@code op arg… = result… [signal Name]…;}, with C and C++ comments. Arguments and results are
 * interval literals ({@code [a, b]}, {@code [a]}, {@code [empty]}, {@code [entire]}, {@code [nai]},
 * optional decoration suffix {@code _com}), numbers (decimal, hexadecimal, {@code ±infinity},
 * {@code NaN}), booleans, quoted strings, words (overlap states, decorations) and brace lists
 * {@code {1.0, 2.0}}. Numbers, also interval bounds, denote the nearest double (ITF1788 compiles
 * them to C/C++ double literals: {@code isSingleton [17.1, 17.1] = true}). Malformed input throws {@link IllegalArgumentException} naming file and line.
 */
final class ItlReader {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;

    private ItlReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** All vectors of a classpath resource {@code itf1788/itl/<file>}. */
    static List<ItlVector> readResource(String file) {
        try (InputStream in = ItlReader.class.getResourceAsStream("/itf1788/itl/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no ITL resource itf1788/itl/" + file);
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All vectors of an ITL text. */
    static List<ItlVector> parse(String file, String text) {
        return new ItlReader(file, text).vectors();
    }

    private List<ItlVector> vectors() {
        List<ItlVector> out = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                return out;
            }
            String keyword = word();
            if (!keyword.equals("testcase")) {
                throw error("expected 'testcase', found '" + keyword + "'");
            }
            skipSpace();
            String name = word();
            skipSpace();
            expect('{');
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    break;
                }
                out.add(statement(name));
            }
        }
    }

    private ItlVector statement(String testcase) {
        int startLine = line;
        String op = word();
        List<ItlValue> args = new ArrayList<>();
        List<ItlValue> results = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        List<ItlValue> target = args;
        while (true) {
            skipSpace();
            char c = peek();
            if (c == ';') {
                pos++;
                break;
            }
            if (c == '=') {
                pos++;
                target = results;
                continue;
            }
            if (c == '[') {
                target.add(interval());
            } else if (c == '{') {
                target.add(list());
            } else if (c == '"') {
                target.add(ItlValue.word(ItlValue.Kind.STRING, string()));
            } else {
                String w = word();
                if (w.equals("signal")) {
                    skipSpace();
                    signals.add(word());
                } else {
                    target.add(scalar(w));
                }
            }
        }
        if (results.isEmpty()) {
            throw error("statement '" + op + "' has no '= result'");
        }
        return new ItlVector(file, testcase, startLine, op, List.copyOf(args), List.copyOf(results), List.copyOf(signals));
    }

    private ItlValue scalar(String w) {
        if (ItlNumbers.isNumber(w)) {
            return ItlValue.number(ItlNumbers.nearest(w), w);
        }
        if (w.equals("true") || w.equals("false")) {
            return ItlValue.word(ItlValue.Kind.BOOLEAN, w);
        }
        return ItlValue.word(ItlValue.Kind.WORD, w);
    }

    private ItlValue interval() {
        expect('[');
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw error("unclosed '['");
        }
        String body = text.substring(pos, close).trim();
        pos = close + 1;
        String decoration = null;
        if (pos < text.length() && text.charAt(pos) == '_') {
            pos++;
            decoration = word();
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nai")) {
            return ItlValue.nai();
        }
        if (lower.equals("empty")) {
            return ItlValue.empty(decoration);
        }
        if (lower.equals("entire")) {
            return ItlValue.interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, decoration);
        }
        String[] bounds = body.split(",");
        if (bounds.length == 1) {
            return ItlValue.interval(ItlNumbers.nearest(bounds[0]), ItlNumbers.nearest(bounds[0]), decoration);
        }
        if (bounds.length != 2) {
            throw error("interval literal '[" + body + "]' needs one or two bounds");
        }
        return ItlValue.interval(ItlNumbers.nearest(bounds[0]), ItlNumbers.nearest(bounds[1]), decoration);
    }

    private ItlValue list() {
        expect('{');
        int close = text.indexOf('}', pos);
        String body = text.substring(pos, close);
        pos = close + 1;
        List<ItlValue> items = new ArrayList<>();
        for (String item : body.split(",")) {
            items.add(scalar(item.trim()));
        }
        return ItlValue.list(items);
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            if (c == '\n') {
                line++;
            }
            b.append(c);
        }
        expect('"');
        return b.toString();
    }

    /** A run of characters up to whitespace or one of {@code ;=[]{}"}. */
    private String word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || ";=[]{}\"".indexOf(c) >= 0) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw error("expected a word, found '" + (pos < text.length() ? text.charAt(pos) : "end of file") + "'");
        }
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw error("unclosed comment");
                }
                for (int i = pos; i < end; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of file");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "', found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(file + ":" + line + ": " + what);
    }
}
