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
 * boxes are evaluated in {@link IntervalArithmetic}; at sample points of the box the expression is
 * evaluated in Apfloat at 60 digits ({@link Apfloat1788}) and every defined value must lie in the
 * interval result. An apparent miss is re-checked at 150 digits before it counts, so a failure is
 * never a reference rounding artefact; each failure names its case seed, the expression, the box,
 * the point, the value and the enclosure.
 *
 * <p>{@code -Dfuzz.cases=N} (default 1 000, the default build; the Maven profile {@code -Pfuzz}
 * runs 10⁶ on all cores and writes its progress every 10 000 cases to
 * {@code target/fuzz-progress.txt}), {@code -Dfuzz.seed=S} (default 1788), {@code -Dfuzz.points=K}
 * sample points per case (default 1; trees of depth ≤ 3). Case i uses seed {@code S + i}, so a failing case reruns alone with
 * {@code -Dfuzz.seed=S+i -Dfuzz.cases=1}.
 */
class ExpressionFuzzTest {

    private static final int DEPTH = 3;
    private static final Apfloat1788 REF = new Apfloat1788(60);
    private static final Apfloat1788 CONFIRM = new Apfloat1788(150);
    private static final Apfloat SLACK = new Apfloat("1e-45");
    private static final Apfloat CONFIRM_SLACK = new Apfloat("1e-120");
    private static final Apfloat ONE = new Apfloat(1);

    private final AtomicLong points = new AtomicLong();
    private final AtomicLong undefined = new AtomicLong();
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
        (cases > 10_000 ? ids.parallel() : ids).forEach(i -> {
            runCase(seed + i, perCase);
            long n = done.incrementAndGet();
            if (n % 10_000 == 0) {
                progress(n, seed, start);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Expression fuzz: %d cases (seeds %d..%d), %d points checked, %d undefined, %d beyond the"
                + " reference's reach, %d interval evaluations threw ArithmeticException; %d containment failures; %.1f s%n",
                cases, seed, seed + cases - 1, points.get(), undefined.get(), unreliable.get(), intervalThrew.get(),
                failed.get(), seconds);
        assertThat(failures).as("containment failures (%d, the first 20 listed)", failed.get()).isEmpty();
    }

    private synchronized void progress(long n, long seed, long start) {
        String line = String.format("%d cases from seed %d, %d points, %d undefined, %d beyond reach, %d failures, %.0f s%n",
                n, seed, points.get(), undefined.get(), unreliable.get(), failed.get(), (System.nanoTime() - start) / 1e9);
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
            Apfloat v = reference(REF, f, point);
            if (v == null) {
                continue;
            }
            if (!contains(REF, enc, v, SLACK)) {
                Apfloat w = reference(CONFIRM, f, point);
                if (w != null && !contains(CONFIRM, enc, w, CONFIRM_SLACK)) {
                    fail(caseSeed, f, box, point, w, "value outside the enclosure " + enc);
                }
            }
        }
    }

    private Apfloat reference(Apfloat1788 ar, Expr f, Map<String, Double> point) {
        Map<String, Apfloat> args = new LinkedHashMap<>();
        point.forEach((k, x) -> args.put(k, ar.fromDouble(x)));
        try {
            return f.evaluate(ar, args);
        } catch (Apfloat1788.Unreliable | org.apfloat.ApfloatRuntimeException e) { // beyond Apfloat's reach (overflow)
            unreliable.incrementAndGet();
            return null;
        } catch (ArithmeticException e) {
            undefined.incrementAndGet();
            return null;
        }
    }

    private static boolean contains(Apfloat1788 ar, Interval enc, Apfloat v, Apfloat slack) {
        if (enc.isEmpty()) {
            return false;
        }
        Apfloat s = slack.multiply(ApfloatMath.abs(v).compareTo(ONE) > 0 ? ApfloatMath.abs(v) : ONE);
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
