package org.taylorkit.ode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.ExpressionSyntaxException;
import org.taylorkit.core.expr.SymbolKind;
import org.taylorkit.ode.tape.TaylorTape;

/**
 * An autonomous or time-dependent first-order system x' = f(t, x, p) given by expressions: one
 * right-hand side per state variable, over the state variables, the time {@value #TIME} and named
 * parameters.
 *
 * <p>Build it from text with {@link #parse(String, Set)}:
 * <pre>{@code
 * OdeSystem lorenz = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
 *         Set.of("sigma", "rho", "beta"));
 * }</pre>
 * or in Java with {@link #builder()}. Symbols are resolved <em>by name</em>: a name is a state
 * variable (the left-hand sides, in the order written), the time {@code t}, or a declared
 * parameter; anything else is an error naming the symbol and the equation. Parameter values are
 * not part of the system: integrators take them, and may change them without rebuilding anything.
 *
 * <p>Immutable and thread-safe.
 */
public final class OdeSystem {

    /** The name of the independent variable (time) in right-hand sides and event functions. */
    public static final String TIME = "t";

    private final List<String> states;
    private final List<Expr> rightHandSides;
    private final List<String> parameters;

    private OdeSystem(List<String> states, List<Expr> rightHandSides, List<String> parameters) {
        this.states = List.copyOf(states);
        this.rightHandSides = List.copyOf(rightHandSides);
        this.parameters = List.copyOf(parameters);
    }

    /**
     * Parses a system without parameters; see {@link #parse(String, Set)}.
     *
     * @throws OdeSyntaxException if the text is not a valid system
     */
    public static OdeSystem parse(String text) {
        return parse(text, Set.of());
    }

    /**
     * Parses equations {@code name' = expression}, separated by {@code ;} or newlines (blank
     * entries are ignored). The left-hand sides are the state variables, in order; right-hand sides
     * use the expression syntax of {@link org.taylorkit.core.expr.ExpressionParser} over the state
     * variables, the time {@code t} and the names in {@code parameterNames}.
     *
     * <p>Parameters are ordered by first appearance in the text; declared parameters that no
     * equation uses follow in alphabetical order (they may still be given values).
     *
     * @param text the equations
     * @param parameterNames the parameter names (any iteration order)
     * @return the system
     * @throws OdeSyntaxException naming the equation (and the column in {@code text} for syntax
     *     errors) when an equation lacks {@code '} or {@code =}, a right-hand side does not parse, a
     *     state is defined twice, a name is both a state and a parameter or is {@code t}, or a
     *     right-hand side uses an unknown symbol; also when there is no equation at all
     */
    public static OdeSystem parse(String text, Set<String> parameterNames) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parameterNames, "parameterNames");
        Builder b = builder();
        Map<String, Integer> equationOf = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        int number = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ';' && text.charAt(i) != '\n') {
                continue;
            }
            String piece = text.substring(start, i);
            int offset = start;
            start = i + 1;
            if (piece.isBlank()) {
                continue;
            }
            number++;
            String source = piece.strip();
            int lead = offset + piece.indexOf(source.charAt(0));
            int prime = source.indexOf('\'');
            int eq = source.indexOf('=');
            if (prime < 0 || (eq >= 0 && eq < prime)) {
                throw new OdeSyntaxException(where(number, source) + ": expected NAME' = EXPRESSION (no ' after the state name)",
                        number, lead + 1, null);
            }
            String name = source.substring(0, prime).strip();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new OdeSyntaxException(where(number, source) + ": '" + name + "' is not a valid state name"
                        + " (a letter or '_', then letters, digits or '_')", number, lead + 1, null);
            }
            if (TIME.equals(name) || "pi".equals(name) || "e".equals(name)) {
                throw new OdeSyntaxException(where(number, source) + ": '" + name + "' is reserved ("
                        + (TIME.equals(name) ? "the time" : "a constant") + ") and cannot be a state variable",
                        number, lead + 1, null);
            }
            String afterPrime = source.substring(prime + 1);
            if (!afterPrime.strip().startsWith("=")) {
                throw new OdeSyntaxException(where(number, source) + ": expected '=' after " + name + "'",
                        number, lead + prime + 2, null);
            }
            int rhsStart = prime + 1 + afterPrime.indexOf('=') + 1;
            String rhsText = source.substring(rhsStart);
            Expr rhs;
            try {
                rhs = Expr.parse(rhsText, parameterNames);
            } catch (ExpressionSyntaxException e) {
                int column = lead + rhsStart + e.column();
                throw new OdeSyntaxException(where(number, source) + ": column " + column + ": "
                        + detail(e) + (SECOND_EQUATION_AFTER_COMMA.matcher(rhsText).find()
                                ? " (separate equations with ';' or newlines, not ',')" : ""), number, column, e);
            }
            Integer previous = equationOf.put(name, number);
            if (previous != null) {
                throw new OdeSyntaxException("duplicate equation for " + name + "' (equations " + previous + " and "
                        + number + ")", number, lead + 1, null);
            }
            sources.add(source);
            b.equation(name, rhs);
        }
        if (number == 0) {
            throw new OdeSyntaxException("no equation in \"" + text.strip() + "\" (expected e.g. x' = -x; y' = x)", 0, 0, null);
        }
        Set<String> used = new LinkedHashSet<>();
        for (Expr rhs : b.rhs) {
            for (String s : rhs.symbols()) {
                if (parameterNames.contains(s)) {
                    used.add(s);
                }
            }
        }
        used.addAll(new TreeSet<>(parameterNames));
        for (String p : used) {
            b.parameter(p);
        }
        return b.build(sources);
    }

    /** A comma followed by NAME': a second equation joined to the first with a comma. */
    private static final java.util.regex.Pattern SECOND_EQUATION_AFTER_COMMA =
            java.util.regex.Pattern.compile(",\\s*[A-Za-z_][A-Za-z0-9_]*\\s*'");

    private static String where(int number, String source) {
        return "equation " + number + " \"" + source + "\"";
    }

    private static String detail(ExpressionSyntaxException e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        int in = m.lastIndexOf(" in \"");
        return colon >= 0 && in > colon ? m.substring(colon + 2, in) : m;
    }

    /** A builder for systems written in Java: {@code builder().equation("x", expr)…parameter("k").build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of state variables. */
    public int dimension() {
        return states.size();
    }

    /** The state variable names, in equation order. Unmodifiable. */
    public List<String> variables() {
        return states;
    }

    /** The right-hand sides, in the order of {@link #variables()}. Unmodifiable. */
    public List<Expr> rightHandSides() {
        return rightHandSides;
    }

    /**
     * The right-hand side of {@code name' = …}.
     *
     * @throws IllegalArgumentException if {@code name} is not a state variable
     */
    public Expr rightHandSide(String name) {
        return rightHandSides.get(indexOf(name));
    }

    /** The parameter names (the order used by integrators' {@code setParameters(double...)}). Unmodifiable. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The index of state variable {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is not a state variable
     */
    public int indexOf(String name) {
        int i = states.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a state variable (state: "
                    + String.join(", ", states) + ")");
        }
        return i;
    }

    /**
     * Checks that {@code name} is a parameter of this system.
     *
     * @return {@code name}
     * @throws IllegalArgumentException if it is not, naming the parameters there are
     */
    public String requireParameter(String name) {
        if (!parameters.contains(name)) {
            throw new IllegalArgumentException("no parameter '" + name + "' (parameters: "
                    + (parameters.isEmpty() ? "none" : String.join(", ", parameters)) + ")");
        }
        return name;
    }

    /**
     * Parses an expression over this system's names (state variables, {@code t}, parameters), e.g.
     * an event function {@code "z - 27"}.
     *
     * @param text the expression
     * @param what what the expression is, for messages (e.g. {@code "event function"})
     * @throws IllegalArgumentException if it does not parse (with the column) or uses an unknown symbol
     */
    public Expr parseExpression(String text, String what) {
        Expr e;
        try {
            e = Expr.parse(text, Set.copyOf(parameters));
        } catch (ExpressionSyntaxException ex) {
            throw new IllegalArgumentException(what + ": " + ex.getMessage(), ex);
        }
        checkExpression(e, what + " \"" + text + "\"");
        return e;
    }

    /**
     * Checks that every symbol of {@code e} is a state variable, {@code t} or a parameter.
     *
     * @param e the expression
     * @param what what it is, for the message
     * @throws IllegalArgumentException naming the first unknown symbol and the known names
     */
    public void checkExpression(Expr e, String what) {
        String s = firstUnknown(e);
        if (s != null) {
            throw new IllegalArgumentException("unknown symbol '" + s + "' in " + what + ": " + known());
        }
    }

    private String firstUnknown(Expr e) {
        for (String s : e.symbols()) {
            if (!TIME.equals(s) && !states.contains(s) && !parameters.contains(s)) {
                return s;
            }
        }
        return null;
    }

    private String known() {
        return "not a state variable (" + String.join(", ", states) + "), the time t, or a parameter ("
                + (parameters.isEmpty() ? "none declared" : String.join(", ", parameters)) + ")";
    }

    /**
     * Decomposes the right-hand sides into a Taylor tape (see {@link TaylorTape}), with
     * {@code outputs} (e.g. event functions) as extra outputs.
     *
     * @param outputs expressions over this system's names whose series the tape should also compute
     * @throws IllegalArgumentException if an output uses an unknown symbol
     */
    public TaylorTape tape(List<Expr> outputs) {
        for (int i = 0; i < outputs.size(); i++) {
            checkExpression(outputs.get(i), "output " + (i + 1) + " \"" + outputs.get(i) + "\"");
        }
        return TaylorTape.build(states, rightHandSides, parameters, outputs);
    }

    /** The tape of the right-hand sides alone: {@code tape(List.of())}. */
    public TaylorTape tape() {
        return tape(List.of());
    }

    /** The system as text that {@link #parse(String, Set)} reads back: {@code x' = …; y' = …}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < states.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(states.get(i)).append("' = ").append(rightHandSides.get(i));
        }
        return sb.toString();
    }

    /**
     * Collects equations and parameters. Symbols of kind {@link SymbolKind#PARAMETER} (from
     * {@link Expr#parameter(String)}) that were not declared are declared automatically, in order of
     * appearance; any other name must be a state variable, {@code t} or a declared parameter.
     * Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<Expr> rhs = new ArrayList<>();
        private final List<String> params = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds the equation {@code name' = rhs}; the state variables are ordered as added.
         *
         * @throws IllegalArgumentException if {@code name} is not an identifier, is {@code t}, or already has an equation
         */
        public Builder equation(String name, Expr rhs) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rhs, "rhs");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || "pi".equals(name) || "e".equals(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a valid state name");
            }
            if (TIME.equals(name)) {
                throw new IllegalArgumentException("'t' is the time and cannot be a state variable");
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException("duplicate equation for " + name + "'");
            }
            names.add(name);
            this.rhs.add(rhs);
            return this;
        }

        /**
         * Adds the equation {@code name' = rhs}, parsing {@code rhs}; names declared with
         * {@link #parameter(String)} <em>before</em> this call are parameters.
         *
         * @throws IllegalArgumentException if {@code rhs} does not parse, or as {@link #equation(String, Expr)}
         */
        public Builder equation(String name, String rhs) {
            Expr e;
            try {
                e = Expr.parse(rhs, Set.copyOf(params));
            } catch (ExpressionSyntaxException ex) {
                throw new IllegalArgumentException("equation for " + name + "': " + ex.getMessage(), ex);
            }
            return equation(name, e);
        }

        /**
         * Declares a parameter (declaring it twice is harmless).
         *
         * @throws IllegalArgumentException if {@code name} is not an identifier or is {@code t}
         */
        public Builder parameter(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || "pi".equals(name) || "e".equals(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a valid parameter name");
            }
            if (TIME.equals(name)) {
                throw new IllegalArgumentException("'t' is the time and cannot be a parameter");
            }
            if (!params.contains(name)) {
                params.add(name);
            }
            return this;
        }

        /**
         * The system.
         *
         * @throws IllegalArgumentException if there is no equation, a name is both a state and a
         *     parameter, or a right-hand side uses an unknown symbol (naming it and the equation)
         */
        public OdeSystem build() {
            // the equations' text only for an error message: printing every right-hand side up front
            // cost most of the build of large generated systems (variational equations of order 3)
            return build(null);
        }

        /** @param sources the equations as written (for error messages), or null to print them from the trees */
        private OdeSystem build(List<String> sources) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("an ODE system needs at least one equation");
            }
            List<String> p = new ArrayList<>(params);
            for (Expr e : rhs) {
                for (String s : e.parameters()) {
                    if (!p.contains(s)) {
                        p.add(s);
                    }
                }
            }
            for (String s : p) {
                if (names.contains(s)) {
                    throw new IllegalArgumentException("'" + s + "' is both a state variable and a parameter");
                }
            }
            OdeSystem system = new OdeSystem(names, rhs, p);
            for (int i = 0; i < names.size(); i++) {
                String symbol = system.firstUnknown(rhs.get(i));
                if (symbol != null) {
                    throw new OdeSyntaxException("unknown symbol '" + symbol + "' in equation " + (i + 1) + " \""
                            + (sources != null ? sources.get(i) : names.get(i) + "' = " + rhs.get(i)) + "\": "
                            + system.known(), i + 1, 0, null);
                }
            }
            return system;
        }
    }
}
