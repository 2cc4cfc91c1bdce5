/**
 * Rigorous interval arithmetic over {@code double} with IEEE 1788 set-based semantics.
 *
 * <p><b>Public API.</b> {@link org.taylorkit.interval.Interval} (the value type: factories,
 * accessors, set operations, arithmetic, elementary functions, text I/O),
 * {@link org.taylorkit.interval.function.IntervalArithmetic} (the {@code Arithmetic<Interval>} that runs
 * the generic Taylor kernels on interval coefficients) and
 * {@link org.taylorkit.interval.DirectedRounding} (directed {@code + − × ÷ √} on doubles).
 *
 * <p><b>How rigor is obtained</b> (Java has no rounding-mode control, and the ulp bounds of
 * {@code Math}/{@code StrictMath} are not proofs):
 * <ol>
 *   <li>{@link org.taylorkit.interval.DirectedRounding}: the correctly rounded result plus the
 *       exact sign of its error (TwoSum; fma residuals of ×, ÷, √; exact {@code BigDecimal}
 *       comparison near underflow) gives the directed roundings, stepping one ulp only when
 *       inexact.</li>
 *   <li>{@code DD} / {@code DDInterval}: double-double bounds with directed operations built
 *       from (1); the working precision (~104 bits) of the elementary functions.</li>
 *   <li>Constants: π from 420 published decimals ({@code PiEnclosure}, re-derived by Machin's
 *       formula in the tests), ln 2 computed at start-up from a series with a proven tail bound.</li>
 *   <li>Elementary functions ({@code RigorousExp}, {@code RigorousLog}, {@code RigorousTrig}
 *       with {@code TrigReduction}, {@code RigorousInverseTrig}, {@code RigorousHyperbolic},
 *       {@code RigorousErf}, {@code RigorousPow}; the public {@link org.taylorkit.interval.RigorousReciprocal}
 *       for sec, csc, cot, sech, csch, coth, acoth, acot and {@link org.taylorkit.interval.RigorousHypot}): exact or enclosed argument reduction, Taylor
 *       series evaluated in {@code DDInterval} arithmetic, and an explicit remainder bound
 *       (Lagrange, alternating or geometric) computed with upward rounding and added as an
 *       interval. Each class documents its method and argument.</li>
 *   <li>Interval functions use monotonicity (bounds from endpoint enclosures), exact location of
 *       interior extrema (multiples of π/2 found from the exact reduction integer), and the
 *       domain rules of IEEE 1788 (the image of the intersection with the domain).</li>
 * </ol>
 *
 * <p><b>Tightness.</b> The double-double enclosures are about 2^−100 relative wide, so for a
 * point argument each function's result is at most 2 ulps wide (1 ulp when the exact value is
 * not within ~2^−100 of a double), and exact results are points ({@code exp(0) = 1},
 * {@code sqrt(4) = 2}, {@code 10^22}). Subnormal results may be wider (fallback paths).
 */
package org.taylorkit.interval;
