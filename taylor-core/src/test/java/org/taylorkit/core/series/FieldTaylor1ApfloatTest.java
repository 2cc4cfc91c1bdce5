package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.core.series.FieldTaylor1Assertions.big;
import static org.taylorkit.core.series.FieldTaylor1Assertions.ratio;
import static org.taylorkit.core.series.FieldTaylor1Assertions.unitsInLastDigit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.arith.ApfloatArithmetic;

/**
 * {@link FieldTaylor1} over {@link ApfloatArithmetic} at 50 digits against exact coefficient
 * sequences (rational numbers computed here with {@link BigInteger}), to order 60.
 *
 * <p>Tolerance: {@value #UNITS} units in the 50th significant digit of each coefficient (relative
 * error at most 5·10^{−48}): each coefficient is a sum of up to 60 products, each rounded once, so a
 * few tens of half-units is the expected worst case (observed: atan 1, log 3, erf 5, cbrt 5, tan 18,
 * sec 34 units). A wrong recurrence misses by many orders of magnitude. Bernoulli numbers need more,
 * see {@link #bernoulliNumbers()}.
 */
class FieldTaylor1ApfloatTest {

    private static final int DIGITS = 50;
    private static final int N = 60;
    private static final double UNITS = 50;
    private static final double BERNOULLI_UNITS = 2000;
    private static final ApfloatArithmetic AR = ApfloatArithmetic.ofDigits(DIGITS);
    private static final MathContext MC80 = new MathContext(80, RoundingMode.HALF_EVEN);

    /** An exact rational p/q with q > 0, in lowest terms. */
    private record Fraction(BigInteger p, BigInteger q) {
        static final Fraction ZERO = of(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = of(BigInteger.ONE, BigInteger.ONE);

        static Fraction of(BigInteger p, BigInteger q) {
            BigInteger g = p.gcd(q);
            if (q.signum() < 0) {
                g = g.negate();
            }
            return new Fraction(p.divide(g), q.divide(g));
        }

        static Fraction of(long p, long q) {
            return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
        }

        Fraction add(Fraction o) {
            return of(p.multiply(o.q).add(o.p.multiply(q)), q.multiply(o.q));
        }

        Fraction multiply(Fraction o) {
            return of(p.multiply(o.p), q.multiply(o.q));
        }

        Fraction divide(BigInteger n) {
            return of(p, q.multiply(n));
        }

        BigDecimal value() {
            return ratio(p, q);
        }
    }

    private static BigInteger factorial(int k) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    private static BigInteger binomial(int n, int k) {
        return factorial(n).divide(factorial(k).multiply(factorial(n - k)));
    }

    /**
     * Bernoulli numbers B_0..B_n (B_1 = −1/2) from the standard recurrence
     * Σ_{j=0..m} C(m+1, j) B_j = 0 for m ≥ 1 (Graham, Knuth &amp; Patashnik, Concrete Mathematics, (6.79)).
     */
    static Fraction[] bernoulli(int n) {
        Fraction[] b = new Fraction[n + 1];
        b[0] = Fraction.ONE;
        for (int m = 1; m <= n; m++) {
            Fraction s = Fraction.ZERO;
            for (int j = 0; j < m; j++) {
                s = s.add(b[j].multiply(Fraction.of(binomial(m + 1, j), BigInteger.ONE)));
            }
            b[m] = Fraction.of(s.p.negate(), s.q.multiply(BigInteger.valueOf(m + 1)));
        }
        return b;
    }

    /**
     * Euler numbers E_0, E_2, …, E_{2n} (E_2 = −1, E_4 = 5, E_6 = −61) from
     * Σ_{i=0..m} C(2m, 2i) E_{2i} = 0 for m ≥ 1 (the coefficients of cos t · sec t = 1; DLMF 24.5.4).
     */
    static BigInteger[] euler(int n) {
        BigInteger[] e = new BigInteger[n + 1];
        e[0] = BigInteger.ONE;
        for (int m = 1; m <= n; m++) {
            BigInteger s = BigInteger.ZERO;
            for (int i = 0; i < m; i++) {
                s = s.add(binomial(2 * m, 2 * i).multiply(e[i]));
            }
            e[m] = s.negate();
        }
        return e;
    }

    /**
     * Asserts every coefficient within {@code units} units of the 50th digit of the exact value; a
     * coefficient that should vanish is measured in units of its nearest non-zero neighbour.
     */
    private static void assertSequence(FieldTaylor1<Apfloat> s, IntFunction<BigDecimal> exact, double units, String what) {
        for (int k = 0; k <= s.order(); k++) {
            BigDecimal e = exact.apply(k);
            Apfloat c = s.coefficient(k);
            if (e.signum() == 0) {
                BigDecimal neighbour = k > 0 && exact.apply(k - 1).signum() != 0 ? exact.apply(k - 1) : exact.apply(k + 1);
                int decade = neighbour.precision() - neighbour.scale() - 1;
                BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(decade - DIGITS + 1);
                assertThat(big(c).abs()).as("%s: coefficient %d should vanish, got %s", what, k, c)
                        .isLessThanOrEqualTo(unit.multiply(BigDecimal.valueOf(units)));
            } else {
                assertThat(unitsInLastDigit(e, c, DIGITS)).as("%s: coefficient %d, exact %s, got %s", what, k, e, c)
                        .isLessThanOrEqualTo(units);
            }
        }
    }

    private static void assertSequence(FieldTaylor1<Apfloat> s, IntFunction<BigDecimal> exact, String what) {
        assertSequence(s, exact, UNITS, what);
    }

    private static FieldTaylor1<Apfloat> t(int order) {
        return FieldTaylor1.variable(AR, AR.zero(), order);
    }

    @Test
    void geometricSeries() {
        // 1/(1 − t) = Σ t^k
        FieldTaylor1<Apfloat> s = FieldTaylor1.constant(AR, AR.one(), N).divide(t(N).negate().add(AR.one()));
        assertThat(s.order()).isEqualTo(N);
        assertSequence(s, k -> BigDecimal.ONE, "1/(1−t)");
    }

    @Test
    void mercatorSeries() {
        // log(1 + t) = Σ_{k≥1} (−1)^{k+1} t^k / k
        FieldTaylor1<Apfloat> s = FieldTaylor1.variable(AR, AR.one(), N).log();
        assertSequence(s, k -> k == 0 ? BigDecimal.ZERO : Fraction.of(k % 2 == 1 ? 1 : -1, k).value(), "log(1+t)");
    }

    @Test
    void gregorySeries() {
        // atan t = Σ (−1)^j t^{2j+1}/(2j+1)
        FieldTaylor1<Apfloat> s = t(N).atan();
        assertSequence(s, k -> k % 2 == 0 ? BigDecimal.ZERO : Fraction.of(k % 4 == 1 ? 1 : -1, k).value(), "atan t");
    }

    @Test
    void exponentialSeries() {
        // e^t − 1 = Σ_{k≥1} t^k/k!: each coefficient is the previous one divided by k, k roundings
        assertSequence(t(N).expm1(), k -> k == 0 ? BigDecimal.ZERO : ratio(BigInteger.ONE, factorial(k)), "expm1 t");
    }

    /**
     * t/(e^t − 1) = Σ B_k t^k / k!: both series start with t, which cancels (order 61 − 1 = 60).
     *
     * <p>Tolerance {@value #BERNOULLI_UNITS} units (≈ 2·10^{−46} relative), not {@value #UNITS}: the
     * quotient recurrence c_k = −Σ_{j<k} c_j/(k−j+1)! cancels heavily (Σ_j |c_j|/(k−j+1)! ≈ e^{2π}|c_k|
     * ≈ 535|c_k|, since |B_k/k!| ≈ 2(2π)^{−k}). That loss belongs to 50-digit arithmetic, not to this
     * code: the same recurrence in Python's {@code decimal} module (50 digits, half-even, correctly
     * rounded divisor 1/(k+1)!) is off by 1722 units at k = 48, and by 27 units at 51 digits.
     */
    @Test
    void bernoulliNumbers() {
        FieldTaylor1<Apfloat> s = t(N + 1).divide(t(N + 1).expm1());
        assertThat(s.order()).isEqualTo(N);
        Fraction[] b = bernoulli(N);
        assertThat(b[12]).isEqualTo(Fraction.of(-691, 2730)); // sanity check of the recurrence (DLMF Table 24.2.1)
        assertSequence(s, k -> b[k].divide(factorial(k)).value(), BERNOULLI_UNITS, "t/(e^t−1)");
        // with 10 more digits the same computation is good to a few units of the 50th digit
        ApfloatArithmetic ar60 = ApfloatArithmetic.ofDigits(60);
        FieldTaylor1<Apfloat> t60 = FieldTaylor1.variable(ar60, ar60.zero(), N + 1);
        FieldTaylor1<Apfloat> s60 = t60.divide(t60.expm1());
        assertSequence(s60, k -> b[k].divide(factorial(k)).value(), 1, "t/(e^t−1) at 60 digits");
    }

    @Test
    void eulerNumbers() {
        // sec t = Σ |E_{2j}| t^{2j}/(2j)!
        FieldTaylor1<Apfloat> s = FieldTaylor1.constant(AR, AR.one(), N).divide(t(N).cos());
        BigInteger[] e = euler(N / 2);
        assertThat(e[5]).isEqualTo(BigInteger.valueOf(-50521)); // E_10 (DLMF Table 24.2.2)
        assertSequence(s, k -> k % 2 == 1 ? BigDecimal.ZERO : Fraction.of(e[k / 2].abs(), factorial(k)).value(), "sec t");
    }

    @Test
    void tangentFromBernoulliNumbers() {
        // tan t = Σ_{n≥1} (−1)^{n−1} 2^{2n} (2^{2n} − 1) B_{2n} t^{2n−1} / (2n)! (DLMF 4.19.3)
        FieldTaylor1<Apfloat> s = t(N - 1).tan();
        Fraction[] b = bernoulli(N);
        assertSequence(s, k -> {
            if (k % 2 == 0) {
                return BigDecimal.ZERO;
            }
            int n = (k + 1) / 2;
            BigInteger four = BigInteger.ONE.shiftLeft(2 * n);
            Fraction f = b[2 * n].multiply(Fraction.of(four.multiply(four.subtract(BigInteger.ONE)), factorial(2 * n)));
            return n % 2 == 1 ? f.value() : f.value().negate();
        }, "tan t");
    }

    @Test
    void binomialSeriesWithExactExponent() {
        // (1 + t)^{1/3} = Σ C(1/3, k) t^k, C(r, k) = Π_{i<k} (r − i)/(i + 1): by cbrt and by pow with r = 1/3 in T
        Fraction[] c = new Fraction[N + 1];
        c[0] = Fraction.ONE;
        for (int k = 1; k <= N; k++) {
            c[k] = c[k - 1].multiply(Fraction.of(1 - 3L * (k - 1), 3L * k));
        }
        FieldTaylor1<Apfloat> x = FieldTaylor1.variable(AR, AR.one(), N);
        assertSequence(x.cbrt(), k -> c[k].value(), "cbrt(1+t)");
        assertSequence(x.pow(AR.divide(AR.one(), 3)), k -> c[k].value(), "(1+t)^(1/3)");
    }

    @Test
    void errorFunctionSeries() {
        // erf t = (2/√π) Σ (−1)^n t^{2n+1}/(n!(2n+1)) (A&S 7.1.5); 2/√π from 100 digits of π
        BigDecimal twoOverSqrtPi = BigDecimal.valueOf(2).divide(new BigDecimal(ApfloatArithmeticTest.PI_100).sqrt(MC80), MC80);
        FieldTaylor1<Apfloat> s = t(N).erf();
        assertSequence(s, k -> {
            if (k % 2 == 0) {
                return BigDecimal.ZERO;
            }
            int n = k / 2;
            BigDecimal v = twoOverSqrtPi.multiply(Fraction.of(BigInteger.ONE, factorial(n).multiply(BigInteger.valueOf(k))).value());
            return n % 2 == 0 ? v : v.negate();
        }, "erf t");
    }

    /** f(x) = e^x / √(sin³x + cos³x), the seed example. */
    private static final UnaryOperator<FieldTaylor1<Apfloat>> SEED =
            x -> x.exp().divide(x.sin().pow(3).add(x.cos().pow(3)).sqrt());

    @Test
    void seedExampleMatchesPublishedDerivativesAndIsSelfConsistent() {
        FieldTaylor1<Apfloat> f50 = FieldTaylor1.expand(AR, SEED, AR.fromDecimal("1.5"), 10);
        // published 16-digit values (REFERENCES.md)
        String[] published = {"4.497780053946162", "4.053427893898621", "9.463073681596601"};
        for (int k = 0; k < 3; k++) {
            BigDecimal p = new BigDecimal(published[k]);
            BigDecimal rel = big(f50.derivative(k)).subtract(p).abs().divide(p, MC80);
            assertThat(rel).as("f^(%d)(1.5) = %s vs %s", k, f50.derivative(k), p).isLessThan(new BigDecimal("1e-15"));
        }
        ApfloatArithmetic ar60 = ApfloatArithmetic.ofDigits(60);
        FieldTaylor1<Apfloat> f60 = FieldTaylor1.expand(ar60, SEED, ar60.fromDecimal("1.5"), 10);
        for (int k = 0; k <= 10; k++) {
            assertThat(unitsInLastDigit(big(f60.derivative(k)), f50.derivative(k), DIGITS))
                    .as("f^(%d)(1.5): 50 digits %s vs 60 digits %s", k, f50.derivative(k), f60.derivative(k))
                    .isLessThanOrEqualTo(UNITS);
        }
    }

    @Test
    void derivativesUseExactFactorials() {
        // exp at 0: every derivative is 1; k = 300 needs 300! ≈ 3e614, far beyond double
        FieldTaylor1<Apfloat> e = FieldTaylor1.expand(AR, FieldTaylor1::exp, AR.zero(), 300);
        assertThat(unitsInLastDigit(BigDecimal.ONE, e.derivative(300), DIGITS)).isLessThanOrEqualTo(UNITS);
        Apfloat[] all = e.derivatives();
        assertThat(all).hasSize(301);
        assertThat(unitsInLastDigit(BigDecimal.ONE, all[170], DIGITS)).isLessThanOrEqualTo(UNITS);
        // a polynomial with exact coefficients: t^20/20! has 20th derivative exactly 1 when 20! is exact
        FieldTaylor1<Apfloat> p = t(20).pow(20).divide(AR.fromDecimal(factorial(20).toString()));
        assertThat(unitsInLastDigit(BigDecimal.ONE, p.derivative(20), DIGITS)).isLessThanOrEqualTo(1);
    }
}
