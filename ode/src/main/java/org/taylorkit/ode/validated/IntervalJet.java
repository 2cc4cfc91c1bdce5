package org.taylorkit.ode.validated;

import org.taylorkit.interval.Interval;

/**
 * An order-1 interval jet: a value enclosure and an enclosure of the gradient with respect to
 * {@code n} seed directions, {@code u(x) ∈ value}, {@code ∇u(x)·V ∈ gradient} for every {@code x} in
 * a box and {@code V} in a seed matrix. The fast replacement of order-1 {@code FieldTaylorN<Interval>}
 * in the validated integrator's jets ({@link IntervalJetArithmetic}): the same numbers, without the
 * general multivariate product schedules. Immutable (the gradient array is never modified after
 * construction, and a constant's is shared).
 */
final class IntervalJet {

    final Interval value;
    /** The gradient entries; all point zeros when {@link #constant}. */
    final Interval[] gradient;
    /** Whether the gradient is known to be exactly zero. */
    final boolean constant;

    IntervalJet(Interval value, Interval[] gradient, boolean constant) {
        this.value = value;
        this.gradient = gradient;
        this.constant = constant;
    }

    @Override
    public String toString() {
        return value + " + " + java.util.Arrays.toString(gradient) + "·δ";
    }
}
