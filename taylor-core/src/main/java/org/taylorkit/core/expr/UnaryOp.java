package org.taylorkit.core.expr;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.function.Functions;

/**
 * The one-argument operations of an expression: negation ({@link #NEG}) and every elementary function
 * of the catalogue ({@link #of(ElementaryFunction)}). Each knows its lowercase function name, which
 * the parser accepts as {@code name(arg)} and the printer writes (negation prints as a prefix
 * {@code -} but {@code neg(x)} parses too; aliases such as {@code ln} parse as their function).
 *
 * <p>Immutable and interned: one instance per function, so {@code ==} and {@link #equals} agree.
 */
public final class UnaryOp {

    /** −x. */
    public static final UnaryOp NEG = new UnaryOp(null);

    private static final Map<ElementaryFunction, UnaryOp> INTERNED = new ConcurrentHashMap<>();

    private final ElementaryFunction function;

    private UnaryOp(ElementaryFunction function) {
        this.function = function;
    }

    /** The operation applying {@code f} (one instance per function, so {@code ==} compares). */
    public static UnaryOp of(ElementaryFunction f) {
        return INTERNED.computeIfAbsent(Objects.requireNonNull(f, "function"), UnaryOp::new);
    }

    /** Whether this is negation. */
    public boolean isNegation() {
        return function == null;
    }

    /** The function applied, or empty for negation. */
    public Optional<ElementaryFunction> function() {
        return Optional.ofNullable(function);
    }

    /** Whether this applies {@code f}. */
    public boolean is(ElementaryFunction f) {
        return function == f;
    }

    /** The lowercase function name: {@code "sqrt"}, {@code "log1p"}, …, {@code "neg"} for negation. */
    public String functionName() {
        return function == null ? "neg" : function.name();
    }

    /**
     * The operation called {@code name} in the parser's syntax: {@code neg}, a catalogue function or
     * one of its aliases. Case-sensitive.
     *
     * @param name a function name
     * @return the operation, or empty if {@code name} names none
     */
    public static Optional<UnaryOp> forFunctionName(String name) {
        if ("neg".equals(name)) {
            return Optional.of(NEG);
        }
        return Functions.byName(name).map(UnaryOp::of);
    }

    /**
     * This operation in {@code ar}: {@code ar.negate(x)} or {@code ar.apply(f, x)}. Accuracy and
     * domain behaviour are those of {@code ar}.
     *
     * @param <T> the value type
     * @param ar the arithmetic
     * @param x the argument
     * @return {@code op(x)}
     */
    public <T> T apply(Arithmetic<T> ar, T x) {
        Objects.requireNonNull(x, "argument");
        return function == null ? ar.negate(x) : ar.apply(function, x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnaryOp && ((UnaryOp) o).function == function;
    }

    @Override
    public int hashCode() {
        return function == null ? 0 : function.hashCode();
    }

    @Override
    public String toString() {
        return functionName();
    }
}
