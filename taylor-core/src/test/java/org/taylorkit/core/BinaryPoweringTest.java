package org.taylorkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Square-and-multiply against BigInteger.pow, and the operation count it promises. */
class BinaryPoweringTest {

    @Test
    void agreesWithBigIntegerPowForEveryExponentUpTo200() {
        BigInteger three = BigInteger.valueOf(3);
        for (int e = 1; e <= 200; e++) {
            assertThat(BinaryPowering.power(three, e, BigInteger::multiply, x -> x.multiply(x)))
                    .as("3^%d", e).isEqualTo(three.pow(e));
        }
    }

    @Test
    void usesAtMostTwiceLog2ExponentOperations() {
        int[] count = {0};
        BinaryPowering.power(2L, 1000, (a, b) -> { count[0]++; return a * b; }, a -> { count[0]++; return a * a; });
        assertThat(count[0]).isLessThanOrEqualTo(2 * 9); // ⌊log₂ 1000⌋ = 9
    }

    @Test
    void exponentBelowOneIsRejected() {
        assertThatThrownBy(() -> BinaryPowering.power(2L, 0, (a, b) -> a * b, a -> a * a))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }
}
