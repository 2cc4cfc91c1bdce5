package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;

/**
 * Fateman's benchmark at full size (TaylorSeries.jl's): s = 1 + x + y + z + w in 4 variables truncated
 * at total degree 40 (135 751 coefficients, above the size where product tables are stored, so the
 * products run the row walk), s²⁰ by binary powering and s²⁰·(s²⁰ + 1). References by the multinomial
 * theorem in exact integers: [x^a y^b z^c w^d] s^k = k!/((k − m)! a! b! c! d!), m = a + b + c + d.
 */
class FatemanProductTest {

    private static final Variables XYZW = Variables.of("x", "y", "z", "w");
    private static final int ORDER = 40;
    private static final BigInteger[] FACTORIAL = new BigInteger[ORDER + 1];

    static {
        FACTORIAL[0] = BigInteger.ONE;
        for (int i = 1; i <= ORDER; i++) {
            FACTORIAL[i] = FACTORIAL[i - 1].multiply(BigInteger.valueOf(i));
        }
    }

    private static BigInteger multinomial(int k, int[] e) {
        int m = 0;
        BigInteger den = BigInteger.ONE;
        for (int x : e) {
            m += x;
            den = den.multiply(FACTORIAL[x]);
        }
        return m > k ? BigInteger.ZERO : FACTORIAL[k].divide(den.multiply(FACTORIAL[k - m]));
    }

    @Test
    void fatemanAtDegreeForty() {
        TaylorN s = TaylorN.constant(XYZW, 1.0, ORDER);
        for (String v : XYZW.names()) {
            s = s.add(TaylorN.variable(XYZW, v, 0.0, ORDER));
        }
        TaylorN s20 = s.pow(20);
        TaylorN p = s20.multiply(s20.add(1.0));
        MonomialIndex idx = p.index();
        assertThat(idx.size()).isEqualTo(135_751);
        assertThat(idx.schedule().isTabulated()).isFalse();
        BigInteger sum = BigInteger.ZERO;
        double computedSum = 0.0;
        String firstMismatch = null;
        for (int pos = 0; pos < idx.size() && firstMismatch == null; pos++) {
            int[] e = idx.exponents(pos);
            // s²⁰'s coefficients are at most 20!/(5!)⁴ ≈ 1.2·10¹⁰ < 2⁵³: every product and sum is exact.
            BigInteger m20 = multinomial(20, e);
            if (s20.coefficientAt(pos) != m20.doubleValue()) {
                firstMismatch = "s^20 " + java.util.Arrays.toString(e) + ": " + s20.coefficientAt(pos) + " vs " + m20;
            }
            // s⁴⁰'s exceed 2⁵³ (up to 40!/(10!)⁴ ≈ 4.7·10²¹): the sums of exact products are rounded,
            // each rounding relative 2⁻⁵³, at most C(24, 4) = 10 626 of them per coefficient.
            BigInteger exact = multinomial(40, e).add(m20);
            sum = sum.add(exact);
            double ref = exact.doubleValue();
            if (!(Math.abs(p.coefficientAt(pos) - ref) <= 1e-12 * ref)) {
                firstMismatch = "s^20(s^20+1) " + java.util.Arrays.toString(e) + ": " + p.coefficientAt(pos) + " vs " + exact;
            }
            computedSum += p.coefficientAt(pos);
        }
        assertThat(firstMismatch).isNull();
        // The value at (1, 1, 1, 1): 5⁴⁰ + 5²⁰ (nothing is truncated: s²⁰(s²⁰ + 1) has degree 40).
        assertThat(sum).isEqualTo(BigInteger.valueOf(5).pow(40).add(BigInteger.valueOf(5).pow(20)));
        double rel = new BigDecimal(computedSum).subtract(new BigDecimal(sum)).abs()
                .divide(new BigDecimal(sum), MathContext.DECIMAL64).doubleValue();
        assertThat(rel).isLessThan(1e-13);
        // The central coefficient x^10 y^10 z^10 w^10 of s⁴⁰ is 40!/(10!)⁴.
        assertThat(p.coefficient(10, 10, 10, 10))
                .isCloseTo(multinomial(40, new int[] {10, 10, 10, 10}).doubleValue(),
                        org.assertj.core.data.Offset.offset(1e-12 * 4.7e21));
    }
}
