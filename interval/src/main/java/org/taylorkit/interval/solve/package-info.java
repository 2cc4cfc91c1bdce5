/**
 * Validated applications of interval arithmetic and Taylor series (Tucker, <i>Validated Numerics</i>,
 * 2011, ch. 5): {@link org.taylorkit.interval.solve.RootFinder} (all zeros of {@code f: ℝⁿ → ℝⁿ} in a
 * box, with existence and uniqueness proofs), {@link org.taylorkit.interval.solve.GlobalMinimizer}
 * (an enclosure of the global minimum over a box and boxes containing every global minimizer) and
 * {@link org.taylorkit.interval.solve.RigorousQuadrature} / {@link org.taylorkit.interval.solve.PreciseQuadrature}
 * (enclosures of integrals over intervals and boxes).
 *
 * <p>Every result is a proof, up to the correctness of the interval layer: nothing outside the
 * returned root boxes is a zero, the true minimum lies in the returned enclosure, the true integral
 * in the returned interval. The arguments are written next to the code and in
 * {@code docs/theory/validated-applications.md}.
 */
package org.taylorkit.interval.solve;
