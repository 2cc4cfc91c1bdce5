/**
 * The truncated Taylor series types: {@link org.taylorkit.core.series.Taylor1} (one variable,
 * {@code double}), {@link org.taylorkit.core.series.FieldTaylor1} (one variable over any
 * {@link org.taylorkit.core.Arithmetic}), {@link org.taylorkit.core.series.TaylorN} and
 * {@link org.taylorkit.core.series.FieldTaylorN} (several variables, graded by total degree), with
 * the {@code Arithmetic} of each ({@code <Type>Arithmetic}) so that series nest as coefficients.
 *
 * <p>Each public type keeps its helpers beside it under one naming scheme: {@code <Type>Ring}
 * (sums, products, quotients by scalars), {@code <Type>Functions} (division, powers and the catalogue
 * functions: domain check, then the function's recurrence), {@code <Type>Calculus} (derivatives,
 * integrals, evaluation, composition), {@code <Type>Construction}, {@code <Type>Text}. The recurrences
 * themselves are not here: they are in {@code org.taylorkit.core.kernels} (double) and in the
 * function definitions ({@code org.taylorkit.core.function}).
 */
package org.taylorkit.core.series;

import org.taylorkit.core.Arithmetic;
