package org.taylorkit.ode.ensemble;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;

/**
 * The problem every member of an ensemble shares, kept as text so that it is {@link Serializable}
 * (a Spark job ships it to its executors) and can be evaluated in any number type: the equations,
 * default parameter values, the time range, the integrator settings and an optional event. Each
 * worker builds its own integrator from it (see the runners of this package).
 *
 * @param equations the system, {@code name' = expression} separated by {@code ;} or newlines ({@link OdeSystem#parse})
 * @param parameters every parameter name in order, with the text of its default value (a constant
 *     expression) or {@code null} when every member must give it
 * @param from the initial time (constant expression)
 * @param to the final time (constant expression)
 * @param tolerance absolute and relative tolerance, or {@code null} for the integrator's default
 * @param order a fixed Taylor order, or {@code null} for the automatic one
 * @param maxSteps the step limit per member, or {@code null} for the integrator's default
 * @param event an event function g(t, x), or {@code null}
 * @param direction which zero crossings of the event count
 * @param terminal whether a member stops at the first counted zero
 */
public record EnsembleSpec(String equations, Map<String, String> parameters, String from, String to, String tolerance,
        Integer order, Long maxSteps, String event, Direction direction, boolean terminal) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the parameter map (keeping its order) and checks the required parts. */
    public EnsembleSpec {
        Objects.requireNonNull(equations, "equations");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(direction, "direction");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters == null ? Map.of() : parameters));
    }

    /** A problem without parameters, event or settings: the system integrated from {@code from} to {@code to}. */
    public static EnsembleSpec of(String equations, String from, String to) {
        return new EnsembleSpec(equations, Map.of(), from, to, null, null, null, null, Direction.BOTH, false);
    }

    /** This problem with parameter {@code name} defaulting to {@code value} ({@code null}: given by every member). */
    public EnsembleSpec withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new EnsembleSpec(equations, p, from, to, tolerance, order, maxSteps, event, direction, terminal);
    }

    /** This problem with a tolerance. */
    public EnsembleSpec withTolerance(String tol) {
        return new EnsembleSpec(equations, parameters, from, to, tol, order, maxSteps, event, direction, terminal);
    }

    /** This problem with a fixed Taylor order. */
    public EnsembleSpec withOrder(Integer p) {
        return new EnsembleSpec(equations, parameters, from, to, tolerance, p, maxSteps, event, direction, terminal);
    }

    /** This problem with a step limit per member. */
    public EnsembleSpec withMaxSteps(Long n) {
        return new EnsembleSpec(equations, parameters, from, to, tolerance, order, n, event, direction, terminal);
    }

    /** This problem with an event function g (zeros in direction {@code d}, stopping the member if {@code stop}). */
    public EnsembleSpec withEvent(String g, Direction d, boolean stop) {
        return new EnsembleSpec(equations, parameters, from, to, tolerance, order, maxSteps, g, d, stop);
    }

    /**
     * Parses the equations with the declared parameter names.
     *
     * @throws org.taylorkit.ode.OdeSyntaxException if they do not parse
     */
    public OdeSystem system() {
        return OdeSystem.parse(equations, parameters.keySet());
    }

    /** The initial time in double. */
    public double t0() {
        return value(from, "the initial time");
    }

    /** The final time in double. */
    public double t1() {
        return value(to, "the final time");
    }

    /**
     * The value of a constant expression in double.
     *
     * @throws IllegalArgumentException naming {@code what} if it does not parse, uses a symbol or is not finite
     */
    public static double value(String text, String what) {
        double v = constant(text, what).evaluateDouble(Map.of());
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " ('" + text + "') is " + v + " in double");
        }
        return v;
    }

    /**
     * The value of a constant expression in the number type of {@code ar} (decimals such as 0.1
     * read at the arithmetic's precision, not through double).
     *
     * @throws IllegalArgumentException naming {@code what} if it does not parse, uses a symbol or cannot be evaluated
     */
    public static <T> T value(Arithmetic<T> ar, String text, String what) {
        try {
            return constant(text, what).evaluate(ar, Map.of());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " ('" + text + "'): " + e.getMessage(), e);
        }
    }

    private static Expr constant(String text, String what) {
        Expr e;
        try {
            e = Expr.parse(text);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(what + " ('" + text + "'): " + ex.getMessage(), ex);
        }
        if (!e.symbols().isEmpty()) {
            throw new IllegalArgumentException(what + " ('" + text + "') must be a constant expression, but uses "
                    + String.join(", ", e.symbols()));
        }
        return e;
    }
}
