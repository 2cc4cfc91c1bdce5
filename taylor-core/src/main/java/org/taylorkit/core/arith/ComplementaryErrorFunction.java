package org.taylorkit.core.arith;

/**
 * The complementary error function erfc x = 1 − erf x and the scaled erfcx x = e^{x²}·erfc x in
 * {@code double}, which {@link Math} lacks: within 4 ulps of the exact value everywhere, measured
 * against Apfloat's erfc at 40 digits (see {@code ErfcAccuracyTest} for the samples and figures).
 * This is the coefficient-0 function of the double fast path and makes no rigorous claim; no
 * Apfloat and no allocation at call time.
 *
 * <h2>Method (x ≥ 0; erfc x = 2 − erfc(−x) for x &lt; 0: erfc(−x) &lt; 1 has ulps at most half
 * those of the difference in (1, 2], so its error is halved and the subtraction adds half an ulp)</h2>
 * <ul>
 *   <li><b>x &lt; 1/8:</b> 1 − erf x ({@link ErrorFunction}, its Maclaurin series); erf x ≤ 0.141, so its 2 ulps
 *       (≤ 2⁻⁵⁴) are at most half an ulp of the result, which exceeds 0.85.</li>
 *   <li><b>1/8 ≤ x &lt; 6.125:</b> erfc x = e^{−x²}·erfcx x, with erfcx from its Taylor series about
 *       the nearest centre x₀ = j/4 (j = 1 … 24, |h| = |x − x₀| ≤ 1/8; h is exact by Sterbenz's
 *       lemma since x₀/2 ≤ x ≤ 2x₀). erfcx solves y' = 2xy − 2/√π, so with y(x₀ + h) = Σ y_k h^k,
 *       comparing coefficients of h^k in y' = 2(x₀ + h)y − 2/√π gives
 *       y₁ = 2x₀y₀ − 2/√π and (k + 1)·y_{k+1} = 2x₀·y_k + 2·y_{k−1} (k ≥ 1). y₀ = erfcx(x₀) is a
 *       constant stored as an unevaluated sum hi + lo (Apfloat at 40 digits; {@code
 *       ErfcxConstantsTest} regenerates every one), and y₁ is formed with one fused multiply-add from
 *       hi and the double-double 2/√π, so its cancellation (y₁ ≈ −1/(√π x₀²) while both terms are
 *       ≈ 2/√π) costs nothing. {@value #TERMS} terms: the remainder Σ_{k&gt;14} |y_k|/8^k is below
 *       2⁻⁶⁰·y₀ at every centre (the largest number of terms needed is 14, at x₀ = 1/4 … 3/4; Taylor
 *       coefficients of e^{x²}erfc x at 50 digits with mpmath when this was written).
 *       Rounding errors: the stored y₀ is exact to 2⁻¹⁰⁶; an error δ in y_k (k ≥ 1) is a
 *       perturbation of the recurrence whose effect on the sum is about δ·|h|^k·e^{2x₀|h|} ≤ 4.5·δ/8^k,
 *       against y₀ ≥ 0.09 — so the Taylor part is within about half an ulp (measured ≤ 0.6).</li>
 *   <li><b>6.125 ≤ x:</b> erfcx x = (1/√π)·1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (Abramowitz &amp;
 *       Stegun 7.1.14) evaluated <em>backward</em> from the depth N(x) = 4 + ⌊90/x⌋ (≤ 18) with the
 *       tail replaced by x: t_N = x, t_{n−1} = x + (n/2)/t_n, erfcx = (1/√π)/t₀. The truncation is
 *       below 0.2·2⁻⁶⁰ relative on x ∈ [4, 27.3] (checked with mpmath at 40 digits on a grid of step 0.01 when this was written; the
 *       sampled accuracy test covers it too).
 *       All terms are positive, and a relative error in t_n reaches t_{n−1} multiplied by
 *       (a_n/t_n)/t_{n−1} &lt; 1, so rounding errors are damped instead of accumulating as in the
 *       forward (Lentz) evaluation this replaces. The final quotient uses the double-double 1/√π
 *       and the exact remainder of hi/t₀ (one fused multiply-add).</li>
 *   <li><b>e^{−x²}:</b> x² = x2 + err exactly (err = fma(x, x, −x2), |err| ≤ 2⁻⁵³x2), so
 *       e^{−x²} = e^{−x2}·(1 − err) up to err² &lt; 2⁻⁸⁰; the product r = e^{−x2}·erfcx and the
 *       correction r − r·err are one multiplication and one fused multiply-add, with {@link Math#exp}
 *       within 1 ulp (its specification). Where the result may be subnormal (x2 &gt; 704: erfc x
 *       &lt; 2⁻¹⁰²² from x² ≈ 704.54, while e^{−704}·erfcx ≥ 1.1·10⁻³⁰⁷ is normal), e^{−x2/2}
 *       (normal, x2/2 exact) is applied twice, so everything before the last multiplication is
 *       normal and the result is rounded to the subnormal grid once. erfc x &lt; 2⁻¹⁰⁷⁵ (rounds to
 *       0) from x ≈ 27.226; 0 is returned from {@value #UNDERFLOW} on, where x² could overflow.</li>
 * </ul>
 */
public final class ComplementaryErrorFunction {

    /** Beyond this erfc x &lt; 2⁻¹⁰⁷⁵ (erfc 27.3 ≈ 4.4·10⁻³²⁶): it rounds to 0. */
    static final double UNDERFLOW = 27.3;
    /** Below this erfc x = 1 − erf x. */
    static final double SERIES_FROM = 0.125;
    /** From here erfcx is the backward continued fraction; below it the Taylor series about j/4. */
    static final double FRACTION_FROM = 6.125;
    /** Terms of the Taylor series of erfcx about a centre (14 needed at most). */
    static final int TERMS = 16;

    private static final double TWO_OVER_SQRT_PI_HI = 1.1283791670955126;
    private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588E-17;
    private static final double ONE_OVER_SQRT_PI_HI = 0.5641895835477563;
    private static final double ONE_OVER_SQRT_PI_LO = 7.66772980658294E-18;

    /** erfcx(j/4) = hi + lo for j = 1 … 24 (row j − 1), Apfloat erfc at 40 digits times e^{x₀²}. */
    static final double[][] CENTRES = {
            {0.7703465477309968, -1.1815041295276343E-17}, // 0.25
            {0.6156903441929259, -2.312175868623341E-17}, // 0.5
            {0.5069376502931449, -5.335681035462232E-17}, // 0.75
            {0.427583576155807, 5.235737283314228E-18}, // 1.0
            {0.3678229164523611, 1.387401093925035E-19}, // 1.25
            {0.3215854164543175, 1.7007985607722196E-17}, // 1.5
            {0.2849722347374364, 8.539813023973122E-18}, // 1.75
            {0.25539567631050575, -4.276022290165946E-18}, // 2.0
            {0.23108725873039188, -5.74762364596782E-18}, // 2.25
            {0.2108063640611436, -5.6277259093102524E-18}, // 2.5
            {0.1936620962790687, -1.2015846532739174E-17}, // 2.75
            {0.17900115118138996, -5.4272175920200274E-18}, // 3.0
            {0.16633534842682188, -6.133416339501975E-19}, // 3.25
            {0.1552936556088943, -1.355844542216092E-18}, // 3.5
            {0.14558972127503855, -1.3715647344444334E-17}, // 3.75
            {0.13699945762506138, 7.196568139158719E-18}, // 4.0
            {0.12934527478598792, -1.2917508513157319E-17}, // 4.25
            {0.12248480427384142, -6.888693135744294E-18}, // 4.5
            {0.11630270721024731, -3.1774786879972914E-18}, // 4.75
            {0.11070463773306863, -1.832347493639739E-18}, // 5.0
            {0.1056127354688918, 2.7634215791419046E-18}, // 5.25
            {0.10096221839949909, -4.702857612943069E-18}, // 5.5
            {0.09669877816971392, -1.7756572733539565E-18}, // 5.75
            {0.09277656780053835, 6.215364755528485E-18}, // 6.0
    };

    /** 1/k for k = 0 … TERMS (entry 0 unused). */
    private static final double[] RECIPROCALS = new double[TERMS + 1];

    static {
        for (int k = 1; k <= TERMS; k++) {
            RECIPROCALS[k] = 1.0 / k;
        }
    }

    private ComplementaryErrorFunction() {
    }

    /**
     * erfc x. erfc(−∞) = 2, erfc(+∞) = 0, erfc(NaN) = NaN; 0 for x ≥ {@value #UNDERFLOW}.
     *
     * @param x the argument
     * @return erfc x within 4 ulps (subnormal results: within 4 ulps of the subnormal grid)
     */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x < 0 ? 2.0 - ofNonNegative(-x) : ofNonNegative(x);
    }

    /**
     * erfcx x = e^{x²}·erfc x for x ≥ {@value #SERIES_FROM} (where it decreases from 0.87 to 0,
     * like 1/(x√π)).
     *
     * @param x the argument, at least {@value #SERIES_FROM} and finite
     * @return erfcx x within 2 ulps (measured against Apfloat: ≤ 0.6 ulps from the Taylor series, ≤ 1.4 from the
     *         continued fraction, 40 samples in each of five ranges)
     * @throws IllegalArgumentException if x is below {@value #SERIES_FROM}, infinite or NaN
     */
    public static double erfcx(double x) {
        if (!(x >= SERIES_FROM) || x == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("erfcx(" + x + "): this double erfcx is defined for finite x >= "
                    + SERIES_FROM + " only");
        }
        return x < FRACTION_FROM ? taylor(x) : continuedFraction(x);
    }

    private static double ofNonNegative(double x) {
        if (x < SERIES_FROM) {
            return 1.0 - ErrorFunction.erf(x);
        }
        if (x >= UNDERFLOW) {
            return 0.0;
        }
        double scaled = x < FRACTION_FROM ? taylor(x) : continuedFraction(x);
        double x2 = x * x;
        double err = Math.fma(x, x, -x2); // x² = x2 + err exactly
        if (x2 <= 704.0) {
            double r = Math.exp(-x2) * scaled;
            return Math.fma(-r, err, r); // r·(1 − err) = r·e^{−err} up to err²
        }
        double half = Math.exp(-0.5 * x2); // normal; applied twice, the second rounding is the only subnormal one
        double r = half * scaled;
        return Math.fma(-r, err, r) * half;
    }

    /** erfcx by its Taylor series about the nearest j/4, 1/8 ≤ x &lt; 6.125. */
    private static double taylor(double x) {
        int j = (int) (4.0 * x + 0.5);
        double x0 = 0.25 * j;
        double h = x - x0; // exact (Sterbenz)
        double hi = CENTRES[j - 1][0];
        double lo = CENTRES[j - 1][1];
        double twoX0 = 2.0 * x0;
        double prev = hi;
        double cur = Math.fma(twoX0, hi, -TWO_OVER_SQRT_PI_HI) + (twoX0 * lo - TWO_OVER_SQRT_PI_LO); // y₁
        double power = h;
        double sum = cur * h;
        for (int k = 1; k < TERMS; k++) {
            double next = (twoX0 * cur + 2.0 * prev) * RECIPROCALS[k + 1];
            prev = cur;
            cur = next;
            power *= h;
            sum = Math.fma(cur, power, sum);
        }
        return hi + (lo + sum);
    }

    /** erfcx by the continued fraction A&amp;S 7.1.14 evaluated backward from depth 4 + ⌊90/x⌋, x ≥ 4. */
    private static double continuedFraction(double x) {
        int depth = 4 + (int) (90.0 / x);
        double t = x;
        for (int n = depth; n >= 1; n--) {
            t = x + 0.5 * n / t;
        }
        double q = ONE_OVER_SQRT_PI_HI / t;
        double remainder = Math.fma(-q, t, ONE_OVER_SQRT_PI_HI); // exact: hi − q·t
        return q + (remainder + ONE_OVER_SQRT_PI_LO) / t;
    }
}
