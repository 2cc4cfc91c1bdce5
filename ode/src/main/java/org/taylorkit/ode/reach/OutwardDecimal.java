package org.taylorkit.ode.reach;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text of interval bounds that keeps them bounds: a lower bound is rounded down and an
 * upper bound up, to 17 significant digits, so {@code [lower, upper]} printed still contains the
 * binary interval. Non-finite values print as {@code -inf}, {@code +inf}, {@code nan}.
 */
public final class OutwardDecimal {

    private OutwardDecimal() {
    }

    /** {@code v} rounded down (toward −∞) to 17 significant digits. */
    public static String lower(double v) {
        return format(v, RoundingMode.FLOOR);
    }

    /** {@code v} rounded up (toward +∞) to 17 significant digits. */
    public static String upper(double v) {
        return format(v, RoundingMode.CEILING);
    }

    /**
     * {@code v} rounded to 17 significant digits in the direction {@code mode}; plain notation for
     * magnitudes in {@code [1e-6, 1e21)}, scientific otherwise.
     */
    public static String format(double v, RoundingMode mode) {
        if (!Double.isFinite(v)) {
            return v > 0 ? "+inf" : v < 0 ? "-inf" : "nan";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(17, mode)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-6 && a < 1e21 ? r.toPlainString() : r.toString();
    }
}
