/**
 * The expression graph that TaylorKit evaluates over Taylor series, intervals and high-precision
 * numbers, and that the ODE module decomposes into a Taylor tape.
 *
 * <p>{@link org.taylorkit.core.expr.Expr} is the node type (constants, symbols, unary and binary
 * operations) with a fluent Java DSL; {@link org.taylorkit.core.expr.ExpressionParser} reads the
 * same expressions from text (grammar and precedence table there) and {@code toString()} writes
 * them back. Evaluation runs over any {@link org.taylorkit.core.Arithmetic}, visiting each distinct
 * subexpression once; every traversal is iterative.
 */
package org.taylorkit.core.expr;
