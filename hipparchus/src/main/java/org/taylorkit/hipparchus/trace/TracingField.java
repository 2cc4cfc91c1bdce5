package org.taylorkit.hipparchus.trace;

import org.hipparchus.Field;
import org.taylorkit.core.expr.Expr;

/**
 * The Hipparchus {@link Field} of {@link TracingElement}s: symbolic stand-ins that record the
 * operations applied to them as a TaylorKit expression graph ({@link Expr}). There is one such
 * field ({@link #INSTANCE}); its elements are the state variables, the time, parameters and
 * constants of a right-hand side being traced by {@link RightHandSideTracer}.
 */
public final class TracingField implements Field<TracingElement> {

    /** The field. */
    public static final TracingField INSTANCE = new TracingField();

    private final TracingElement zero = new TracingElement(Expr.constant(0.0));
    private final TracingElement one = new TracingElement(Expr.constant(1.0));

    private TracingField() {
    }

    /**
     * The parameter {@code name} of the traced system (a symbol whose value the integrators take,
     * and may change without tracing again).
     *
     * @throws IllegalArgumentException if {@code name} is not an identifier
     */
    public TracingElement parameter(String name) {
        return new TracingElement(Expr.parameter(name));
    }

    /** The state variable or time {@code name}. */
    TracingElement variable(String name) {
        return new TracingElement(Expr.variable(name));
    }

    @Override
    public TracingElement getZero() {
        return zero;
    }

    @Override
    public TracingElement getOne() {
        return one;
    }

    @Override
    public Class<TracingElement> getRuntimeClass() {
        return TracingElement.class;
    }

    @Override
    public String toString() {
        return "TracingField";
    }
}
