package org.taylorkit.ode.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ensemble machinery on its own, with runners whose results are known (the input itself). */
class EnsembleEngineTest {

    /** Returns its input after a pause of random length, so that members finish out of order. */
    static MemberRunner<Long, Long> jittery(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return m -> {
            LockSupport.parkNanos(r.nextInt(200_000));
            return m * m;
        };
    }

    @ParameterizedTest(name = "threads {0}")
    @ValueSource(ints = {1, 2, 3, 5})
    void resultsArriveInInputOrderOnTheCallingThread(int threads) {
        AtomicInteger seeds = new AtomicInteger();
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> jittery(seeds.incrementAndGet()))
                .threads(threads).window(threads * 3).build();
        Thread caller = Thread.currentThread();
        List<Long> seen = new ArrayList<>();
        EnsembleSummary s = e.run(LongStream.range(0, 500).boxed(), (i, m, r) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            assertThat(m).isEqualTo(i);
            assertThat(r).isEqualTo(i * i);
            seen.add(i);
        });
        assertThat(seen).hasSize(500);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
        assertThat(s.members()).isEqualTo(500);
        assertThat(s.cancelled()).isFalse();
        assertThat(s.threads()).isEqualTo(threads);
        assertThat(seeds.get()).isBetween(1, threads);
    }

    @Test
    void eachWorkerGetsItsOwnRunnerAndUsesItFromOneThreadOnly() {
        List<Thread> owners = java.util.Collections.synchronizedList(new ArrayList<>());
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> {
            Thread owner = Thread.currentThread();
            owners.add(owner);
            return m -> {
                assertThat(Thread.currentThread()).isSameAs(owner);
                return m;
            };
        }).threads(3).build();
        assertThat(e.collect(LongStream.range(0, 300).boxed().toList())).containsExactlyElementsOf(LongStream.range(0, 300).boxed().toList());
        assertThat(owners).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void cancellationFromTheSinkStopsTheRunAfterADeliveredPrefix() {
        Cancellation c = new Cancellation();
        AtomicInteger ran = new AtomicInteger();
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> {
            ran.incrementAndGet();
            LockSupport.parkNanos(100_000);
            return m;
        }).threads(2).window(8).cancellation(c).build();
        List<Long> seen = new ArrayList<>();
        EnsembleSummary s = e.run(100_000, i -> i, (i, m, r) -> {
            seen.add(i);
            if (i == 9) {
                c.cancel();
            }
        });
        assertThat(s.cancelled()).isTrue();
        assertThat(s.members()).isEqualTo(seen.size()).isBetween(10L, 10L + 8);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
        // nothing beyond the window was started
        assertThat(ran.get()).isLessThanOrEqualTo(10 + 8);
    }

    @Test
    void cancellationFromAnotherThreadStopsARunThatWouldTakeHours() throws Exception {
        Cancellation c = new Cancellation();
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> {
            LockSupport.parkNanos(1_000_000);
            return m;
        }).threads(2).cancellation(c).build();
        Thread stopper = new Thread(() -> {
            LockSupport.parkNanos(50_000_000);
            c.cancel();
        });
        stopper.start();
        EnsembleSummary s = e.run(10_000_000_000L, i -> i, (i, m, r) -> { });
        stopper.join();
        assertThat(s.cancelled()).isTrue();
        assertThat(s.members()).isLessThan(10_000_000_000L);
    }

    @Test
    void aFailingMemberStopsTheRunAfterTheMembersBeforeItWereDelivered() {
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> {
            if (m == 37) {
                throw new IllegalArgumentException("initial value of x is NaN");
            }
            return m;
        }).threads(3).window(10).build();
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> e.run(1000, i -> i, (i, m, r) -> seen.add(i)))
                .isInstanceOf(MemberFailedException.class)
                .hasMessage("ensemble member 37: initial value of x is NaN")
                .satisfies(ex -> assertThat(((MemberFailedException) ex).index()).isEqualTo(37));
        assertThat(seen).containsExactlyElementsOf(LongStream.range(0, 37).boxed().toList());
    }

    /**
     * Stress for a race a clean CI run once hit (a hang): a worker that took member i before member
     * f > i failed, but checked for failures only after, skipped i, so the run waited for i forever
     * (seen in a thread dump). Members before a failure must still run. Repeated because the
     * interleaving is rare: these 300 runs did not reproduce it on the unfixed code here, so this is a
     * stress test of the ordering under failure, not a deterministic reproduction.
     */
    @RepeatedTest(300)
    void membersTakenJustBeforeAFailureStillRun() {
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> {
            if (m == 6) {
                throw new IllegalArgumentException("member 6 fails");
            }
            if (m % 3 == 0) {
                Thread.yield();
            }
            return m;
        }).threads(4).window(8).build();
        List<Long> seen = new ArrayList<>();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertThatThrownBy(
                () -> e.run(50, i -> i, (i, m, r) -> seen.add(i))).isInstanceOf(MemberFailedException.class));
        assertThat(seen).containsExactlyElementsOf(LongStream.range(0, 6).boxed().toList());
    }

    @Test
    void progressCountsEveryDeliveryAndKnowsTheTotalOfACount() {
        List<long[]> calls = new ArrayList<>();
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> m).threads(2)
                .progress((done, total) -> calls.add(new long[] {done, total})).build();
        e.run(50, i -> i, (i, m, r) -> { });
        assertThat(calls).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(calls.get(i)).containsExactly(i + 1, 50);
        }
    }

    @Test
    void anEmptyInputDeliversNothing() {
        Ensemble<Long, Long> e = Ensemble.<Long, Long>builder(() -> m -> m).threads(2).build();
        EnsembleSummary s = e.run(List.<Long>of().iterator(), (i, m, r) -> {
            throw new AssertionError("no member");
        });
        assertThat(s.members()).isZero();
        assertThat(s.cancelled()).isFalse();
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> Ensemble.<Long, Long>builder(() -> m -> m).threads(0))
                .hasMessageContaining("thread count must be >= 1");
        assertThatThrownBy(() -> Ensemble.<Long, Long>builder(() -> m -> m).threads(4).window(2).build())
                .hasMessageContaining("window (2) must be at least the thread count (4)");
    }
}
