package org.taylorkit.interval;

import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.apfloat.ApfloatRigorousExpLogBases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.testing.IntervalGen;

/**
 * {@code exp2}, {@code exp10}, {@code log2}, {@code log10} (double and Apfloat) against Apfloat at
 * 60 digits ({@code pow(2, x)}, {@code log(x)/log(2)}, computed by Apfloat's own algorithms, not
 * ours), their exact cases, domains and overflow, and ITF1788 vectors (libieeep1788_elem.itl,
 * minimal_exp2_test, minimal_exp10_test, minimal_log2_test, minimal_log10_test).
 */
class ExpLogBasesTest {

    private static final long REF = 60;

    private static final Apfloat LN2 = ApfloatMath.log(new Apfloat(2, REF));
    private static final Apfloat LN10 = ApfloatMath.log(new Apfloat(10, REF));

    private static BigDecimal ref(double x, int base, boolean log) {
        Apfloat a = new Apfloat(new BigDecimal(x), REF);
        Apfloat lnB = base == 2 ? LN2 : LN10;
        Apfloat v = log ? ApfloatMath.log(a).divide(lnB) : ApfloatMath.exp(a.multiply(lnB));
        return new BigDecimal(v.toString(true));
    }

    private static void contains(Interval r, BigDecimal v, String what) {
        BigDecimal slack = v.abs().multiply(new BigDecimal("1e-45")).add(new BigDecimal("1e-300"));
        if (r.inf() != Double.NEGATIVE_INFINITY) {
            assertThat(new BigDecimal(r.inf()).compareTo(v.add(slack))).as("%s = %s vs %s", what, r, v).isLessThanOrEqualTo(0);
        }
        if (r.sup() != Double.POSITIVE_INFINITY) {
            assertThat(new BigDecimal(r.sup()).compareTo(v.subtract(slack))).as("%s = %s vs %s", what, r, v).isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void doubleEnclosuresContainApfloatValuesAndAreTight(long seed) {
        IntervalGen g = new IntervalGen(seed);
        for (int i = 0; i < 5; i++) {
            double x = g.coin() ? g.uniform(-300, 300) : g.moderate();
            Interval p = Interval.point(x);
            Interval e2 = RigorousExpLogBases.exp2(p);
            Interval e10 = RigorousExpLogBases.exp10(p);
            if (Math.abs(x) < 1000) {
                contains(e2, ref(x, 2, false), g + " exp2(" + x + ")");
                assertThat(ulps(e2)).as("%s exp2(%s) width", g, x).isLessThanOrEqualTo(2);
            }
            if (Math.abs(x) < 300) {
                contains(e10, ref(x, 10, false), g + " exp10(" + x + ")");
                assertThat(ulps(e10)).as("%s exp10(%s) width", g, x).isLessThanOrEqualTo(2);
            }
            double y = Math.abs(g.anyFinite());
            if (y > 0) {
                Interval l2 = RigorousExpLogBases.log2(Interval.point(y));
                Interval l10 = RigorousExpLogBases.log10(Interval.point(y));
                contains(l2, ref(y, 2, true), g + " log2(" + y + ")");
                contains(l10, ref(y, 10, true), g + " log10(" + y + ")");
                assertThat(ulps(l2)).as("%s log2(%s) width", g, y).isLessThanOrEqualTo(2);
                assertThat(ulps(l10)).as("%s log10(%s) width", g, y).isLessThanOrEqualTo(2);
            }
        }
    }

    private static long ulps(Interval r) {
        if (r.inf() == r.sup() || !r.isBounded()) {
            return 0;
        }
        long a = Double.doubleToLongBits(Math.abs(r.inf()));
        long b = Double.doubleToLongBits(Math.abs(r.sup()));
        return r.inf() < 0 && r.sup() > 0 ? Long.MAX_VALUE : Math.abs(b - a);
    }

    @Test
    void exactCasesDomainsAndOverflow() {
        assertThat(RigorousExpLogBases.exp2(Interval.of(-1074, 3))).isEqualTo(Interval.of(Double.MIN_VALUE, 8));
        assertThat(RigorousExpLogBases.exp2(Interval.point(1024))).isEqualTo(Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        assertThat(RigorousExpLogBases.exp10(Interval.of(0, 22))).isEqualTo(Interval.of(1, 1e22));
        assertThat(RigorousExpLogBases.exp10(Interval.entire())).isEqualTo(Interval.of(0, Double.POSITIVE_INFINITY));
        assertThat(RigorousExpLogBases.log2(Interval.of(0, 0x1p-1074))).isEqualTo(Interval.of(Double.NEGATIVE_INFINITY, -1074));
        assertThat(RigorousExpLogBases.log10(Interval.of(-5, 1e22))).isEqualTo(Interval.of(Double.NEGATIVE_INFINITY, 22));
        assertThat(RigorousExpLogBases.log2(Interval.of(-3, 0))).isEqualTo(Interval.empty());
        assertThat(RigorousExpLogBases.exp2(Interval.of(-1022, 1023))).isEqualTo(Interval.of(0x1p-1022, 0x1p1023));
        assertThat(RigorousExpLogBases.log10(Interval.of(1, 100))).isEqualTo(Interval.of(0, 2));
        Interval l = RigorousExpLogBases.log2(Interval.point(3));
        assertThat(l.inf()).isEqualTo(0x1.95c01a39fbd68p+0); // log2(3) = 1.5849625007211562 (Apfloat: 1.58496250072115618145…)
        assertThat(l.sup()).isEqualTo(0x1.95c01a39fbd69p+0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#seeds")
    void apfloatEnclosuresContainApfloatValues(long seed) {
        IntervalGen g = new IntervalGen(seed);
        long digits = 30;
        for (int i = 0; i < 1; i++) {
            double x = g.uniform(-50, 50);
            ApfloatInterval p = ApfloatInterval.point(x, digits);
            in(ApfloatRigorousExpLogBases.exp2(p), ref(x, 2, false), g + " exp2 " + x);
            in(ApfloatRigorousExpLogBases.exp10(p), ref(x, 10, false), g + " exp10 " + x);
            double y = Math.abs(g.moderate()) + 1e-3;
            ApfloatInterval q = ApfloatInterval.point(y, digits);
            in(ApfloatRigorousExpLogBases.log2(q), ref(y, 2, true), g + " log2 " + y);
            in(ApfloatRigorousExpLogBases.log10(q), ref(y, 10, true), g + " log10 " + y);
        }
        assertThat(ApfloatRigorousExpLogBases.exp2(ApfloatInterval.point(-3, digits)).isPoint()).isTrue();
        assertThat(ApfloatRigorousExpLogBases.log10(ApfloatInterval.point(1000, digits)).infDouble()).isEqualTo(3.0);
        assertThat(ApfloatRigorousExpLogBases.log2(ApfloatInterval.point(0.125, digits)).isPoint()).isTrue();
    }

    private static void in(ApfloatInterval r, BigDecimal v, String what) {
        BigDecimal slack = v.abs().multiply(new BigDecimal("1e-55"));
        assertThat(new BigDecimal(r.inf().toString(true)).compareTo(v.add(slack))).as("%s: %s vs %s", what, r, v).isLessThanOrEqualTo(0);
        assertThat(new BigDecimal(r.sup().toString(true)).compareTo(v.subtract(slack))).as("%s: %s vs %s", what, r, v).isGreaterThanOrEqualTo(0);
        // tight: width at most a few units in the 28th digit relative
        BigDecimal w = new BigDecimal(r.sup().toString(true)).subtract(new BigDecimal(r.inf().toString(true)));
        assertThat(w.compareTo(v.abs().multiply(new BigDecimal("1e-27")))).as("%s width %s", what, w).isLessThanOrEqualTo(0);
    }

    @Test
    void apfloatMidOfAnExactTieRoundsToEven() {
        // IEEE 1788 §12.12.9: mid is the nearest number to (inf + sup)/2, ties to even (hand-derived)
        assertThat(ApfloatInterval.of(new Apfloat(1), new Apfloat(2), 1).mid().intValue()).isEqualTo(2); // 1.5 → 2
        assertThat(ApfloatInterval.of(new Apfloat(2), new Apfloat(3), 1).mid().intValue()).isEqualTo(2); // 2.5 → 2
        assertThat(ApfloatInterval.of(new Apfloat(-3), new Apfloat(-2), 1).mid().intValue()).isEqualTo(-2); // −2.5 → −2
        assertThat(ApfloatInterval.of(new Apfloat(11), new Apfloat(12), 2).mid().intValue()).isEqualTo(12); // 11.5 → 12
        assertThat(ApfloatInterval.of(new Apfloat(10), new Apfloat(11), 2).mid().intValue()).isEqualTo(10); // 10.5 → 10
    }

    @Test
    void itf1788VectorsAreContainedAndMostlyTight() {
        java.util.Map<String, java.util.function.Function<java.util.List<String>, Object>> ops = java.util.Map.of(
                "exp2", a -> RigorousExpLogBases.exp2(ItlVectors.arg(a, 0)),
                "exp10", a -> RigorousExpLogBases.exp10(ItlVectors.arg(a, 0)),
                "log2", a -> RigorousExpLogBases.log2(ItlVectors.arg(a, 0)),
                "log10", a -> RigorousExpLogBases.log10(ItlVectors.arg(a, 0)));
        int[] r = ItlVectors.check(EXP2 + EXP10 + LOG2 + LOG10, ops, false);
        assertThat(r[0]).isGreaterThan(100);
        assertThat(r[1]).as("tight of %d", r[0]).isEqualTo(r[0]);
    }

    // exp2: 30 vectors from ITF1788 fi_lib.itl FI_LIB.unary_functions; libieeep1788_elem.itl minimal_exp2_test; mpfi.itl mpfi_exp2
    private static final String EXP2 = """
        exp2 [-0X1.16CC0DF1540F5P+112, -0X1.B3E4076622F04P-232] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp2 [-0X2.42042B9A88438P-220, -0X2.A213429DB0508P-508] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp2 [-0X2.0EA791886F712P-416, -0X3.FE66A8D1A3472P-456] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp2 [-0X6.CA83546563A5CP+236, -0X4.F0F28370909FCP-440] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp2 [-0X2.7ED8954764B12P-288, -0X8.71DC22117BE90P-756] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp2 [-0X4.AF296DD37FD74P+256, -0X5.CBE2BD423B02CP-48] = [0X0.0000000000000P+0, 0XF.FFFFFFFFFFC00P-4];
        exp2 [-0X1.44F2134E1901EP+8, -0X2.581DAD9AFE6DCP-172] = [0X8.4EB038B9B8508P-328, 0X1.0000000000000P+0];
        exp2 [-0X1.58391FD92C387P-148, -0X4.0C12426A57194P-440] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp2 [-0X8.86826CE1AB700P-240, -0X4.FEA8D3A3ED018P-316] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp2 [-0X1.0000000000000P+0, +0X2.0000000000000P+0] = [0X8.0000000000000P-4, 0X4.0000000000000P+0];
        exp2 [-0X2.0000000000000P+0, +0X9.9999999999998P-4] = [0X4.0000000000000P-4, 0X1.8406003B2AE5DP+0];
        exp2 [0X4.4400000000000P-1068, 0X4.48CD100000000P-1052] = [0X1.0000000000000P+0, 0X1.0000000000001P+0];
        exp2 [0XD.0888D11000000P-1044, 0X1.000003443AAAAP+0] = [0X1.0000000000000P+0, 0X2.0000048742860P+0];
        exp2 [-0X4.8D159E0000000P-1048, +0X1.FFFFFF0999999P+0] = [0XF.FFFFFFFFFFFF8P-4, 0X3.FFFFFD54D58B0P+0];
        exp2 [empty] = [empty];
        exp2 [-infinity,-0.0] = [0.0,1.0];
        exp2 [-0.0,infinity] = [1.0,infinity];
        exp2 [-infinity,1024.0] = [0.0,infinity];
        exp2 [0.0,1023.0] = [1.0,0X1P+1023];
        exp2 [-1022.0,1023.0] = [0X1P-1022,0X1P+1023];
        exp2 [-1022.0,-0.0] = [0X1P-1022,1.0];
        exp2 [-1022.0,1.0] = [0X1P-1022,2.0];
        exp2 [-0X1.A934F0979A372P+1,0X1.CEAECFEA8085AP+0] = [0X1.9999999999998P-4,0X1.C000000000001P+1];
        exp2 [0X1.78025C8B3FD39P+3,0X1.9FD8EEF3FA79BP+4] = [0X1.AEA0000721857P+11,0X1.FCA0555555559P+25];
        exp2 [-infinity, 0.0] = [0.0, 1.0];
        exp2 [entire] = [0.0, +infinity];
        exp2 [0.0, +1.0] = [1.0, 2.0];
        exp2 [-123.0, -17.0] = [0x1p-123, 0x1p-17];
        exp2 [-0.125, 0.25] = [0x1d5818dcfba487p-53, 0x1306fe0a31b716p-52];
        exp2 [0.0, 0.25] = [1.0, 0x1306fe0a31b716p-52];
        """;
    // exp10: 30 vectors from ITF1788 fi_lib.itl FI_LIB.unary_functions; libieeep1788_elem.itl minimal_exp10_test
    private static final String EXP10 = """
        exp10 [-0X2.8457BC029986EP+112, -0X1.7A77BFCCF5A9EP-232] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X6.05C0BB1BCB730P-220, -0X3.C5EC30FBB68C8P-508] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0X2.9B09919BF9D9EP+272, -0XE.20FF41BD18058P-204] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X4.ECBC855871080P+332, -0X1.3A01905E36F84P+0] = [0X0.0000000000000P+0, 0XF.317F8555628F0P-8];
        exp10 [-0X7.32EDAB7F60A50P+236, -0X2.404E44C49C644P-440] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X1.4171976A1CA54P-288, -0X6.941F470A70074P-756] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0X4.69BB1D34B9570P-76, -0X7.78A1F475A306CP-564] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0XE.33C49CF5B8790P+652, -0X8.297A99ED9ED08P+8] = [0X0.0000000000000P+0, 0X4.0000000000000P-1076];
        exp10 [-0X1.7AAA15EBBD3F2P+8, -0X6.3E590E626451CP-172] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X2.8F9204BC4041EP+988, -0X6.ACFA418D8F92CP-544] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X1.9E7DDBBE00F75P+352, -0XC.41329461A0C30P-512] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X1.5BD629B25AA23P-236, -0X7.DEA605DEC97CCP-316] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0XA.27B4555158148P-68, -0X5.2B55801231EC8P-344] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0X1.D68A6BA7E617FP+12, -0X6.36B661DCE2688P-236] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X1.C08152CC09416P+220, -0X7.4CF193131FA64P-192] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [-0X6.F70E0DA4D2BA0P-140, -0X1.7036C237D5B00P-672] = [0XF.FFFFFFFFFFFF8P-4, 0X1.0000000000000P+0];
        exp10 [-0XF.CC937FA330E40P+648, -0X3.A0EE84451C92CP-324] = [0X0.0000000000000P+0, 0X1.0000000000000P+0];
        exp10 [empty] = [empty];
        exp10 [-infinity,0.0] = [0.0,1.0];
        exp10 [0.0,infinity] = [1.0,infinity];
        exp10 [-0.0,infinity] = [1.0,infinity];
        exp10 [-infinity,0X1.34413509F79FFP+8] = [0.0,infinity];
        exp10 [0X1.34413509F79FFP+8,0X1.34413509F79FFP+8] = [0X1.FFFFFFFFFFFFFP+1023,infinity];
        exp10 [0.0,0X1.34413509F79FEP+8] = [1.0,0X1.FFFFFFFFFFBA1P+1023];
        exp10 [-0X1.33A7146F72A42P+8,0X1.34413509F79FEP+8] = [0X0.FFFFFFFFFFFE3P-1022,0X1.FFFFFFFFFFBA1P+1023];
        exp10 [-0X1.22P+7,0X1.34413509F79FEP+8] = [0X1.3FAAC3E3FA1F3P-482,0X1.FFFFFFFFFFBA1P+1023];
        exp10 [-0X1.22P+7,-0.0] = [0X1.3FAAC3E3FA1F3P-482,1.0];
        exp10 [-0X1.22P+7,1.0] = [0X1.3FAAC3E3FA1F3P-482,10.0];
        exp10 [-0X1.A934F0979A372P+1,0X1.CEAECFEA8085AP+0] = [0X1.F3A8254311F9AP-12,0X1.00B18AD5B7D56P+6];
        exp10 [0X1.87F42B972949CP-1,0X1.8B55484710029P+6] = [0X1.75014B7296807P+2,0X1.3EEC1D47DFB2BP+328];
        """;
    // log2: 30 vectors from ITF1788 fi_lib.itl FI_LIB.unary_functions; libieeep1788_elem.itl minimal_log2_test; mpfi.itl mpfi_log2
    private static final String LOG2 = """
        log2 [0XC.4B4A6EB6B3AF0P-264, 0XA.DD2C4C1BE4B30P+92] = [-0X1.04614E93EA794P+8, +0X5.F7104B04804E4P+4];
        log2 [0X2.6213E21B14894P-516, 0X6.6606F0995E5F4P-224] = [-0X2.02BF4547CF74AP+8, -0XD.D527F669B7AA0P+4];
        log2 [0X8.E2ADA8DFBE938P-492, 0X3.67CB3BE0BB146P-452] = [-0X1.E8D93AC78E47CP+8, -0X1.C23B6E9F9BE73P+8];
        log2 [0X6.A000A12839A50P-44, 0X3.86DC59439415AP+276] = [-0X2.945A6DE3564F2P+4, +0X1.15D18004DA527P+8];
        log2 [0X8.41D2DB6D93548P-376, 0X2.EDCF4A7919034P+140] = [-0X1.74F450FB5F194P+8, +0X8.D8CE5C08208D0P+4];
        log2 [0X4.D94E91619D3F0P-580, 0X2.9F6CAF6B5513EP-132] = [-0X2.41B8EC5041B68P+8, -0X8.29BE215800410P+4];
        log2 [0X3.36DE5C55594EEP-100, 0X1.D0460177B1553P+204] = [-0X6.250C3695FCF20P+4, +0XC.CDBDC5938D560P+4];
        log2 [0X4.BD4031736F7A8P+4, 0XF.A10BB3C91C7B0P+592] = [0X6.3EA22BED11920P+0, 0X2.53F7565A6FA4CP+8];
        log2 [0X2.33950F38F830EP-176, 0X5.BE0388619B018P-24] = [-0XA.EDC8C6AE09A00P+4, -0X1.57A778189781EP+4];
        log2 [0X2.D572639DC5FA8P-468, 0X1.95CF42AA171CDP-160] = [-0X1.D27F4D5811EC0P+8, -0X9.F55D8E4A51F88P+4];
        log2 [0X4.DBA1D21D6F308P+144, 0X3.667988C57865AP+196] = [0X9.247C4A0D6A240P+4, 0XC.5C40234316DE0P+4];
        log2 [0XA.0CDE9DC015B08P+360, 0XF.99D84F862AC58P+524] = [0X1.6B54440063A2FP+8, 0X2.0FF6AC0A1DF08P+8];
        log2 [0X7.1761CAB055134P-356, 0X1.92EFD09488689P-76] = [-0X1.612C877FDEFC9P+8, -0X4.B58789B7D2AB8P+4];
        log2 [0X6.2085E427413C8P-252, 0XB.8CDD3B024EA10P-36] = [-0XF.96282D809EDE0P+4, -0X2.0785B9A270C10P+4];
        log2 [0XB.BC7E37EB2D388P-216, 0X1.CFE27BB53DEBBP+192] = [-0XD.47274C2E0B298P+4, +0XC.0DB8D252704A8P+4];
        log2 [0X2.E0C8E64A890ACP+192, 0X2.6A898D2CAA9A4P+260] = [0XC.1866CEA5B0408P+4, 0X1.0545D0C4DA7BAP+8];
        log2 [0XF.C05EA810DFE88P-180, 0XA.05884FBED5F48P-152] = [-0XB.005C8501548A8P+4, -0X9.4ACCA02A24828P+4];
        log2 [-infinity,0.0] = [empty];
        log2 [0.0,1.0] = [-infinity,0.0];
        log2 [-0.0,1.0] = [-infinity,0.0];
        log2 [0.0,infinity] = [entire];
        log2 [entire] = [entire];
        log2 [-0.0,0x1.FFFFFFFFFFFFFp1023] = [-infinity,1024.0];
        log2 [0x0.0000000000001p-1022,0x1.FFFFFFFFFFFFFp1023] = [-1074.0,1024.0];
        log2 [0x0.0000000000001p-1022,2.0] = [-1074.0,1.0];
        log2 [2.0,32.0] = [1.0,5.0];
        log2 [0X1.B333333333333P+0,0X1.C81FD88228B2FP+98] = [0X1.87F42B972949CP-1,0X1.8B55484710029P+6];
        log2 [0.0, +1.0] = [-infinity, 0.0];
        log2 [1.0, 1.0] = [0.0, 0.0];
        log2 [1.0, 0x8ac74d932fae3p-21] = [0.0, 0x1e1ddc27c2c70fp-48];
        """;
    // log10: 30 vectors from ITF1788 fi_lib.itl FI_LIB.unary_functions; libieeep1788_elem.itl minimal_log10_test; mpfi.itl mpfi_log10
    private static final String LOG10 = """
        log10 [0XC.4B4A6EB6B3AF0P-264, 0XA.DD2C4C1BE4B30P+92] = [-0X4.E61D94C4C8D58P+4, +0X1.CBB1247192AE0P+4];
        log10 [0X2.6213E21B14894P-516, 0X6.6606F0995E5F4P-224] = [-0X9.AF44F24283358P+4, -0X4.29FE8451F9E24P+4];
        log10 [0X8.E2ADA8DFBE938P-492, 0X3.67CB3BE0BB146P-452] = [-0X9.32877CA0160B8P+4, -0X8.7888BDDBCE5D0P+4];
        log10 [0X6.A000A12839A50P-44, 0X3.86DC59439415AP+276] = [-0XC.6C93FFEF64F78P+0, +0X5.3A1B471A21FF4P+4];
        log10 [0X8.41D2DB6D93548P-376, 0X2.EDCF4A7919034P+140] = [-0X7.0453C2F061648P+4, +0X2.A9C64A16830FCP+4];
        log10 [0X4.D94E91619D3F0P-580, 0X2.9F6CAF6B5513EP-132] = [-0XA.DE968FD95ABE0P+4, -0X2.7513429684674P+4];
        log10 [0X3.36DE5C55594EEP-100, 0X1.D0460177B1553P+204] = [-0X1.D988D7EBC5AE3P+4, +0X3.DAB2CD7F2625EP+4];
        log10 [0X2.8E258DB3C44F8P+20, 0X3.1A4EDE719A4C0P+628] = [0X6.6D93B54D66420P+0, 0XB.D89E0CA927598P+4];
        log10 [0X3.24F03DF33568CP-560, 0XE.67255823421E8P+920] = [-0XA.8144B5B8F5DD8P+4, +0X1.161B25DAC86ECP+8];
        log10 [0X4.705A028302DB0P-532, 0X2.E57341C14970CP+324] = [-0X9.F802CE339E840P+4, +0X6.1FEDD0FB88D78P+4];
        log10 [0X4.9FA5A1E4DF740P-328, 0X1.11B85141B78F6P-240] = [-0X6.212A6B69124F0P+4, -0X4.837D7868C93BCP+4];
        log10 [0XA.0CDE9DC015B08P+360, 0XF.99D84F862AC58P+524] = [0X6.D5F7B5F14DD48P+4, 0X9.EEED0801EA480P+4];
        log10 [0X7.1761CAB055134P-356, 0X1.92EFD09488689P-76] = [-0X6.A50E2200DFF14P+4, -0X1.6AE688B7C8203P+4];
        log10 [0XB.F5F1C0FA33978P-504, 0X4.924DD8D50B1CCP+72] = [-0X9.6A430336AD680P+4, +0X1.6558F570C1420P+4];
        log10 [0X1.E139DD116F868P-688, 0XD.2545346D68FD0P-148] = [-0XC.ED5A39E5D4878P+4, -0X2.B6F044CDE4A0CP+4];
        log10 [0X5.9C4642ED78BC8P-340, 0X4.631BD2232F0C0P+588] = [-0X6.599E84FEF71BCP+4, +0XB.1A5D77BC55F98P+4];
        log10 [empty] = [empty];
        log10 [-infinity,-0.0] = [empty];
        log10 [-0.0,1.0] = [-infinity,0.0];
        log10 [0.0,infinity] = [entire];
        log10 [entire] = [entire];
        log10 [0.0,0x1.FFFFFFFFFFFFFp1023] = [-infinity,0X1.34413509F79FFP+8];
        log10 [1.0,0x1.FFFFFFFFFFFFFp1023] = [0.0,0X1.34413509F79FFP+8];
        log10 [0x0.0000000000001p-1022,1.0] = [-0x1.434E6420F4374p+8 ,0.0];
        log10 [10.0,100000.0] = [1.0,5.0];
        log10 [0X1.999999999999AP-4,0X1.999999999999AP-4] = [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1];
        log10 [0X1.AEA0000721861P+11,0X1.FCA055555554CP+25] = [0X1.C4C29DD829191P+1,0X1.F4BAEBBA4FA4P+2];
        log10 [0.0, +infinity] = [entire];
        log10 [0x3a2a08c23afe3p-14, 0x1463ceb440d6bdp-14] = [0x159753104a9401p-49, 0x1716c01a04b570p-49];
        log10 [100.0, 0x8ac74d932fae3p-21] = [2.0, 0x1221cc590b9946p-49];
        """;

    @Test
    void decoratedVersionsFollowTheSuitesDecorations() {
        java.util.Map<String, java.util.function.Function<java.util.List<String>, Object>> ops = java.util.Map.of(
                "exp2", a -> ItlVectors.dec(a, 0).exp2(),
                "exp10", a -> ItlVectors.dec(a, 0).exp10(),
                "log2", a -> ItlVectors.dec(a, 0).log2(),
                "log10", a -> ItlVectors.dec(a, 0).log10());
        int[] r = ItlVectors.check(EXP2_DEC + EXP10_DEC + LOG2_DEC + LOG10_DEC, ops, true);
        assertThat(r[0]).isGreaterThan(8);
    }

    // exp2: 2 vectors from ITF1788 libieeep1788_elem.itl minimal_exp2_dec_test
    private static final String EXP2_DEC = """
        exp2 [1024.0,1024.0]_com = [0X1.FFFFFFFFFFFFFP+1023,infinity]_dac;
        exp2 [0X1.87F42B972949CP-1,0X1.8B55484710029P+6]_def = [0X1.B333333333332P+0,0X1.C81FD88228B4FP+98]_def;
        """;
    // exp10: 2 vectors from ITF1788 libieeep1788_elem.itl minimal_exp10_dec_test
    private static final String EXP10_DEC = """
        exp10 [0X1.34413509F79FFP+8,0X1.34413509F79FFP+8]_com = [ 0X1.FFFFFFFFFFFFFP+1023,infinity]_dac;
        exp10 [0X1.87F42B972949CP-1,0X1.8B55484710029P+6]_def = [0X1.75014B7296807P+2,0X1.3EEC1D47DFB2BP+328]_def;
        """;
    // log2: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_log2_dec_test
    private static final String LOG2_DEC = """
        log2 [0x0.0000000000001p-1022,0x1.FFFFFFFFFFFFFp1023]_com = [-1074.0,1024.0]_com;
        log2 [0x0.0000000000001p-1022,infinity]_dac = [-1074.0,infinity]_dac;
        log2 [2.0,32.0]_def = [1.0,5.0]_def;
        log2 [0.0,0x1.FFFFFFFFFFFFFp1023]_com = [-infinity,1024.0]_trv;
        """;
    // log10: 2 vectors from ITF1788 libieeep1788_elem.itl minimal_log10_dec_test
    private static final String LOG10_DEC = """
        log10 [0x0.0000000000001p-1022,0x1.FFFFFFFFFFFFFp1023]_com = [-0x1.434E6420F4374p+8,0X1.34413509F79FFP+8]_com;
        log10 [0.0,0x1.FFFFFFFFFFFFFp1023]_dac = [-infinity,0X1.34413509F79FFP+8]_trv;
        """;
}
