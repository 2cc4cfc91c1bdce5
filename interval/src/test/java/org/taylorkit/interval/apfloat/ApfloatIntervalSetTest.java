package org.taylorkit.interval.apfloat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.big;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.exact;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction, text, queries and set operations, from the IEEE 1788 definitions. */
class ApfloatIntervalSetTest {

    private static ApfloatInterval iv(String text) {
        return ApfloatInterval.of(text, 20);
    }

    @ParameterizedTest(name = "digits={0}")
    @ValueSource(ints = {1, 2, 5, 50, 200})
    void aFiniteDecimalIsAPointAtAnyPrecision(int digits) {
        ApfloatInterval x = ApfloatInterval.of("0.1", digits);
        assertThat(x.isPoint()).isTrue();
        assertThat(big(x.inf())).isEqualByComparingTo("0.1");
        assertThat(x.digits()).isEqualTo(digits);
    }

    @Test
    void decimalsWithTooManyDigitsAreEnclosedTightly() {
        ApfloatInterval x = ApfloatInterval.of("1.23456789", 4);
        assertThat(big(x.inf())).isEqualByComparingTo("1.234");
        assertThat(big(x.sup())).isEqualByComparingTo("1.235");
        ApfloatInterval y = ApfloatInterval.of("-1.23456789e-30", 4);
        assertThat(big(y.inf())).isEqualByComparingTo("-1.235e-30");
        assertThat(big(y.sup())).isEqualByComparingTo("-1.234e-30");
    }

    @Test
    void bracketForms() {
        assertThat(iv("[0.1, 0.2]")).isEqualTo(ApfloatInterval.of(exact("0.1"), exact("0.2"), 5));
        assertThat(iv("[ 3 ]")).isEqualTo(ApfloatInterval.point(3.0, 5));
        assertThat(iv("[empty]").isEmpty()).isTrue();
        assertThat(iv("[]").isEmpty()).isTrue();
        assertThat(iv("[entire]").isEntire()).isTrue();
        assertThat(iv("[-inf, +inf]").isEntire()).isTrue();
        assertThat(iv("[,]").isEntire()).isTrue();
        ApfloatInterval halfLine = iv("[-Infinity, 2]");
        assertThat(halfLine.isBoundedBelow()).isFalse();
        assertThat(big(halfLine.sup())).isEqualByComparingTo("2");
        ApfloatInterval right = iv("[1e-3, inf]");
        assertThat(big(right.inf())).isEqualByComparingTo("0.001");
        assertThat(right.isBoundedAbove()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "[2, 1]", "[1, 2", "[+inf, 2]", "[1, -inf]", "[1, 2, 3]", "1/3", "[x]", "inf"})
    void badTextIsRejectedWithTheText(String text) {
        assertThatThrownBy(() -> ApfloatInterval.of(text, 10))
                .isInstanceOf(NumberFormatException.class).hasMessageContaining(text.trim());
    }

    @Test
    void doublesAreExact() {
        ApfloatInterval x = ApfloatInterval.point(0.1, 5);
        assertThat(x.isPoint()).isTrue();
        assertThat(big(x.inf())).isEqualByComparingTo(new BigDecimal(0.1));
        assertThat(x.contains(exact("0.1"))).isFalse(); // the double 0.1 is not 1/10
        assertThat(x.contains(0.1)).isTrue();
        ApfloatInterval h = ApfloatInterval.of(Double.NEGATIVE_INFINITY, 1.5, 5);
        assertThat(h.isBoundedBelow()).isFalse();
        assertThat(h.contains(-1e300)).isTrue();
        assertThatThrownBy(() -> ApfloatInterval.of(2.0, 1.0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApfloatInterval.of(Double.NaN, 1.0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApfloatInterval.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApfloatInterval.point(Double.POSITIVE_INFINITY, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApfloatInterval.point(1.0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
    }

    @Test
    void apfloatEndpointsAreRoundedOutward() {
        ApfloatInterval x = ApfloatInterval.of(exact("0.12345"), exact("0.54321"), 3);
        assertThat(big(x.inf())).isEqualByComparingTo("0.123");
        assertThat(big(x.sup())).isEqualByComparingTo("0.544");
        assertThatThrownBy(() -> ApfloatInterval.of(exact("2"), exact("1"), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApfloatInterval.point(new Apfloat(5, Apfloat.INFINITE, 2), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radix");
    }

    @Test
    void numericQueries() {
        ApfloatInterval x = iv("[-3, 2]");
        assertThat(big(x.inf())).isEqualByComparingTo("-3");
        assertThat(big(x.sup())).isEqualByComparingTo("2");
        assertThat(big(x.mid())).isEqualByComparingTo("-0.5");
        assertThat(big(x.rad())).isEqualByComparingTo("2.5");
        assertThat(big(x.wid())).isEqualByComparingTo("5");
        assertThat(big(x.mag())).isEqualByComparingTo("3");
        assertThat(big(x.mig())).isEqualByComparingTo("0");
        assertThat(big(iv("[2, 5]").mig())).isEqualByComparingTo("2");
        assertThat(big(iv("[-5, -2]").mig())).isEqualByComparingTo("2");
        // mid at 3 digits of [1, 1.01] = 1.005 → 1.00 (ties to even) or 1.01; rad covers both ends
        ApfloatInterval n = ApfloatInterval.of("[1, 1.01]", 3);
        Apfloat m = n.mid();
        assertThat(n.contains(m)).isTrue();
        assertThat(big(m).subtract(big(n.rad())).compareTo(BigDecimal.ONE)).isLessThanOrEqualTo(0);
        assertThat(big(m).add(big(n.rad())).compareTo(new BigDecimal("1.01"))).isGreaterThanOrEqualTo(0);
        // unbounded and empty
        assertThat(iv("[entire]").midDouble()).isEqualTo(0.0);
        assertThat(big(iv("[entire]").mid())).isEqualByComparingTo("0");
        assertThat(iv("[1, inf]").midDouble()).isEqualTo(Double.MAX_VALUE);
        assertThat(iv("[-inf, 1]").midDouble()).isEqualTo(-Double.MAX_VALUE);
        assertThat(iv("[empty]").midDouble()).isNaN();
        assertThat(iv("[1, inf]").widDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(iv("[1, inf]").magDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(iv("[1, inf]").migDouble()).isEqualTo(1.0);
        assertThat(iv("[empty]").infDouble()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(iv("[empty]").supDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(iv("[-inf, 1]").infDouble()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(iv("[0.1, 0.2]").infDouble()).isEqualTo(Math.nextDown(0.1));
        assertThat(iv("[0.1, 0.2]").supDouble()).isEqualTo(0.2); // double 0.2 > 1/5
        assertThatThrownBy(() -> iv("[1, inf]").sup()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> iv("[1, inf]").mid()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> iv("[empty]").inf()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> iv("[empty]").mig()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void relations() {
        ApfloatInterval a = iv("[1, 2]");
        ApfloatInterval b = iv("[0, 3]");
        ApfloatInterval empty = iv("[empty]");
        assertThat(a.isSubsetOf(b)).isTrue();
        assertThat(b.isSubsetOf(a)).isFalse();
        assertThat(a.isSubsetOf(a)).isTrue();
        assertThat(a.isInteriorTo(b)).isTrue();
        assertThat(a.isInteriorTo(a)).isFalse();
        assertThat(iv("[0, 2]").isInteriorTo(b)).isFalse();
        assertThat(iv("[0, 2]").isInteriorTo(iv("[entire]"))).isTrue();
        assertThat(iv("[1, inf]").isInteriorTo(iv("[0, inf]"))).isTrue();
        assertThat(empty.isSubsetOf(a)).isTrue();
        assertThat(empty.isInteriorTo(empty)).isTrue();
        assertThat(a.isSubsetOf(empty)).isFalse();
        assertThat(a.isDisjointFrom(iv("[2.5, 3]"))).isTrue();
        assertThat(a.isDisjointFrom(iv("[2, 3]"))).isFalse(); // share 2
        assertThat(a.isDisjointFrom(empty)).isTrue();
        assertThat(a.contains(exact("2"))).isTrue();
        assertThat(a.contains(exact("2.0000000000000000000000001"))).isFalse();
        assertThat(empty.contains(0.0)).isFalse();
        assertThat(iv("[entire]").contains(Double.POSITIVE_INFINITY)).isFalse(); // ±∞ are not real numbers
    }

    @Test
    void hullAndIntersection() {
        assertThat(iv("[1, 2]").hull(iv("[4, 5]"))).isEqualTo(iv("[1, 5]"));
        assertThat(iv("[1, 2]").hull(iv("[empty]"))).isEqualTo(iv("[1, 2]"));
        assertThat(iv("[1, 2]").hull(iv("[-inf, 0]"))).isEqualTo(iv("[-inf, 2]"));
        assertThat(iv("[1, 3]").intersection(iv("[2, 5]"))).isEqualTo(iv("[2, 3]"));
        assertThat(iv("[1, 2]").intersection(iv("[3, 5]")).isEmpty()).isTrue();
        assertThat(iv("[1, 2]").intersection(iv("[2, 5]"))).isEqualTo(iv("[2, 2]"));
        assertThat(iv("[entire]").intersection(iv("[1, inf]"))).isEqualTo(iv("[1, inf]"));
        assertThat(iv("[1, 2]").hull(iv("[3, 4]")).digits()).isEqualTo(20);
    }

    @Test
    void bisectCoversTheInterval() {
        for (String s : new String[] {"[1, 2]", "[entire]", "[3, inf]", "[0, inf]", "[-2, inf]", "[-inf, -3]", "[-inf, 0]", "[5, 5]"}) {
            ApfloatInterval x = iv(s);
            ApfloatInterval[] h = x.bisect();
            assertThat(h[0].hull(h[1])).as(s).isEqualTo(x);
            assertThat(h[0].isSubsetOf(x) && h[1].isSubsetOf(x)).as(s).isTrue();
            assertThat(h[0].isDisjointFrom(h[1])).as(s).isFalse(); // they share the split point
            if (!x.isPoint()) {
                assertThat(h[0].equals(x) || h[1].equals(x)).as("%s: a proper split", s).isFalse();
            }
        }
        ApfloatInterval[] e = iv("[empty]").bisect();
        assertThat(e[0].isEmpty() && e[1].isEmpty()).isTrue();
    }

    @Test
    void textOutputRoundsOutward() {
        ApfloatInterval third = ApfloatInterval.of("1", 30).divide(ApfloatInterval.of("3", 30));
        assertThat(third.format(5)).isEqualTo("[0.33333, 0.33334]");
        assertThat(ApfloatInterval.pi(30).format(5)).isEqualTo("[3.1415, 3.1416]");
        assertThat(iv("[-2, 2]").negate().format(3)).isEqualTo("[-2, 2]");
        assertThat(iv("[empty]").toString()).isEqualTo("[empty]");
        assertThat(iv("[entire]").toString()).isEqualTo("[entire]");
        assertThat(iv("[-inf, 1.5]").toString()).isEqualTo("[-inf, 1.5]");
        assertThat(iv("[1e-30, 1e30]").toString()).isEqualTo("[1e-30, 1e30]");
        assertThat(iv("0.001").format()).isEqualTo("[0.001, 0.001]");
        // printed text parses back to the same set
        ApfloatInterval x = ApfloatInterval.of("2", 40).sqrt();
        assertThat(ApfloatInterval.of(x.toString(), 40)).isEqualTo(x);
    }

    @Test
    void equalityIsSetEquality() {
        assertThat(ApfloatInterval.of("[1, 2]", 5)).isEqualTo(ApfloatInterval.of("[1.0, 2.00]", 50));
        assertThat(ApfloatInterval.of("[1, 2]", 5).hashCode()).isEqualTo(ApfloatInterval.of("[1.0, 2.00]", 50).hashCode());
        assertThat(ApfloatInterval.empty(3)).isEqualTo(ApfloatInterval.empty(7));
        assertThat(ApfloatInterval.empty(3)).isNotEqualTo(ApfloatInterval.entire(3));
        assertThat(iv("[1, inf]")).isNotEqualTo(iv("[1, 1e100]"));
    }

    @Test
    void roundedToEnclosesAtFewerDigits() {
        ApfloatInterval x = ApfloatInterval.of("2", 50).sqrt();
        ApfloatInterval y = x.roundedTo(5);
        assertThat(x.isSubsetOf(y)).isTrue();
        assertThat(y.format()).isEqualTo("[1.4142, 1.4143]");
        assertThat(y.digits()).isEqualTo(5);
    }
}
