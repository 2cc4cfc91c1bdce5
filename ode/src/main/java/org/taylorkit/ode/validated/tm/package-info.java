/**
 * Validated integration of sets by Taylor-model flows (Berz–Makino) with a QR-preconditioned error part and
 * automatic splitting: {@link org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator} and its result
 * {@link org.taylorkit.ode.validated.tm.SetFlowSolution}. Every enclosure contains the true solutions
 * from every point of the initial set; see {@code docs/theory/validated.md}, section "Taylor-model
 * flows, shrink wrapping and splitting".
 */
package org.taylorkit.ode.validated.tm;
