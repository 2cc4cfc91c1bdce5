package org.taylorkit.interval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Operations with a single rounding: the IEEE 1788-2015 reduction operations {@code sum},
 * {@code dot}, {@code sumSquare}, {@code sumAbs} (§12.12.12) on vectors of doubles, their interval
 * counterparts, and the interval {@code fma}.
 *
 * <p><b>Exactness.</b> Every finite double is a finite binary fraction, so the sums and products are
 * accumulated exactly in {@link BigDecimal} and rounded once at the end: the result is the exact
 * value correctly rounded in the requested direction, independent of the order of the terms
 * (so {@code dot({2^52+1, 2^104}, {2^52−1, −1}) = −1}, where a naive loop gives 0).
 *
 * <p><b>Special values</b> follow IEEE 754 for the point reductions: NaN if any element is NaN, or
 * when {@code +∞} and {@code −∞} meet or {@code 0·∞} occurs in a product; otherwise an infinite
 * element makes the result that infinity. The interval versions use set semantics instead
 * ({@code [0, 0]·[1, +∞] = [0, 0]}; an infinite bound stays infinite; an empty operand gives ∅),
 * and round the lower bound down and the upper bound up, so they are the tightest enclosures.
 *
 * <p>Cost: exact accumulation grows with the exponent spread of the inputs (up to ~2100 bits per
 * term); these are for accuracy, not for hot loops.
 */
public final class IntervalReductions {

    private IntervalReductions() {
    }

    // ------------------------------------------------------------------ point reductions

    /** {@code Σ x_i} rounded once; {@code mode} is HALF_EVEN (nearest), CEILING, FLOOR or DOWN (towards 0). */
    public static double sum(double[] x, RoundingMode mode) {
        Accumulator acc = new Accumulator();
        for (double v : x) {
            acc.add(v);
        }
        return acc.round(mode);
    }

    /** {@code Σ x_i·y_i} rounded once. @throws IllegalArgumentException if the lengths differ */
    public static double dot(double[] x, double[] y, RoundingMode mode) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot: vectors of different lengths " + x.length + " and " + y.length);
        }
        Accumulator acc = new Accumulator();
        for (int i = 0; i < x.length; i++) {
            acc.addProduct(x[i], y[i]);
        }
        return acc.round(mode);
    }

    /** {@code Σ x_i²} rounded once. */
    public static double sumSquare(double[] x, RoundingMode mode) {
        Accumulator acc = new Accumulator();
        for (double v : x) {
            acc.addProduct(v, v);
        }
        return acc.round(mode);
    }

    /** {@code Σ |x_i|} rounded once. */
    public static double sumAbs(double[] x, RoundingMode mode) {
        Accumulator acc = new Accumulator();
        for (double v : x) {
            acc.add(Math.abs(v));
        }
        return acc.round(mode);
    }

    // ------------------------------------------------------------------ interval reductions

    /** The tightest enclosure of {@code {Σ x_i : x_i ∈ X_i}} (∅ if any {@code X_i} is ∅; {@code [0,0]} for none). */
    public static Interval sum(Interval[] x) {
        Interval[] ones = new Interval[x.length];
        java.util.Arrays.fill(ones, Interval.one());
        return dot(x, ones);
    }

    /** The tightest enclosure of {@code {Σ x_i·y_i}} (set semantics: {@code 0·∞ = 0}). */
    public static Interval dot(Interval[] x, Interval[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("dot: vectors of different lengths " + x.length + " and " + y.length);
        }
        Accumulator lo = new Accumulator();
        Accumulator hi = new Accumulator();
        for (int i = 0; i < x.length; i++) {
            if (x[i].isEmpty() || y[i].isEmpty()) {
                return Interval.empty();
            }
            double[] cx = {x[i].lo(), x[i].hi()};
            double[] cy = {y[i].lo(), y[i].hi()};
            BigDecimal min = null;
            BigDecimal max = null;
            boolean minInf = false;
            boolean maxInf = false;
            for (double a : cx) {
                for (double b : cy) {
                    if (a == 0 || b == 0) {
                        min = minOf(min, BigDecimal.ZERO);
                        max = maxOf(max, BigDecimal.ZERO);
                    } else if (Double.isInfinite(a) || Double.isInfinite(b)) {
                        boolean positive = (a > 0) == (b > 0);
                        maxInf |= positive;
                        minInf |= !positive;
                    } else {
                        BigDecimal p = new BigDecimal(a).multiply(new BigDecimal(b));
                        min = minOf(min, p);
                        max = maxOf(max, p);
                    }
                }
            }
            // the bound of a nonempty product's hull is never infinite on the wrong side
            if (minInf) {
                lo.add(Double.NEGATIVE_INFINITY);
            } else {
                lo.addExact(min);
            }
            if (maxInf) {
                hi.add(Double.POSITIVE_INFINITY);
            } else {
                hi.addExact(max);
            }
        }
        return Interval.make(lo.round(RoundingMode.FLOOR), hi.round(RoundingMode.CEILING));
    }

    /** {@code Σ X_i²} with the square's set semantics ({@code [−2, 1]² = [0, 4]}), tightest. */
    public static Interval sumSquare(Interval[] x) {
        return dotSquares(x);
    }

    /** {@code Σ |X_i|}, tightest. */
    public static Interval sumAbs(Interval[] x) {
        Interval[] a = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            a[i] = x[i].abs(); // exact: |·| of double bounds is exact
        }
        return sum(a);
    }

    /** The interval {@code fma(x, y, z) = x·y + z} with one rounding per bound (tightest). */
    public static Interval fma(Interval x, Interval y, Interval z) {
        return dot(new Interval[] {x, z}, new Interval[] {y, Interval.one()});
    }

    private static Interval dotSquares(Interval[] x) {
        Interval[] m = new Interval[x.length];
        Interval[] n = new Interval[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].isEmpty()) {
                return Interval.empty();
            }
            // x² over X equals the product set |X|·|X| restricted to equal factors: its hull is
            // [mig², mag²], which is the dot term [mig, mag]·[mig, mag] on nonnegative factors
            Interval a = x[i].abs();
            m[i] = a;
            n[i] = a;
        }
        return dot(m, n);
    }

    private static BigDecimal minOf(BigDecimal a, BigDecimal b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    private static BigDecimal maxOf(BigDecimal a, BigDecimal b) {
        return a == null || b.compareTo(a) > 0 ? b : a;
    }

    /** Exact sum of finite terms, with IEEE 754 tracking of infinities and NaN. */
    private static final class Accumulator {
        private BigDecimal exact = BigDecimal.ZERO;
        private boolean posInf;
        private boolean negInf;
        private boolean nan;

        void add(double v) {
            if (Double.isNaN(v)) {
                nan = true;
            } else if (v == Double.POSITIVE_INFINITY) {
                posInf = true;
            } else if (v == Double.NEGATIVE_INFINITY) {
                negInf = true;
            } else if (v != 0) {
                exact = exact.add(new BigDecimal(v));
            }
        }

        void addExact(BigDecimal v) {
            exact = exact.add(v);
        }

        void addProduct(double a, double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                nan = true;
            } else if (Double.isInfinite(a) || Double.isInfinite(b)) {
                if (a == 0 || b == 0) {
                    nan = true;
                } else {
                    add((a > 0) == (b > 0) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                }
            } else if (a != 0 && b != 0) {
                exact = exact.add(new BigDecimal(a).multiply(new BigDecimal(b)));
            }
        }

        double round(RoundingMode mode) {
            if (nan || (posInf && negInf)) {
                return Double.NaN;
            }
            if (posInf) {
                return Double.POSITIVE_INFINITY;
            }
            if (negInf) {
                return Double.NEGATIVE_INFINITY;
            }
            return roundExact(exact, mode);
        }
    }

    /** {@code v} rounded to a double in the given direction (overflow as IEEE 754 prescribes). */
    static double roundExact(BigDecimal v, RoundingMode mode) {
        double down = DirectedRounding.roundDown(v);
        double up = DirectedRounding.roundUp(v);
        switch (mode) {
            case FLOOR:
                return down;
            case CEILING:
                return up;
            case DOWN:
                return v.signum() >= 0 ? down : up;
            case HALF_EVEN:
                if (down == up) {
                    return down;
                }
                // the neighbours, with the overflow threshold 2^1024 standing for an infinite one
                BigDecimal lo = Double.isInfinite(down) ? TWO_POW_1024.negate() : new BigDecimal(down);
                BigDecimal hi = Double.isInfinite(up) ? TWO_POW_1024 : new BigDecimal(up);
                int c = v.subtract(lo).compareTo(hi.subtract(v));
                if (c != 0) {
                    return c < 0 ? down : up;
                }
                boolean downEven = Double.isInfinite(down) || (Double.doubleToRawLongBits(down) & 1) == 0;
                return downEven && !Double.isInfinite(up) ? down : up;
            default:
                throw new IllegalArgumentException("rounding direction " + mode
                        + " is not an IEEE 1788 direction: use HALF_EVEN, CEILING, FLOOR or DOWN");
        }
    }

    private static final BigDecimal TWO_POW_1024 = new BigDecimal(java.math.BigInteger.ONE.shiftLeft(1024));
}
