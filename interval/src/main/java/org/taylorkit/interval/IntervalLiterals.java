package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interval literals of IEEE 1788-2015 (§9.7, §12.11) and the constructors
 * {@code textToInterval} / {@code textToDecoratedInterval}.
 *
 * <p><b>Forms</b> (case-insensitive, blanks allowed around bounds and inside brackets):
 * inf-sup {@code [a, b]}, point {@code [a]}, {@code [empty]} and {@code [ ]}, {@code [entire]},
 * {@code [,]}, half-open {@code [a,]} / {@code [,b]}; the uncertain form {@code m?r} with optional
 * direction and exponent ({@code 3.56?1} = [3.55, 3.57], {@code 3.56?} = ± half a unit in the last
 * place, {@code 2.5??u} = [2.5, +∞], {@code 2.500?5ue4}, {@code 10?3e380}); and a decoration
 * suffix for decorated literals ({@code [1, 2]_com}). Numbers are decimals ({@code 1.e-3}),
 * hexadecimal floats ({@code 0x1.8p3}, any number of digits), rationals {@code p/q} of integers
 * ({@code -1/10}) and {@code ±inf} / {@code ±infinity}.
 *
 * <p><b>Rigor.</b> Every finite bound is held exactly as a rational and rounded once, outward
 * (lower bound down, upper up, certified by exact integer comparison), so the result is the
 * tightest enclosure of the interval the text denotes ({@code [0.1]} is one ulp wide,
 * {@code [1e400]} is {@code [MAX, +∞]}). Validity ({@code a ≤ b}, no {@code +∞} lower bound) is
 * decided on the exact values.
 *
 * <p><b>Invalid text</b> is not an exception: {@code textToInterval} returns ∅ and
 * {@code textToDecoratedInterval} NaI, and each raises {@code UndefinedOperation} on the given
 * {@link IntervalSignal}. The bare constructor rejects a decoration suffix; the decorated one
 * rejects a decoration the exact interval cannot carry ({@code [entire]_com}, {@code [empty]_def})
 * and weakens {@code com} to {@code dac} only when rounding makes a bounded literal unbounded.
 */
public final class IntervalLiterals {

    private static final String UNDEFINED = "UndefinedOperation";
    private static final Pattern UNCERTAIN = Pattern.compile(
            "([+-]?)(\\d*)(?:\\.(\\d*))?\\?(\\?|\\d*)([ud]?)(?:e([+-]?\\d+))?");
    private static final Pattern HEX = Pattern.compile("([+-]?)0x([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?\\d+))?");
    private static final Pattern RATIONAL = Pattern.compile("([+-]?\\d+)/(\\d+)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");

    private IntervalLiterals() {
    }

    /** {@code textToInterval} ignoring signals (invalid text gives ∅). */
    public static Interval textToInterval(String text) {
        return textToInterval(text, IntervalSignal.IGNORE);
    }

    /** 1788 {@code textToInterval}: the tightest enclosure, or ∅ with {@code UndefinedOperation}. */
    public static Interval textToInterval(String text, IntervalSignal signal) {
        try {
            Bounds b = parseBare(normalize(text));
            return b.round();
        } catch (Invalid e) {
            signal.raise(UNDEFINED, "\"" + text + "\" is not an interval literal: " + e.getMessage());
            return Interval.empty();
        }
    }

    /** {@code textToDecoratedInterval} ignoring signals (invalid text gives NaI). */
    public static DecoratedInterval textToDecoratedInterval(String text) {
        return textToDecoratedInterval(text, IntervalSignal.IGNORE);
    }

    /** 1788 {@code textToDecoratedInterval}: a decorated enclosure, or NaI with {@code UndefinedOperation}. */
    public static DecoratedInterval textToDecoratedInterval(String text, IntervalSignal signal) {
        String s = normalize(text);
        if (s.matches("\\[\\s*nai\\s*\\]")) {
            return DecoratedInterval.nai();
        }
        try {
            int u = s.lastIndexOf('_');
            if (u < 0) {
                return DecoratedInterval.of(parseBare(s).round());
            }
            Decoration d = decoration(s.substring(u + 1));
            Bounds b = parseBare(s.substring(0, u));
            if (b.empty ? d != Decoration.trv : d == Decoration.com && !b.bounded()) {
                throw new Invalid("the decoration " + d + " is not possible on this interval");
            }
            return DecoratedInterval.of(b.round(), d); // com on an overflowed bound becomes dac
        } catch (Invalid e) {
            signal.raise(UNDEFINED, "\"" + text + "\" is not a decorated interval literal: " + e.getMessage());
            return DecoratedInterval.nai();
        }
    }

    // ------------------------------------------------------------------ grammar

    private static String normalize(String text) {
        if (text == null) {
            throw new IllegalArgumentException("cannot parse an interval literal from null");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Decoration decoration(String name) {
        switch (name) {
            case "com":
                return Decoration.com;
            case "dac":
                return Decoration.dac;
            case "def":
                return Decoration.def;
            case "trv":
                return Decoration.trv;
            default:
                throw new Invalid("unknown decoration '" + name + "'");
        }
    }

    private static Bounds parseBare(String s) {
        if (s.isEmpty()) {
            throw new Invalid("the text is empty");
        }
        if (s.startsWith("[")) {
            if (!s.endsWith("]")) {
                throw new Invalid("missing closing ']' (or text after it)");
            }
            return bracketed(s.substring(1, s.length() - 1).strip());
        }
        Matcher m = UNCERTAIN.matcher(s);
        if (m.matches()) {
            return uncertain(m);
        }
        throw new Invalid("expected '[...]' or an uncertain form 'm?r'");
    }

    private static Bounds bracketed(String inner) {
        if (inner.isEmpty() || inner.equals("empty")) {
            return Bounds.EMPTY;
        }
        if (inner.equals("entire")) {
            return new Bounds(null, null);
        }
        int comma = inner.indexOf(',');
        if (comma < 0) {
            Matcher m = UNCERTAIN.matcher(inner);
            if (m.matches()) {
                return uncertain(m);
            }
            Rational v = number(inner);
            if (v.infinite != 0) {
                throw new Invalid("a point interval cannot be infinite");
            }
            return new Bounds(v, v);
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw new Invalid("more than one comma");
        }
        String lo = inner.substring(0, comma).strip();
        String hi = inner.substring(comma + 1).strip();
        Rational l = lo.isEmpty() ? null : number(lo);
        Rational h = hi.isEmpty() ? null : number(hi);
        if (l != null && l.infinite > 0 || h != null && h.infinite < 0) {
            throw new Invalid("a lower bound of +∞ or an upper bound of −∞");
        }
        l = l != null && l.infinite < 0 ? null : l;
        h = h != null && h.infinite > 0 ? null : h;
        if (l != null && h != null && l.compareTo(h) > 0) {
            throw new Invalid("the lower bound exceeds the upper bound");
        }
        return new Bounds(l, h);
    }

    /** {@code m?r[u|d][e±k]}: radius r units (or half a unit when empty) of m's last place. */
    private static Bounds uncertain(Matcher m) {
        String sign = m.group(1);
        String intPart = m.group(2);
        String frac = m.group(3) == null ? "" : m.group(3);
        if (intPart.isEmpty() && frac.isEmpty()) {
            throw new Invalid("the uncertain form needs digits before '?'");
        }
        BigDecimal mid = new BigDecimal(sign + (intPart.isEmpty() ? "0" : intPart) + "." + frac + "0");
        int scale = frac.length();
        String radius = m.group(4);
        String dir = m.group(5);
        int exp = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        BigDecimal ten = BigDecimal.ONE.scaleByPowerOfTen(exp);
        Rational center = Rational.of(mid.multiply(ten));
        if (radius.equals("?")) {
            return new Bounds(dir.equals("u") ? center : null, dir.equals("d") ? center : null);
        }
        BigDecimal units = radius.isEmpty() ? new BigDecimal("0.5") : new BigDecimal(radius);
        BigDecimal r = units.scaleByPowerOfTen(-scale).multiply(ten);
        Rational lo = dir.equals("u") ? center : Rational.of(mid.multiply(ten).subtract(r));
        Rational hi = dir.equals("d") ? center : Rational.of(mid.multiply(ten).add(r));
        return new Bounds(lo, hi);
    }

    private static Rational number(String t) {
        switch (t) {
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Rational.POS_INF;
            case "-inf":
            case "-infinity":
                return Rational.NEG_INF;
            default:
                break;
        }
        Matcher hex = HEX.matcher(t);
        if (hex.matches()) {
            String digits = hex.group(2) + (hex.group(3) == null ? "" : hex.group(3));
            if (digits.isEmpty()) {
                throw new Invalid("a hexadecimal number without digits: " + t);
            }
            BigInteger mant = new BigInteger(digits, 16);
            int fracDigits = hex.group(3) == null ? 0 : hex.group(3).length();
            long e = (hex.group(4) == null ? 0 : Long.parseLong(hex.group(4))) - 4L * fracDigits;
            if (Math.abs(e) > 100_000) {
                throw new Invalid("exponent out of range: " + t);
            }
            BigDecimal v = new BigDecimal(mant).multiply(
                    e >= 0 ? new BigDecimal(BigInteger.TWO.pow((int) e)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.TWO.pow((int) -e))));
            return Rational.of(hex.group(1).equals("-") ? v.negate() : v);
        }
        Matcher rat = RATIONAL.matcher(t);
        if (rat.matches()) {
            BigInteger q = new BigInteger(rat.group(2));
            if (q.signum() == 0) {
                throw new Invalid("zero denominator: " + t);
            }
            return new Rational(new BigInteger(rat.group(1)), q);
        }
        if (DECIMAL.matcher(t).matches()) {
            BigDecimal v = new BigDecimal(t);
            if (Math.abs((long) v.scale()) > 100_000) {
                throw new Invalid("exponent out of range: " + t);
            }
            return Rational.of(v);
        }
        throw new Invalid("'" + t + "' is not a number");
    }

    // ------------------------------------------------------------------ exact values

    /** The exact bounds of a literal; null stands for an infinite bound on its side. */
    private static final class Bounds {
        static final Bounds EMPTY = new Bounds(true);
        final Rational lo;
        final Rational hi;
        final boolean empty;

        Bounds(Rational lo, Rational hi) {
            this.lo = lo;
            this.hi = hi;
            this.empty = false;
        }

        private Bounds(boolean empty) {
            this.lo = null;
            this.hi = null;
            this.empty = empty;
        }

        boolean bounded() {
            return lo != null && hi != null;
        }

        Interval round() {
            if (empty) {
                return Interval.empty();
            }
            double l = lo == null ? Double.NEGATIVE_INFINITY : lo.roundDown();
            double h = hi == null ? Double.POSITIVE_INFINITY : hi.roundUp();
            return Interval.of(l, h);
        }
    }

    /** An exact rational {@code p/q} ({@code q > 0}), or ±∞ ({@code infinite = ±1}). */
    private static final class Rational implements Comparable<Rational> {
        static final Rational POS_INF = new Rational(1);
        static final Rational NEG_INF = new Rational(-1);
        final BigInteger p;
        final BigInteger q;
        final int infinite;

        Rational(BigInteger p, BigInteger q) {
            this.p = p;
            this.q = q;
            this.infinite = 0;
        }

        private Rational(int infinite) {
            this.p = BigInteger.ZERO;
            this.q = BigInteger.ONE;
            this.infinite = infinite;
        }

        static Rational of(BigDecimal v) {
            return v.scale() <= 0 ? new Rational(v.toBigIntegerExact(), BigInteger.ONE)
                    : new Rational(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
        }

        @Override
        public int compareTo(Rational o) {
            if (infinite != 0 || o.infinite != 0) {
                return Integer.compare(infinite, o.infinite);
            }
            return p.multiply(o.q).compareTo(o.p.multiply(q));
        }

        /** The largest double ≤ p/q: a 40-digit floor quotient rounded down, then certified exactly. */
        double roundDown() {
            BigDecimal approx = new BigDecimal(p).divide(new BigDecimal(q), new MathContext(40, RoundingMode.FLOOR));
            double d = DirectedRounding.roundDown(approx);
            while (true) {
                double up = Math.nextUp(d);
                if (up == Double.POSITIVE_INFINITY || exceeds(up)) {
                    return d;
                }
                d = up;
            }
        }

        /** The smallest double ≥ p/q. */
        double roundUp() {
            return -new Rational(p.negate(), q).roundDown();
        }

        /** Whether the finite double {@code d} exceeds p/q. */
        private boolean exceeds(double d) {
            BigDecimal b = new BigDecimal(d);
            return b.multiply(new BigDecimal(q)).compareTo(new BigDecimal(p)) > 0;
        }
    }

    /** A parse failure, turned into a signal by the public constructors. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
