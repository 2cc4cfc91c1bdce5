package org.taylorkit.hipparchus.trace;

import java.util.List;
import java.util.Objects;
import org.hipparchus.ode.FieldOrdinaryDifferentialEquation;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;

/**
 * Turns a right-hand side written in Java against Hipparchus's {@code CalculusFieldElement} into a
 * TaylorKit {@link OdeSystem}: the equation is run once over {@link TracingElement}s (the state
 * variables by the given names, the time {@value OdeSystem#TIME}, parameters made with
 * {@link TracingField#parameter(String)}), and the expressions it returns are the system's
 * right-hand sides. From there everything that takes an {@code OdeSystem} applies: the compiled
 * Taylor tape and {@code TaylorIntegrator}, jet transport, validated integration.
 *
 * <pre>{@code
 * // written once, generic: runs over double-like fields (Hipparchus integrators) and is traced here
 * class Pendulum<T extends CalculusFieldElement<T>> implements FieldOrdinaryDifferentialEquation<T> {
 *     final T g;
 *     Pendulum(T g) { this.g = g; }
 *     public int getDimension() { return 2; }
 *     public T[] computeDerivatives(T t, T[] y) {
 *         T[] d = MathArrays.buildArray(y[0].getField(), 2);
 *         d[0] = y[1];
 *         d[1] = g.negate().multiply(y[0].sin());
 *         return d;
 *     }
 * }
 * OdeSystem sys = RightHandSideTracer.trace(new Pendulum<>(TracingField.INSTANCE.parameter("g")), "q", "p");
 * }</pre>
 *
 * <p>The traced code must not branch on values: see {@link ValueDependentTraceException}. Whatever
 * is computed from plain {@code double}s in the Java code (constants, precomputed coefficients) is
 * recorded as the constant it evaluates to.
 */
public final class RightHandSideTracer {

    private RightHandSideTracer() {
    }

    /**
     * Traces {@code equation} with state variables named {@code stateNames} (in the equation's
     * order) into a system.
     *
     * @throws IllegalArgumentException if the number of names is not the equation's dimension, the
     *     equation returns another number of derivatives, or a name is not a valid state name
     * @throws ValueDependentTraceException if the equation asks for a value while being traced
     */
    public static OdeSystem trace(FieldOrdinaryDifferentialEquation<TracingElement> equation, String... stateNames) {
        return trace(equation, List.of(stateNames));
    }

    /** As {@link #trace(FieldOrdinaryDifferentialEquation, String...)}. */
    public static OdeSystem trace(FieldOrdinaryDifferentialEquation<TracingElement> equation, List<String> stateNames) {
        Objects.requireNonNull(equation, "equation");
        int n = equation.getDimension();
        if (stateNames.size() != n) {
            throw new IllegalArgumentException("the equation has dimension " + n + " but " + stateNames.size()
                    + " state names were given: " + stateNames);
        }
        TracingField field = TracingField.INSTANCE;
        TracingElement[] y = new TracingElement[n];
        for (int i = 0; i < n; i++) {
            y[i] = field.variable(stateNames.get(i));
        }
        TracingElement[] derivatives = equation.computeDerivatives(field.variable(OdeSystem.TIME), y);
        if (derivatives == null || derivatives.length != n) {
            throw new IllegalArgumentException("computeDerivatives returned "
                    + (derivatives == null ? "null" : derivatives.length + " derivatives") + " for dimension " + n);
        }
        OdeSystem.Builder builder = OdeSystem.builder();
        for (int i = 0; i < n; i++) {
            Expr rhs = Objects.requireNonNull(derivatives[i], "derivative " + i + " is null").expr();
            builder.equation(stateNames.get(i), rhs);
        }
        return builder.build();
    }
}
