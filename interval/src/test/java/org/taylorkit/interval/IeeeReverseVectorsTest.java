package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.ItlVectors.arg;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * ITF1788 vectors (github oheim/ITF1788, files and testcases named above each block; a spread
 * sample when a block would be long) for the reverse operations. ITL's {@code fooRevBin c x} is
 * our two-argument {@code fooRev(c, x)}, {@code mulRevTen b c x} our three-argument
 * {@code mulRev(b, c, x)}. Containment always; tightness as a fraction.
 */
public class IeeeReverseVectorsTest {

    private static final Map<String, Function<List<String>, Object>> OPS = Map.ofEntries(
            Map.entry("sqrRev", a -> IntervalReverse.sqrRev(arg(a, 0))),
            Map.entry("sqrRevBin", a -> IntervalReverse.sqrRev(arg(a, 0), arg(a, 1))),
            Map.entry("absRev", a -> IntervalReverse.absRev(arg(a, 0))),
            Map.entry("absRevBin", a -> IntervalReverse.absRev(arg(a, 0), arg(a, 1))),
            Map.entry("pownRev", a -> IntervalReverse.pownRev(arg(a, 0), Integer.parseInt(a.get(1)))),
            Map.entry("pownRevBin", a -> IntervalReverse.pownRev(arg(a, 0), arg(a, 1), Integer.parseInt(a.get(2)))),
            Map.entry("sinRev", a -> IntervalTrigReverse.sinRev(arg(a, 0))),
            Map.entry("sinRevBin", a -> IntervalTrigReverse.sinRev(arg(a, 0), arg(a, 1))),
            Map.entry("cosRev", a -> IntervalTrigReverse.cosRev(arg(a, 0))),
            Map.entry("cosRevBin", a -> IntervalTrigReverse.cosRev(arg(a, 0), arg(a, 1))),
            Map.entry("tanRev", a -> IntervalTrigReverse.tanRev(arg(a, 0))),
            Map.entry("tanRevBin", a -> IntervalTrigReverse.tanRev(arg(a, 0), arg(a, 1))),
            Map.entry("coshRev", a -> IntervalReverse.coshRev(arg(a, 0))),
            Map.entry("coshRevBin", a -> IntervalReverse.coshRev(arg(a, 0), arg(a, 1))),
            Map.entry("mulRev", a -> IntervalReverse.mulRev(arg(a, 0), arg(a, 1))),
            Map.entry("mulRevTen", a -> IntervalReverse.mulRev(arg(a, 0), arg(a, 1), arg(a, 2))),
            Map.entry("mulRevToPair", a -> IntervalReverse.mulRevToPair(arg(a, 0), arg(a, 1))));

    @Test
    void exactReverseOperationsAreTightest() {
        int[] r = ItlVectors.check(SQRREV + SQRREVBIN + ABSREV + ABSREVBIN + MULREV + MULREVTEN + MULREVTOPAIR, OPS, true);
        assertThat(r[0]).isEqualTo(186);
    }

    @Test
    void transcendentalReverseOperationsContainTheSuiteResults() {
        int[] r = ItlVectors.check(POWNREV + POWNREVBIN + SINREV + SINREVBIN + COSREV + COSREVBIN + TANREV + TANREVBIN
                + COSHREV + COSHREVBIN, OPS, false);
        assertThat(r[0]).isEqualTo(175);
        assertThat(r[1]).as("tight lines of %d", r[0]).isGreaterThanOrEqualTo(174);
    }

    // sqrRev: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_test
    public static final String SQRREV = """
        sqrRev [empty] = [empty];
        sqrRev [-10.0,-1.0] = [empty];
        sqrRev [0.0,infinity] = [entire];
        sqrRev [0.0,1.0] = [-1.0,1.0];
        sqrRev [-0.5,1.0] = [-1.0,1.0];
        sqrRev [-1000.0,1.0] = [-1.0,1.0];
        sqrRev [0.0,25.0] = [-5.0,5.0];
        sqrRev [-1.0,25.0] = [-5.0,5.0];
        sqrRev [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7] = [-0X1.999999999999BP-4,0X1.999999999999BP-4];
        sqrRev [0.0,0X1.FFFFFFFFFFFE1P+1] = [-0x1.ffffffffffff1p+0,0x1.ffffffffffff1p+0];
        """;
    // sqrRevBin: 11 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_bin_test
    public static final String SQRREVBIN = """
        sqrRevBin [empty] [-5.0,1.0] = [empty];
        sqrRevBin [-10.0,-1.0] [-5.0,1.0] = [empty];
        sqrRevBin [0.0,infinity] [-5.0,1.0] = [-5.0,1.0];
        sqrRevBin [0.0,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [-0.5,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [-1000.0,1.0] [-0.1,1.0] = [-0.1,1.0];
        sqrRevBin [0.0,25.0] [-4.1,6.0] = [-4.1,5.0];
        sqrRevBin [-1.0,25.0] [-4.1,7.0] = [-4.1,5.0];
        sqrRevBin [1.0,25.0] [0.0,7.0] = [1.0,5.0];
        sqrRevBin [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7] [-0.1,infinity] = [-0.1,0X1.999999999999BP-4];
        sqrRevBin [0.0,0X1.FFFFFFFFFFFE1P+1] [-0.1,infinity] = [-0.1,0x1.ffffffffffff1p+0];
        """;
    // absRev: 9 vectors from ITF1788 libieeep1788_rev.itl minimal_abs_rev_test
    public static final String ABSREV = """
        absRev [empty] = [empty];
        absRev [-1.1,-0.4] = [empty];
        absRev [0.0,infinity] = [entire];
        absRev [1.1,2.1] = [-2.1,2.1];
        absRev [-1.1,2.0] = [-2.0,2.0];
        absRev [-1.1,0.0] = [0.0,0.0];
        absRev [-1.9,0.2] = [-0.2,0.2];
        absRev [0.0,0.2] = [-0.2,0.2];
        absRev [-1.5,infinity] = [entire];
        """;
    // absRevBin: 31 vectors from ITF1788 abs_rev.itl minimal.absRevBin_test; libieeep1788_rev.itl minimal_abs_rev_bin_test
    public static final String ABSREVBIN = """
        absRevBin [empty] [entire] = [empty];
        absRevBin [0.0, 1.0] [empty] = [empty];
        absRevBin [0.0, 1.0] [7.0, 9.0] = [empty];
        absRevBin [empty] [0.0, 1.0] = [empty];
        absRevBin [-2.0, -1.0] [entire] = [empty];
        absRevBin [1.0, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [0.0, 0.0] [entire] = [0.0, 0.0];
        absRevBin [-1.0, -1.0] [entire] = [empty];
        absRevBin [0x1.FFFFFFFFFFFFFp1023, 0x1.FFFFFFFFFFFFFp1023] [entire] = [-0x1.FFFFFFFFFFFFFp1023, 0x1.FFFFFFFFFFFFFp1023];
        absRevBin [0x1p-1022, 0x1p-1022] [entire] = [-0x1p-1022, 0x1p-1022];
        absRevBin [-0x1p-1022, -0x1p-1022] [entire] = [empty];
        absRevBin [-0x1.FFFFFFFFFFFFFp1023, -0x1.FFFFFFFFFFFFFp1023] [entire] = [empty];
        absRevBin [1.0, 2.0] [entire] = [-2.0, 2.0];
        absRevBin [1.0, 2.0] [0.0, 2.0] = [1.0, 2.0];
        absRevBin [0.0, 1.0] [-0.5, 2.0] = [-0.5, 1.0];
        absRevBin [-1.0, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [-1.0, 0.0] [entire] = [0.0, 0.0];
        absRevBin [0.0, infinity] [entire] = [entire];
        absRevBin [entire] [entire] = [entire];
        absRevBin [-infinity, 0.0] [entire] = [0.0, 0.0];
        absRevBin [1.0, infinity] [-infinity, 0.0] = [-infinity, -1.0];
        absRevBin [-1.0, infinity] [entire] = [entire];
        absRevBin [-infinity, -1.0] [entire] = [empty];
        absRevBin [-infinity, 1.0] [entire] = [-1.0, 1.0];
        absRevBin [empty] [-1.1,5.0] = [empty];
        absRevBin [-1.1,-0.4] [-1.1,5.0] = [empty];
        absRevBin [0.0,infinity] [-1.1,5.0] = [-1.1,5.0];
        absRevBin [1.1,2.1] [-1.0,5.0] = [1.1,2.1];
        absRevBin [-1.1,2.0] [-1.1,5.0] = [-1.1,2.0];
        absRevBin [-1.1,0.0] [-1.1,5.0] = [0.0,0.0];
        absRevBin [-1.9,0.2] [-1.1,5.0] = [-0.2,0.2];
        """;
    // pownRev: 60 vectors from ITF1788 libieeep1788_rev.itl minimal_pown_rev_test
    public static final String POWNREV = """
        pownRev [empty] 0 = [empty];
        pownRev [-1.0,5.0] 0 = [entire];
        pownRev [-1.0,-0.0] 0 = [empty];
        pownRev [entire] 1 = [entire];
        pownRev [-0.0,-0.0] 1 = [0.0,0.0];
        pownRev [-7451.145,-7451.145] 1 = [-7451.145,-7451.145];
        pownRev [0.0,infinity] 1 = [0.0,infinity];
        pownRev [-infinity,0.0] 1 = [-infinity,0.0];
        pownRev [0.01,2.33] 1 = [0.01,2.33];
        pownRev [empty] 2 = [empty];
        pownRev [0.0,infinity] 2 = [entire];
        pownRev [-0.0,-0.0] 2 = [0.0,0.0];
        pownRev [0X1.A794A4E7CFAADP+25,0X1.A794A4E7CFAAEP+25] 2 = [-0x1.d1b251eb851edp+12,0x1.d1b251eb851edp+12];
        pownRev [0.0,0X1.9AD27D70A3D72P+16] 2 = [-0x1.444cccccccccep+8,0x1.444cccccccccep+8];
        pownRev [0X1.BE0DED288CE7P-4,0X1.CE147AE147AE1P+1] 2 = [-0x1.e666666666667p+0,0x1.e666666666667p+0];
        pownRev [entire] 8 = [entire];
        pownRev [0.0,0.0] 8 = [0.0,0.0];
        pownRev [0X1.9D8FD495853F5P+29,0X1.9D8FD495853F6P+29] 8 = [-0x1.a333333333334p+3,0x1.a333333333334p+3];
        pownRev [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023] 8 = [-0x1p+128,0x1p+128];
        pownRev [0X1.CD2B297D889BDP-54,0X1.B253D9F33CE4DP+9] 8 = [-0x1.2a3d70a3d70a5p+1,0x1.2a3d70a3d70a5p+1];
        pownRev [empty] 3 = [empty];
        pownRev [-0.0,-0.0] 3 = [0.0,0.0];
        pownRev [-0X1.81460637B9A3DP+38,-0X1.81460637B9A3CP+38] 3 = [-0x1.d1b251eb851edp+12,-0x1.d1b251eb851ebp+12];
        pownRev [-0x1.FFFFFFFFFFFFFp1023,-0x1.FFFFFFFFFFFFFp1023] 3 = [-0x1.428a2f98d728bp+341, -0x1.428a2f98d728ap+341];
        pownRev [-infinity,0.0] 3 = [-infinity,0.0];
        pownRev [-0X1.0436D2F418938P+25,0X1.F4P+3] 3 = [-0x1.444cccccccccep+8,0x1.4p+1];
        pownRev [-0X1.B6F9DB22D0E55P+2,-0X1.266559F6EC5B1P-5] 3 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2];
        pownRev [0.0,0.0] 7 = [0.0,0.0];
        pownRev [0X1.F91D1B185493BP+25,0X1.F91D1B185493CP+25] 7 = [0x1.a333333333332p+3,0x1.a333333333334p+3];
        pownRev [-0x1.FFFFFFFFFFFFFp1023,-0x1.FFFFFFFFFFFFFp1023] 7 = [-0x1.381147622f887p+146,-0x1.381147622f886p+146];
        pownRev [-0.0,infinity] 7 = [0.0,infinity];
        pownRev [-infinity,-0.0] 7 = [-infinity,0.0];
        pownRev [-0X1.658C775099757P+6,-0X1.BEE30301BF47AP-12] 7 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2];
        pownRev [0.0,infinity] -2 = [entire];
        pownRev [-0.0,-0.0] -2 = [empty];
        pownRev [-10.0,-0.0] -2 = [empty];
        pownRev [0X1.3570290CD6E14P-26,0X1.3570290CD6E15P-26] -2 = [-0x1.d1b251eb851edp+12,0x1.d1b251eb851edp+12];
        pownRev [0X1.793D85EF38E47P-3,0X1.388P+13] -2 = [-0x1.2a3d70a3d70a5p+1,0x1.2a3d70a3d70a5p+1];
        pownRev [empty] -8 = [empty];
        pownRev [-0.0,infinity] -8 = [entire];
        pownRev [0X1.3CEF39247CA6DP-30,0X1.3CEF39247CA6EP-30] -8 = [-0x1.a333333333334p+3,0x1.a333333333334p+3];
        pownRev [0X0P+0,0X0.0000000000001P-1022] -8 = [entire];
        pownRev [0X1.81E104E61630DP-8,0X1.BC64F21560E34P+12] -8 = [-0x1.e666666666667p+0,0x1.e666666666667p+0];
        pownRev [entire] -1 = [entire];
        pownRev [-0.0,-0.0] -1 = [empty];
        pownRev [0X0.4P-1022,0X0.4000000000001P-1022] -1 = [0x1.ffffffffffff8p+1023,infinity];
        pownRev [0.0,infinity] -1 = [0.0,infinity];
        pownRev [-infinity,-0.0] -1 = [-infinity,0.0];
        pownRev [-0X1.83E0F83E0F83EP+1,-0X1.0D79435E50D79P-1] -1 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2];
        pownRev [entire] -3 = [entire];
        pownRev [0X1.D26DF4D8B1831P-12,0X1.D26DF4D8B1832P-12] -3 = [0x1.a333333333332p+3,0x1.a333333333334p+3];
        pownRev [0X0P+0,0X0.0000000000001P-1022] -3 = [0x1p+358,infinity];
        pownRev [0.0,infinity] -3 = [0.0,infinity];
        pownRev [-infinity,-0.0] -3 = [-infinity,0.0];
        pownRev [-0X1.BD393CE9E8E7CP+4,-0X1.2A95F6F7C066CP-3] -3 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2];
        pownRev [0.0,0.0] -7 = [empty];
        pownRev [0X1.037D76C912DBCP-26,0X1.037D76C912DBDP-26] -7 = [0x1.a333333333332p+3,0x1.a333333333334p+3];
        pownRev [0X0P+0,0X0.0000000000001P-1022] -7 = [0x1.588cea3f093bcp+153,infinity];
        pownRev [-0.0,infinity] -7 = [0.0,infinity];
        pownRev [-infinity,-0.0] -7 = [-infinity,0.0];
        """;
    // pownRevBin: 37 vectors from ITF1788 libieeep1788_rev.itl minimal_pown_rev_bin_test
    public static final String POWNREVBIN = """
        pownRevBin [empty] [1.0,1.0] 0 = [empty];
        pownRevBin [1.0,1.0] [1.0,1.0] 0 = [1.0,1.0];
        pownRevBin [-1.0,5.0] [-51.0,12.0] 0 = [-51.0,12.0];
        pownRevBin [-1.0,0.0] [5.0,10.0] 0 = [empty];
        pownRevBin [-1.0,-0.0] [-1.0,1.0] 0 = [empty];
        pownRevBin [1.1,10.0] [1.0,41.0] 0 = [empty];
        pownRevBin [empty] [0.0,100.1] 1 = [empty];
        pownRevBin [entire] [-5.1,10.0] 1 = [-5.1,10.0];
        pownRevBin [0.0,0.0] [-10.0,5.1] 1 = [0.0,0.0];
        pownRevBin [-0.0,-0.0] [1.0,5.0] 1 = [empty];
        pownRevBin [empty] [5.0,17.1] 2 = [empty];
        pownRevBin [-5.0,-1.0] [5.0,17.1] 2 = [empty];
        pownRevBin [0.0,infinity] [5.6,27.544] 2 = [5.6,27.544];
        pownRevBin [0.0,0.0] [1.0,2.0] 2 = [empty];
        pownRevBin [0X1.A36E2EB1C432CP-14,0X1.5B7318FC50482P+2] [1.0,infinity] 2 = [1.0,0x1.2a3d70a3d70a5p+1];
        pownRevBin [0X1.BE0DED288CE7P-4,0X1.CE147AE147AE1P+1] [-infinity,-1.0] 2 = [-0x1.e666666666667p+0,-1.0];
        pownRevBin [empty] [-23.0,-1.0] 3 = [empty];
        pownRevBin [entire] [-23.0,-1.0] 3 = [-23.0,-1.0];
        pownRevBin [0.0,0.0] [1.0,2.0] 3 = [empty];
        pownRevBin [0X1.0C6F7A0B5ED8DP-20,0X1.94C75E6362A6P+3] [1.0,infinity] 3 = [1.0,0x1.2a3d70a3d70a5p+1];
        pownRevBin [-0X1.B6F9DB22D0E55P+2,-0X1.266559F6EC5B1P-5] [-infinity,-1.0] 3 = [-0x1.e666666666667p+0,-1.0];
        pownRevBin [empty] [-3.0,17.3] -2 = [empty];
        pownRevBin [0.0,infinity] [-5.1,-0.1] -2 = [-5.1,-0.1];
        pownRevBin [0.0,0.0] [27.2,55.1] -2 = [empty];
        pownRevBin [0X1.3F0C482C977C9P-17,infinity] [-infinity,-0x1.FFFFFFFFFFFFFp1023] -2 = [empty];
        pownRevBin [0X1.793D85EF38E47P-3,0X1.388P+13] [1.0,infinity] -2 = [1.0,0x1.2a3d70a3d70a5p+1];
        pownRevBin [0X1.1BA81104F6C8P-2,0X1.25D8FA1F801E1P+3] [-infinity,-1.0] -2 = [-0x1.e666666666667p+0,-1.0];
        pownRevBin [empty] [-5.1,55.5] -1 = [empty];
        pownRevBin [entire] [-5.1,55.5] -1 = [-5.1,55.5];
        pownRevBin [0.0,0.0] [-5.1,55.5] -1 = [empty];
        pownRevBin [-infinity,-0.0] [-1.0,1.0] -1 = [-1.0,0.0];
        pownRevBin [0X1.B77C278DBBE13P-2,0X1.9P+6] [-1.0,0.0] -1 = [empty];
        pownRevBin [empty] [-5.1,55.5] -3 = [empty];
        pownRevBin [entire] [-5.1,55.5] -3 = [-5.1,55.5];
        pownRevBin [0.0,0.0] [-5.1,55.5] -3 = [empty];
        pownRevBin [-infinity,0.0] [5.1,55.5] -3 = [empty];
        pownRevBin [-infinity,-0.0] [-32.0,1.1] -3 = [-32.0,0.0];
        """;
    // sinRev: 6 vectors from ITF1788 libieeep1788_rev.itl minimal_sin_rev_test
    public static final String SINREV = """
        sinRev [empty] = [empty];
        sinRev [-2.0,-1.1] = [empty];
        sinRev [1.1, 2.0] = [empty];
        sinRev [-1.0,1.0] = [entire];
        sinRev [0.0,0.0] = [entire];
        sinRev [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] = [entire];
        """;
    // sinRevBin: 20 vectors from ITF1788 libieeep1788_rev.itl minimal_sin_rev_bin_test
    public static final String SINREVBIN = """
        sinRevBin [empty] [-1.2,12.1] = [empty];
        sinRevBin [-2.0,-1.1] [-5.0, 5.0] = [empty];
        sinRevBin [1.1, 2.0] [-5.0, 5.0] = [empty];
        sinRevBin [-1.0,1.0] [-1.2,12.1] = [-1.2,12.1];
        sinRevBin [0.0,0.0] [-1.0,1.0] = [0.0,0.0];
        sinRevBin [-0.0,-0.0] [2.0,2.5] = [empty];
        sinRevBin [-0.0,-0.0] [3.0,3.5] = [0x1.921fb54442d18p+1,0x1.921fb54442d19p+1];
        sinRevBin [0X1.FFFFFFFFFFFFFP-1,0X1P+0] [1.57,1.58 ] = [0x1.921fb50442d18p+0,0x1.921fb58442d1ap+0];
        sinRevBin [0.0,0X1P+0] [-0.1,1.58] = [0.0,1.58];
        sinRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] [3.14,3.15] = [0X1.921FB54442D17P+1,0X1.921FB54442D19P+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,-0X1.72CECE675D1FCP-52] [3.14,3.15] = [0X1.921FB54442D18P+1,0X1.921FB54442D1aP+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,0X1.1A62633145C07P-53] [3.14,3.15] = [0X1.921FB54442D17P+1,0X1.921FB54442D1aP+1];
        sinRevBin [0.0,1.0] [-0.1,3.15] = [0.0,0X1.921FB54442D19P+1];
        sinRevBin [0.0,1.0] [-0.1,3.15] = [-0.0,0X1.921FB54442D19P+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,1.0] [-0.1,3.15] = [-0x1.72cece675d1fep-52,0X1.921FB54442D1aP+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,1.0] [0.0,3.15] = [0.0,0X1.921FB54442D1aP+1];
        sinRevBin [0X1.1A62633145C06P-53,0X1P+0] [3.14,3.15] = [3.14,0X1.921FB54442D19P+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,0X1P+0] [1.57,3.15] = [1.57,0X1.921FB54442D1AP+1];
        sinRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] [-infinity,3.15] = [-infinity,0X1.921FB54442D19P+1];
        sinRevBin [-0X1.72CECE675D1FDP-52,-0X1.72CECE675D1FCP-52] [3.14,infinity] = [0X1.921FB54442D18P+1,infinity];
        """;
    // cosRev: 6 vectors from ITF1788 libieeep1788_rev.itl minimal_cos_rev_test
    public static final String COSREV = """
        cosRev [empty] = [empty];
        cosRev [-2.0,-1.1] = [empty];
        cosRev [1.1, 2.0] = [empty];
        cosRev [-1.0,1.0] = [entire];
        cosRev [0.0,0.0] = [entire];
        cosRev [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] = [entire];
        """;
    // cosRevBin: 21 vectors from ITF1788 libieeep1788_rev.itl minimal_cos_rev_bin_test
    public static final String COSREVBIN = """
        cosRevBin [empty] [-1.2,12.1] = [empty];
        cosRevBin [-2.0,-1.1] [-5.0, 5.0] = [empty];
        cosRevBin [1.1, 2.0] [-5.0, 5.0] = [empty];
        cosRevBin [-1.0,1.0] [-1.2,12.1] = [-1.2,12.1];
        cosRevBin [1.0,1.0] [-0.1,0.1] = [0.0,0.0];
        cosRevBin [-1.0,-1.0] [3.14,3.15] = [0x1.921fb54442d18p+1,0x1.921fb54442d1ap+1];
        cosRevBin [0X1.1A62633145C06P-54,0X1.1A62633145C07P-54] [1.57,1.58] = [0X1.921FB54442D17P+0,0X1.921FB54442D19P+0];
        cosRevBin [-0X1.72CECE675D1FDP-53,-0X1.72CECE675D1FCP-53] [1.57,1.58] = [0X1.921FB54442D18P+0,0X1.921FB54442D1AP+0];
        cosRevBin [-0X1.72CECE675D1FDP-53,0X1.1A62633145C07P-54] [1.57,1.58] = [0X1.921FB54442D17P+0,0X1.921FB54442D1aP+0];
        cosRevBin [0X1.1A62633145C06P-54,1.0] [-2.0,2.0] = [-0X1.921FB54442D19P+0, 0X1.921FB54442D19P+0];
        cosRevBin [0X1.1A62633145C06P-54,1.0] [0.0,2.0] = [0.0,0X1.921FB54442D19P+0];
        cosRevBin [-0X1.72CECE675D1FDP-53,1.0] [-0.1,1.5708] = [-0.1,0X1.921FB54442D1aP+0];
        cosRevBin [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1] [3.14,3.15] = [0x1.921fb52442d18p+1,0x1.921fb56442d1ap+1];
        cosRevBin [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1] [-3.15,-3.14] = [-0x1.921fb56442d1ap+1,-0x1.921fb52442d18p+1];
        cosRevBin [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1] [9.42,9.45] = [0x1.2d97c7eb321d2p+3,0x1.2d97c7fb321d3p+3];
        cosRevBin [0X1.87996529F9D92P-1,1.0] [-1.0,0.1] = [-0x1.6666666666667p-1,0.1];
        cosRevBin [-0X1.AA22657537205P-2,0X1.14A280FB5068CP-1] [0.0,2.1] = [0x1.fffffffffffffp-1,0x1.0000000000001p+1];
        cosRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] [-infinity,1.58] = [-infinity,0X1.921FB54442D18P+0];
        cosRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] [-infinity,1.5] = [-infinity,-0X1.921FB54442D17P+0];
        cosRevBin [-0X1.72CECE675D1FDP-52,-0X1.72CECE675D1FCP-52] [-1.58,infinity] = [-0x1.921fb54442d1ap+0,infinity];
        cosRevBin [-0X1.72CECE675D1FDP-52,-0X1.72CECE675D1FCP-52] [-1.5,infinity] = [0x1.921fb54442d19p+0,infinity];
        """;
    // tanRev: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_tan_rev_test
    public static final String TANREV = """
        tanRev [empty] = [empty];
        tanRev [-1.0,1.0] = [entire];
        tanRev [-156.0,-12.0] = [entire];
        tanRev [0.0,0.0] = [entire];
        tanRev [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53] = [entire];
        """;
    // tanRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_tan_rev_bin_test
    public static final String TANREVBIN = """
        tanRevBin [empty] [-1.5708,1.5708] = [empty];
        tanRevBin [entire] [-1.5708,1.5708] = [-1.5708,1.5708];
        tanRevBin [0.0,0.0] [-1.5708,1.5708] = [0.0,0.0];
        tanRevBin [0X1.D02967C31CDB4P+53,0X1.D02967C31CDB5P+53] [-1.5708,1.5708] = [-0x1.921fb54442d1bp+0,0x1.921fb54442d19p+0];
        tanRevBin [-0X1.1A62633145C07P-53,-0X1.1A62633145C06P-53] [3.14,3.15] = [0X1.921FB54442D17P+1,0X1.921FB54442D19P+1];
        tanRevBin [0X1.72CECE675D1FCP-52,0X1.72CECE675D1FDP-52] [-3.15,3.15] = [-0X1.921FB54442D19P+1,0X1.921FB54442D1aP+1];
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53] [-infinity,1.5707965] = [-infinity, +0x1.921FB82C2BD7Fp0];
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53] [-1.5707965,infinity] = [-0x1.921FB82C2BD7Fp0, +infinity];
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53] [-1.5707965,1.5707965] = [-0x1.921FB82C2BD7Fp0, +0x1.921FB82C2BD7Fp0];
        tanRevBin [-0X1.D02967C31CDB5P+53,0X1.D02967C31CDB5P+53] [-1.5707965,1.5707965] = [-1.5707965,1.5707965];
        """;
    // coshRev: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_cosh_rev_test
    public static final String COSHREV = """
        coshRev [empty] = [empty];
        coshRev [1.0,infinity] = [entire];
        coshRev [0.0,infinity] = [entire];
        coshRev [1.0,1.0] = [0.0,0.0];
        coshRev [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432] = [-0X1.2C903022DD7ABP+8,0X1.2C903022DD7ABP+8];
        """;
    // coshRevBin: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_cosh_rev_bin_test
    public static final String COSHREVBIN = """
        coshRevBin [empty] [0.0,infinity] = [empty];
        coshRevBin [1.0,infinity] [0.0,infinity] = [0.0,infinity];
        coshRevBin [0.0,infinity] [1.0,2.0] = [1.0,2.0];
        coshRevBin [1.0,1.0] [1.0,infinity] = [empty];
        coshRevBin [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432] [-infinity,0.0] = [-0X1.2C903022DD7ABP+8,-0x1.fffffffffffffp-1];
        """;
    // mulRev: 60 vectors from ITF1788 libieeep1788_rev.itl minimal_mul_rev_test
    public static final String MULREV = """
        mulRev [empty] [1.0, 2.0] = [empty];
        mulRev [empty] [empty] = [empty];
        mulRev [-2.0, 1.1] [-2.1, -0.4]  = [entire];
        mulRev [0.0, 0.0] [-2.1, -0.4] = [empty];
        mulRev [-infinity, 1.1] [-2.1, -0.4]  = [entire];
        mulRev [0.01, infinity] [-2.1, -0.4]  = [-0X1.A400000000001P+7, 0.0];
        mulRev [-2.0, 0.0] [-2.1, 0.0]  = [entire];
        mulRev [0.01, 1.1] [-2.1, 0.0]  = [-0X1.A400000000001P+7, 0.0];
        mulRev [-infinity, -0.1] [-2.1, 0.0]  = [0.0, 0X1.5P+4];
        mulRev [-2.0, infinity] [-2.1, 0.0]  = [entire];
        mulRev [entire] [-2.1, 0.0]  = [entire];
        mulRev [-2.0, 1.1] [-2.1, 0.12]  = [entire];
        mulRev [0.0, 0.0] [-2.1, 0.12]  = [entire];
        mulRev [-infinity, 1.1] [-2.1, 0.12]  = [entire];
        mulRev [0.01, infinity] [-2.1, 0.12]  = [-0X1.A400000000001P+7 , 0X1.8P+3];
        mulRev [-2.0, 0.0] [0.0, 0.12]  = [entire];
        mulRev [0.0, 1.1] [0.0, 0.12]  = [entire];
        mulRev [-infinity, -0.1] [0.0, 0.12]  = [-0X1.3333333333333P+0, 0.0];
        mulRev [-2.0, infinity] [0.0, 0.12]  = [entire];
        mulRev [entire] [0.0, 0.12]  = [entire];
        mulRev [-2.0, 1.1] [0.01, 0.12]  = [entire];
        mulRev [0.0, 0.0] [0.01, 0.12] = [empty];
        mulRev [-infinity, 1.1] [0.01, 0.12]  = [entire];
        mulRev [0.0, infinity] [0.01, 0.12]  = [0.0, infinity];
        mulRev [-2.0, -0.1] [0.0, 0.0]  = [0.0, 0.0];
        mulRev [0.0, 1.1] [0.0, 0.0]  = [entire];
        mulRev [-infinity, -0.1] [0.0, 0.0]  = [0.0, 0.0];
        mulRev [-2.0, infinity] [0.0, 0.0]  = [entire];
        mulRev [entire] [0.0, 0.0]  = [entire];
        mulRev [-2.0, 1.1] [-infinity, -0.1]  = [entire];
        mulRev [0.0, 0.0] [-infinity, -0.1] = [empty];
        mulRev [-infinity, 0.0] [-infinity, -0.1]  = [0.0, infinity];
        mulRev [0.0, infinity] [-infinity, -0.1]  = [-infinity, 0.0];
        mulRev [-2.0, -0.1] [-infinity, 0.0]  = [0.0, infinity];
        mulRev [0.0, 1.1] [-infinity, 0.0]  = [entire];
        mulRev [-infinity, -0.1] [-infinity, 0.0]  = [0.0, infinity];
        mulRev [-2.0, infinity] [-infinity, 0.0]  = [entire];
        mulRev [entire] [-infinity, 0.0]  = [entire];
        mulRev [-2.0, 0.0] [-infinity, 0.3]  = [entire];
        mulRev [0.01, 1.1] [-infinity, 0.3]  = [-infinity, 0X1.EP+4];
        mulRev [-infinity, 0.0] [-infinity, 0.3]  = [entire];
        mulRev [0.0, infinity] [-infinity, 0.3]  = [entire];
        mulRev [-2.0, -0.1] [-0.21, infinity]  = [-infinity , 0X1.0CCCCCCCCCCCDP+1];
        mulRev [0.0, 1.1] [-0.21, infinity]  = [entire];
        mulRev [-infinity, -0.1] [-0.21, infinity]  = [-infinity, 0X1.0CCCCCCCCCCCDP+1];
        mulRev [-2.0, infinity] [-0.21, infinity]  = [entire];
        mulRev [0.01, infinity] [-0.21, infinity]  = [-0X1.5P+4, infinity];
        mulRev [-2.0, 0.0] [0.0, infinity]  = [entire];
        mulRev [0.01, 1.1] [0.0, infinity]  = [0.0, infinity];
        mulRev [-infinity, 0.0] [0.0, infinity]  = [entire];
        mulRev [0.0, infinity] [0.0, infinity]  = [entire];
        mulRev [-2.0, -0.1] [0.04, infinity]  = [-infinity, -0X1.47AE147AE147BP-6];
        mulRev [0.0, 1.1] [0.04, infinity]  = [0X1.29E4129E4129DP-5, infinity];
        mulRev [0.0, 0.0] [0.04, infinity] = [empty];
        mulRev [-infinity, 1.1] [0.04, infinity]  = [entire];
        mulRev [0.01, infinity] [0.04, infinity]  = [0.0, infinity];
        mulRev [-2.0, 0.0] [entire]  = [entire];
        mulRev [0.01, 1.1] [entire]  = [entire];
        mulRev [-infinity, 0.0] [entire]  = [entire];
        mulRev [0.0, infinity] [entire]  = [entire];
        """;
    // mulRevTen: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_mul_rev_ten_test
    public static final String MULREVTEN = """
        mulRevTen [-2.0, -0.1] [-2.1, -0.4] [-2.1, -0.4]  = [empty];
        mulRevTen [-2.0, 1.1] [-2.1, -0.4] [-2.1, -0.4]  = [-2.1, -0.4];
        mulRevTen [0.01, 1.1] [-2.1, 0.0] [-2.1, 0.0]  = [-2.1,0.0];
        mulRevTen [-infinity, -0.1] [0.0, 0.12] [0.0, 0.12] = [0.0, 0.0];
        mulRevTen [-2.0, 1.1] [0.04, infinity] [0.04, infinity]  = [0.04, infinity];
        """;
    // mulRevToPair: 60 vectors from ITF1788 libieeep1788_mul_rev.itl minimal_mulRevToPair_test
    public static final String MULREVTOPAIR = """
        mulRevToPair [empty] [1.0, 2.0] = [empty] [empty];
        mulRevToPair [empty] [empty] = [empty] [empty];
        mulRevToPair [-2.0, 1.1] [-2.1, -0.4] = [-infinity, -0X1.745D1745D1745P-2] [0X1.999999999999AP-3, infinity];
        mulRevToPair [0.0, 0.0] [-2.1, -0.4] = [empty] [empty];
        mulRevToPair [-infinity, 1.1] [-2.1, -0.4] = [-infinity, -0X1.745D1745D1745P-2] [0.0, infinity];
        mulRevToPair [0.01, infinity] [-2.1, -0.4] = [-0X1.A400000000001P+7, 0.0] [empty];
        mulRevToPair [-2.0, 0.0] [-2.1, 0.0] = [entire] [empty];
        mulRevToPair [0.01, 1.1] [-2.1, 0.0] = [-0X1.A400000000001P+7, 0.0] [empty];
        mulRevToPair [-infinity, -0.1] [-2.1, 0.0] = [0.0, 0X1.5P+4] [empty];
        mulRevToPair [-2.0, infinity] [-2.1, 0.0] = [entire] [empty];
        mulRevToPair [entire] [-2.1, 0.0] = [entire] [empty];
        mulRevToPair [-2.0, 1.1] [-2.1, 0.12] = [entire] [empty];
        mulRevToPair [0.0, 0.0] [-2.1, 0.12] = [entire] [empty];
        mulRevToPair [-infinity, 1.1] [-2.1, 0.12] = [entire] [empty];
        mulRevToPair [0.01, infinity] [-2.1, 0.12] = [-0X1.A400000000001P+7 , 0X1.8P+3] [empty];
        mulRevToPair [-2.0, 0.0] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [0.0, 1.1] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [-infinity, -0.1] [0.0, 0.12] = [-0X1.3333333333333P+0, 0.0] [empty];
        mulRevToPair [-2.0, infinity] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [entire] [0.0, 0.12] = [entire] [empty];
        mulRevToPair [-2.0, 1.1] [0.01, 0.12] = [-infinity, -0X1.47AE147AE147BP-8] [0X1.29E4129E4129DP-7, infinity];
        mulRevToPair [0.0, 0.0] [0.01, 0.12] = [empty] [empty];
        mulRevToPair [-infinity, 1.1] [0.01, 0.12] = [-infinity, 0.0] [0X1.29E4129E4129DP-7, infinity];
        mulRevToPair [0.0, infinity] [0.01, 0.12] = [0.0, infinity] [empty];
        mulRevToPair [-2.0, -0.1] [0.0, 0.0] = [0.0, 0.0] [empty];
        mulRevToPair [0.0, 1.1] [0.0, 0.0] = [entire] [empty];
        mulRevToPair [-infinity, -0.1] [0.0, 0.0] = [0.0, 0.0] [empty];
        mulRevToPair [-2.0, infinity] [0.0, 0.0] = [entire] [empty];
        mulRevToPair [entire] [0.0, 0.0] = [entire] [empty];
        mulRevToPair [-2.0, 1.1] [-infinity, -0.1] = [-infinity , -0X1.745D1745D1745P-4] [0X1.999999999999AP-5 , infinity];
        mulRevToPair [0.0, 0.0] [-infinity, -0.1] = [empty] [empty];
        mulRevToPair [-infinity, 0.0] [-infinity, -0.1] = [0.0, infinity] [empty];
        mulRevToPair [0.0, infinity] [-infinity, -0.1] = [-infinity, 0.0] [empty];
        mulRevToPair [-2.0, -0.1] [-infinity, 0.0] = [0.0, infinity] [empty];
        mulRevToPair [0.0, 1.1] [-infinity, 0.0] = [entire] [empty];
        mulRevToPair [-infinity, -0.1] [-infinity, 0.0] = [0.0, infinity] [empty];
        mulRevToPair [-2.0, infinity] [-infinity, 0.0] = [entire] [empty];
        mulRevToPair [entire] [-infinity, 0.0] = [entire] [empty];
        mulRevToPair [-2.0, 0.0] [-infinity, 0.3] = [entire] [empty];
        mulRevToPair [0.01, 1.1] [-infinity, 0.3] = [-infinity, 0X1.EP+4] [empty];
        mulRevToPair [-infinity, 0.0] [-infinity, 0.3] = [entire] [empty];
        mulRevToPair [0.0, infinity] [-infinity, 0.3] = [entire] [empty];
        mulRevToPair [-2.0, -0.1] [-0.21, infinity] = [-infinity , 0X1.0CCCCCCCCCCCDP+1] [empty];
        mulRevToPair [0.0, 1.1] [-0.21, infinity] = [entire] [empty];
        mulRevToPair [-infinity, -0.1] [-0.21, infinity] = [-infinity, 0X1.0CCCCCCCCCCCDP+1] [empty];
        mulRevToPair [-2.0, infinity] [-0.21, infinity] = [entire] [empty];
        mulRevToPair [0.01, infinity] [-0.21, infinity] = [-0X1.5P+4, infinity] [empty];
        mulRevToPair [-2.0, 0.0] [0.0, infinity] = [entire] [empty];
        mulRevToPair [0.01, 1.1] [0.0, infinity] = [0.0, infinity] [empty];
        mulRevToPair [-infinity, 0.0] [0.0, infinity] = [entire] [empty];
        mulRevToPair [0.0, infinity] [0.0, infinity] = [entire] [empty];
        mulRevToPair [-2.0, -0.1] [0.04, infinity] = [-infinity, -0X1.47AE147AE147BP-6] [empty];
        mulRevToPair [0.0, 1.1] [0.04, infinity] = [0X1.29E4129E4129DP-5, infinity] [empty];
        mulRevToPair [0.0, 0.0] [0.04, infinity] = [empty] [empty];
        mulRevToPair [-infinity, 1.1] [0.04, infinity] = [-infinity, 0.0] [0X1.29E4129E4129DP-5, infinity];
        mulRevToPair [0.01, infinity] [0.04, infinity] = [0.0, infinity] [empty];
        mulRevToPair [-2.0, 0.0] [entire] = [entire] [empty];
        mulRevToPair [0.01, 1.1] [entire] = [entire] [empty];
        mulRevToPair [-infinity, 0.0] [entire] = [entire] [empty];
        mulRevToPair [0.0, infinity] [entire] = [entire] [empty];
        """;
}
