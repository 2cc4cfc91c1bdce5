package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.ItlVectors.dec;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The decorated vectors of ITF1788 (github oheim/ITF1788, the {@code *_dec_test}, {@code *_dec_bin_test}
 * and {@code *_dec_ten_test} testcases named above each block; a spread sample of at most 12 per
 * operation) for the reverse operations ({@link DecoratedReverse}), the set operations and the
 * comparisons: the decoration must equal the suite's exactly (for reverse and set operations it is
 * always trv), the interval part must contain the suite's, and booleans must be equal. The forward
 * operations are {@link IeeeDecoratedVectorsTest}.
 */
class IeeeDecoratedReverseVectorsTest {

    private static final DecoratedInterval ENTIRE = DecoratedInterval.of(Interval.entire());

    private static final Map<String, Function<List<String>, Object>> OPS = Map.ofEntries(
            Map.entry("sqrRev", a -> DecoratedReverse.sqrRev(dec(a, 0), ENTIRE)),
            Map.entry("sqrRevBin", a -> DecoratedReverse.sqrRev(dec(a, 0), dec(a, 1))),
            Map.entry("absRev", a -> DecoratedReverse.absRev(dec(a, 0), ENTIRE)),
            Map.entry("absRevBin", a -> DecoratedReverse.absRev(dec(a, 0), dec(a, 1))),
            Map.entry("pownRev", a -> DecoratedReverse.pownRev(dec(a, 0), ENTIRE, Integer.parseInt(a.get(1)))),
            Map.entry("pownRevBin", a -> DecoratedReverse.pownRev(dec(a, 0), dec(a, 1), Integer.parseInt(a.get(2)))),
            Map.entry("sinRevBin", a -> DecoratedReverse.sinRev(dec(a, 0), dec(a, 1))),
            Map.entry("cosRevBin", a -> DecoratedReverse.cosRev(dec(a, 0), dec(a, 1))),
            Map.entry("tanRevBin", a -> DecoratedReverse.tanRev(dec(a, 0), dec(a, 1))),
            Map.entry("coshRevBin", a -> DecoratedReverse.coshRev(dec(a, 0), dec(a, 1))),
            Map.entry("mulRevTen", a -> DecoratedReverse.mulRev(dec(a, 0), dec(a, 1), dec(a, 2))),
            Map.entry("intersection", a -> dec(a, 0).intersection(dec(a, 1))),
            Map.entry("convexHull", a -> dec(a, 0).convexHull(dec(a, 1))),
            Map.entry("equal", a -> dec(a, 0).equal(dec(a, 1))),
            Map.entry("subset", a -> dec(a, 0).subset(dec(a, 1))));

    @Test
    void decoratedReverseAndSetOperationsAreTrivial() {
        int[] r = ItlVectors.check(SQRREV + SQRREVBIN + ABSREV + ABSREVBIN + POWNREV + POWNREVBIN + SINREVBIN
                + COSREVBIN + TANREVBIN + COSHREVBIN + MULREVTEN + INTERSECTION + CONVEXHULL + EQUAL + SUBSET, OPS, false);
        assertThat(r[0]).isEqualTo(126); // every vector below
    }

    // sqrRev: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_dec_test
    private static final String SQRREV = """
        sqrRev [empty]_trv = [empty]_trv;
        sqrRev [-10.0,-1.0]_com = [empty]_trv;
        sqrRev [0.0,infinity]_dac = [entire]_trv;
        sqrRev [0.0,1.0]_def = [-1.0,1.0]_trv;
        sqrRev [-0.5,1.0]_dac = [-1.0,1.0]_trv;
        sqrRev [-1000.0,1.0]_com = [-1.0,1.0]_trv;
        sqrRev [0.0,25.0]_def = [-5.0,5.0]_trv;
        sqrRev [-1.0,25.0]_dac = [-5.0,5.0]_trv;
        sqrRev [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7]_com = [-0X1.999999999999BP-4,0X1.999999999999BP-4]_trv;
        sqrRev [0.0,0X1.FFFFFFFFFFFE1P+1]_def = [-0x1.ffffffffffff1p+0,0x1.ffffffffffff1p+0]_trv;
        """;
    // sqrRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_sqr_rev_dec_bin_test
    private static final String SQRREVBIN = """
        sqrRevBin [empty]_trv [-5.0,1.0]_def = [empty]_trv;
        sqrRevBin [-10.0,-1.0]_com [-5.0,1.0]_dac = [empty]_trv;
        sqrRevBin [0.0,infinity]_def [-5.0,1.0]_dac = [-5.0,1.0]_trv;
        sqrRevBin [0.0,1.0]_dac [-0.1,1.0]_def = [-0.1,1.0]_trv;
        sqrRevBin [-0.5,1.0]_def [-0.1,1.0]_dac = [-0.1,1.0]_trv;
        sqrRevBin [-1000.0,1.0]_com [-0.1,1.0]_def = [-0.1,1.0]_trv;
        sqrRevBin [0.0,25.0]_def [-4.1,6.0]_com = [-4.1,5.0]_trv;
        sqrRevBin [-1.0,25.0]_dac [-4.1,7.0]_def = [-4.1,5.0]_trv;
        sqrRevBin [1.0,25.0]_dac [0.0,7.0]_def = [1.0,5.0]_trv;
        sqrRevBin [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7]_def [-0.1,infinity]_dac = [-0.1,0X1.999999999999BP-4]_trv;
        """;
    // absRev: 9 vectors from ITF1788 libieeep1788_rev.itl minimal_abs_rev_dec_test
    private static final String ABSREV = """
        absRev [empty]_trv = [empty]_trv;
        absRev [-1.1,-0.4]_dac = [empty]_trv;
        absRev [0.0,infinity]_dac = [entire]_trv;
        absRev [1.1,2.1]_com = [-2.1,2.1]_trv;
        absRev [-1.1,2.0]_def = [-2.0,2.0]_trv;
        absRev [-1.1,0.0]_dac = [0.0,0.0]_trv;
        absRev [-1.9,0.2]_com = [-0.2,0.2]_trv;
        absRev [0.0,0.2]_def = [-0.2,0.2]_trv;
        absRev [-1.5,infinity]_def = [entire]_trv;
        """;
    // absRevBin: 7 vectors from ITF1788 libieeep1788_rev.itl minimal_abs_rev_dec_bin_test
    private static final String ABSREVBIN = """
        absRevBin [empty]_trv [-1.1,5.0]_com = [empty]_trv;
        absRevBin [-1.1,-0.4]_dac [-1.1,5.0]_dac = [empty]_trv;
        absRevBin [0.0,infinity]_def [-1.1,5.0]_def = [-1.1,5.0]_trv;
        absRevBin [1.1,2.1]_dac [-1.0,5.0]_def = [1.1,2.1]_trv;
        absRevBin [-1.1,2.0]_com [-1.1,5.0]_def = [-1.1,2.0]_trv;
        absRevBin [-1.1,0.0]_def [-1.1,5.0]_def = [0.0,0.0]_trv;
        absRevBin [-1.9,0.2]_dac [-1.1,5.0]_def = [-0.2,0.2]_trv;
        """;
    // pownRev: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_pown_rev_dec_test
    private static final String POWNREV = """
        pownRev [empty]_trv 0 = [empty]_trv;
        pownRev [0.0,infinity]_dac 1 = [0.0,infinity]_trv;
        pownRev [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_dac 2 = [-0x1p+512,0x1p+512]_trv;
        pownRev [0.0,0X1.A87587109655P+66]_dac 8 = [-0x1.444cccccccccep+8,0x1.444cccccccccep+8]_trv;
        pownRev [-infinity,0.0]_dac 3 = [-infinity,0.0]_trv;
        pownRev [-infinity,0.0]_def 7 = [-infinity,0.0]_trv;
        pownRev [0X0P+0,0X0.0000000000001P-1022]_com -2 = [entire]_trv;
        pownRev [0X1.81E104E61630DP-8,0X1.BC64F21560E34P+12]_def -8 = [-0x1.e666666666667p+0,0x1.e666666666667p+0]_trv;
        pownRev [-0X1.83E0F83E0F83EP+1,-0X1.0D79435E50D79P-1]_com -1 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2]_trv;
        pownRev [-0X1.BD393CE9E8E7CP+4,-0X1.2A95F6F7C066CP-3]_def -3 = [-0x1.e666666666667p+0,-0x1.51eb851eb851ep-2]_trv;
        """;
    // pownRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_pown_rev_dec_bin_test
    private static final String POWNREVBIN = """
        pownRevBin [empty]_trv [1.0,1.0]_def 0 = [empty]_trv;
        pownRevBin [-1.0,0.0]_com [5.0,10.0]_dac 0 = [empty]_trv;
        pownRevBin [entire]_def [-5.1,10.0]_def 1 = [-5.1,10.0]_trv;
        pownRevBin [empty]_trv [5.0,17.1]_def 2 = [empty]_trv;
        pownRevBin [0X1.BE0DED288CE7P-4,0X1.CE147AE147AE1P+1]_dac [-infinity,-1.0]_def 2 = [-0x1.e666666666667p+0,-1.0]_trv;
        pownRevBin [0X1.0C6F7A0B5ED8DP-20,0X1.94C75E6362A6P+3]_com [1.0,infinity]_dac 3 = [1.0,0x1.2a3d70a3d70a5p+1]_trv;
        pownRevBin [0.0,infinity]_dac [-5.1,-0.1]_dac -2 = [-5.1,-0.1]_trv;
        pownRevBin [0X1.1BA81104F6C8P-2,0X1.25D8FA1F801E1P+3]_com [-infinity,-1.0]_dac -2 = [-0x1.e666666666667p+0,-1.0]_trv;
        pownRevBin [0.0,0.0]_dac [-5.1,55.5]_def -1 = [empty]_trv;
        pownRevBin [entire]_def [-5.1,55.5]_def -3 = [-5.1,55.5]_trv;
        """;
    // sinRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_sin_rev_dec_bin_test
    private static final String SINREVBIN = """
        sinRevBin [empty]_trv [-1.2,12.1]_com = [empty]_trv;
        sinRevBin [1.1, 2.0]_dac [-5.0, 5.0]_com = [empty]_trv;
        sinRevBin [0.0,0.0]_dac [-1.0,1.0]_def = [0.0,0.0]_trv;
        sinRevBin [-0.0,-0.0]_def [3.0,3.5]_dac = [0x1.921fb54442d18p+1,0x1.921fb54442d19p+1]_trv;
        sinRevBin [0.0,0X1P+0]_com [-0.1,1.58]_dac = [0.0,1.58]_trv;
        sinRevBin [-0X1.72CECE675D1FDP-52,-0X1.72CECE675D1FCP-52]_com [3.14,3.15]_dac = [0X1.921FB54442D18P+1,0X1.921FB54442D1aP+1]_trv;
        sinRevBin [0.0,1.0]_def [-0.1,3.15]_def = [0.0,0X1.921FB54442D19P+1]_trv;
        sinRevBin [-0X1.72CECE675D1FDP-52,1.0]_def [-0.1,3.15]_def = [-0x1.72cece675d1fep-52,0X1.921FB54442D1aP+1]_trv;
        sinRevBin [0X1.1A62633145C06P-53,0X1P+0]_def [3.14,3.15]_com = [3.14,0X1.921FB54442D19P+1]_trv;
        sinRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53]_com [-infinity,3.15]_dac = [-infinity,0X1.921FB54442D19P+1]_trv;
        """;
    // cosRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_cos_rev_dec_bin_test
    private static final String COSREVBIN = """
        cosRevBin [empty]_trv [-1.2,12.1]_def = [empty]_trv;
        cosRevBin [1.1, 2.0]_dac [-5.0, 5.0]_com = [empty]_trv;
        cosRevBin [1.0,1.0]_def [-0.1,0.1]_dac = [0.0,0.0]_trv;
        cosRevBin [0X1.1A62633145C06P-54,0X1.1A62633145C07P-54]_def [1.57,1.58]_def = [0X1.921FB54442D17P+0,0X1.921FB54442D19P+0]_trv;
        cosRevBin [-0X1.72CECE675D1FDP-53,0X1.1A62633145C07P-54]_com [1.57,1.58]_dac = [0X1.921FB54442D17P+0,0X1.921FB54442D1aP+0]_trv;
        cosRevBin [0X1.1A62633145C06P-54,1.0]_dac [0.0,2.0]_def = [0.0,0X1.921FB54442D19P+0]_trv;
        cosRevBin [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1]_dac [3.14,3.15]_def = [0x1.921fb52442d18p+1,0x1.921fb56442d1ap+1]_trv;
        cosRevBin [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1]_def [9.42,9.45]_dac = [0x1.2d97c7eb321d2p+3,0x1.2d97c7fb321d3p+3]_trv;
        cosRevBin [-0X1.AA22657537205P-2,0X1.14A280FB5068CP-1]_com [0.0,2.1]_dac = [0x1.fffffffffffffp-1,0x1.0000000000001p+1]_trv;
        cosRevBin [0X1.1A62633145C06P-53,0X1.1A62633145C07P-53]_def [-infinity,1.5]_dac = [-infinity,-0X1.921FB54442D17P+0]_trv;
        """;
    // tanRevBin: 10 vectors from ITF1788 libieeep1788_rev.itl minimal_tan_rev_dec_bin_test
    private static final String TANREVBIN = """
        tanRevBin [empty]_trv [-1.5708,1.5708]_def = [empty]_trv;
        tanRevBin [entire]_def [-1.5708,1.5708]_dac = [-1.5708,1.5708]_trv;
        tanRevBin [0.0,0.0]_com [-1.5708,1.5708]_def = [0.0,0.0]_trv;
        tanRevBin [0X1.D02967C31CDB4P+53,0X1.D02967C31CDB5P+53]_dac [-1.5708,1.5708]_def = [-0x1.921fb54442d1bp+0,0x1.921fb54442d19p+0]_trv;
        tanRevBin [-0X1.1A62633145C07P-53,-0X1.1A62633145C06P-53]_def [3.14,3.15]_dac = [0X1.921FB54442D17P+1,0X1.921FB54442D19P+1]_trv;
        tanRevBin [0X1.72CECE675D1FCP-52,0X1.72CECE675D1FDP-52]_com [-3.15,3.15]_com = [-0X1.921FB54442D19P+1,0X1.921FB54442D1aP+1]_trv;
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53]_def [-infinity,1.5707965]_def = [-infinity,0x1.921FB82C2BD7Fp0]_trv;
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53]_com [-1.5707965,infinity]_dac = [-0x1.921FB82C2BD7Fp0,infinity]_trv;
        tanRevBin [-0X1.D02967C31p+53,0X1.D02967C31p+53]_com [-1.5707965,1.5707965]_com = [-0x1.921FB82C2BD7Fp0,0x1.921FB82C2BD7Fp0]_trv;
        tanRevBin [-0X1.D02967C31CDB5P+53,0X1.D02967C31CDB5P+53]_dac [-1.5707965,1.5707965]_def = [-1.5707965,1.5707965]_trv;
        """;
    // coshRevBin: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_cosh_rev_dec_bin_test
    private static final String COSHREVBIN = """
        coshRevBin [empty]_trv [0.0,infinity]_dac = [empty]_trv;
        coshRevBin [1.0,infinity]_def [0.0,infinity]_dac = [0.0,infinity]_trv;
        coshRevBin [0.0,infinity]_def [1.0,2.0]_com = [1.0,2.0]_trv;
        coshRevBin [1.0,1.0]_dac [1.0,infinity]_def = [empty]_trv;
        coshRevBin [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432]_com [-infinity,0.0]_dac = [-0X1.2C903022DD7ABP+8,-0x1.fffffffffffffp-1]_trv;
        """;
    // mulRevTen: 5 vectors from ITF1788 libieeep1788_rev.itl minimal_mul_rev_dec_ten_test
    private static final String MULREVTEN = """
        mulRevTen [-2.0, -0.1]_dac [-2.1, -0.4]_dac [-2.1, -0.4]_dac  = [empty]_trv;
        mulRevTen [-2.0, 1.1]_def [-2.1, -0.4]_com [-2.1, -0.4]_com  = [-2.1, -0.4]_trv;
        mulRevTen [0.01, 1.1]_com [-2.1, 0.0]_dac [-2.1, 0.0]_dac  = [-2.1,0.0]_trv;
        mulRevTen [-infinity, -0.1]_dac [0.0, 0.12]_com [0.0, 0.12]_com = [0.0, 0.0]_trv;
        mulRevTen [-2.0, 1.1]_def [0.04, infinity]_dac [0.04, infinity]_dac  = [0.04, infinity]_trv;
        """;
    // intersection: 5 vectors from ITF1788 libieeep1788_set.itl minimal_intersection_dec_test
    private static final String INTERSECTION = """
        intersection [1.0,3.0]_com [2.1,4.0]_com = [2.1,3.0]_trv;
        intersection [1.0,3.0]_dac [3.0,4.0]_def = [3.0,3.0]_trv;
        intersection [1.0,3.0]_def [empty]_trv = [empty]_trv;
        intersection [entire]_dac [empty]_trv = [empty]_trv;
        intersection [1.0,3.0]_dac [entire]_dac = [1.0,3.0]_trv;
        """;
    // convexHull: 5 vectors from ITF1788 libieeep1788_set.itl minimal_convex_hull_dec_test
    private static final String CONVEXHULL = """
        convexHull [1.0,3.0]_trv [2.1,4.0]_trv = [1.0,4.0]_trv;
        convexHull [1.0,1.0]_trv [2.1,4.0]_trv = [1.0,4.0]_trv;
        convexHull [1.0,3.0]_trv [empty]_trv = [1.0,3.0]_trv;
        convexHull [empty]_trv [empty]_trv = [empty]_trv;
        convexHull [1.0,3.0]_trv [entire]_dac = [entire]_trv;
        """;
    // equal: 10 vectors from ITF1788 libieeep1788_bool.itl minimal_equal_dec_test
    private static final String EQUAL = """
        equal [1.0,2.0]_def [1.0,2.0]_trv = true;
        equal [1.0,2.1]_trv [1.0,2.0]_trv = false;
        equal [empty]_trv [nai] = false;
        equal [nai] [nai] = false;
        equal [nai] [1.0,2.0]_trv = false;
        equal [1.0,2.4]_trv [-infinity,+infinity]_trv = false;
        equal [1.0,2.4]_def [1.0,infinity]_trv = false;
        equal [-infinity,2.4]_def [-infinity,2.0]_trv = false;
        equal [-0.0,2.0]_def [0.0,2.0]_trv = true;
        equal [-0.0,0.0]_def [0.0,0.0]_trv = true;
        """;
    // subset: 10 vectors from ITF1788 libieeep1788_bool.itl minimal_subset_dec_test
    private static final String SUBSET = """
        subset [nai] [nai] = false;
        subset [nai] [0.0,4.0]_trv = false;
        subset [empty]_trv [-0.1,1.0]_trv = true;
        subset [empty]_trv [-infinity,+infinity]_trv = true;
        subset [-0.1,1.0]_trv [empty]_trv = false;
        subset [-0.0,4.0]_trv [-infinity,+infinity]_trv = true;
        subset [1.0,2.0]_trv [1.0,2.0]_trv = true;
        subset [0.1,0.2]_trv [0.0,4.0]_trv = true;
        subset [0.0,0.0]_trv [-0.0,-0.0]_trv = true;
        subset [-0.0,0.0]_trv [0.0,-0.0]_trv = true;
        """;
}
