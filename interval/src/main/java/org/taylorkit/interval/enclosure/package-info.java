/**
 * Rigorous range enclosures of expressions over boxes: {@link org.taylorkit.interval.enclosure.Enclosures}
 * (natural interval extension, mean-value form, Taylor form, Taylor model, adaptive bisection),
 * {@link org.taylorkit.interval.enclosure.Box} (named intervals) and
 * {@link org.taylorkit.interval.enclosure.RangeEnclosure} (the result).
 *
 * <p>Every result contains the true range {@code {f(x) : x ∈ box, f defined at x}}: the natural
 * extension by the inclusion property of IEEE 1788 set-based interval operations; the mean-value and
 * Taylor forms by Taylor's theorem with interval Taylor coefficients over the box, used only once the
 * expression is proven analytic on the box; Taylor models by their invariant; bisection because it
 * takes the hull of enclosures of a partition. The arguments are written next to the code and in
 * {@code docs/theory/rigor.md}.
 */
package org.taylorkit.interval.enclosure;
