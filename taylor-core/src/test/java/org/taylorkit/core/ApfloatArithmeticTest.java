package org.taylorkit.core;

import org.taylorkit.core.function.Functions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taylorkit.core.FieldTaylor1Assertions.big;
import static org.taylorkit.core.FieldTaylor1Assertions.unitsInLastDigit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;

/**
 * {@link ApfloatArithmetic} at 50 digits: exact-then-rounded operations against {@link BigDecimal}
 * (JDK, rounded with {@link MathContext} half-even), constants against published digits, elementary
 * functions against Hipparchus {@link Dfp} at 70 digits and against series summed in BigDecimal.
 */
class ApfloatArithmeticTest {

    private static final int DIGITS = 50;
    private static final ApfloatArithmetic AR = ApfloatArithmetic.ofDigits(DIGITS);
    private static final MathContext MC50 = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    private static final MathContext MC80 = new MathContext(80, RoundingMode.HALF_EVEN);

    /** π to 100 decimals (OEIS A000796; any published table of π). */
    static final String PI_100 = "3.1415926535897932384626433832795028841971693993751"
            + "058209749445923078164062862089986280348253421170679";

    /** erf(1) to 50 significant digits, as tabulated (DLMF §7 / A&S table 7.1 extended; Wolfram Functions). */
    static final String ERF_1 = "0.84270079294971486934122063508260925929606699796630";

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void fromDecimalIsExactThenRounded() {
        Apfloat tenth = AR.fromDecimal("0.1");
        assertThat(big(tenth)).isEqualByComparingTo("0.1");
        assertThat(tenth.precision()).isEqualTo(DIGITS);
        // 51 significant digits: halfway cases round to even, others to nearest (BigDecimal as reference)
        for (String s : new String[] {"1.00000000000000000000000000000000000000000000000005",
            "1.00000000000000000000000000000000000000000000000015",
            "-0.123456789012345678901234567890123456789012345678949e-7", "  2.5e300 "}) {
            assertThat(big(AR.fromDecimal(s))).as(s).isEqualByComparingTo(bd(s.trim()).round(MC50));
        }
        assertThat(AR.isZero(AR.fromDecimal("0.000"))).isTrue();
        assertThatThrownBy(() -> AR.fromDecimal("1,5")).isInstanceOf(NumberFormatException.class).hasMessageContaining("\"1,5\"");
    }

    @Test
    void fromDoubleRoundsTheExactBinaryValue() {
        // 0.1 in binary is exactly 0.1000000000000000055511151231257827021181583404541015625
        assertThat(big(AR.fromDouble(0.1)))
                .isEqualByComparingTo(new BigDecimal(0.1).round(MC50))
                .isEqualByComparingTo("0.1000000000000000055511151231257827021181583404541");
        assertThat(big(AR.fromDouble(-3.0))).isEqualByComparingTo("-3");
        assertThatThrownBy(() -> AR.fromDouble(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void piMatchesPublishedDigits() {
        assertThat(big(AR.pi())).isEqualByComparingTo(bd(PI_100).round(MC50));
        ApfloatArithmetic ar90 = ApfloatArithmetic.ofDigits(90);
        assertThat(big(ar90.pi())).isEqualByComparingTo(bd(PI_100).round(new MathContext(90, RoundingMode.HALF_EVEN)));
    }

    @Test
    void erfOfOneMatchesTableAndKummerSeries() {
        // Independent check of the tabulated value: Kummer's series (A&S 7.1.6)
        // erf x = (2/√π) e^{−x²} Σ_{n≥0} 2^n x^{2n+1}/(2n+1)!!, summed at x = 1 in BigDecimal at 80 digits.
        BigDecimal pi = bd(PI_100);
        BigDecimal eInv = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 0; k < 80; k++) {
            eInv = eInv.add(k % 2 == 0 ? term : term.negate());
            term = term.divide(BigDecimal.valueOf(k + 1), MC80);
        }
        BigDecimal sum = BigDecimal.ZERO;
        term = BigDecimal.ONE;
        for (int n = 0; n < 200; n++) {
            sum = sum.add(term);
            term = term.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(2L * n + 3), MC80);
        }
        BigDecimal erf1 = BigDecimal.valueOf(2).multiply(eInv).multiply(sum).divide(pi.sqrt(MC80), MC80);
        assertThat(erf1.subtract(bd(ERF_1)).abs()).isLessThan(bd("1e-50"));
        assertThat(unitsInLastDigit(bd(ERF_1), AR.apply(Functions.ERF, AR.one()), DIGITS)).isLessThanOrEqualTo(1.0);
        assertThat(unitsInLastDigit(erf1, AR.apply(Functions.ERF, AR.fromDecimal("-1")).negate(), DIGITS)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void integerDivisionAndMultiplicationAreExactThenRounded() {
        assertThat(big(AR.divide(AR.fromDecimal("0.3"), 3))).isEqualByComparingTo("0.1");
        assertThat(big(AR.divide(AR.one(), 3))).isEqualByComparingTo("0." + "3".repeat(50));
        assertThat(big(AR.divide(AR.fromDecimal("2"), 3))).isEqualByComparingTo("0." + "6".repeat(49) + "7");
        assertThat(big(AR.divide(AR.fromDecimal("10"), -4))).isEqualByComparingTo("-2.5");
        // exact quotients with 51 significant digits ending in 5: ties, rounded half to even
        String threePlus = "3." + "0".repeat(48);
        assertThat(big(AR.divide(AR.fromDecimal(threePlus + "1"), 2))).isEqualByComparingTo("1.5");
        assertThat(big(AR.divide(AR.fromDecimal(threePlus + "3"), 2))).isEqualByComparingTo("1.5" + "0".repeat(47) + "2");
        assertThat(big(AR.divide(AR.fromDecimal("1." + "0".repeat(48) + "1"), 2))).isEqualByComparingTo("0.5" + "0".repeat(48) + "5");
        assertThat(big(AR.multiply(AR.fromDecimal("0.1"), 3))).isEqualByComparingTo("0.3");
        Apfloat x = AR.fromDecimal("1.2345678901234567890123456789012345678901234567891");
        assertThat(big(AR.multiply(x, 987_654_321)))
                .isEqualByComparingTo(big(x).multiply(BigDecimal.valueOf(987_654_321)).round(MC50));
        assertThat(big(AR.divide(x, 7))).isEqualByComparingTo(big(x).divide(BigDecimal.valueOf(7), MC50));
        // 1/3·3 rounds to 0.99…9 (50 nines): every operation rounds to the precision
        assertThat(big(AR.multiply(AR.divide(AR.one(), 3), 3))).isEqualByComparingTo("0." + "9".repeat(50));
        assertThatThrownBy(() -> AR.divide(x, 0)).isInstanceOf(ArithmeticException.class).hasMessageContaining("0");
    }

    @Test
    void ringOperationsAreCorrectlyRounded() {
        Apfloat a = AR.fromDecimal("3.1415926535897932384626433832795028841971693993751");
        Apfloat b = AR.fromDecimal("-2.7182818284590452353602874713526624977572470936999e-3");
        Apfloat tiny = AR.fromDecimal("4.4e-70");
        BigDecimal x = big(a);
        BigDecimal y = big(b);
        assertThat(big(AR.add(a, b))).isEqualByComparingTo(x.add(y).round(MC50));
        assertThat(big(AR.subtract(a, b))).isEqualByComparingTo(x.subtract(y).round(MC50));
        assertThat(big(AR.multiply(a, b))).isEqualByComparingTo(x.multiply(y).round(MC50));
        assertThat(big(AR.divide(a, b))).isEqualByComparingTo(x.divide(y, MC50));
        assertThat(big(AR.add(a, tiny))).isEqualByComparingTo(x);
        assertThat(big(AR.scale(a, 0.1))).isEqualByComparingTo(x.multiply(new BigDecimal(0.1)).round(MC50));
        assertThat(big(AR.negate(b))).isEqualByComparingTo(y.negate());
        assertThat(big(AR.apply(Functions.ABS, b))).isEqualByComparingTo(y.abs());
        assertThat(big(AR.apply(Functions.SQRT, a))).isEqualByComparingTo(x.sqrt(MC50));
        // exact operands of infinite precision are accepted; results still have 50 digits
        Apfloat third = AR.divide(new Apfloat(1), new Apfloat(3));
        assertThat(third.precision()).isEqualTo(DIGITS);
        assertThat(AR.add(new Apfloat(2), third).precision()).isEqualTo(DIGITS);
        assertThat(AR.multiply(a, new Apfloat(7)).precision()).isEqualTo(DIGITS);
        assertThatThrownBy(() -> AR.divide(a, AR.zero())).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("division by zero");
    }

    @Test
    void signumZeroDoubleAndNorm() {
        assertThat(AR.signum(AR.fromDecimal("-1e-60"))).isEqualTo(-1);
        assertThat(AR.signum(AR.zero())).isZero();
        assertThat(AR.isZero(AR.subtract(AR.pi(), AR.pi()))).isTrue();
        assertThat(AR.isZero(AR.fromDecimal("1e-1000"))).isFalse();
        assertThat(AR.toDouble(AR.pi())).isEqualTo(Math.PI);
        assertThat(AR.toDouble(AR.fromDouble(0.1))).isEqualTo(0.1);
        assertThat(AR.norm(AR.fromDecimal("-2.5"))).isEqualTo(2.5);
        assertThat(AR.digits()).isEqualTo(DIGITS);
        assertThat(AR).isEqualTo(ApfloatArithmetic.ofDigits(DIGITS)).isNotEqualTo(ApfloatArithmetic.ofDigits(40));
        assertThatThrownBy(() -> ApfloatArithmetic.ofDigits(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    static Stream<Arguments> dfpCases() {
        DfpField f = new DfpField(70);
        Function<String, Dfp> v = f::newDfp;
        Dfp one = f.getOne();
        Dfp two = f.newDfp(2);
        return Stream.of(
                Arguments.of("sin", "0.7", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.SIN, u)), DfpMath.sin(v.apply("0.7"))),
                Arguments.of("sin", "-12.5", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.SIN, u)), DfpMath.sin(v.apply("-12.5"))),
                Arguments.of("cos", "0.7", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.COS, u)), DfpMath.cos(v.apply("0.7"))),
                Arguments.of("tan", "-2.3", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.TAN, u)), DfpMath.tan(v.apply("-2.3"))),
                // Dfp's inverse trigonometric functions are good to only ~37–47 digits (checked against
                // mpmath at 70 digits), so these references are Gregory series summed in BigDecimal.
                Arguments.of("asin", "0.3", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ASIN, u)), asin(bd("0.3"))),
                Arguments.of("acos", "-0.8", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ACOS, u)),
                        bd(PI_100).divide(BigDecimal.valueOf(2)).subtract(asin(bd("-0.8")))),
                Arguments.of("atan", "2.5", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ATAN, u)), atan(bd("2.5"))),
                Arguments.of("exp", "3.7", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.EXP, u)), DfpMath.exp(v.apply("3.7"))),
                Arguments.of("exp", "-20.25", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.EXP, u)), DfpMath.exp(v.apply("-20.25"))),
                Arguments.of("log", "123.456", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.LOG, u)), DfpMath.log(v.apply("123.456"))),
                Arguments.of("log", "0.0625", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.LOG, u)), DfpMath.log(v.apply("0.0625"))),
                Arguments.of("sqrt", "2", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.SQRT, u)), v.apply("2").sqrt()),
                Arguments.of("cbrt", "-2", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.CBRT, u)),
                        DfpMath.pow(two, one.divide(3)).negate()),
                Arguments.of("sinh", "1.3", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.SINH, u)),
                        DfpMath.exp(v.apply("1.3")).subtract(DfpMath.exp(v.apply("-1.3"))).divide(2)),
                Arguments.of("cosh", "1.3", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.COSH, u)),
                        DfpMath.exp(v.apply("1.3")).add(DfpMath.exp(v.apply("-1.3"))).divide(2)),
                Arguments.of("tanh", "0.4", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.TANH, u)),
                        DfpMath.exp(v.apply("0.8")).subtract(one).divide(DfpMath.exp(v.apply("0.8")).add(one))),
                Arguments.of("asinh", "-0.9", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ASINH, u)),
                        DfpMath.log(v.apply("0.9").add(v.apply("1.81").sqrt())).negate()),
                Arguments.of("acosh", "2.5", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ACOSH, u)),
                        DfpMath.log(v.apply("2.5").add(v.apply("5.25").sqrt()))),
                Arguments.of("atanh", "0.6", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.ATANH, u)),
                        DfpMath.log(v.apply("1.6").divide(v.apply("0.4"))).divide(2)),
                Arguments.of("expm1", "0.5", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.EXPM1, u)), DfpMath.exp(v.apply("0.5")).subtract(one)),
                Arguments.of("log1p", "2.5", (UnaryOperator<Apfloat>) (u -> AR.apply(Functions.LOG1P, u)), DfpMath.log(v.apply("3.5"))));
    }

    @ParameterizedTest(name = "{0}({1})")
    @MethodSource("dfpCases")
    void elementaryFunctionsAgreeWithReferences(String name, String x, UnaryOperator<Apfloat> f, Object ref) {
        BigDecimal reference = ref instanceof BigDecimal ? (BigDecimal) ref : new BigDecimal(ref.toString());
        Apfloat r = f.apply(AR.fromDecimal(x));
        assertThat(r.precision()).isEqualTo(DIGITS);
        assertThat(unitsInLastDigit(reference, r, DIGITS))
                .as("%s(%s) = %s vs Dfp %s", name, x, r, reference).isLessThanOrEqualTo(1.0);
    }

    @Test
    void powAndAtan2() {
        DfpField f = new DfpField(70);
        assertThat(unitsInLastDigit(new BigDecimal(DfpMath.pow(f.newDfp("2.5"), f.newDfp("1.7")).toString()),
                AR.pow(AR.fromDecimal("2.5"), AR.fromDecimal("1.7")), DIGITS)).isLessThanOrEqualTo(1.0);
        assertThat(big(AR.pow(AR.fromDecimal("-2"), AR.fromDecimal("3")))).isEqualByComparingTo("-8");
        assertThat(big(AR.pow(AR.fromDecimal("-2"), -3))).isEqualByComparingTo("-0.125");
        assertThat(big(AR.pow(AR.fromDecimal("1.5"), 0))).isEqualByComparingTo("1");
        assertThat(big(AR.pow(AR.fromDecimal("7"), 40))).isEqualByComparingTo(BigDecimal.valueOf(7).pow(40).round(MC50));
        BigDecimal pi = bd(PI_100);
        assertThat(unitsInLastDigit(pi, AR.atan2(AR.zero(), AR.fromDecimal("-1")), DIGITS)).isLessThanOrEqualTo(1.0);
        assertThat(unitsInLastDigit(pi.divide(BigDecimal.valueOf(-2)), AR.atan2(AR.fromDecimal("-3"), AR.zero()), DIGITS))
                .isLessThanOrEqualTo(1.0);
        assertThat(unitsInLastDigit(pi.multiply(bd("0.75")), AR.atan2(AR.one(), AR.fromDecimal("-1")), DIGITS))
                .isLessThanOrEqualTo(1.0);
    }

    /**
     * atan x at 80 digits: halve the argument with atan x = 2 atan(x / (1 + √(1 + x²))) until
     * |x| ≤ 0.2, then the Gregory series Σ (−1)^n x^{2n+1}/(2n+1).
     */
    static BigDecimal atan(BigDecimal x) {
        int doublings = 0;
        while (x.abs().compareTo(bd("0.2")) > 0) {
            x = x.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(x.multiply(x)).sqrt(MC80)), MC80);
            doublings++;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = x;
        BigDecimal x2 = x.multiply(x, MC80);
        for (int n = 0; n < 80; n++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), MC80);
            sum = n % 2 == 0 ? sum.add(term) : sum.subtract(term);
            power = power.multiply(x2, MC80);
        }
        return sum.multiply(BigDecimal.valueOf(1L << doublings));
    }

    /** asin x = atan(x / √(1 − x²)) at 80 digits. */
    static BigDecimal asin(BigDecimal x) {
        return atan(x.divide(BigDecimal.ONE.subtract(x.multiply(x)).sqrt(MC80), MC80));
    }

    /** Σ_k x^k·coefficient(k), summed in BigDecimal at 80 digits. */
    private static BigDecimal taylor(BigDecimal x, int terms, Function<Integer, BigDecimal> coefficient) {
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ONE;
        for (int k = 0; k < terms; k++) {
            s = s.add(coefficient.apply(k).multiply(p), MC80);
            p = p.multiply(x, MC80);
        }
        return s;
    }

    private static BigDecimal fraction(String pq) {
        String[] parts = pq.split("/");
        return new BigDecimal(parts[0]).divide(new BigDecimal(parts[1]), MC80);
    }

    private static BigDecimal inverse(long n) {
        return BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC80);
    }

    private static BigDecimal factorial(int k) {
        BigDecimal f = BigDecimal.ONE;
        for (int i = 2; i <= k; i++) {
            f = f.multiply(BigDecimal.valueOf(i));
        }
        return f;
    }

    @Test
    void smallArgumentsKeepRelativeAccuracy() {
        // Maclaurin polynomials (exact coefficients), truncated where the next term is below 1e-80 relative
        for (String xs : new String[] {"3.7e-12", "-1.234e-30", "5e-70"}) {
            BigDecimal x = bd(xs);
            Apfloat a = AR.fromDecimal(xs);
            BigDecimal expm1 = taylor(x, 8, k -> k == 0 ? BigDecimal.ZERO : BigDecimal.ONE.divide(factorial(k), MC80));
            BigDecimal log1p = taylor(x, 8, k -> k == 0 ? BigDecimal.ZERO : inverse(k % 2 == 1 ? k : -k));
            BigDecimal sinh = taylor(x, 8, k -> k % 2 == 0 ? BigDecimal.ZERO : BigDecimal.ONE.divide(factorial(k), MC80));
            // tanh t = t − t³/3 + 2t⁵/15 − 17t⁷/315
            BigDecimal tanh = taylor(x, 8, k -> k == 1 ? BigDecimal.ONE : k == 3 ? inverse(-3)
                    : k == 5 ? inverse(15).multiply(BigDecimal.valueOf(2)) : k == 7 ? inverse(-315).multiply(BigDecimal.valueOf(17))
                    : BigDecimal.ZERO);
            // odd functions f(x) = x + f3 x³ + f5 x⁵ + f7 x⁷ + … (A&S 4.1–4.6 series)
            String[][] odd = {
                {"sin", "-1/6", "1/120", "-1/5040"}, {"tan", "1/3", "2/15", "17/315"},
                {"asin", "1/6", "3/40", "5/112"}, {"atan", "-1/3", "1/5", "-1/7"},
                {"asinh", "-1/6", "3/40", "-5/112"}, {"atanh", "1/3", "1/5", "1/7"}};
            for (String[] f : odd) {
                BigDecimal expected = taylor(x, 8, k -> k == 1 ? BigDecimal.ONE : k % 2 == 0 ? BigDecimal.ZERO
                        : fraction(f[(k - 1) / 2]));
                Apfloat actual = switch (f[0]) {
                    case "sin" -> AR.apply(Functions.SIN, a);
                    case "tan" -> AR.apply(Functions.TAN, a);
                    case "asin" -> AR.apply(Functions.ASIN, a);
                    case "atan" -> AR.apply(Functions.ATAN, a);
                    case "asinh" -> AR.apply(Functions.ASINH, a);
                    default -> AR.apply(Functions.ATANH, a);
                };
                assertThat(unitsInLastDigit(expected, actual, DIGITS)).as("%s(%s)", f[0], xs).isLessThanOrEqualTo(1.0);
            }
            assertThat(unitsInLastDigit(expm1, AR.apply(Functions.EXPM1, a), DIGITS)).as("expm1(%s)", xs).isLessThanOrEqualTo(1.0);
            assertThat(unitsInLastDigit(log1p, AR.apply(Functions.LOG1P, a), DIGITS)).as("log1p(%s)", xs).isLessThanOrEqualTo(1.0);
            assertThat(unitsInLastDigit(sinh, AR.apply(Functions.SINH, a), DIGITS)).as("sinh(%s)", xs).isLessThanOrEqualTo(1.0);
            assertThat(unitsInLastDigit(tanh, AR.apply(Functions.TANH, a), DIGITS)).as("tanh(%s)", xs).isLessThanOrEqualTo(1.0);
            // log of 1 + x formed exactly (when representable in 50 digits) is log1p(x)
            if (x.abs().compareTo(bd("1e-45")) > 0) {
                assertThat(unitsInLastDigit(log1p, AR.apply(Functions.LOG, AR.add(AR.one(), a)), DIGITS)).as("log(1 + %s)", xs)
                        .isLessThanOrEqualTo(1.0);
            }
        }
        assertThat(big(AR.apply(Functions.SIN, AR.fromDecimal("1e-1000")))).isEqualByComparingTo("1e-1000");
    }

    @Test
    void domainErrorsNameTheFunction() {
        Apfloat m1 = AR.fromDecimal("-1");
        assertThatThrownBy(() -> AR.apply(Functions.SQRT, m1)).isInstanceOf(ArithmeticException.class).hasMessageStartingWith("sqrt: argument -1");
        assertThatThrownBy(() -> AR.apply(Functions.LOG, AR.zero())).hasMessageStartingWith("log: argument 0");
        assertThatThrownBy(() -> AR.apply(Functions.LOG, m1)).hasMessageStartingWith("log: argument -1");
        assertThatThrownBy(() -> AR.apply(Functions.LOG1P, m1)).hasMessageStartingWith("log1p: argument -1");
        assertThatThrownBy(() -> AR.apply(Functions.ASIN, AR.fromDecimal("1.5"))).hasMessageStartingWith("asin: argument 1.5");
        assertThatThrownBy(() -> AR.apply(Functions.ACOS, AR.fromDecimal("-2"))).hasMessageStartingWith("acos: argument -2");
        assertThatThrownBy(() -> AR.apply(Functions.ACOSH, AR.fromDecimal("0.5"))).hasMessageStartingWith("acosh: argument 0.5");
        assertThatThrownBy(() -> AR.apply(Functions.ATANH, AR.one())).hasMessageStartingWith("atanh: argument 1");
        assertThatThrownBy(() -> AR.pow(AR.zero(), -1)).hasMessageStartingWith("pow: argument 0");
        assertThatThrownBy(() -> AR.pow(m1, AR.fromDecimal("0.5"))).hasMessageStartingWith("pow: argument -1");
        assertThatThrownBy(() -> AR.atan2(AR.zero(), AR.zero())).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("(0, 0)");
        assertThat(big(AR.apply(Functions.ACOS, m1))).isEqualByComparingTo(bd(PI_100).round(MC50));
    }
}
