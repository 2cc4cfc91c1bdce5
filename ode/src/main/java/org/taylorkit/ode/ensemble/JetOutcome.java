package org.taylorkit.ode.ensemble;

import org.taylorkit.ode.jet.JetFlow;

/**
 * The end of one member's jet transport: the flow as jets in the deviations of the initial values,
 * or, when the integration did not complete (blow-up, domain error, step limit), why not.
 *
 * @param flow the flow, or {@code null} if the member failed
 * @param failure the integrator's message, or {@code null} if it completed
 */
public record JetOutcome(JetFlow flow, String failure) {

    /** Whether the member completed. */
    public boolean completed() {
        return flow != null;
    }
}
