package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * The stored constants are re-derived independently: π by Machin's formula with explicit error
 * bounds, ln 2 against published digits and Apfloat, the Cody–Waite split exactly.
 */
class PiEnclosureTest {

    private static final MathContext MC = new MathContext(460, RoundingMode.HALF_EVEN);

    /** atan(1/q) by the alternating series at 460 digits, with the bound on its total error. */
    private static BigDecimal[] atanInv(int q) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(q), MC);
        BigDecimal x2 = x.multiply(x, MC);
        BigDecimal p = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal stop = new BigDecimal("1e-455");
        int k = 0;
        for (; p.compareTo(stop) > 0; k++) {
            BigDecimal t = p.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = k % 2 == 0 ? sum.add(t, MC) : sum.subtract(t, MC);
            p = p.multiply(x2, MC);
        }
        // truncation ≤ first omitted term ≤ p; each of the ~4k roundings ≤ half a unit in the 460th digit
        BigDecimal err = p.add(new BigDecimal("1e-458").multiply(BigDecimal.valueOf(4L * k + 4)));
        return new BigDecimal[] {sum, err};
    }

    @Test
    void piDigitsAgreeWithMachinsFormula() {
        BigDecimal[] a = atanInv(5);
        BigDecimal[] b = atanInv(239);
        BigDecimal pi = a[0].multiply(BigDecimal.valueOf(16)).subtract(b[0].multiply(BigDecimal.valueOf(4)));
        BigDecimal err = a[1].multiply(BigDecimal.valueOf(16)).add(b[1].multiply(BigDecimal.valueOf(4)));
        assertThat(err.compareTo(new BigDecimal("1e-450"))).isNegative();
        assertThat(PiEnclosure.PI_LO.compareTo(pi.add(err))).isLessThanOrEqualTo(0);
        assertThat(PiEnclosure.PI_HI.compareTo(pi.subtract(err))).isGreaterThanOrEqualTo(0);
        // and the digits are the truncation (not merely an enclosure): π − PI_LO < 10^−420
        assertThat(pi.subtract(err).subtract(PiEnclosure.PI_LO).compareTo(new BigDecimal("1e-420"))).isNegative();
    }

    @Test
    void doubleAndDoubleDoubleEnclosuresOfPi() {
        Interval p = Interval.pi();
        assertThat(p.inf()).isEqualTo(Math.PI); // Math.PI = 3.141592653589793116 < π
        assertThat(p.sup()).isEqualTo(Math.nextUp(Math.PI));
        assertThat(PiEnclosure.PI.lo.toBigDecimal().compareTo(PiEnclosure.PI_LO)).isLessThanOrEqualTo(0);
        assertThat(PiEnclosure.PI.hi.toBigDecimal().compareTo(PiEnclosure.PI_HI)).isGreaterThanOrEqualTo(0);
        BigDecimal width = PiEnclosure.PI.hi.toBigDecimal().subtract(PiEnclosure.PI.lo.toBigDecimal());
        assertThat(width.compareTo(new BigDecimal("1e-31"))).isNegative();
    }

    @Test
    void codyWaiteSplitOfHalfPi() {
        BigDecimal sum = new BigDecimal(PiEnclosure.P1).add(new BigDecimal(PiEnclosure.P2))
                .add(new BigDecimal(PiEnclosure.P3)).add(new BigDecimal(PiEnclosure.P4));
        BigDecimal eps = new BigDecimal(PiEnclosure.HALF_PI_EPS);
        assertThat(sum.subtract(eps).compareTo(PiEnclosure.HALF_PI_LO)).isLessThanOrEqualTo(0);
        assertThat(sum.add(eps).compareTo(PiEnclosure.HALF_PI_HI)).isGreaterThanOrEqualTo(0);
        assertThat(PiEnclosure.HALF_PI_EPS).isLessThan(0x1p-160);
        // P1 and P2 have at most 32 significant bits: k·P for |k| < 2^21 is exact
        for (double p : new double[] {PiEnclosure.P1, PiEnclosure.P2}) {
            long m = Double.doubleToRawLongBits(p) & 0x000F_FFFF_FFFF_FFFFL | 0x0010_0000_0000_0000L;
            assertThat(64 - Long.numberOfLeadingZeros(m) - Long.numberOfTrailingZeros(m)).isLessThanOrEqualTo(32);
        }
    }

    @Test
    void ln2EnclosureContainsPublishedDigits() {
        // ln 2, OEIS A002162 (first 64 decimals)
        BigDecimal ln2 = new BigDecimal("0.6931471805599453094172321214581765680755001343602552541206800094");
        DDInterval l = RigorousExp.LN2;
        BigDecimal ulp = new BigDecimal("1e-64");
        assertThat(l.lo.toBigDecimal().compareTo(ln2.add(ulp))).isLessThanOrEqualTo(0);
        assertThat(l.hi.toBigDecimal().compareTo(ln2)).isGreaterThanOrEqualTo(0);
        BigDecimal ap = Ref.bd(ApfloatMath.log(new org.apfloat.Apfloat(2, 80)));
        assertThat(l.lo.toBigDecimal().compareTo(ap)).isLessThanOrEqualTo(0);
        assertThat(l.hi.toBigDecimal().compareTo(ap)).isGreaterThanOrEqualTo(0);
        BigDecimal width = l.hi.toBigDecimal().subtract(l.lo.toBigDecimal());
        assertThat(width.compareTo(new BigDecimal("1e-31"))).isNegative();
    }
}
