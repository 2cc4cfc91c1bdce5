package org.taylorkit.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;

/**
 * The options the ODE commands read alike ({@code integrate} in its double, Apfloat, jet and
 * validated runs, {@code lyapunov}, {@code ensemble}), each parsed and checked here once, so a bad
 * value gets the same message from every command: {@code --ode} (an unknown symbol hints at
 * {@code --param}), the {@code --param} and {@code --init} lists (every state variable given once,
 * no other name), constants that must be finite in double (the message names the option and entry),
 * and the ranges of {@code --digits} and {@code --order} and the options that need {@code --event}.
 * Each failure is an {@link IllegalArgumentException} whose message starts with the option. Stateless.
 */
final class OdeOptions {

    private OdeOptions() {
    }

    /** Parses the --ode text; errors name the option and hint at --param for an unknown symbol. */
    static OdeSystem system(String ode, Set<String> parameterNames) {
        try {
            return OdeSystem.parse(ode, parameterNames);
        } catch (IllegalArgumentException e) {
            String hint = e.getMessage().startsWith("unknown symbol") ? " (give parameters with --param name=value)" : "";
            throw new IllegalArgumentException("--ode: " + e.getMessage() + hint, e);
        }
    }

    /**
     * The --param entries, name → {@code value.apply(name, text)}, in the order given (empty when the
     * option is absent).
     */
    static <V> Map<String, V> parameters(String param, BiFunction<String, String, V> value) {
        Map<String, V> params = new LinkedHashMap<>();
        if (param != null) {
            Assignments.split(param, "--param").forEach((k, v) -> params.put(k, value.apply(k, v)));
        }
        return params;
    }

    /**
     * The --init entries in the order of the state variables, name → {@code value.apply(name, text)}:
     * first every name must be a state variable, then each state variable in turn must have a value
     * (converted as it is reached).
     */
    static <V> Map<String, V> initialValues(String init, OdeSystem system, BiFunction<String, String, V> value) {
        Map<String, String> initText = Assignments.split(init, "--init");
        for (String name : initText.keySet()) {
            if (!system.variables().contains(name)) {
                throw new IllegalArgumentException("--init: '" + name + "' is not a state variable (state: "
                        + String.join(", ", system.variables()) + ")");
            }
        }
        Map<String, V> initial = new LinkedHashMap<>();
        for (String name : system.variables()) {
            if (!initText.containsKey(name)) {
                throw new IllegalArgumentException("--init: no initial value for " + name + " (state: "
                        + String.join(", ", system.variables()) + ")");
            }
            initial.put(name, value.apply(name, initText.get(name)));
        }
        return initial;
    }

    /** The double value of a constant expression, which must be finite; {@code what} names it in the error. */
    static double finite(Expr e, String what) {
        double v = e.evaluateDouble(Map.of());
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " is " + v + " in double");
        }
        return v;
    }

    /** The finite double value of a single-valued option such as {@code --to} given as a constant expression. */
    static double finiteValue(String option, String text) {
        return finite(Assignments.constant(option.substring(2), text, option), option);
    }

    /** The finite double value of entry {@code name} of a name=value option such as {@code --param}. */
    static double finiteEntry(String option, String name, String text) {
        return finite(Assignments.constant(name, text, option), option + " " + name);
    }

    /**
     * Checks {@code --max-steps} (absent, or at least 1), before any run: the integrators' own check names
     * their builder's parameter ({@code maxSteps}), and the validated ones would clamp 0 to 1 silently.
     */
    static void checkMaxSteps(Long maxSteps) {
        if (maxSteps != null && maxSteps < 1) {
            throw new IllegalArgumentException("--max-steps must be at least 1, got " + maxSteps
                    + " (leave it out for the default of 10000000 steps)");
        }
    }

    /**
     * Checks the integration options shared by {@code integrate} and {@code ensemble}, in this order:
     * --digits from 1 to 10000, --order from 1 to 1000, --direction (other than both) and --terminal
     * only with --event.
     */
    static void checkIntegration(Integer digits, Integer order, String event, boolean terminal, String direction) {
        if (digits != null && (digits < 1 || digits > 10_000)) {
            throw new IllegalArgumentException("--digits must be between 1 and 10000, got " + digits);
        }
        if (order != null && (order < 1 || order > 1000)) {
            throw new IllegalArgumentException("--order must be between 1 and 1000, got " + order);
        }
        if (event == null && (terminal || !"both".equals(direction))) {
            throw new IllegalArgumentException("--direction and --terminal need --event");
        }
    }
}
