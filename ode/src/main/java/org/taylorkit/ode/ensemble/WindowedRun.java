package org.taylorkit.ode.ensemble;

import java.util.Iterator;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * One run of an {@link Ensemble}: worker threads, each with its own {@link MemberRunner}, take
 * members from a queue; the calling thread reads the input lazily, keeps at most {@code window}
 * members between "read" and "delivered", and hands results to the sink in index order from a ring
 * of {@code window} slots. Memory is O(window) whatever the number of members.
 */
final class WindowedRun<I, R> {

    private static final long POLL_NANOS = 50_000_000L;

    private record Task<I>(long index, I member) {
    }

    private final Supplier<? extends MemberRunner<? super I, ? extends R>> runners;
    private final int threads;
    private final int window;
    private final Cancellation cancellation;
    private final ProgressListener progress;

    private final Object lock = new Object();
    private final Object[] inputs;
    private final Object[] results;
    private final boolean[] ready;
    private final LinkedBlockingQueue<Task<I>> queue = new LinkedBlockingQueue<>();
    private MemberFailedException failure;

    WindowedRun(Supplier<? extends MemberRunner<? super I, ? extends R>> runners, int threads, int window,
            Cancellation cancellation, ProgressListener progress) {
        this.runners = runners;
        this.threads = threads;
        this.window = window;
        this.cancellation = cancellation;
        this.progress = progress;
        this.inputs = new Object[window];
        this.results = new Object[window];
        this.ready = new boolean[window];
    }

    EnsembleSummary run(Iterator<? extends I> members, long total, MemberSink<? super I, ? super R> sink) {
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            workers[k] = new Thread(this::work, "ensemble-worker-" + k);
            workers[k].setDaemon(true);
            workers[k].start();
        }
        long submitted = 0;
        long delivered = 0;
        boolean more = true;
        try {
            more = members.hasNext();
            while (true) {
                delivered = deliverReady(delivered, submitted, total, sink);
                if (cancellation.isCancelled()) {
                    break;
                }
                if (more && submitted - delivered < window && !failed()) {
                    I member = members.next();
                    synchronized (lock) {
                        inputs[slot(submitted)] = member;
                    }
                    queue.add(new Task<>(submitted, member));
                    submitted++;
                    more = members.hasNext();
                    continue;
                }
                if (!more && delivered == submitted) {
                    break;
                }
                awaitSlot(delivered);
            }
        } finally {
            stop(workers);
        }
        // Members that were running when the run was cancelled have finished: deliver the ready prefix.
        delivered = deliverReady(delivered, submitted, total, sink);
        boolean cancelled = cancellation.isCancelled() && (delivered < submitted || more);
        return new EnsembleSummary(delivered, cancelled, (System.nanoTime() - start) * 1e-9, threads);
    }

    private int slot(long index) {
        return (int) (index % window);
    }

    /** Hands every ready result at the head of the window to the sink; returns the new delivered count. */
    @SuppressWarnings("unchecked")
    private long deliverReady(long delivered, long submitted, long total, MemberSink<? super I, ? super R> sink) {
        while (delivered < submitted) {
            I member;
            R result;
            synchronized (lock) {
                if (failure != null && failure.index() == delivered) {
                    throw failure;
                }
                int s = slot(delivered);
                if (!ready[s]) {
                    return delivered;
                }
                member = (I) inputs[s];
                result = (R) results[s];
                inputs[s] = null;
                results[s] = null;
                ready[s] = false;
            }
            sink.accept(delivered, member, result);
            delivered++;
            if (progress != null) {
                progress.progress(delivered, total);
            }
        }
        return delivered;
    }

    private void awaitSlot(long index) {
        synchronized (lock) {
            long deadline = System.nanoTime() + POLL_NANOS;
            while (!ready[slot(index)] && (failure == null || failure.index() != index) && !cancellation.isCancelled()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancellation.cancel();
                    return;
                }
            }
        }
    }

    private void work() {
        MemberRunner<? super I, ? extends R> runner = null;
        while (true) {
            Task<I> task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task.index() < 0) {
                return;
            }
            // Members before a failed one still run: the run delivers them before it throws.
            if (cancellation.isCancelled() || failedBefore(task.index())) {
                continue;
            }
            try {
                if (runner == null) {
                    runner = runners.get();
                }
                R result = runner.run(task.member());
                synchronized (lock) {
                    int s = slot(task.index());
                    results[s] = result;
                    ready[s] = true;
                    lock.notifyAll();
                }
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    if (failure == null || task.index() < failure.index()) {
                        failure = new MemberFailedException(task.index(), e);
                    }
                    lock.notifyAll();
                }
            }
        }
    }

    /** Whether a member with an index below {@code index} has failed (then {@code index} need not run). */
    private boolean failedBefore(long index) {
        synchronized (lock) {
            return failure != null && failure.index() < index;
        }
    }

    private boolean failed() {
        synchronized (lock) {
            return failure != null;
        }
    }

    private void stop(Thread[] workers) {
        for (int k = 0; k < workers.length; k++) {
            queue.add(new Task<>(-1, null));
        }
        boolean interrupted = false;
        for (Thread w : workers) {
            while (true) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
