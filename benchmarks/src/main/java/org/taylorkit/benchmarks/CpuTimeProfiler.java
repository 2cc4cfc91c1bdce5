package org.taylorkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark threads spent per operation, for machines
 * shared with other work: wall-clock scores there include the time the thread waited for a core,
 * CPU time does not. Use with {@code -prof org.taylorkit.benchmarks.CpuTimeProfiler}.
 *
 * <p>Secondary results per iteration:
 * <ul>
 *   <li>{@code cpu.time.norm} (ns/op): the CPU time (user + system, {@link ThreadMXBean}) of the
 *       JMH worker threads over the iteration divided by all operations of the iteration (the
 *       same operation count {@code -prof gc} normalizes by). JIT and GC threads are excluded.</li>
 *   <li>{@code cpu.share} (%): worker CPU time over iteration wall time per worker thread; well
 *       below 100 % means the benchmark waited for a core and its wall-clock score is inflated.</li>
 * </ul>
 *
 * <p>CPU time still carries contention effects on shared caches and on clock frequency, so it is a
 * steadier estimate than wall time on a loaded machine, not an exact one. Not thread-safe (JMH
 * calls a profiler from one thread).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private static final String WORKER_MARK = "jmh-worker";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Map<Long, Long> startCpu = Map.of();
    private long startWall;

    /** Public no-argument constructor, as JMH instantiates profilers reflectively. */
    public CpuTimeProfiler() {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("CpuTimeProfiler: this JVM cannot measure thread CPU time");
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark threads per operation (steadier than wall time on a shared machine)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startCpu = workerCpuTimes();
        startWall = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - startWall;
        Map<Long, Long> end = workerCpuTimes();
        long cpu = 0;
        for (Map.Entry<Long, Long> e : end.entrySet()) {
            // A worker started during the iteration spent all its CPU time in it.
            cpu += e.getValue() - startCpu.getOrDefault(e.getKey(), 0L);
        }
        List<Result> out = new ArrayList<>();
        long ops = result.getMetadata().getAllOps();
        if (ops > 0) {
            out.add(new ScalarResult("cpu.time.norm", (double) cpu / ops, "ns/op", AggregationPolicy.AVG));
        }
        int workers = Math.max(1, end.size());
        if (wall > 0) {
            out.add(new ScalarResult("cpu.share", 100.0 * cpu / ((double) wall * workers), "%",
                    AggregationPolicy.AVG));
        }
        return out;
    }

    private Map<Long, Long> workerCpuTimes() {
        Map<Long, Long> m = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains(WORKER_MARK)) {
                long t = threads.getThreadCpuTime(info.getThreadId());
                if (t >= 0) {
                    m.put(info.getThreadId(), t);
                }
            }
        }
        return m;
    }
}
