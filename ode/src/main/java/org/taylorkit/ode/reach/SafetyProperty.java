package org.taylorkit.ode.reach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.Symbol;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * A safety property {@code lhs REL rhs [on [a, b]]} of the solutions of an ODE system, e.g.
 * {@code y < 2.75}, {@code x3 > 0.9 on [1,5]} or {@code x^2 + y^2 <= 4}: REL is one of
 * {@code <, <=, >, >=}; the sides are expressions of the project's grammar
 * ({@link org.taylorkit.core.expr.ExpressionParser}) over the state variables, the time {@code t}
 * and the parameters; the optional window's ends are constant expressions (default: the whole
 * integration interval). The property holds for a flow when every solution from the initial set
 * satisfies it at every time of the window. {@link PropertyCheck#of} decides it rigorously over a
 * {@link Flowpipe}.
 *
 * <p>Rigor: decimals are enclosed, not rounded ({@code 2.75} is exact, {@code 0.1} is the interval
 * around one tenth), and the window's ends are enclosures ({@link #windowStart()},
 * {@link #windowEnd()}) so that verification uses the widest and a counterexample the narrowest
 * window consistent with the text. Immutable and thread-safe.
 */
public final class SafetyProperty {

    /** A bound {@code variable REL value} of one state variable by a constant (drawn as a line on plots). */
    public record AxisBound(String variable, double value) {
    }

    private final String text;
    private final Expr lhs;
    private final Expr rhs;
    private final Expr difference;
    private final Relation relation;
    private final Interval windowStart;
    private final Interval windowEnd;
    private final List<String> variables;

    SafetyProperty(String text, Expr lhs, Relation relation, Expr rhs, Interval windowStart, Interval windowEnd,
            List<String> variables) {
        this.text = text;
        this.lhs = lhs;
        this.rhs = rhs;
        this.difference = lhs.minus(rhs);
        this.relation = relation;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.variables = List.copyOf(variables);
    }

    /**
     * Parses {@code text} over the given names.
     *
     * @param text the property, e.g. {@code "x3 > 0.9 on [1,5]"}
     * @param variables the state variable names
     * @param parameters the parameter names
     * @throws IllegalArgumentException naming the column and what is wrong (no or several relations,
     *     {@code =}, a syntax error in a side, an unknown variable, a bad window)
     */
    public static SafetyProperty parse(String text, List<String> variables, Set<String> parameters) {
        return SafetyPropertyParser.parse(text, variables, parameters);
    }

    /** Parses {@code text} over the state variables and parameters of {@code system}. */
    public static SafetyProperty parse(String text, OdeSystem system) {
        return parse(text, system.variables(), Set.copyOf(system.parameters()));
    }

    /** The text as given. */
    public String text() {
        return text;
    }

    /** The left side. */
    public Expr lhs() {
        return lhs;
    }

    /** The right side. */
    public Expr rhs() {
        return rhs;
    }

    /** The relation. */
    public Relation relation() {
        return relation;
    }

    /** Whether the property has an {@code on [a, b]} window. */
    public boolean hasWindow() {
        return windowStart != null;
    }

    /** An enclosure of the window's start {@code a} (empty when there is no window). */
    public Optional<Interval> windowStart() {
        return Optional.ofNullable(windowStart);
    }

    /** An enclosure of the window's end {@code b} (empty when there is no window). */
    public Optional<Interval> windowEnd() {
        return Optional.ofNullable(windowEnd);
    }

    /**
     * The property as a bound of one state variable by a constant ({@code y < 2.75},
     * {@code 0.9 < x3}), if it is one; the value is the constant in double arithmetic (for drawing
     * only; checks use its enclosure).
     */
    public Optional<AxisBound> axisBound() {
        Expr variable = lhs;
        Expr constant = rhs;
        if (!(variable instanceof Symbol)) {
            variable = rhs;
            constant = lhs;
        }
        if (variable instanceof Symbol s && variables.contains(s.name()) && constant.symbols().isEmpty()) {
            double v = constant.evaluateDouble(Map.of());
            return Double.isFinite(v) ? Optional.of(new AxisBound(s.name(), v)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the property holds on a box: certainly, certainly not, or undecided; with the enclosure of lhs − rhs. */
    enum Truth { TRUE, FALSE, UNDECIDED }

    /** An evaluation of {@code lhs − rhs} over a box, with what it decides. */
    record Evaluation(Truth truth, Interval range, String problem) {
    }

    /**
     * Decides the property on the box {@code state × time × parameters} by the interval evaluation
     * of {@code lhs − rhs} (every operation checked to be defined on its argument; where that is not
     * proved, the answer is undecided).
     */
    Evaluation evaluate(Interval[] state, Interval time, Map<String, Interval> parameters) {
        Map<String, Interval> bindings = new HashMap<>(parameters);
        for (int i = 0; i < variables.size(); i++) {
            bindings.put(variables.get(i), state[i]);
        }
        bindings.put("t", time);
        for (String s : difference.symbols()) {
            if (!bindings.containsKey(s)) {
                throw new IllegalArgumentException("property \"" + text + "\": no value for '" + s + "'");
            }
        }
        DefinedIntervalArithmetic ar = new DefinedIntervalArithmetic();
        Interval g = difference.evaluate(ar, bindings);
        if (!ar.defined()) {
            return new Evaluation(Truth.UNDECIDED, g, "not proved defined on the box: " + ar.problem());
        }
        Truth truth = relation.certainlyTrue(g.inf(), g.sup()) ? Truth.TRUE
                : relation.certainlyFalse(g.inf(), g.sup()) ? Truth.FALSE : Truth.UNDECIDED;
        return new Evaluation(truth, g, null);
    }

    @Override
    public String toString() {
        return text;
    }
}
