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
    LOHNER_QR,
    /**
     * Lohner's doubleton (CAPD's {@code C0DoubletonSet}): the set is {@code c + C·r0 + Q·r}, where
     * {@code r0} are the initial box's deviations from its centre, kept unchanged, {@code C} is a
     * point matrix following the linearised flow (the midpoint of {@code J·C}; the difference times
     * {@code r0} is enclosed and moved into {@code r}) and {@code Q·r} is a QR-Lohner set of the
     * accumulated errors. The image of the initial box is carried exactly by the linear part, so
     * only the errors are wrapped: tighter than {@link #LOHNER_QR} for wide boxes, identical for
     * points.
     */
    DOUBLETON
}
