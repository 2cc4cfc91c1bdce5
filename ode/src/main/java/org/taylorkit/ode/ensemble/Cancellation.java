package org.taylorkit.ode.ensemble;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flag any thread may raise to stop an ensemble. Once it is raised, no further member is started;
 * members already running finish (an integration is not interrupted midway), results are still
 * delivered in order up to the first member that was not run, and {@link Ensemble#run} returns a
 * summary with {@link EnsembleSummary#cancelled()} set. Thread-safe; cannot be lowered again.
 */
public final class Cancellation {

    private final AtomicBoolean raised = new AtomicBoolean();

    /** Requests the stop. Idempotent. */
    public void cancel() {
        raised.set(true);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return raised.get();
    }
}
