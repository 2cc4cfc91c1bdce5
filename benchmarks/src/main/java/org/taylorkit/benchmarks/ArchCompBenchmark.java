package org.taylorkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ARCH-COMP NLN instance per {@code @Param instance} ({@link ArchCompInstance}), integrated and
 * checked as {@link ArchCompRun} does: the time to verify it after JIT warm-up. Setup throws if a
 * property is not verified (a timing of a failed proof is not a result). {@link ArchCompRunner}
 * prints the whole table in one run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Thread)
public class ArchCompBenchmark {

    @Param({"VDP mu=1", "LALO20 W=0.01"})
    public String instance;

    private ArchCompInstance in;

    @Setup
    public void setup() {
        in = ArchCompInstance.named(instance);
        ArchCompRun r = ArchCompRun.of(in, 64);
        if (!r.checks().isEmpty() && !r.verified()) {
            throw new IllegalStateException(instance + " not verified: " + r.checks() + ", " + r.status());
        }
    }

    /** Integrate and check once. */
    @Benchmark
    public ArchCompRun verify() {
        return ArchCompRun.of(in, 64);
    }
}
