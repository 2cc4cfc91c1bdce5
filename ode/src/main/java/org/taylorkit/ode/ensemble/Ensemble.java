package org.taylorkit.ode.ensemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Integrates one system from many members (initial states, parameter sets, boxes) on several
 * threads, and delivers the results in input order.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Threads.</b> Each worker thread asks the runner factory for its own {@link MemberRunner}
 *       once (so each owns one compiled tape and one integrator) and uses it for every member it
 *       takes. Members are handed out in input order from one queue.</li>
 *   <li><b>Determinism.</b> Result i is what the runner gives for member i alone; with the runners
 *       of this package that is bit-for-bit the result of a single integration, whatever the
 *       number of threads or the order in which members finish.</li>
 *   <li><b>Order.</b> The sink sees index 0, 1, 2, … in turn, from the calling thread only.</li>
 *   <li><b>Memory.</b> Input is read lazily; at most {@link Builder#window(int) window} members
 *       (default 64 per thread) are held between "read" and "delivered", so 10⁷ members streamed
 *       from a generator to a sink that writes them out need O(window) memory.</li>
 *   <li><b>Cancellation and progress.</b> A {@link Cancellation} stops the run between members; a
 *       {@link ProgressListener} hears the delivered count after each result.</li>
 *   <li><b>Errors.</b> A member whose runner throws stops the run with a
 *       {@link MemberFailedException} naming the member, after the members before it were delivered.</li>
 * </ul>
 * An {@code Ensemble} is immutable and may run several times; each run starts its own threads and
 * stops them before returning.
 *
 * @param <I> the member's input type
 * @param <R> the member's result type
 */
public final class Ensemble<I, R> {

    /** Default members in flight per worker thread. */
    public static final int DEFAULT_WINDOW_PER_THREAD = 64;

    private final Supplier<? extends MemberRunner<? super I, ? extends R>> runners;
    private final int threads;
    private final int window;
    private final Cancellation cancellation;
    private final ProgressListener progress;

    private Ensemble(Builder<I, R> b) {
        this.runners = b.runners;
        this.threads = b.threads;
        this.window = b.window > 0 ? b.window : DEFAULT_WINDOW_PER_THREAD * b.threads;
        this.cancellation = b.cancellation;
        this.progress = b.progress;
    }

    /**
     * A builder for an ensemble whose worker threads get their runners from {@code runners}.
     *
     * @param runners called once on each worker thread; each call must return a new runner
     */
    public static <I, R> Builder<I, R> builder(Supplier<? extends MemberRunner<? super I, ? extends R>> runners) {
        return new Builder<>(runners);
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /** The most members held at once between reading and delivery. */
    public int window() {
        return window;
    }

    /**
     * Runs every member the iterator yields (read lazily, on the calling thread) and passes the
     * results to {@code sink} in input order.
     *
     * @return what was done; {@link EnsembleSummary#cancelled()} if stopped by the cancellation
     * @throws MemberFailedException if a member's runner threw (after the earlier members were delivered)
     */
    public EnsembleSummary run(Iterator<? extends I> members, MemberSink<? super I, ? super R> sink) {
        return run(members, -1, sink);
    }

    /** As {@link #run(Iterator, MemberSink)} over a (sequential, lazily consumed) stream. */
    public EnsembleSummary run(Stream<? extends I> members, MemberSink<? super I, ? super R> sink) {
        return run(members.sequential().iterator(), -1, sink);
    }

    /**
     * As {@link #run(Iterator, MemberSink)} over members 0 … count−1 made on demand by
     * {@code generator} (called on the calling thread, in index order).
     */
    public EnsembleSummary run(long count, LongFunction<? extends I> generator, MemberSink<? super I, ? super R> sink) {
        if (count < 0) {
            throw new IllegalArgumentException("the member count must be >= 0, got " + count);
        }
        Objects.requireNonNull(generator, "generator");
        Iterator<I> it = new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public I next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return generator.apply(next++);
            }
        };
        return run(it, count, sink);
    }

    /**
     * Runs a list of members and returns their results in the same order (all held in memory).
     *
     * @throws MemberFailedException if a member's runner threw
     * @throws java.util.concurrent.CancellationException if the run was cancelled
     */
    public List<R> collect(List<? extends I> members) {
        List<R> results = new ArrayList<>(members.size());
        EnsembleSummary s = run(members.iterator(), members.size(), (i, m, r) -> results.add(r));
        if (s.cancelled()) {
            throw new java.util.concurrent.CancellationException("ensemble cancelled after " + s.members() + " of "
                    + members.size() + " members");
        }
        return Collections.unmodifiableList(results);
    }

    private EnsembleSummary run(Iterator<? extends I> members, long total, MemberSink<? super I, ? super R> sink) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(sink, "sink");
        return new WindowedRun<I, R>(runners, threads, window, cancellation, progress).run(members, total, sink);
    }

    /** Configures an {@link Ensemble}. Defaults: all available processors, 64 members in flight per thread. */
    public static final class Builder<I, R> {

        private final Supplier<? extends MemberRunner<? super I, ? extends R>> runners;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int window;
        private Cancellation cancellation = new Cancellation();
        private ProgressListener progress;

        private Builder(Supplier<? extends MemberRunner<? super I, ? extends R>> runners) {
            this.runners = Objects.requireNonNull(runners, "runners");
        }

        /** The number of worker threads, at least 1. */
        public Builder<I, R> threads(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("the thread count must be >= 1, got " + k);
            }
            this.threads = k;
            return this;
        }

        /** The most members held between reading and delivery, at least the thread count (default 64 per thread). */
        public Builder<I, R> window(int w) {
            if (w < 1) {
                throw new IllegalArgumentException("the window must be >= 1, got " + w);
            }
            this.window = w;
            return this;
        }

        /** The flag that stops the runs of the ensemble. */
        public Builder<I, R> cancellation(Cancellation c) {
            this.cancellation = Objects.requireNonNull(c, "cancellation");
            return this;
        }

        /** The listener told of each delivered result. */
        public Builder<I, R> progress(ProgressListener p) {
            this.progress = p;
            return this;
        }

        /** The ensemble. */
        public Ensemble<I, R> build() {
            if (window > 0 && window < threads) {
                throw new IllegalArgumentException("the window (" + window + ") must be at least the thread count (" + threads + ")");
            }
            return new Ensemble<>(this);
        }
    }
}
