package org.taylorkit.interval.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/**
 * Containment fuzz of interval expression evaluation (issue 13): random expressions
 * ({@link FuzzExpressions}: the whole function catalogue, {@code + − × ÷}, pown and pow) over random
 * boxes are evaluated in {@link IntervalArithmetic}; at sample points of the box every defined value
 * must lie in the interval result.
 *
 * <p><b>The reference, in two tiers.</b> A point is first evaluated in double-precision ball
 * arithmetic ({@link BallArithmetic}: a value and a rigorous bound on its error, from the documented
 * accuracy of {@link StrictMath} with a margin); if the whole ball lies inside the enclosure, the
 * exact value does, and the point passes — no slack, so this is stricter than the Apfloat criterion
 * below. If the ball proves the point outside a domain, it counts as undefined (the Apfloat
 * reference is undefined there too; {@link BallArithmeticTest} checks both claims of the ball tier
 * against Apfloat). Every other point — a ball that overlaps an enclosure end, overflow, a pole or
 * domain boundary within the ball, a tight enclosure — <em>escalates</em> to Apfloat at 60 digits
 * ({@link Apfloat1788}), which must lie in the enclosure up to {@code 10^−45} relative; an apparent
 * miss is re-checked at 150 digits (slack {@code 10^−120} relative, or the distance between the two
 * references where cancellation makes that larger) before it counts, so a failure is never a
 * reference rounding artefact. Each failure names its case seed, the expression, the box, the point, the reference
 * value and the enclosure. The ball tier decides about three points in four, at a few microseconds
 * each, where the Apfloat reference costs milliseconds.
 *
 * <p>{@code -Dfuzz.cases=N} (default 1 000, the default build; the Maven profile {@code -Pfuzz}
 * runs 10⁶ on one thread, or {@code -Dfuzz.parallel=true} on all cores, and appends its progress every
 * 10 000 cases and its summary to {@code target/fuzz-progress.txt}), {@code -Dfuzz.seed=S} (default
 * 1788), {@code -Dfuzz.points=K} sample points per case (default 1; trees of depth ≤ 3). Case i uses
 * seed {@code S + i}, so a failing case reruns alone with {@code -Dfuzz.seed=S+i -Dfuzz.cases=1}, and
 * shards {@code (S, N), (S + N, N), …} together run the same cases as one run.
 */
class ExpressionFuzzTest {

    private static final int DEPTH = 3;
    private static final Apfloat1788 REF = new Apfloat1788(60);
    private static final Apfloat1788 CONFIRM = new Apfloat1788(150);
    private static final Apfloat SLACK = new Apfloat("1e-45");
    private static final Apfloat CONFIRM_SLACK = new Apfloat("1e-120");
    /** Wall-clock budget of one Apfloat reference evaluation (the machine may be loaded 10×). */
    private static final long REFERENCE_SECONDS = 60;

    private final AtomicLong points = new AtomicLong();
    private final AtomicLong undefined = new AtomicLong();
    private final AtomicLong escalated = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong unreliable = new AtomicLong();
    private final AtomicLong intervalThrew = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @Test
    void intervalEvaluationContainsEveryDefinedValue() {
        long cases = Long.getLong("fuzz.cases", 1_000);
        long seed = Long.getLong("fuzz.seed", 1788);
        int perCase = Integer.getInteger("fuzz.points", 1);
        long start = System.nanoTime();
        LongStream ids = LongStream.range(0, cases);
        AtomicLong done = new AtomicLong();
        boolean parallel = Boolean.parseBoolean(System.getProperty("fuzz.parallel", "false"));
        (parallel ? ids.parallel() : ids).forEach(i -> {
            try {
                runCase(seed + i, perCase);
            } catch (RuntimeException | Error e) { // name the case before the run ends (parallel order loses it)
                appendProgress("case seed " + (seed + i) + " threw " + e + "\n");
                throw e;
            }
            long n = done.incrementAndGet();
            if (n % 10_000 == 0) {
                progress(n, seed, start);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        String summary = String.format("Expression fuzz: %d cases (seeds %d..%d), %d points checked, %d escalated to Apfloat,"
                + " %d undefined, %d beyond the reference's reach (%d timed out), %d interval evaluations threw ArithmeticException;"
                + " %d containment failures; %.1f s wall, %.1f s CPU%n",
                cases, seed, seed + cases - 1, points.get(), escalated.get(), undefined.get(), unreliable.get(),
                timedOut.get(), intervalThrew.get(), failed.get(), seconds, cpuSeconds());
        System.out.print(summary);
        if (cases > 10_000) {
            appendProgress(summary);
        }
        assertThat(failures).as("containment failures (%d, the first 20 listed)", failed.get()).isEmpty();
    }

    private synchronized void progress(long n, long seed, long start) {
        appendProgress(String.format("%d cases from seed %d, %d points, %d escalated, %d undefined, %d beyond reach,"
                + " %d failures, %.0f s wall, %.0f s CPU%n", n, seed, points.get(), escalated.get(), undefined.get(),
                unreliable.get(), failed.get(), (System.nanoTime() - start) / 1e9, cpuSeconds()));
    }

    /** CPU time of the whole JVM (all threads, JIT and GC included), in seconds. */
    private static double cpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static void appendProgress(String line) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fuzz-progress.txt"), line,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void runCase(long caseSeed, int perCase) {
        FuzzExpressions gen = new FuzzExpressions(caseSeed);
        Expr f = gen.next(DEPTH);
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : new String[] {"x", "y"}) {
            double[] s = gen.side();
            box.put(v, Interval.of(s[0], s[1]));
        }
        Interval enc;
        try {
            enc = f.evaluate(IntervalArithmetic.INSTANCE, box);
        } catch (ArithmeticException e) { // division by [0, 0]: no quotient exists
            intervalThrew.incrementAndGet();
            return;
        } catch (RuntimeException e) {
            fail(caseSeed, f, box, null, null, "interval evaluation threw " + e);
            return;
        }
        for (int k = 0; k < perCase; k++) {
            Map<String, Double> point = new LinkedHashMap<>();
            box.forEach((v, x) -> point.put(v, gen.pointOf(x.inf(), x.sup())));
            points.incrementAndGet();
            switch (fastCheck(f, point, enc)) {
                case INSIDE:
                    continue;
                case UNDEFINED:
                    undefined.incrementAndGet();
                    continue;
                default:
                    break;
            }
            escalated.incrementAndGet();
            Apfloat v = reference(REF, f, point);
            if (v == null) {
                continue;
            }
            if (!contains(REF, enc, v, relative(v, SLACK))) {
                Apfloat w = reference(CONFIRM, f, point);
                if (w != null && !contains(CONFIRM, enc, w, confirmSlack(v, w))) {
                    fail(caseSeed, f, box, point, w, "value outside the enclosure " + enc);
                }
            }
        }
    }

    /** What the fast tier ({@link BallArithmetic}) proves about a point. */
    enum Fast { INSIDE, UNDEFINED, UNDECIDED }

    /**
     * The fast tier: the value at {@code point} in ball arithmetic. {@link Fast#INSIDE} only when the
     * whole ball, hence the exact value, lies in {@code enc} (no slack: stricter than the Apfloat
     * criterion); {@link Fast#UNDEFINED} only when the point is certainly outside a domain, where the
     * Apfloat reference is undefined too; everything else goes to Apfloat.
     */
    static Fast fastCheck(Expr f, Map<String, Double> point, Interval enc) {
        Map<String, Ball> args = new LinkedHashMap<>();
        point.forEach((k, x) -> args.put(k, Ball.exact(x)));
        Ball b;
        try {
            b = f.evaluate(BallArithmetic.INSTANCE, args);
        } catch (Undecided e) {
            return Fast.UNDECIDED;
        } catch (ArithmeticException e) {
            return Fast.UNDEFINED;
        }
        boolean inside = !enc.isEmpty() && enc.inf() <= b.lower() && b.upper() <= enc.sup();
        return inside ? Fast.INSIDE : Fast.UNDECIDED;
    }

    /**
     * The Apfloat value at {@code point}, or null where it is undefined or beyond the reference's
     * reach. Apfloat has pathological paths (a series at an absurd working precision) that can run for
     * hours on one point; an evaluation that has not finished after {@link #REFERENCE_SECONDS} s of
     * wall time is stopped and counted as beyond reach (and as timed out), so one point never stalls
     * a run.
     */
    @SuppressWarnings("deprecation") // Thread.stop: Apfloat does not respond to interrupts
    private Apfloat reference(Apfloat1788 ar, Expr f, Map<String, Double> point) {
        java.util.concurrent.FutureTask<Apfloat> task = new java.util.concurrent.FutureTask<>(() -> {
            Map<String, Apfloat> args = new LinkedHashMap<>();
            point.forEach((k, x) -> args.put(k, ar.fromDouble(x)));
            return f.evaluate(ar, args);
        });
        Thread worker = new Thread(task, "fuzz-reference");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(REFERENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            worker.stop();
            timedOut.incrementAndGet();
            unreliable.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Apfloat1788.Unreliable || c instanceof org.apfloat.ApfloatRuntimeException
                    || c instanceof org.taylorkit.core.ApfloatOverflowException) { // overflow
                unreliable.incrementAndGet();
                return null;
            }
            if (c instanceof ArithmeticException) {
                undefined.incrementAndGet();
                return null;
            }
            throw c instanceof RuntimeException ? (RuntimeException) c : new IllegalStateException(c);
        }
    }

    /** {@code rel·|v|}: the 60-digit value's own rounding, relative (no absolute floor). */
    static Apfloat relative(Apfloat v, Apfloat rel) {
        return rel.multiply(ApfloatMath.abs(v));
    }

    /**
     * The slack of the 150-digit re-check: {@code 10^−120·|w|}, or the distance between the 60- and
     * 150-digit values where that is larger. Cancellation (a true 0 computed as ±10⁻⁶⁰ at 60 digits and
     * ±10⁻¹⁵⁰ at 150) is absorbed by the distance, which over-estimates the 150-digit value's error by
     * about 90 digits; a wrong enclosure of a tiny value (say [0, 0] for 10⁻⁵⁰, the subnormal class of
     * the expm1 bug) is not, because both references agree on it to 60 digits. Before 2026-12-07 the
     * slack had an absolute floor of 10⁻⁴⁵ (10⁻¹²⁰) for |v| &lt; 1, which would have hidden such misses.
     */
    static Apfloat confirmSlack(Apfloat v60, Apfloat w150) {
        Apfloat rel = relative(w150, CONFIRM_SLACK);
        Apfloat distance = ApfloatMath.abs(w150.subtract(v60));
        return distance.compareTo(rel) > 0 ? distance : rel;
    }

    static boolean contains(Apfloat1788 ar, Interval enc, Apfloat v, Apfloat s) {
        if (enc.isEmpty()) {
            return false;
        }
        boolean aboveLo = Double.isInfinite(enc.inf()) || ar.fromDouble(enc.inf()).compareTo(v.add(s)) <= 0;
        boolean belowHi = Double.isInfinite(enc.sup()) || ar.fromDouble(enc.sup()).compareTo(v.subtract(s)) >= 0;
        return aboveLo && belowHi;
    }

    private void fail(long seed, Expr f, Map<String, Interval> box, Map<String, Double> point, Apfloat v, String what) {
        failed.incrementAndGet();
        if (failures.size() < 20) {
            failures.add("seed " + seed + ": f = " + f + " over " + box + (point == null ? "" : " at " + point
                    + ", f = " + v.precision(25)) + ": " + what);
        }
    }
}
