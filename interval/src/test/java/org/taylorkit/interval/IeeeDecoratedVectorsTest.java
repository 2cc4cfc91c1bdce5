package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taylorkit.interval.ItlVectors.dec;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The decorated vectors of ITF1788 (github oheim/ITF1788, the {@code *_dec_test} testcases named
 * above each block; a spread sample of at most 12 per operation) for the forward operations —
 * arithmetic, the elementary functions, rounding and the cancellative operations: the decoration
 * must equal the suite's exactly (it is a proof, so neither weaker nor stronger), the interval part
 * must contain the suite's (it is the bare operation's, whose tightness the bare vectors check).
 * The reverse and set operations are {@link IeeeDecoratedReverseVectorsTest}.
 */
class IeeeDecoratedVectorsTest {


    private static final Map<String, Function<List<String>, Object>> OPS = Map.ofEntries(
            Map.entry("add", a -> dec(a, 0).add(dec(a, 1))),
            Map.entry("sub", a -> dec(a, 0).subtract(dec(a, 1))),
            Map.entry("mul", a -> dec(a, 0).multiply(dec(a, 1))),
            Map.entry("div", a -> dec(a, 0).divide(dec(a, 1))),
            Map.entry("neg", a -> dec(a, 0).negate()),
            Map.entry("recip", a -> dec(a, 0).recip()),
            Map.entry("sqr", a -> dec(a, 0).sqr()),
            Map.entry("sqrt", a -> dec(a, 0).sqrt()),
            Map.entry("pown", a -> dec(a, 0).pown(Integer.parseInt(a.get(1)))),
            Map.entry("pow", a -> dec(a, 0).pow(dec(a, 1))),
            Map.entry("exp", a -> dec(a, 0).exp()),
            Map.entry("log", a -> dec(a, 0).log()),
            Map.entry("sin", a -> dec(a, 0).sin()),
            Map.entry("cos", a -> dec(a, 0).cos()),
            Map.entry("tan", a -> dec(a, 0).tan()),
            Map.entry("asin", a -> dec(a, 0).asin()),
            Map.entry("acos", a -> dec(a, 0).acos()),
            Map.entry("atan", a -> dec(a, 0).atan()),
            Map.entry("atan2", a -> dec(a, 0).atan2(dec(a, 1))),
            Map.entry("sinh", a -> dec(a, 0).sinh()),
            Map.entry("cosh", a -> dec(a, 0).cosh()),
            Map.entry("tanh", a -> dec(a, 0).tanh()),
            Map.entry("asinh", a -> dec(a, 0).asinh()),
            Map.entry("acosh", a -> dec(a, 0).acosh()),
            Map.entry("atanh", a -> dec(a, 0).atanh()),
            Map.entry("abs", a -> dec(a, 0).abs()),
            Map.entry("min", a -> dec(a, 0).min(dec(a, 1))),
            Map.entry("max", a -> dec(a, 0).max(dec(a, 1))),
            Map.entry("fma", a -> dec(a, 0).fma(dec(a, 1), dec(a, 2))),
            Map.entry("sign", a -> dec(a, 0).sign()),
            Map.entry("ceil", a -> dec(a, 0).ceil()),
            Map.entry("floor", a -> dec(a, 0).floor()),
            Map.entry("trunc", a -> dec(a, 0).trunc()),
            Map.entry("roundTiesToEven", a -> dec(a, 0).roundTiesToEven()),
            Map.entry("roundTiesToAway", a -> dec(a, 0).roundTiesToAway()),
            Map.entry("cancelMinus", a -> dec(a, 0).cancelMinus(dec(a, 1))),
            Map.entry("cancelPlus", a -> dec(a, 0).cancelPlus(dec(a, 1))));

    @Test
    void decorationsEqualTheSuitesAndIntervalsContainItsResults() {
        int[] r = ItlVectors.check(ADD + SUB + MUL + DIV + NEG + RECIP + SQR + SQRT + POWN + POW + EXP + LOG + SIN + COS
                + TAN + ASIN + ACOS + ATAN + ATAN2 + SINH + COSH + TANH + ASINH + ACOSH + ATANH + ABS + MIN + MAX + FMA
                + SIGN + CEIL + FLOOR + TRUNC + ROUNDTIESTOEVEN + ROUNDTIESTOAWAY + CANCELMINUS + CANCELPLUS, OPS, false);
        assertThat(r[0]).isEqualTo(236); // every vector below
    }

    // add: 6 vectors from ITF1788 libieeep1788_elem.itl minimal_add_dec_test
    private static final String ADD = """
        add [1.0,2.0]_com [5.0,7.0]_com = [6.0,9.0]_com;
        add [1.0,2.0]_com [5.0,7.0]_def = [6.0,9.0]_def;
        add [1.0,2.0]_com [5.0,0x1.FFFFFFFFFFFFFp1023]_com = [6.0,infinity]_dac;
        add [-0x1.FFFFFFFFFFFFFp1023,2.0]_com [-0.1, 5.0]_com = [-infinity,7.0]_dac;
        add [1.0,2.0]_trv [empty]_trv = [empty]_trv;
        add [nai] [1.0,2.0]_trv = [nai];
        """;
    // sub: 6 vectors from ITF1788 libieeep1788_elem.itl minimal_sub_dec_test
    private static final String SUB = """
        sub [1.0,2.0]_com [5.0,7.0]_com = [-6.0,-3.0]_com;
        sub [1.0,2.0]_com [5.0,7.0]_def = [-6.0,-3.0]_def;
        sub [-1.0,2.0]_com [5.0,0x1.FFFFFFFFFFFFFp1023]_com = [-infinity,-3.0]_dac;
        sub [-0x1.FFFFFFFFFFFFFp1023,2.0]_com [-1.0, 5.0]_com = [-infinity,3.0]_dac;
        sub [1.0,2.0]_trv [empty]_trv = [empty]_trv;
        sub [nai] [1.0,2.0]_trv = [nai];
        """;
    // mul: 6 vectors from ITF1788 libieeep1788_elem.itl minimal_mul_dec_test
    private static final String MUL = """
        mul [1.0,2.0]_com [5.0,7.0]_com = [5.0,14.0]_com;
        mul [1.0,2.0]_com [5.0,7.0]_def = [5.0,14.0]_def;
        mul [1.0,2.0]_com [5.0,0x1.FFFFFFFFFFFFFp1023]_com = [5.0,infinity]_dac;
        mul [-0x1.FFFFFFFFFFFFFp1023,2.0]_com [-1.0, 5.0]_com = [-infinity,0x1.FFFFFFFFFFFFFp1023]_dac;
        mul [1.0,2.0]_trv [empty]_trv = [empty]_trv;
        mul [nai] [1.0,2.0]_trv = [nai];
        """;
    // div: 6 vectors from ITF1788 libieeep1788_elem.itl minimal_div_dec_test
    private static final String DIV = """
        div [-2.0,-1.0]_com [-10.0, -3.0]_com = [0X1.9999999999999P-4,0X1.5555555555556P-1]_com;
        div [-200.0,-1.0]_com [0x0.0000000000001p-1022, 10.0]_com = [-infinity,-0X1.9999999999999P-4]_dac;
        div [-2.0,-1.0]_com [0.0, 10.0]_com = [-infinity,-0X1.9999999999999P-4]_trv;
        div [1.0,3.0]_def [-infinity, -10.0]_dac = [-0X1.3333333333334P-2,0.0]_def;
        div [1.0,2.0]_trv [empty]_trv = [empty]_trv;
        div [nai] [1.0,2.0]_trv = [nai];
        """;
    // neg: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_neg_dec_test
    private static final String NEG = """
        neg [nai] = [nai];
        neg [empty]_trv = [empty]_trv;
        neg [entire]_dac = [entire]_dac;
        neg [1.0, 2.0]_com = [-2.0, -1.0]_com;
        """;
    // recip: 8 vectors from ITF1788 libieeep1788_elem.itl minimal_recip_dec_test
    private static final String RECIP = """
        recip [10.0, 50.0]_com = [0X1.47AE147AE147AP-6,0X1.999999999999AP-4]_com;
        recip [-infinity, -10.0]_dac = [-0X1.999999999999AP-4,0.0]_dac;
        recip [-0x1.FFFFFFFFFFFFFp1023, -0x0.0000000000001p-1022]_def = [-infinity,-0X0.4P-1022]_def;
        recip [0.0,0.0]_com = [empty]_trv;
        recip [-10.0, 0.0]_com = [-infinity,-0X1.9999999999999P-4]_trv;
        recip [-10.0, infinity]_dac = [entire]_trv;
        recip [-0.0, infinity]_dac = [0.0,infinity]_trv;
        recip [entire]_dac = [entire]_trv;
        """;
    // sqr: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_sqr_dec_test
    private static final String SQR = """
        sqr [-0x1.FFFFFFFFFFFFFp1023,-0x0.0000000000001p-1022]_com = [0.0,infinity]_dac;
        sqr [-1.0,1.0]_def = [0.0,1.0]_def;
        sqr [-5.0,3.0]_com = [0.0,25.0]_com;
        sqr [0X1.999999999999AP-4,0X1.999999999999AP-4]_com = [0X1.47AE147AE147BP-7,0X1.47AE147AE147CP-7]_com;
        """;
    // sqrt: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_sqrt_dec_test
    private static final String SQRT = """
        sqrt [1.0,4.0]_com = [1.0,2.0]_com;
        sqrt [-5.0,25.0]_com = [0.0,5.0]_trv;
        sqrt [0.0,25.0]_def = [0.0,5.0]_def;
        sqrt [-5.0,infinity]_dac = [0.0,infinity]_trv;
        """;
    // pown: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_pown_dec_test
    private static final String POWN = """
        pown [-5.0,10.0]_com 0 = [1.0,1.0]_com;
        pown [-infinity,15.0]_dac 0 = [1.0,1.0]_dac;
        pown [-3.0,5.0]_def 2 = [0.0,25.0]_def;
        pown [-0x1.FFFFFFFFFFFFFp1023,2.0]_com 2 = [0.0,infinity]_dac;
        pown [-3.0,5.0]_dac 3 = [-27.0,125.0]_dac;
        pown [-0x1.FFFFFFFFFFFFFp1023,2.0]_com 3 = [-infinity, 8.0]_dac;
        pown [3.0,5.0]_com -2 = [0X1.47AE147AE147AP-5,0X1.C71C71C71C71DP-4]_com;
        pown [-5.0,-3.0]_def -2 = [0X1.47AE147AE147AP-5,0X1.C71C71C71C71DP-4]_def;
        pown [-5.0,3.0]_com -2 = [0X1.47AE147AE147AP-5,infinity]_trv;
        pown [3.0,5.0]_dac -3 = [0X1.0624DD2F1A9FBP-7 ,0X1.2F684BDA12F69P-5]_dac;
        """;
    // pow: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_pow_dec_test
    private static final String POW = """
        pow [0.1,0.5]_com [0.0,1.0]_com = [0X1.999999999999AP-4,1.0]_com;
        pow [0.5,1.5]_dac [0.1,0.1]_com = [0X1.DDB680117AB12P-1,0X1.0A97DCE72A0CBP+0]_dac;
        pow [1.0,infinity]_def [-1.0,-0.0]_dac = [0X0P+0,1.0]_def;
        pow [0.0,1.0]_com [0.0,0.0]_com = [1.0,1.0]_trv;
        pow [0.0,1.5]_com [0.0,2.5]_com = [0.0,0X1.60B9FD68A4555P+1]_trv;
        pow [-0.0,0.5]_def [0.1,infinity]_def = [0.0,0X1.DDB680117AB13P-1]_def;
        pow [-0.0,1.0]_def [-2.5,-2.5]_com = [1.0,infinity]_trv;
        pow [-0.0,infinity]_def [-2.5,-0.0]_com = [0.0,infinity]_trv;
        pow [-0.1,1.0]_def [-infinity,-1.0]_def = [1.0,infinity]_trv;
        pow [-0.1,infinity]_dac [-0.1,2.5]_com = [0.0,infinity]_trv;
        """;
    // exp: 2 vectors from ITF1788 libieeep1788_elem.itl minimal_exp_dec_test
    private static final String EXP = """
        exp [0X1.62E42FEFA39FP+9,0X1.62E42FEFA39FP+9]_com = [ 0X1.FFFFFFFFFFFFFP+1023,infinity]_dac;
        exp [0.0,0X1.62E42FEFA39EP+9]_def = [1.0,0X1.FFFFFFFFFC32BP+1023]_def;
        """;
    // log: 3 vectors from ITF1788 libieeep1788_elem.itl minimal_log_dec_test
    private static final String LOG = """
        log [0x0.0000000000001p-1022,0x1.FFFFFFFFFFFFFp1023]_com = [-0x1.74385446D71C4p9,0X1.62E42FEFA39FP+9]_com;
        log [0.0,1.0]_com = [-infinity,0.0]_trv;
        log [0X1.5BF0A8B14576AP+1,0X1.5BF0A8B14576AP+1]_def = [0X1P+0,0X1.0000000000001P+0]_def;
        """;
    // sin: 3 vectors from ITF1788 libieeep1788_elem.itl minimal_sin_dec_test
    private static final String SIN = """
        sin [-0X1.921FB54442D18P+1,-0X1.921FB54442D18P+0]_def = [-0X1P+0,-0X1.1A62633145C06P-53]_def;
        sin [-infinity,-0.0]_trv = [-1.0,1.0]_trv;
        sin [entire]_dac = [-1.0,1.0]_dac;
        """;
    // cos: 3 vectors from ITF1788 libieeep1788_elem.itl minimal_cos_dec_test
    private static final String COS = """
        cos [-0X1.921FB54442D18P+0,-0X1.921FB54442D18P+0]_trv = [0X1.1A62633145C06P-54,0X1.1A62633145C07P-54]_trv;
        cos [-infinity,-0.0]_def = [-1.0,1.0]_def;
        cos [entire]_dac = [-1.0,1.0]_dac;
        """;
    // tan: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_tan_dec_test
    private static final String TAN = """
        tan [empty]_trv = [empty]_trv;
        tan [-infinity,0.0]_trv = [entire]_trv;
        tan [0.0,0.0]_com = [0.0,0.0]_com;
        tan [0X1.921FB54442D19P+0,0X1.921FB54442D19P+0]_def = [-0X1.617A15494767BP+52,-0X1.617A15494767AP+52]_def;
        tan [0.0,0X1.921FB54442D18P+0]_dac = [0.0,0X1.D02967C31CDB5P+53]_dac;
        tan [-0.0,0X1.921FB54442D19P+0]_def = [entire]_trv;
        tan [0.0,0X1.921FB54442D19P+1]_trv = [entire]_trv;
        tan [0X1P-52,0X1.921FB54442D18P+1]_trv = [entire]_trv;
        tan [-0X1.921FB54442D18P+0,0X1.921FB54442D19P+0]_trv = [entire]_trv;
        tan [-0X1.555475A31A4BEP-2,0X1.999999999999AP-4]_com = [-0X1.628F4FD931FEFP-2,0X1.9AF8877430B81P-4]_com;
        """;
    // asin: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_asin_dec_test
    private static final String ASIN = """
        asin [0.0,infinity]_dac = [0.0,0X1.921FB54442D19P+0]_trv;
        asin [-infinity,0.0]_def = [-0X1.921FB54442D19P+0,0.0]_trv;
        asin [-1.0,1.0]_com = [-0X1.921FB54442D19P+0,0X1.921FB54442D19P+0]_com;
        asin [entire]_dac = [-0X1.921FB54442D19P+0,0X1.921FB54442D19P+0]_trv;
        asin [-0X1.51EB851EB851FP-2,0X1.FFFFFFFFFFFFFP-1]_def = [-0X1.585FF6E341C3FP-2,0X1.921FB50442D19P+0]_def;
        """;
    // acos: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_acos_dec_test
    private static final String ACOS = """
        acos [0.0,infinity]_dac = [0.0,0X1.921FB54442D19P+0]_trv;
        acos [-infinity,0.0]_def = [0X1.921FB54442D18P+0,0X1.921FB54442D19P+1]_trv;
        acos [-1.0,1.0]_com = [0.0,0X1.921FB54442D19P+1]_com;
        acos [entire]_dac = [0.0,0X1.921FB54442D19P+1]_trv;
        acos [-0X1.51EB851EB851FP-2,0X1.FFFFFFFFFFFFFP-1]_def = [0X1P-26,0X1.E837B2FD13428P+0]_def;
        """;
    // atan: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_atan_dec_test
    private static final String ATAN = """
        atan [0.0,infinity]_dac = [0.0,0X1.921FB54442D19P+0]_dac;
        atan [-infinity,0.0]_def = [-0X1.921FB54442D19P+0,0.0]_def;
        atan [entire]_dac = [-0X1.921FB54442D19P+0,0X1.921FB54442D19P+0]_dac;
        atan [1.0,0X1.4C2463567C5ACP+25]_trv = [0X1.921FB54442D18P-1,0X1.921FB4E19ABD7P+0]_trv;
        atan [-0X1.FD219490EAAC1P+38,-0X1.1AF1C9D74F06DP+9]_com = [-0X1.921FB54440CEBP+0,-0X1.91ABE5C1E4C6DP+0]_com;
        """;
    // atan2: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_atan2_dec_test
    private static final String ATAN2 = """
        atan2 [empty]_trv [empty]_trv = [empty]_trv;
        atan2 [entire]_dac [0.0, -0.0]_def = [-0X1.921FB54442D19P+0, 0X1.921FB54442D19P+0]_trv;
        atan2 [0.0, 0.0]_trv [-2.0, 0.0]_com = [0X1.921FB54442D18P+1, 0X1.921FB54442D19P+1]_trv;
        atan2 [-0.0, 0.0]_def [-0.0, 1.0]_dac = [0.0,0.0]_trv;
        atan2 [-0.0, -0.0]_dac [0.0, 0.0]_com = [empty]_trv;
        atan2 [-2.0, -0.1]_def [-2.0, -0.1]_com = [-0X1.8BBAABDE5E29CP+1, -0X1.9EE9C8100C211P+0]_def;
        atan2 [-2.0, 0.0]_def [0.0, 1.0]_def = [-0X1.921FB54442D19P+0, 0.0]_trv;
        atan2 [-2.0, 1.0]_dac [entire]_dac = [-0X1.921FB54442D19P+1, 0X1.921FB54442D19P+1]_trv;
        atan2 [-0.0, 1.0]_com [-0.0, -0.0]_def = [0X1.921FB54442D18P+0, 0X1.921FB54442D19P+0]_trv;
        atan2 [0.0, 1.0]_dac [-2.0, 1.0]_def = [0.0, 0X1.921FB54442D19P+1]_trv;
        """;
    // sinh: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_sinh_dec_test
    private static final String SINH = """
        sinh [entire]_dac = [entire]_dac;
        sinh [0.0,infinity]_dac = [0.0,infinity]_dac;
        sinh [-infinity,0.0]_def = [-infinity,0.0]_def;
        sinh [1.0,0X1.2C903022DD7AAP+8]_com = [0X1.2CD9FC44EB982P+0,0X1.89BCA168970C6P+432]_com;
        sinh [-0X1.FD219490EAAC1P+38,-0X1.1AF1C9D74F06DP+9]_com = [-infinity,-0X1.53045B4F849DEP+815]_dac;
        """;
    // cosh: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_cosh_dec_test
    private static final String COSH = """
        cosh [0.0,infinity]_dac = [1.0,infinity]_dac;
        cosh [-infinity,0.0]_def = [1.0,infinity]_def;
        cosh [entire]_def = [1.0,infinity]_def;
        cosh [1.0,0X1.2C903022DD7AAP+8]_def = [0X1.8B07551D9F55P+0,0X1.89BCA168970C6P+432]_def;
        cosh [-0X1.FD219490EAAC1P+38,-0X1.1AF1C9D74F06DP+9]_com = [0X1.53045B4F849DEP+815,infinity]_dac;
        """;
    // tanh: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_tanh_dec_test
    private static final String TANH = """
        tanh [0.0,infinity]_dac = [0.0,1.0]_dac;
        tanh [-infinity,0.0]_def = [-1.0,0.0]_def;
        tanh [entire]_dac = [-1.0,1.0]_dac;
        tanh [1.0,0X1.2C903022DD7AAP+8]_com = [0X1.85EFAB514F394P-1,0X1P+0]_com;
        tanh [-0X1.FD219490EAAC1P+38,-0X1.1AF1C9D74F06DP+9]_trv = [-0X1P+0,-0X1.FFFFFFFFFFFFFP-1]_trv;
        """;
    // asinh: 5 vectors from ITF1788 libieeep1788_elem.itl minimal_asinh_dec_test
    private static final String ASINH = """
        asinh [0.0,infinity]_dac = [0.0,infinity]_dac;
        asinh [-infinity,0.0]_trv = [-infinity,0.0]_trv;
        asinh [entire]_dac = [entire]_dac;
        asinh [1.0,0X1.2C903022DD7AAP+8]_com = [0X1.C34366179D426P-1,0X1.9986127438A87P+2]_com;
        asinh [-0X1.FD219490EAAC1P+38,-0X1.1AF1C9D74F06DP+9]_def = [-0X1.BB86380A6CC45P+4,-0X1.C204D8EB20827P+2]_def;
        """;
    // acosh: 8 vectors from ITF1788 libieeep1788_elem.itl minimal_acosh_dec_test
    private static final String ACOSH = """
        acosh [0.0,infinity]_dac = [0.0,infinity]_trv;
        acosh [1.0,infinity]_dac = [0.0,infinity]_dac;
        acosh [entire]_dac = [0.0,infinity]_trv;
        acosh [1.0,1.0]_com = [0.0,0.0]_com;
        acosh [0.9,1.0]_com = [0.0,0.0]_trv;
        acosh [1.0,0X1.2C903022DD7AAP+8]_dac = [0.0,0X1.9985FB3D532AFP+2]_dac;
        acosh [0.9,0X1.2C903022DD7AAP+8]_com = [0.0,0X1.9985FB3D532AFP+2]_trv;
        acosh [0X1.14D4E82B2B26FP+15,0X1.72DBE91C837B5P+29]_def = [0X1.656510B4BAEC3P+3,0X1.52A415EE8455AP+4]_def;
        """;
    // atanh: 9 vectors from ITF1788 libieeep1788_elem.itl minimal_atanh_dec_test
    private static final String ATANH = """
        atanh [0.0,infinity]_dac = [0.0,infinity]_trv;
        atanh [-infinity,0.0]_def = [-infinity,0.0]_trv;
        atanh [-1.0,1.0]_com = [entire]_trv;
        atanh [0.0,0.0]_com = [0.0,0.0]_com;
        atanh [1.0,1.0]_def = [empty]_trv;
        atanh [0X1.4C0420F6F08CCP-2,0X1.FFFFFFFFFFFFFP-1]_com = [0X1.5871DD2DF9102P-2,0X1.2B708872320E2P+4]_com;
        atanh [-1.0,0X1.FFFFFFFFFFFFFP-1]_com = [-infinity,0X1.2B708872320E2P+4]_trv;
        atanh [-0X1.FFB88E9EB6307P-1,0X1.999999999999AP-4]_def = [-0X1.06A3A97D7979CP+2,0X1.9AF93CD234413P-4]_def;
        atanh [-0X1.FFB88E9EB6307P-1,1.0]_com = [-0X1.06A3A97D7979CP+2,infinity]_trv;
        """;
    // abs: 8 vectors from ITF1788 libieeep1788_elem.itl minimal_abs_dec_test
    private static final String ABS = """
        abs [-1.1,2.0]_com = [0.0,2.0]_com;
        abs [-1.1,0.0]_dac = [0.0,1.1]_dac;
        abs [-1.1,-0.0]_def = [0.0,1.1]_def;
        abs [-1.1,-0.4]_trv = [0.4,1.1]_trv;
        abs [-1.9,0.2]_dac = [0.0,1.9]_dac;
        abs [0.0,0.2]_def = [0.0,0.2]_def;
        abs [-0.0,0.2]_com = [0.0,0.2]_com;
        abs [-1.5,infinity]_dac = [0.0,infinity]_dac;
        """;
    // min: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_min_dec_test
    private static final String MIN = """
        min [entire]_dac [1.0,2.0]_com = [-infinity,2.0]_dac;
        min [-7.0,-5.0]_trv [2.0,4.0]_def = [-7.0,-5.0]_trv;
        min [-7.0,0.0]_dac [2.0,4.0]_def = [-7.0,0.0]_def;
        min [-7.0,-0.0]_com [2.0,4.0]_com = [-7.0,0.0]_com;
        """;
    // max: 4 vectors from ITF1788 libieeep1788_elem.itl minimal_max_dec_test
    private static final String MAX = """
        max [entire]_dac [1.0,2.0]_com = [1.0,infinity]_dac;
        max [-7.0,-5.0]_trv [2.0,4.0]_def = [2.0,4.0]_trv;
        max [-7.0,5.0]_dac [2.0,4.0]_def = [2.0,5.0]_def;
        max [3.0,3.5]_com [2.0,4.0]_com = [3.0,4.0]_com;
        """;
    // fma: 3 vectors from ITF1788 libieeep1788_elem.itl minimal_fma_dec_test
    private static final String FMA = """
        fma [-0.5,-0.1]_com [-infinity, 3.0]_dac [-0.1,0.1]_com = [-0X1.999999999999AP+0,infinity]_dac;
        fma [1.0,2.0]_com [1.0, 0x1.FFFFFFFFFFFFFp1023]_com [0.0,1.0]_com = [1.0,infinity]_dac;
        fma [1.0,2.0]_com [1.0, 2.0]_com [2.0,5.0]_com = [3.0,9.0]_com;
        """;
    // sign: 7 vectors from ITF1788 libieeep1788_elem.itl minimal_sign_dec_test
    private static final String SIGN = """
        sign [1.0,2.0]_com = [1.0,1.0]_com;
        sign [-1.0,2.0]_com = [-1.0,1.0]_def;
        sign [-1.0,0.0]_com = [-1.0,0.0]_def;
        sign [0.0,2.0]_com = [0.0,1.0]_def;
        sign [-0.0,2.0]_def = [0.0,1.0]_def;
        sign [-5.0,-2.0]_trv = [-1.0,-1.0]_trv;
        sign [0.0,0.0]_dac = [0.0,0.0]_dac;
        """;
    // ceil: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_ceil_dec_test
    private static final String CEIL = """
        ceil [1.1,2.0]_com = [2.0,2.0]_dac;
        ceil [-1.1,2.0]_com = [-1.0,2.0]_def;
        ceil [-1.1,0.0]_dac = [-1.0,0.0]_def;
        ceil [-1.1,-0.4]_dac = [-1.0,0.0]_def;
        ceil [-1.9,2.2]_com = [-1.0,3.0]_def;
        ceil [0.0,2.2]_trv = [0.0,3.0]_trv;
        ceil [-0.0,2.2]_def = [0.0,3.0]_def;
        ceil [-1.5,infinity]_trv = [-1.0,infinity]_trv;
        ceil [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_com = [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_dac;
        ceil [-infinity,2.2]_trv = [-infinity,3.0]_trv;
        """;
    // floor: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_floor_dec_test
    private static final String FLOOR = """
        floor [1.1,2.0]_com = [1.0,2.0]_def;
        floor [-1.1,2.0]_def = [-2.0,2.0]_def;
        floor [-1.1,0.0]_dac = [-2.0,0.0]_def;
        floor [-1.2,-1.1]_com = [-2.0,-2.0]_com;
        floor [-1.1,-0.4]_def = [-2.0,-1.0]_def;
        floor [-1.0,2.2]_trv = [-1.0,2.0]_trv;
        floor [0.0,2.2]_trv = [0.0,2.0]_trv;
        floor [-0.0,2.2]_com = [0.0,2.0]_def;
        floor [-1.5,infinity]_dac = [-2.0,infinity]_def;
        floor [-infinity,2.2]_trv = [-infinity,2.0]_trv;
        """;
    // trunc: 10 vectors from ITF1788 libieeep1788_elem.itl minimal_trunc_dec_test
    private static final String TRUNC = """
        trunc [1.1,2.1]_com = [1.0,2.0]_def;
        trunc [1.1,1.9]_com = [1.0,1.0]_com;
        trunc [-1.1,2.0]_dac = [-1.0,2.0]_def;
        trunc [-1.1,0.0]_trv = [-1.0,0.0]_trv;
        trunc [-1.1,-0.0]_def = [-1.0,0.0]_def;
        trunc [-1.9,2.2]_def = [-1.0,2.0]_def;
        trunc [-1.0,2.2]_dac = [-1.0,2.0]_def;
        trunc [-1.5,infinity]_dac = [-1.0,infinity]_def;
        trunc [-infinity,2.2]_trv = [-infinity,2.0]_trv;
        trunc [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_com = [0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_dac;
        """;
    // roundTiesToEven: 6 vectors from ITF1788 libieeep1788_elem.itl minimal_round_ties_to_even_dec_test
    private static final String ROUNDTIESTOEVEN = """
        roundTiesToEven [1.1,2.1]_com = [1.0,2.0]_def;
        roundTiesToEven [-1.1,2.0]_trv = [-1.0,2.0]_trv;
        roundTiesToEven [-1.6,-1.5]_com = [-2.0,-2.0]_dac;
        roundTiesToEven [-1.6,-1.4]_com = [-2.0,-1.0]_def;
        roundTiesToEven [-1.5,infinity]_dac = [-2.0,infinity]_def;
        roundTiesToEven [-infinity,2.2]_trv = [-infinity,2.0]_trv;
        """;
    // roundTiesToAway: 7 vectors from ITF1788 libieeep1788_elem.itl minimal_round_ties_to_away_dec_test
    private static final String ROUNDTIESTOAWAY = """
        roundTiesToAway [1.1,2.1]_com = [1.0,2.0]_def;
        roundTiesToAway [-1.9,2.2]_com = [-2.0,2.0]_def;
        roundTiesToAway [1.9,2.2]_com = [2.0,2.0]_com;
        roundTiesToAway [-1.0,2.2]_trv = [-1.0,2.0]_trv;
        roundTiesToAway [2.5,2.6]_com = [3.0,3.0]_dac;
        roundTiesToAway [-1.5,infinity]_dac = [-2.0,infinity]_def;
        roundTiesToAway [-infinity,2.2]_def = [-infinity,2.0]_def;
        """;
    // cancelMinus: 10 vectors from ITF1788 libieeep1788_cancel.itl minimal_cancel_minus_dec_test
    private static final String CANCELMINUS = """
        cancelMinus [-infinity, -1.0]_dac [empty]_trv = [entire]_trv;
        cancelMinus [-infinity, -1.0]_def [entire]_dac = [entire]_trv;
        cancelMinus [-1.0,5.0]_def [-1.0, infinity]_trv = [entire]_trv;
        cancelMinus [-5.0, -1.0]_dac [-5.0,-0.9]_def = [entire]_trv;
        cancelMinus [1.0, 5.0]_com [0.9, 5.1]_dac = [entire]_trv;
        cancelMinus [empty]_trv [-10.0, 5.0]_dac = [empty]_trv;
        cancelMinus [-5.0,-1.0]_com [-5.0, -1.0]_dac = [0.0,0.0]_trv;
        cancelMinus [1.0, 5.1]_trv [1.0, 5.0]_trv = [0.0,0X1.999999999998P-4]_trv;
        cancelMinus [-0X1.999999999999AP-4,0X1.FFFFFFFFFFFFP+0]_def [-0.01,0X1.999999999999AP-4]_dac = [-0X1.70A3D70A3D70BP-4,0X1.E666666666657P+0]_trv;
        cancelMinus [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023]_com [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_com = [entire]_trv;
        """;
    // cancelPlus: 10 vectors from ITF1788 libieeep1788_cancel.itl minimal_cancel_plus_dec_test
    private static final String CANCELPLUS = """
        cancelPlus [-infinity, -1.0]_dac [empty]_trv = [entire]_trv;
        cancelPlus [entire]_dac [-5.0,1.0]_def = [entire]_trv;
        cancelPlus [-1.0,5.0]_dac [1.0,infinity]_dac = [entire]_trv;
        cancelPlus [-5.0, -1.0]_com [1.0,5.1]_def = [entire]_trv;
        cancelPlus [1.0, 5.0]_def [-5.0,-0.9]_com = [entire]_trv;
        cancelPlus [empty]_trv [empty]_trv = [empty]_trv;
        cancelPlus [-5.1,-1.0]_com [1.0,5.0]_dac = [-0X1.999999999998P-4,0.0]_trv;
        cancelPlus [-10.1, 5.1]_def [-5.0,10.0]_trv = [-0X1.999999999998P-4,0X1.999999999998P-4]_trv;
        cancelPlus [1.0, 5.0]_dac [-5.0,-1.0]_dac = [0.0,0.0]_trv;
        cancelPlus [-0x1.FFFFFFFFFFFFFp1023,0x1.FFFFFFFFFFFFFp1023]_dac [-0X1.FFFFFFFFFFFFEP+1023,0x1.FFFFFFFFFFFFFp1023]_com = [0.0,0X1P+971]_trv;
        """;
}
