package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Expressions of 10⁵ nodes, as deep as they are large: parsing, evaluation, printing, equality,
 * hashing, symbol collection. Each check runs on a thread with a 512 KiB stack, far too small for
 * recursion 10⁵ frames deep, so passing shows the traversals are iterative.
 */
class ExprDeepTest {

    private static final int N = 100_000;
    private static final Expr X = Expr.variable("x");

    private static void onSmallStack(Runnable check) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                check.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("failed on a 512 KiB stack: " + failure.get(), failure.get());
        }
    }

    @Test
    void parsedSumOfOnes() throws InterruptedException {
        onSmallStack(() -> {
            String text = "1" + "+1".repeat(N - 1);
            Expr e = Expr.parse(text);
            assertThat(e.evaluateDouble(Map.of())).isEqualTo(N);
            assertThat(e.size()).isEqualTo(N); // the constant 1 once, N − 1 sums
            assertThat(e.topologicalOrder()).hasSize(N);
            String printed = e.toString();
            assertThat(printed).isEqualTo("1" + " + 1".repeat(N - 1));
            Expr again = Expr.parse(printed);
            assertThat(again).isNotSameAs(e).isEqualTo(e).hasSameHashCodeAs(e);
            assertThat(e.symbols()).isEmpty();
            assertThat(again.plus(2)).isNotEqualTo(e.plus(1));
        });
    }

    @Test
    void loopBuiltChains() throws InterruptedException {
        onSmallStack(() -> {
            // N/2 rounds of (e + x)·0.5 and sin(e) − sin(x): about 1.25·10^5 distinct nodes, depth N.
            int rounds = N / 2;
            Expr e = X;
            Expr f = X;
            for (int i = 0; i < rounds; i++) {
                e = i % 2 == 0 ? e.plus(X).times(0.5) : e.sin().minus(X.sin());
                f = i % 2 == 0 ? f.plus(X).times(0.5) : f.sin().minus(X.sin());
            }
            assertThat(e.size()).isGreaterThan(N);
            assertThat(e).isEqualTo(f).hasSameHashCodeAs(f);
            assertThat(e.minus(1)).isNotEqualTo(f.minus(2));
            assertThat(e.variables()).containsExactly("x");
            // Reference: the same recurrence on doubles.
            double x = 0.3;
            double v = x;
            for (int i = 0; i < rounds; i++) {
                v = i % 2 == 0 ? (v + x) * 0.5 : Math.sin(v) - Math.sin(x);
            }
            assertThat(e.evaluateDouble(Map.of("x", x))).isEqualTo(v);
            String printed = e.toString();
            assertThat(printed).startsWith("sin((sin((").endsWith(") + x) * 0.5) - sin(x)");
            assertThat(printed.length()).isEqualTo(1 + rounds / 2 * ("sin((".length() + " + x) * 0.5) - sin(x)".length()));
        });
    }

    @Test
    void deepUnaryAndPowerChainsParseAndPrint() throws InterruptedException {
        onSmallStack(() -> {
            Expr negs = Expr.parse("-".repeat(N) + "x");
            assertThat(negs.evaluateDouble(Map.of("x", 2.0))).isEqualTo(2.0); // N even
            assertThat(negs.toString()).isEqualTo("-".repeat(N) + "x");
            assertThat(negs.size()).isEqualTo(N + 1);

            Expr tower = Expr.parse("x" + "^x".repeat(N - 1));
            assertThat(tower.evaluateDouble(Map.of("x", 1.0))).isEqualTo(1.0);
            assertThat(Expr.parse(tower.toString())).isEqualTo(tower);
        });
    }

    @Test
    void dagWithExponentialTreeSizeIsLinear() throws InterruptedException {
        onSmallStack(() -> {
            // e_{k+1} = e_k * e_k: 2^k leaves as a tree, k + 1 distinct nodes as a graph.
            Expr e = X;
            Expr f = X;
            for (int k = 0; k < 2000; k++) {
                e = e.times(e);
                f = f.times(f);
            }
            assertThat(e.size()).isEqualTo(2001);
            assertThat(e).isEqualTo(f);
            assertThat(e.times(X)).isNotEqualTo(f.times(f));
            CountingArithmetic counting = new CountingArithmetic();
            assertThat(e.evaluate(counting, Map.of("x", 1.0))).isEqualTo(1.0);
            assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("powInt", 2000)); // e_k·e_k is e_k²
            assertThat(e.substitute(Map.of("x", Expr.constant(1))).size()).isEqualTo(2001);
        });
    }

    @Test
    void separatelyBuiltCopiesOfABigSubtreeAreEvaluatedOnce() throws InterruptedException {
        onSmallStack(() -> {
            String half = "1" + "+x".repeat(N / 2);
            Expr e = Expr.parse("(" + half + ") - (" + half + ")");
            assertThat(e.size()).isEqualTo(N / 2 + 3); // 1, x, N/2 sums, the difference
            CountingArithmetic counting = new CountingArithmetic();
            assertThat(e.evaluate(counting, Map.of("x", 0.5))).isEqualTo(0.0);
            assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(
                    Map.of("add", N / 2, "subtract", 1, "fromDecimal", 1));
        });
    }

    @Test
    void nestingAtTheParserLimitFitsASmallStack() throws InterruptedException {
        onSmallStack(() -> {
            int n = ExpressionParser.MAX_NESTING;
            Expr e = Expr.parse("sin(".repeat(n / 2) + "(".repeat(n / 2) + "x" + ")".repeat(n));
            assertThat(e.size()).isEqualTo(n / 2 + 1);
            assertThat(Expr.parse(e.toString())).isEqualTo(e);
        });
    }
}
