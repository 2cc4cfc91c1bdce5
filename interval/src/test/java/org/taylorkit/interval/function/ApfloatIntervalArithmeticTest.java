package org.taylorkit.interval.function;

import org.taylorkit.interval.apfloat.ApfloatInterval;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertEncloses;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.assertTight;
import static org.taylorkit.interval.apfloat.ApfloatIntervalChecks.big;

import java.util.Map;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.ApintMath;
import org.junit.jupiter.api.Test;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.expr.Expr;

/** {@link ApfloatIntervalArithmetic}: the {@link Arithmetic} contract and use by generic code. */
class ApfloatIntervalArithmeticTest {

    private final ApfloatIntervalArithmetic ar = ApfloatIntervalArithmetic.ofDigits(40);

    private ApfloatInterval iv(String s) {
        return ar.fromDecimal(s);
    }

    @Test
    void constantsAndConversions() {
        assertThat(ar.digits()).isEqualTo(40);
        assertThat(ar.isZero(ar.zero())).isTrue();
        assertThat(ar.one()).isEqualTo(ApfloatInterval.point(1.0, 5));
        assertThat(ar.fromDouble(0.1).isPoint()).isTrue(); // exact double value
        assertThat(ar.fromDecimal("0.1").isPoint()).isTrue(); // exact decimal
        assertThat(ar.fromDecimal("0.1")).isNotEqualTo(ar.fromDouble(0.1));
        assertThat(ar.pi()).isEqualTo(ApfloatInterval.pi(40));
        assertThat(ar.newArray(3)).hasSize(3).containsOnlyNulls();
        assertThatThrownBy(() -> ar.fromDecimal("zero")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ApfloatIntervalArithmetic.ofDigits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ar.toString()).contains("40");
    }

    @Test
    void resultsTakeTheArithmeticsDigits() {
        ApfloatInterval third = ar.divide(ar.one(), ApfloatInterval.of("3", 5));
        assertThat(third.digits()).isEqualTo(40);
        assertTight(third, 40, 1, "1/3");
        assertThat(ar.divide(ar.one(), 3)).isEqualTo(third);
        assertThat(ar.multiply(iv("0.5"), 4)).isEqualTo(iv("2"));
        assertThat(ar.scale(iv("3"), 0.5)).isEqualTo(iv("1.5"));
        assertThat(ar.negate(iv("[1, 2]"))).isEqualTo(iv("[-2, -1]"));
        assertThatThrownBy(() -> ar.divide(iv("1"), 0)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> ar.scale(iv("1"), Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setBasedDomainErrors() {
        assertThat(ar.divide(iv("1"), ar.zero()).isEmpty()).isTrue();
        assertThat(ar.divide(iv("1"), iv("[-1, 1]")).isEntire()).isTrue();
        assertThat(ar.apply(Functions.LOG, iv("[-2, -1]")).isEmpty()).isTrue();
        assertThat(ar.apply(Functions.SQRT, iv("[-1, 4]"))).isEqualTo(iv("[0, 2]"));
    }

    @Test
    void signIsDeterminedOrRefused() {
        assertThat(ar.signum(iv("[1, 2]"))).isEqualTo(1);
        assertThat(ar.signum(iv("[-2, -1]"))).isEqualTo(-1);
        assertThat(ar.signum(iv("0"))).isEqualTo(0);
        assertThat(ar.signum(iv("[1, inf]"))).isEqualTo(1);
        assertThatThrownBy(() -> ar.signum(iv("[-1, 1]"))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("contains 0");
        assertThatThrownBy(() -> ar.signum(iv("[0, 1]"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ar.signum(iv("[empty]"))).isInstanceOf(ArithmeticException.class);
        assertThat(ar.isZero(iv("[0, 1e-100]"))).isFalse();
    }

    @Test
    void doubleViewsAreMidpointAndMagnitude() {
        assertThat(ar.toDouble(iv("[1, 2]"))).isEqualTo(1.5);
        assertThat(ar.norm(iv("[-3, 2]"))).isEqualTo(3.0);
        assertThat(ar.norm(iv("0.1"))).isEqualTo(0.1); // double 0.1 is above 1/10: an upper bound
        assertThat(ar.norm(iv("[1, inf]"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(ar.toDouble(iv("[entire]"))).isEqualTo(0.0);
    }

    @Test
    void integerPowersArePownOtherPowersArePow() {
        assertThat(ar.pow(iv("-2"), 3)).isEqualTo(iv("-8")); // pown: any base
        assertThat(ar.pow(iv("-2"), iv("3")).isEmpty()).isTrue(); // 1788 pow: a negative base is outside its domain
        assertThat(ar.pow(iv("[0, 2]"), iv("3"))).isEqualTo(iv("[0, 8]"));
        assertThat(ar.pow(iv("[-2, 1]"), 2)).isEqualTo(iv("[0, 4]"));
        assertThat(ar.pow(iv("-2"), iv("0.5")).isEmpty()).isTrue();
        ApfloatInterval r = ar.pow(iv("2"), iv("0.5"));
        assertEncloses(r, ApfloatMath.sqrt(new Apfloat(2, 200)), 120, "2^0.5");
        assertThat(ar.atan2(iv("1"), iv("1"))).isEqualTo(ar.apply(Functions.ATAN, iv("1")));
        assertThat(ar.apply(Functions.ABS, iv("[-3, 2]"))).isEqualTo(iv("[0, 3]"));
        assertThat(ar.apply(Functions.CBRT, iv("-8"))).isEqualTo(iv("-2"));
    }

    @Test
    void everyElementaryFunctionIsWired() {
        ApfloatInterval x = iv("0.3");
        Apfloat a = new Apfloat("0.3", 200);
        assertEncloses(ar.apply(Functions.EXP, x), ApfloatMath.exp(a), 120, "exp");
        assertEncloses(ar.apply(Functions.EXPM1, x), ApfloatMath.exp(a).subtract(new Apfloat(1)), 120, "expm1");
        assertEncloses(ar.apply(Functions.LOG, x), ApfloatMath.log(a), 120, "log");
        assertEncloses(ar.apply(Functions.LOG1P, x), ApfloatMath.log(a.add(new Apfloat(1))), 120, "log1p");
        assertEncloses(ar.apply(Functions.SIN, x), ApfloatMath.sin(a), 120, "sin");
        assertEncloses(ar.apply(Functions.COS, x), ApfloatMath.cos(a), 120, "cos");
        assertEncloses(ar.apply(Functions.TAN, x), ApfloatMath.tan(a), 120, "tan");
        assertEncloses(ar.apply(Functions.ASIN, x), ApfloatMath.asin(a), 120, "asin");
        assertEncloses(ar.apply(Functions.ACOS, x), ApfloatMath.acos(a), 120, "acos");
        assertEncloses(ar.apply(Functions.ATAN, x), ApfloatMath.atan(a), 120, "atan");
        assertEncloses(ar.apply(Functions.SINH, x), ApfloatMath.sinh(a), 120, "sinh");
        assertEncloses(ar.apply(Functions.COSH, x), ApfloatMath.cosh(a), 120, "cosh");
        assertEncloses(ar.apply(Functions.TANH, x), ApfloatMath.tanh(a), 120, "tanh");
        assertEncloses(ar.apply(Functions.ASINH, x), ApfloatMath.asinh(a), 120, "asinh");
        assertEncloses(ar.apply(Functions.ACOSH, iv("1.3")), ApfloatMath.acosh(new Apfloat("1.3", 200)), 120, "acosh");
        assertEncloses(ar.apply(Functions.ATANH, x), ApfloatMath.atanh(a), 120, "atanh");
        assertEncloses(ar.apply(Functions.ERF, x), ApfloatMath.erf(a), 120, "erf");
        assertEncloses(ar.apply(Functions.SQRT, x), ApfloatMath.sqrt(a), 120, "sqrt");
        for (ApfloatInterval r : new ApfloatInterval[] {ar.apply(Functions.EXP, x), ar.apply(Functions.SIN, x), ar.apply(Functions.ERF, x), ar.apply(Functions.ATANH, x), ar.apply(Functions.CBRT, x)}) {
            assertThat(r.digits()).isEqualTo(40);
            assertTight(r, 40, 2, r.toString());
        }
    }

    @Test
    void expressionsEvaluateOverTheArithmetic() {
        // natural interval extension: x·x − x over [1, 2] is [1 − 2, 4 − 1] (dependency included)
        Expr f = Expr.parse("x*x - x");
        assertThat(f.evaluate(ar, Map.of("x", iv("[1, 2]")))).isEqualTo(iv("[-1, 3]"));
        // a composite expression at a point, against ApfloatMath at 200 digits
        Expr g = Expr.parse("exp(x)*sin(x) + log1p(x^2)/sqrt(x) - atan(x)^3");
        ApfloatInterval v = g.evaluate(ar, Map.of("x", iv("0.5")));
        Apfloat x = new Apfloat("0.5", 200);
        Apfloat ref = ApfloatMath.exp(x).multiply(ApfloatMath.sin(x))
                .add(ApfloatMath.log(x.multiply(x).add(new Apfloat(1))).divide(ApfloatMath.sqrt(x)))
                .subtract(ApfloatMath.pow(ApfloatMath.atan(x), 3));
        assertEncloses(v, ref, 120, "g(0.5)");
        assertTight(v, 40, 20, "g(0.5)");
    }

    @Test
    void taylorRecurrenceThroughTheInterface() {
        // coefficients of exp(x0 + t): b_0 = e^x0, b_k = (1/k)·Σ_{j=1..k} j·a_j·b_{k−j} with a = x0 + t,
        // written only with Arithmetic operations as a generic kernel would; exact values e^x0/k!
        Arithmetic<ApfloatInterval> arith = ar;
        int n = 25;
        ApfloatInterval[] a = arith.newArray(n + 1);
        a[0] = arith.fromDecimal("1.5");
        a[1] = arith.one();
        for (int k = 2; k <= n; k++) {
            a[k] = arith.zero();
        }
        ApfloatInterval[] b = arith.newArray(n + 1);
        b[0] = arith.apply(Functions.EXP, a[0]);
        for (int k = 1; k <= n; k++) {
            ApfloatInterval s = arith.zero();
            for (int j = 1; j <= k; j++) {
                s = arith.add(s, arith.multiply(arith.multiply(a[j], j), b[k - j]));
            }
            b[k] = arith.divide(s, k);
        }
        Apfloat e15 = ApfloatMath.exp(new Apfloat("1.5", 200));
        for (int k = 0; k <= n; k++) {
            Apfloat exactCoefficient = e15.divide(ApintMath.factorial(k).precision(200));
            assertEncloses(b[k], exactCoefficient, 120, "b_" + k);
            assertTight(b[k], 40, 4 * (k + 1), "b_" + k); // widths of a recurrence grow about linearly in k
        }
        assertThat(big(b[n].sup()).signum()).isPositive();
    }
}
