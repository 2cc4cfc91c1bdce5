package org.taylorkit.benchmarks;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hipparchus.analysis.differentiation.DSFactory;

/**
 * Builds Hipparchus {@link DSFactory} instances under a deadline. {@code new DSFactory(n, N)}
 * eagerly builds the compiler's multiplication and composition tables, whose size grows
 * combinatorially (measured on the benchmark machine: (2, 16) in about 11 s, (6, 8) in about 5 s,
 * (2, 20) not within 10 minutes); a benchmark setup should report that rather than hang.
 *
 * <p>Thread-safe: each call uses its own daemon thread, which is left running (it cannot be
 * interrupted) when the deadline passes; the forked benchmark JVM exits regardless.
 */
final class HipparchusFactories {

    /** Seconds to wait unless {@code -Dtaylorkit.bench.dsSetupSeconds=S} says otherwise. */
    static final int DEFAULT_SETUP_SECONDS = 60;

    private HipparchusFactories() {
    }

    /**
     * {@code new DSFactory(parameters, order)}, or an exception if it takes longer than the
     * deadline.
     *
     * @throws UnsupportedOperationException if the tables are not built in time (the message names
     *     the shape, the time waited and the property that raises the limit)
     */
    static DSFactory create(int parameters, int order) {
        int seconds = Integer.getInteger("taylorkit.bench.dsSetupSeconds", DEFAULT_SETUP_SECONDS);
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "DSFactory(" + parameters + "," + order + ")");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<DSFactory> f = ex.submit(() -> new DSFactory(parameters, order));
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new UnsupportedOperationException("Hipparchus new DSFactory(" + parameters + ", " + order
                    + ") did not finish building its compiler tables within " + seconds
                    + " s, so it is not benchmarked at this shape"
                    + " (raise the limit with -jvmArgsAppend -Dtaylorkit.bench.dsSetupSeconds=S)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building DSFactory(" + parameters + ", "
                    + order + ")", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("new DSFactory(" + parameters + ", " + order + ") failed: "
                    + e.getCause(), e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }
}
