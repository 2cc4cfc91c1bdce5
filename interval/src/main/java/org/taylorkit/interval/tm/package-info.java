/**
 * Taylor models over boxes: {@link org.taylorkit.interval.tm.TaylorModel} (polynomial part with
 * {@code double} coefficients in the deviations from the box midpoint, plus a rigorous interval
 * remainder), {@link org.taylorkit.interval.tm.TaylorModelSpace} (the box, order and shared tables),
 * {@link org.taylorkit.interval.tm.TaylorModelArithmetic} (to evaluate expressions) and
 * {@link org.taylorkit.interval.tm.Smoothness} (where each elementary function is analytic, the
 * precondition of every derivative-based enclosure).
 *
 * <p>Invariant of a model {@code (P, R)} of {@code f}: {@code f(x) − P(x − m) ∈ R} for every
 * {@code x} in the box. Arithmetic keeps it by sweeping rounding errors (bounded by directed
 * rounding) and truncated terms (bounded over the box) into {@code R}; functions keep it by
 * composition with a Taylor expansion whose Lagrange remainder is enclosed by interval Taylor
 * coefficients over the argument's range. See {@code docs/theory/rigor.md}.
 */
package org.taylorkit.interval.tm;
