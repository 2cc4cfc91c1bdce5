package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;

/** Assertions shared by the Apfloat interval tests. */
public final class ApfloatIntervalChecks {

    private ApfloatIntervalChecks() {}

    public static Apfloat exact(String decimal) {
        return new Apfloat(new BigDecimal(decimal), Apfloat.INFINITE);
    }

    public static BigDecimal big(Apfloat x) {
        return new BigDecimal(x.toString(true));
    }

    /**
     * Asserts that {@code f} contains a reference value {@code ref} computed by an independent method
     * to a relative accuracy of {@code 10^-relDigits} or better: the reference may be off by
     * {@code |ref|·10^-relDigits}, far below the interval's own resolution.
     */
    public static void assertEncloses(ApfloatInterval f, Apfloat ref, long relDigits, String what) {
        Apfloat refExact = ref.precision(Apfloat.INFINITE);
        Apfloat tol = ApfloatMath.abs(ref).precision(30)
                .multiply(ApfloatMath.scale(new Apfloat(1, Apfloat.INFINITE), -relDigits).precision(30))
                .precision(Apfloat.INFINITE);
        assertThat(f.isEmpty()).as("%s: enclosure is empty, reference %s", what, ref).isFalse();
        if (f.isBoundedBelow()) {
            assertThat(f.inf().compareTo(refExact.add(tol)) <= 0)
                    .as("%s: lower end %s above reference %s", what, f.inf(), ref.toString(true)).isTrue();
        }
        if (f.isBoundedAbove()) {
            assertThat(f.sup().compareTo(refExact.subtract(tol)) >= 0)
                    .as("%s: upper end %s below reference %s", what, f.sup(), ref.toString(true)).isTrue();
        }
    }

    /** Asserts {@code wid(f) ≤ units · 10^(scale(mag f) − p)}: a few units in the p-th significant digit. */
    public static void assertTight(ApfloatInterval f, long p, int units, String what) {
        assertThat(f.isBounded()).as("%s: %s should be bounded", what, f).isTrue();
        Apfloat mag = f.mag();
        if (mag.signum() == 0) {
            return;
        }
        Apfloat ulp = ApfloatMath.scale(new Apfloat(units, Apfloat.INFINITE), mag.scale() - p);
        assertThat(f.hi().subtract(f.lo()).compareTo(ulp) <= 0)
                .as("%s: %s is wider than %d units of digit %d", what, f, units, p).isTrue();
    }
}
