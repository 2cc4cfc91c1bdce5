package org.taylorkit.ode.validated;

/** How a {@link ValidatedIntegrator} represents the set of states between steps. */
public enum Method {
    /**
     * A box per step: the Taylor polynomial is evaluated in interval arithmetic over the whole box.
     * Rigorous, but every step re-wraps the image of the box in an axis-parallel box (the wrapping
     * effect), so widths grow with any rotation of the flow (by about {@code e^{2π} ≈ 535} over one
     * period of a rotation). Kept only as a baseline.
     */
    NAIVE_BOX,
    /**
     * Lohner's method with QR reorthogonalisation: the set is {@code c + Q·r} (point vector, point
     * nearly-orthogonal matrix, interval vector), propagated with the mean-value form and a rigorous
     * enclosure of the Jacobian of the step map (the variational equations).
     */
    LOHNER_QR
}
