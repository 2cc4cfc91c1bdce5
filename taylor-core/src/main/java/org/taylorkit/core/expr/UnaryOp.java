package org.taylorkit.core.expr;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.taylorkit.core.Arithmetic;

/**
 * The one-argument operations: negation and the elementary functions of {@link Arithmetic}. Each
 * knows its lowercase function name, which the parser accepts as {@code name(arg)} and the
 * printer writes (negation prints as a prefix {@code -} but {@code neg(x)} parses too; {@code ln}
 * is accepted as an alias of {@code log}).
 */
public enum UnaryOp {
    /** −x. */
    NEG,
    /** √x. */
    SQRT,
    /** ∛x (real, defined for negative x). */
    CBRT,
    /** eˣ. */
    EXP,
    /** eˣ − 1. */
    EXPM1,
    /** Natural logarithm. */
    LOG,
    /** log(1 + x). */
    LOG1P,
    /** Sine. */
    SIN,
    /** Cosine. */
    COS,
    /** Tangent. */
    TAN,
    /** Arcsine. */
    ASIN,
    /** Arccosine. */
    ACOS,
    /** Arctangent. */
    ATAN,
    /** Hyperbolic sine. */
    SINH,
    /** Hyperbolic cosine. */
    COSH,
    /** Hyperbolic tangent. */
    TANH,
    /** Inverse hyperbolic sine. */
    ASINH,
    /** Inverse hyperbolic cosine. */
    ACOSH,
    /** Inverse hyperbolic tangent. */
    ATANH,
    /** Error function. */
    ERF,
    /** Absolute value. */
    ABS;

    private static final Map<String, UnaryOp> BY_NAME = new TreeMap<>();

    static {
        for (UnaryOp op : values()) {
            BY_NAME.put(op.functionName(), op);
        }
        BY_NAME.put("ln", LOG);
    }

    private final String functionName = name().toLowerCase(Locale.ROOT);

    /** The lowercase function name: {@code "sqrt"}, {@code "log1p"}, …, {@code "neg"} for NEG. */
    public String functionName() {
        return functionName;
    }

    /**
     * The operation called {@code name} in the parser's syntax, including the alias {@code ln}.
     * Case-sensitive.
     *
     * @param name a function name
     * @return the operation, or empty if {@code name} names none
     */
    public static Optional<UnaryOp> forFunctionName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /**
     * This operation in {@code ar}: {@code ar.negate(x)}, {@code ar.sqrt(x)}, … Accuracy and domain
     * behaviour are those of {@code ar}.
     *
     * @param <T> the value type
     * @param ar the arithmetic
     * @param x the argument
     * @return {@code op(x)}
     */
    public <T> T apply(Arithmetic<T> ar, T x) {
        Objects.requireNonNull(x, "argument");
        switch (this) {
            case NEG: return ar.negate(x);
            case SQRT: return ar.sqrt(x);
            case CBRT: return ar.cbrt(x);
            case EXP: return ar.exp(x);
            case EXPM1: return ar.expm1(x);
            case LOG: return ar.log(x);
            case LOG1P: return ar.log1p(x);
            case SIN: return ar.sin(x);
            case COS: return ar.cos(x);
            case TAN: return ar.tan(x);
            case ASIN: return ar.asin(x);
            case ACOS: return ar.acos(x);
            case ATAN: return ar.atan(x);
            case SINH: return ar.sinh(x);
            case COSH: return ar.cosh(x);
            case TANH: return ar.tanh(x);
            case ASINH: return ar.asinh(x);
            case ACOSH: return ar.acosh(x);
            case ATANH: return ar.atanh(x);
            case ERF: return ar.erf(x);
            case ABS: return ar.abs(x);
            default: throw new AssertionError(this);
        }
    }
}
