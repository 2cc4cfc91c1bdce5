/**
 * The catalogue's rigorous side and the interval {@code Arithmetic}s: one
 * {@code <Name>Enclosure implements RigorousFunction} per catalogue function (double and Apfloat
 * enclosures and where the function is analytic), found by name through
 * {@link org.taylorkit.interval.function.RigorousFunctions}, and
 * {@link org.taylorkit.interval.function.IntervalArithmetic} /
 * {@link org.taylorkit.interval.function.ApfloatIntervalArithmetic}, which apply any catalogue
 * function through its enclosure. Sits above the double ({@code org.taylorkit.interval}) and the
 * Apfloat ({@code org.taylorkit.interval.apfloat}) implementations.
 */
package org.taylorkit.interval.function;
