package org.taylorkit.core.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonomialIndexTest {

    /** C(n, k) by Pascal's rule: an independent reference for the sizes. */
    private static long pascal(int n, int k) {
        long[][] t = new long[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            t[i][0] = 1;
            for (int j = 1; j <= i; j++) {
                t[i][j] = t[i - 1][j - 1] + t[i - 1][j];
            }
        }
        return t[n][k];
    }

    @ParameterizedTest(name = "n={0}, N={1}")
    @CsvSource({"1,0", "1,7", "2,5", "3,4", "4,6", "6,8", "5,0", "7,3"})
    void sizesOffsetsAndRoundTrip(int n, int order) {
        MonomialIndex idx = MonomialIndex.of(n, order);
        assertThat(idx.size()).isEqualTo((int) pascal(n + order, order));
        Set<String> seen = new HashSet<>();
        for (int d = 0; d <= order; d++) {
            assertThat(idx.count(d)).as("count(%d)", d).isEqualTo((int) pascal(n + d - 1, d));
            int[] prev = null;
            for (int p = idx.offset(d); p < idx.offset(d + 1); p++) {
                int[] e = idx.exponents(p);
                assertThat(Arrays.stream(e).sum()).isEqualTo(d);
                assertThat(idx.degree(p)).isEqualTo(d);
                assertThat(idx.position(e)).as("rank of %s", Arrays.toString(e)).isEqualTo(p);
                assertThat(seen.add(Arrays.toString(e))).isTrue();
                if (prev != null) {
                    // lex order, first variable most significant, larger exponent first
                    assertThat(Arrays.compare(prev, e)).as("%s before %s", Arrays.toString(prev),
                            Arrays.toString(e)).isPositive();
                }
                prev = e;
                if (p > 0) {
                    int[] parent = idx.exponents(idx.parent(p));
                    parent[idx.parentVariable(p)]++;
                    assertThat(parent).isEqualTo(e);
                }
            }
        }
    }

    @Test
    void gradedLexOrderInThreeVariables() {
        MonomialIndex idx = MonomialIndex.of(3, 2);
        int[][] expected = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1},
            {2, 0, 0}, {1, 1, 0}, {1, 0, 1}, {0, 2, 0}, {0, 1, 1}, {0, 0, 2}};
        for (int p = 0; p < expected.length; p++) {
            assertThat(idx.exponents(p)).isEqualTo(expected[p]);
        }
    }

    @Test
    void positionsDoNotDependOnTheOrder() {
        MonomialIndex small = MonomialIndex.of(4, 3);
        MonomialIndex big = MonomialIndex.of(4, 7);
        for (int p = 0; p < small.size(); p++) {
            assertThat(big.exponents(p)).isEqualTo(small.exponents(p));
        }
    }

    @Test
    void cachedAndShared() {
        assertThat(MonomialIndex.of(3, 5)).isSameAs(MonomialIndex.of(3, 5));
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> MonomialIndex.of(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variables");
        assertThatThrownBy(() -> MonomialIndex.of(2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> MonomialIndex.of(40, 40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coefficients");
        MonomialIndex idx = MonomialIndex.of(2, 3);
        assertThatThrownBy(() -> idx.position(1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("order 3");
        assertThatThrownBy(() -> idx.position(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void binomialsAreExact() {
        assertThat(MonomialIndex.binomial(10, 3)).isEqualTo(120);
        assertThat(MonomialIndex.binomial(62, 31)).isEqualTo(pascal(62, 31));
        assertThat(MonomialIndex.binomial(3, 5)).isZero();
        assertThat(MonomialIndex.binomial(200, 100)).isEqualTo(Long.MAX_VALUE);
    }
}
