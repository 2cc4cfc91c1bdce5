package org.taylorkit.interval;

import static org.taylorkit.interval.DirectedRounding.divDown;
import static org.taylorkit.interval.DirectedRounding.divUp;
import static org.taylorkit.interval.DirectedRounding.mulDown;
import static org.taylorkit.interval.DirectedRounding.mulUp;
import static org.taylorkit.interval.DirectedRounding.subDown;

/**
 * Rigorous error function {@code erf}.
 *
 * <p><b>Method.</b> For {@code 0 < a < 6}, Kummer's form
 * {@code erf a = (2/√π)·e^{−a²}·a·Σ_{n≥0} vⁿ/(2n+1)!!} with {@code v = 2a²} (all terms positive,
 * so no cancellation: the sum is about {@code e^{a²}} and the product about 1). With
 * {@code t_n = vⁿ/(2n+1)!!}, {@code t_{n+1}/t_n = v/(2n+3)} decreases, so for N with
 * {@code q = v/(2N+3) < 1} the tail is {@code Σ_{n≥N} t_n ≤ t_N/(1 − q)}; N (up to ~140 at
 * a = 6) is chosen so that this bound, computed with upward rounding, is below 2^−112 times a
 * lower bound of the sum. The sum is evaluated by nested Horner
 * {@code 1 + v/3·(1 + v/5·(1 + …))} and {@code e^{−a²}} by {@link RigorousExp} ({@code a²} exact),
 * all in double-double interval arithmetic; {@code 2/√π} is enclosed from {@link PiEnclosure}.
 *
 * <p>For {@code a ≥ 6}: {@code 0 < erfc a < e^{−a²}/(a√π) ≤ e^{−36}/(6√π) < 2.2·10^−17 < 2^−55}
 * (the classical bound from {@code ∫_a^∞ e^{−t²} dt < ∫_a^∞ (t/a) e^{−t²} dt}), so
 * {@code erf a ∈ (1 − 2^−55, 1)} and its outward rounding is {@code [1 − 2^−53, 1]}. For
 * {@code a < 2^−30}: {@code erf a ∈ (2/√π)·[a − a³/3, a] ⊆ (2/√π)·a·[1 − 2^−61, 1]} (alternating
 * Maclaurin series).
 * erf is odd and increasing; {@code erf(±∞) = ±1}.
 */
final class RigorousErf {

    /** Enclosure of 2/√π. */
    static final DDInterval TWO_OVER_SQRT_PI = DDInterval.TWO.divide(PiEnclosure.PI.sqrt());
    private static final double TARGET = 0x1p-112;
    private static final DDInterval TINY_FACTOR = DDInterval.of(DD.sum(1.0, -0x1p-61), DD.ONE);

    private RigorousErf() {
    }

    static Interval erfPoint(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return Interval.zero();
        }
        Interval r;
        if (a >= 6) {
            r = Interval.make(Math.nextDown(1.0), 1.0);
        } else if (a < 0x1p-30) {
            // a − a³/3 = a(1 − a²/3) ≥ a(1 − 2^−61)
            // a·2^200 is exact; the product stays far from underflow, and the final scaling by
            // 2^−200 is rounded outward exactly (also into the subnormal range)
            DDInterval p = TWO_OVER_SQRT_PI.multiply(TINY_FACTOR).multiply(DDInterval.point(Math.scalb(a, 200)));
            r = RigorousExp.toInterval(new RigorousExp.Scaled(-200, p));
        } else {
            r = kummer(a);
        }
        return x > 0 ? r : r.negate();
    }

    /** erf a for {@code 2^−30 ≤ a < 6}. */
    private static Interval kummer(double a) {
        DDInterval a2 = DDInterval.exactProduct(a, a);
        DDInterval v = a2.scalb(1);
        double vUp = mulUp(2.0, mulUp(a, a));
        double vDown = mulDown(2.0, mulDown(a, a));
        // choose N: tail ≤ t_N/(1 − q) ≤ TARGET · (lower bound of the sum)
        double tUp = 1.0; // upper bound of t_n
        double tDown = 1.0; // lower bound of t_n
        double sumDown = 1.0; // lower bound of the sum (max of term lower bounds)
        int n = 0;
        double tail;
        while (true) {
            n++;
            tUp = divUp(mulUp(tUp, vUp), 2 * n + 1);
            tDown = divDown(mulDown(tDown, vDown), 2 * n + 1);
            sumDown = Math.max(sumDown, tDown);
            double q = divUp(vUp, 2 * n + 3);
            if (q < 0.5) {
                tail = divUp(tUp, subDown(1.0, q));
                if (tail <= mulDown(TARGET, sumDown)) {
                    break;
                }
            }
            if (n >= RigorousExp.INV.length / 2 - 2) {
                throw new IllegalStateException("internal error: erf series did not converge at " + a);
            }
        }
        // Σ_{k<n} t_k = 1 + v/3·(1 + v/5·(… (1 + v/(2n−1))))
        DDInterval s = DDInterval.ONE;
        for (int k = n - 1; k >= 1; k--) {
            s = s.multiply(v).multiply(RigorousExp.INV[2 * k + 1]).add(DDInterval.ONE);
        }
        s = s.add(DDInterval.of(0.0, tail)); // the tail is nonnegative
        RigorousExp.Scaled e = RigorousExp.expScaled(a2.negate());
        DDInterval p = TWO_OVER_SQRT_PI.multiply(e.e).multiply(s).multiply(DDInterval.point(a));
        Interval r = RigorousExp.toInterval(new RigorousExp.Scaled(e.k, p));
        return Interval.make(r.lo(), Math.min(r.hi(), 1.0)); // erf < 1
    }

    static Interval erf(Interval x) {
        if (x.isEmpty()) {
            return x;
        }
        if (x.isPoint()) {
            return erfPoint(x.lo());
        }
        double lo = x.lo() == Double.NEGATIVE_INFINITY ? -1.0 : erfPoint(x.lo()).lo();
        double hi = x.hi() == Double.POSITIVE_INFINITY ? 1.0 : erfPoint(x.hi()).hi();
        return Interval.make(lo, hi);
    }
}
