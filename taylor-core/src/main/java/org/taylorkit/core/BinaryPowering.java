package org.taylorkit.core;

import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.TaylorN;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Integer powers by square-and-multiply, for any value type with a product and a square: the
 * one loop behind {@code pow(int)} of {@code Taylor1}, {@code FieldTaylor1}, {@code TaylorN},
 * {@code FieldTaylorN} and the interval module's Taylor models.
 *
 * <p>{@code base^e} costs at most 2·⌊log₂ e⌋ operations. The order of operations is fixed (the
 * bits of e from the lowest; the first factor is taken as it is, not multiplied into a one), so
 * every caller gets the same rounding as a hand-written loop of that shape.
 */
public final class BinaryPowering {

    private BinaryPowering() {
    }

    /**
     * {@code base^e} for {@code e ≥ 1}.
     *
     * @param base the base
     * @param e the exponent, at least 1
     * @param multiply the product of two values
     * @param square the square of a value (may be {@code x -> multiply(x, x)})
     * @return the power
     * @throws IllegalArgumentException if {@code e < 1}
     */
    public static <T> T power(T base, long e, BinaryOperator<T> multiply, UnaryOperator<T> square) {
        if (e < 1) {
            throw new IllegalArgumentException("binary powering needs an exponent ≥ 1, got " + e);
        }
        T result = null;
        T b = base;
        long rest = e;
        while (true) {
            if ((rest & 1) != 0) {
                result = result == null ? b : multiply.apply(result, b);
            }
            rest >>>= 1;
            if (rest == 0) {
                return result;
            }
            b = square.apply(b);
        }
    }
}
