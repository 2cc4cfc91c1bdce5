package org.taylorkit.core.expr;

import org.taylorkit.core.function.Functions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;
import org.taylorkit.core.Arithmetic;

/**
 * A numeric leaf: a non-negative decimal literal kept as its exact text (so that high-precision
 * and interval arithmetics read it exactly with {@link Arithmetic#fromDecimal(String)}), or one of
 * the named constants {@link #PI} and {@link #E}.
 *
 * <p>Constants are non-negative: a negative number is the negation of a constant
 * ({@code Expr.constant(-2)} is {@code NEG(2)}), exactly as the parser reads {@code -2}, so printing
 * and parsing agree. Two decimal constants are equal when their exact decimal values are equal
 * ({@code 2}, {@code 2.0} and {@code 0.2e1} are equal; {@code 0.1} and the double nearest 0.1 are
 * not, since their decimal texts differ in value). Immutable and thread-safe.
 */
public final class Constant extends ExprNode implements Expr {

    /** π; evaluates to {@link Arithmetic#pi()}; prints as {@code pi}. */
    public static final Constant PI = new Constant("pi", Math.PI, null);

    /** Euler's number e; evaluates to {@code ar.exp(ar.one())}; prints as {@code e}. */
    public static final Constant E = new Constant("e", Math.E, null);

    private final String text;
    private final double value;
    /** The exact value with trailing zeros stripped (a canonical form for equality); null if named. */
    private final BigDecimal exact;
    private final OptionalInt intValue;

    private Constant(String text, double value, BigDecimal exact) {
        super(exact == null ? ExprNode.mix(0x4E616D65, text.hashCode()) : ExprNode.mix(0x44656331, exact.hashCode()));
        this.text = text;
        this.value = value;
        this.exact = exact;
        this.intValue = exact == null ? OptionalInt.empty() : intValueOf(exact);
    }

    private static OptionalInt intValueOf(BigDecimal stripped) {
        // Guard the magnitude first: intValueExact on 1e999999999 would expand a billion digits.
        if (stripped.signum() == 0) {
            return OptionalInt.of(0);
        }
        if (stripped.scale() > 0 || stripped.precision() - stripped.scale() > 10) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(stripped.intValueExact());
        } catch (ArithmeticException tooBig) {
            return OptionalInt.empty();
        }
    }

    /**
     * The constant with decimal text {@code decimal}, kept verbatim.
     *
     * @param decimal an unsigned decimal literal in the parser's number syntax: digits with an
     *     optional fraction and exponent ({@code 1}, {@code 2.5}, {@code .5}, {@code 1e-3},
     *     {@code 2E+5})
     * @throws NumberFormatException if {@code decimal} is not such a literal, or its exponent is
     *     beyond what {@link BigDecimal} represents (about ±2·10⁹)
     */
    public static Constant of(String decimal) {
        Objects.requireNonNull(decimal, "decimal");
        if (!ExpressionTokenizer.isUnsignedDecimal(decimal)) {
            throw new NumberFormatException("not an unsigned decimal literal: '" + decimal
                    + "' (expected digits with an optional fraction and exponent, e.g. 2, 0.1, .5, 1e-3)");
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(decimal).stripTrailingZeros();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new NumberFormatException("decimal exponent out of range in '" + decimal + "'");
        }
        return new Constant(decimal, Double.parseDouble(decimal), exact);
    }

    /**
     * The constant equal to {@code value}, written as the shortest decimal that reads back as the
     * same double ({@code 0.1} → {@code "0.1"}, {@code 2.0} → {@code "2"}, {@code 1e-10} →
     * {@code "1e-10"}). Its exact decimal value is that text's value, not the binary value of
     * {@code value}: over Apfloat, {@code of(0.1)} is exactly one tenth.
     *
     * @param value a finite number ≥ 0 (not −0.0)
     * @throws IllegalArgumentException if {@code value} is negative, −0.0, NaN or infinite; use
     *     {@link Expr#constant(double)}, which negates a constant for negative values
     */
    public static Constant of(double value) {
        if (!Double.isFinite(value) || value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
            throw new IllegalArgumentException("a Constant is a finite number ≥ 0, got " + value
                    + (Double.isFinite(value) ? " (use Expr.constant(double), which negates)" : ""));
        }
        return of(shortestDecimal(value));
    }

    /**
     * The shortest decimal text (at most 17 significant digits) that {@link Double#parseDouble}
     * reads back as {@code v}; plain notation for exponents in [−7, 21), scientific otherwise.
     */
    static String shortestDecimal(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal binary = new BigDecimal(v);
        BigDecimal d = binary;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = binary.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(r.toString()) == v) {
                d = r;
                break;
            }
        }
        d = d.stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -7 && exponent < 21) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().toString();
        return digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
    }

    /** The decimal text as given, or {@code "pi"} / {@code "e"} for the named constants. */
    public String text() {
        return text;
    }

    /**
     * The nearest double: {@code Double.parseDouble(text())}, or {@link Math#PI} / {@link Math#E}.
     * May be {@code Infinity} for a literal beyond double range (such as {@code 1e400}), which
     * high-precision arithmetics still read exactly.
     */
    public double value() {
        return value;
    }

    /**
     * This constant in the arithmetic {@code ar}: {@code ar.fromDecimal(text())} for a decimal
     * (exact where {@code ar} can hold it, else rounded to nearest or enclosed, as {@code ar}
     * documents), {@code ar.pi()} for π and {@code ar.exp(ar.one())} for e.
     *
     * @param <T> the value type
     * @param ar the arithmetic
     * @return the value
     */
    public <T> T value(Arithmetic<T> ar) {
        if (this == PI) {
            return ar.pi();
        }
        if (this == E) {
            return ar.apply(Functions.EXP, ar.one());
        }
        return ar.fromDecimal(text);
    }

    /** Whether this is π or e rather than a decimal literal. */
    public boolean isNamed() {
        return exact == null;
    }

    /** The value as an {@code int} when it is exactly an integer in {@code int} range (never negative). */
    public OptionalInt intValue() {
        return intValue;
    }

    /** Leaf equality: the same named constant, or decimals with the same exact value. */
    boolean sameValue(Constant other) {
        if (exact == null || other.exact == null) {
            return this == other;
        }
        return exact.equals(other.exact);
    }
}
