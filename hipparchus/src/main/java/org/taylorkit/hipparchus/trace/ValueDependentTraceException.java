package org.taylorkit.hipparchus.trace;

/**
 * Thrown when a right-hand side being traced asks for a <em>number</em> ({@code getReal()},
 * {@code isNaN()}, {@code floor()}, a comparison through {@code sign()}, …): tracing runs the code
 * once on symbols, to record one expression that must hold for every state, so there is no value
 * to give and value-dependent control flow cannot be recorded. The message names the operation,
 * the first caller outside TaylorKit, and how to rewrite.
 */
public final class ValueDependentTraceException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private static final java.util.Set<String> INTERNAL = java.util.Set.of(
            ValueDependentTraceException.class.getName(), TracingElement.class.getName());

    private final String operation;

    ValueDependentTraceException(String operation, String hint) {
        super(message(operation, hint));
        this.operation = operation;
    }

    /** The operation that needed a value, e.g. {@code "getReal()"}. */
    public String operation() {
        return operation;
    }

    private static String message(String operation, String hint) {
        String caller = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !INTERNAL.contains(f.getClassName()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse("unknown"));
        return operation + " was called while tracing a right-hand side (called from " + caller + "). "
                + "Tracing records the right-hand side once, as an expression valid for every state, so a traced "
                + "quantity has no numerical value and the code must not branch on one. " + hint;
    }
}
