package org.taylorkit.core;

import java.math.BigInteger;

/**
 * Factorials in {@code double}, for turning Taylor coefficients into derivatives
 * (f^{(k)}(x_0) = k!·c_k).
 *
 * <p>The table holds k! for 0 ≤ k ≤ {@value #MAX_FACTORIAL}, each correctly rounded to nearest
 * (computed once from the exact {@link BigInteger} product; {@link BigInteger#doubleValue()} rounds
 * to nearest-even). k! is exact in {@code double} for k ≤ 22; 171! exceeds
 * {@link Double#MAX_VALUE}. Stateless and thread-safe.
 */
public final class Factorials {

    /** The largest k with k! finite in {@code double}: 170! ≈ 7.257·10^306. */
    public static final int MAX_FACTORIAL = 170;

    /** Products of consecutive integers are formed exactly in a {@code long} below this bound (2^53). */
    private static final long EXACT_LIMIT = 1L << 53;

    private static final double[] TABLE = new double[MAX_FACTORIAL + 1];

    static {
        BigInteger f = BigInteger.ONE;
        TABLE[0] = 1.0;
        for (int k = 1; k <= MAX_FACTORIAL; k++) {
            f = f.multiply(BigInteger.valueOf(k));
            TABLE[k] = f.doubleValue();
        }
    }

    private Factorials() {
    }

    /**
     * k! correctly rounded to {@code double}: exact for k ≤ 22, within half an ulp for
     * k ≤ {@value #MAX_FACTORIAL}, {@code +∞} beyond.
     *
     * @param k a non-negative integer
     * @return k!
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public static double factorial(int k) {
        checkNonNegative(k);
        return k <= MAX_FACTORIAL ? TABLE[k] : Double.POSITIVE_INFINITY;
    }

    /**
     * c·k! without overflow or underflow of intermediates: the result is finite whenever the exact
     * value c·k! is below {@link Double#MAX_VALUE} (up to rounding), for every k, including
     * k &gt; {@value #MAX_FACTORIAL} where k! itself is not a finite double (e.g. a Taylor
     * coefficient 1/200! times 200! gives 1).
     *
     * <p>Method: for k ≤ {@value #MAX_FACTORIAL}, one product c·k! with the correctly rounded table
     * value (error ≤ about 1 ulp). Beyond, c·170! is multiplied by the remaining factors grouped
     * into chunks of consecutive integers whose product is exact in a {@code long} below 2^53, so
     * each chunk costs one rounding (relative error ≲ (1 + (k − 170)/6)·2^−53). Every factor is
     * ≥ 1, so the partial products grow monotonically in magnitude: none underflows, and none
     * overflows before the final result does. Zero, NaN and infinities propagate as in IEEE
     * multiplication.
     *
     * @param c a coefficient
     * @param k a non-negative integer
     * @return c·k!, rounded
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public static double scaleByFactorial(double c, int k) {
        checkNonNegative(k);
        if (k <= MAX_FACTORIAL) {
            return c * TABLE[k];
        }
        double x = c * TABLE[MAX_FACTORIAL];
        int i = MAX_FACTORIAL + 1;
        while (i <= k && Double.isFinite(x) && x != 0.0) {
            long chunk = i++;
            while (i <= k && chunk <= EXACT_LIMIT / i) {
                chunk *= i++;
            }
            x *= chunk;
        }
        return x;
    }

    private static void checkNonNegative(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("factorial of a negative integer: k = " + k);
        }
    }
}
