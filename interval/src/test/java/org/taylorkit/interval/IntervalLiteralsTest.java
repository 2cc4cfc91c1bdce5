package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The literal constructors against every {@code b-textToInterval} / {@code d-textToInterval}
 * vector of ITF1788 (github oheim/ITF1788: ieee1788-constructors.itl, ieee1788-exceptions.itl,
 * libieeep1788_class.itl): the interval must equal the suite's (tightest), the decoration too, and
 * a vector marked {@code signal UndefinedOperation} must raise that signal (and others must not).
 * The suite's {@code PossiblyUndefinedOperation} is for an implementation unable to order two
 * close bounds: we compare them exactly, so such a vector gives the suite's interval without a
 * signal when the bounds are ordered, and ∅ with {@code UndefinedOperation} when they are not
 * ({@code [1.0000000000000002, 1.0000000000000001]}: the lower bound exceeds the upper).
 */
class IntervalLiteralsTest {

    private static final Pattern LINE = Pattern.compile("([bd])-textToInterval\\s+\"([^\"]*)\"\\s*=\\s*(.*?)\\s*(signal\\s+(\\w+))?$");

    @Test
    void everyConstructorVectorOfTheSuiteIsReproduced() {
        int n = 0;
        for (String raw : VECTORS.split(";")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("vector syntax: %s", line).isTrue();
            String text = m.group(2);
            String expected = m.group(3).strip();
            boolean undefined = "UndefinedOperation".equals(m.group(5));
            IntervalSignal.Flag flag = new IntervalSignal.Flag();
            if ("PossiblyUndefinedOperation".equals(m.group(5))) {
                Object got = m.group(1).equals("b") ? IntervalLiterals.textToInterval(text, flag)
                        : IntervalLiterals.textToDecoratedInterval(text, flag);
                Object invalid = m.group(1).equals("b") ? Interval.empty() : DecoratedInterval.nai();
                Object suite = m.group(1).equals("b") ? ItlVectors.interval(expected) : ItlVectors.decorated(expected);
                assertThat(got).as(line).isEqualTo(flag.raised() ? invalid : suite);
                n++;
                continue;
            }
            if (m.group(1).equals("b")) {
                Interval got = IntervalLiterals.textToInterval(text, flag);
                assertThat(got).as(line).isEqualTo(ItlVectors.interval(expected));
            } else {
                DecoratedInterval got = IntervalLiterals.textToDecoratedInterval(text, flag);
                assertThat(got).as(line).isEqualTo(ItlVectors.decorated(expected));
            }
            assertThat(flag.raised()).as("signal of %s (%s)", line, flag.detail()).isEqualTo(undefined);
            n++;
        }
        assertThat(n).isEqualTo(182);
    }

    @Test
    void theBriefsExamplesAndOverflow() {
        // 10?3e380 = [7e380, 13e380]: both bounds beyond MAX, so [MAX, +∞]
        assertThat(IntervalLiterals.textToInterval("10?3e380")).isEqualTo(Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY));
        // -1/10 is enclosed tightly (one ulp around −0.1), 1/3 as well
        Interval tenth = IntervalLiterals.textToInterval("[-1/10]");
        assertThat(tenth.inf()).isEqualTo(-0.1); // the double −0.1 is below −1/10
        assertThat(tenth.sup()).isEqualTo(Math.nextUp(-0.1));
        Interval third = IntervalLiterals.textToInterval("[1/3]");
        assertThat(Math.nextUp(third.inf())).isEqualTo(third.sup());
        assertThat(new java.math.BigDecimal(third.inf()).multiply(java.math.BigDecimal.valueOf(3))).isLessThan(java.math.BigDecimal.ONE);
        assertThat(new java.math.BigDecimal(third.sup()).multiply(java.math.BigDecimal.valueOf(3))).isGreaterThan(java.math.BigDecimal.ONE);
        // the disordered bounds the suite flags PossiblyUndefinedOperation are decided exactly: invalid
        IntervalSignal.Flag disordered = new IntervalSignal.Flag();
        assertThat(IntervalLiterals.textToInterval("[0x1.00000000000002p0,0x1.00000000000001p0]", disordered)).isEqualTo(Interval.empty());
        assertThat(disordered.raised()).isTrue();
        assertThat(IntervalLiterals.textToInterval("[1.0000000000000001, 1.0000000000000002]")).isEqualTo(Interval.of(1, Math.nextUp(1.0)));
        // hex digits beyond 53 bits are rounded outward, not truncated
        Interval hex = IntervalLiterals.textToInterval("[0x1.00000000000008p0]");
        assertThat(hex).isEqualTo(Interval.of(1.0, Math.nextUp(1.0)));
        // the decorated uncertain form and half-lines
        assertThat(IntervalLiterals.textToDecoratedInterval("2.5??u_dac").toString()).isEqualTo("[2.5, +inf]_dac");
        assertThat(IntervalLiterals.textToDecoratedInterval("[1,]").decoration()).isEqualTo(Decoration.dac);
        // an impossible decoration is NaI with a signal, never an exception
        IntervalSignal.Flag flag = new IntervalSignal.Flag();
        assertThat(IntervalLiterals.textToDecoratedInterval("[entire]_com", flag).isNaI()).isTrue();
        assertThat(flag.condition()).isEqualTo("UndefinedOperation");
        assertThat(flag.detail()).contains("[entire]_com");
        assertThat(IntervalLiterals.textToInterval("[2, 1]")).isEqualTo(Interval.empty());
        assertThat(IntervalLiterals.textToInterval("[1/0]")).isEqualTo(Interval.empty());
    }

    // all 182 b-/d-textToInterval vectors of ITF1788 (ieee1788-constructors.itl, ieee1788-exceptions.itl, libieeep1788_class.itl)
    private static final String VECTORS = """
        b-textToInterval "[1.2345]" = [0X1.3C083126E978DP+0, 0X1.3C083126E978EP+0];
        b-textToInterval "[1,+infinity]" = [1.0, infinity];
        d-textToInterval "[1,1e3]_com" = [1.0, 1000.0]_com;
        d-textToInterval "[1,1E3]_COM" = [1.0, 1000.0]_com;
        b-textToInterval "[1.e-3, 1.1e-3]" = [0X4.189374BC6A7ECP-12, 0X4.816F0068DB8BCP-12];
        b-textToInterval "[-0x1.3p-1, 2/3]" = [-0X9.8000000000000P-4, +0XA.AAAAAAAAAAAB0P-4];
        b-textToInterval "[3.56]" = [0X3.8F5C28F5C28F4P+0, 0X3.8F5C28F5C28F6P+0];
        b-textToInterval "3.56?1" = [0X3.8CCCCCCCCCCCCP+0, 0X3.91EB851EB8520P+0];
        b-textToInterval "3.56?1e2" = [355.0, 357.0];
        b-textToInterval "3.560?2" = [0X3.8ED916872B020P+0, 0X3.8FDF3B645A1CCP+0];
        b-textToInterval "3.56?" = [0X3.8E147AE147AE0P+0, 0X3.90A3D70A3D70CP+0];
        b-textToInterval "3.560?2u" = [0X3.8F5C28F5C28F4P+0, 0X3.8FDF3B645A1CCP+0];
        b-textToInterval "-10?" = [-10.5, -9.5];
        b-textToInterval "-10?u" = [-10.0, -9.5];
        b-textToInterval "-10?12" = [-22.0, 2.0];
        b-textToInterval "[1.234e5,Inf]" = [123400.0, infinity];
        b-textToInterval "3.1416?1" = [0X3.24395810624DCP+0, 0X3.24467381D7DC0P+0];
        b-textToInterval "[Empty]" = [empty];
        d-textToInterval "[ ]" = [empty]_trv;
        d-textToInterval "[entire]" = [-infinity, +infinity]_dac;
        d-textToInterval "[1.e-3, 1.1e-3]" = [0X4.189374BC6A7ECP-12, 0X4.816F0068DB8BCP-12]_com;
        d-textToInterval "[-Inf, 2/3]" = [-infinity, +0XA.AAAAAAAAAAAB0P-4]_dac;
        d-textToInterval "[0x1.3p-1,]" = [0x1.3p-1, infinity]_dac;
        d-textToInterval "[,]" = [entire]_dac;
        d-textToInterval "3.56?1" = [0X3.8CCCCCCCCCCCCP+0, 0X3.91EB851EB8520P+0]_com;
        d-textToInterval "3.56?1e2" = [355.0, 357.0]_com;
        d-textToInterval "3.560?2" = [0X3.8ED916872B020P+0, 0X3.8FDF3B645A1CCP+0]_com;
        d-textToInterval "3.56?" = [0X3.8E147AE147AE0P+0, 0X3.90A3D70A3D70CP+0]_com;
        d-textToInterval "3.560?2u" = [0X3.8F5C28F5C28F4P+0, 0X3.8FDF3B645A1CCP+0]_com;
        d-textToInterval "-10?" = [-10.5, -9.5]_com;
        d-textToInterval "-10?u" = [-10.0, -9.5]_com;
        d-textToInterval "-10?12" = [-22.0, 2.0]_com;
        d-textToInterval "-10??u" = [-10.0, infinity]_dac;
        d-textToInterval "-10??" = [-infinity, infinity]_dac;
        d-textToInterval "[nai]" = [nai];
        d-textToInterval "3.56?1_def" = [0X3.8CCCCCCCCCCCCP+0, 0X3.91EB851EB8520P+0]_def;
        b-textToInterval "[]" = [empty];
        b-textToInterval "[empty]" = [empty];
        b-textToInterval "[ empty ]" = [empty];
        b-textToInterval "[,]" = [entire];
        b-textToInterval "[ entire ]" = [entire];
        b-textToInterval "[+infinity]" = [empty] signal UndefinedOperation;
        b-textToInterval "[1.0000000000000001, 1.0000000000000002]" = [1.0, 0x1.0000000000001p+0] signal PossiblyUndefinedOperation;
        b-textToInterval "[ Empty  ]" = [empty];
        b-textToInterval "[ Empty  ]_trv" = [empty] signal UndefinedOperation;
        b-textToInterval "[  ]" = [empty];
        b-textToInterval "[  ]_trv" = [empty] signal UndefinedOperation;
        b-textToInterval "[,]" = [-infinity,infinity];
        b-textToInterval "[,]_trv" = [empty] signal UndefinedOperation;
        b-textToInterval "[ entire  ]" = [-infinity,infinity];
        b-textToInterval "[ ENTIRE ]_dac" = [empty] signal UndefinedOperation;
        b-textToInterval "[ ENTIRE ]" = [-infinity,infinity];
        b-textToInterval "[ -inf , INF  ]" = [-infinity,infinity];
        b-textToInterval "[ -inf, INF ]_def" = [empty] signal UndefinedOperation;
        b-textToInterval "[-1.0,1.0]" = [-1.0,1.0];
        b-textToInterval "[  -1.0  ,  1.0  ]" = [-1.0,1.0];
        b-textToInterval "[  -1.0  , 1.0]" = [-1.0,1.0];
        b-textToInterval "[-1,]" = [-1.0,infinity];
        b-textToInterval "[-1.0, +inf]" = [-1.0,infinity];
        b-textToInterval "[-1.0, +infinity]" = [-1.0,infinity];
        b-textToInterval "[-Inf, 1.000 ]" = [-infinity,1.0];
        b-textToInterval "[-Infinity, 1.000 ]" = [-infinity,1.0];
        b-textToInterval "[1.0E+400 ]" = [0x1.fffffffffffffp+1023,infinity];
        b-textToInterval "[ -4/2, 10/5 ]" = [-2.0,2.0];
        b-textToInterval "[ -1/10, 1/10 ]" = [-0.1,0.1];
        b-textToInterval "0.0?" = [-0.05,0.05];
        b-textToInterval "0.0?u" = [0.0,0.05];
        b-textToInterval "0.0?d" = [-0.05,0.0];
        b-textToInterval "2.5?" = [0x1.3999999999999p+1,0x1.4666666666667p+1];
        b-textToInterval "2.5?u" = [2.5,0x1.4666666666667p+1];
        b-textToInterval "2.5?d" = [0x1.3999999999999p+1,2.5];
        b-textToInterval "0.000?5" = [-0.005,0.005];
        b-textToInterval "0.000?5u" = [0.0,0.005];
        b-textToInterval "0.000?5d" = [-0.005,0.0];
        b-textToInterval "2.500?5" = [0x1.3f5c28f5c28f5p+1,0x1.40a3d70a3d70bp+1];
        b-textToInterval "2.500?5u" = [2.5,0x1.40a3d70a3d70bp+1];
        b-textToInterval "2.500?5d" = [0x1.3f5c28f5c28f5p+1,2.5];
        b-textToInterval "0.0??" = [-infinity,infinity];
        b-textToInterval "0.0??u" = [0.0,infinity];
        b-textToInterval "0.0??d" = [-infinity,0.0];
        b-textToInterval "2.5??" = [-infinity,infinity];
        b-textToInterval "2.5??u" = [2.5,infinity];
        b-textToInterval "2.5??d" = [-infinity,2.5];
        b-textToInterval "2.500?5e+27" = [0x1.01fa19a08fe7fp+91,0x1.0302cc4352683p+91];
        b-textToInterval "2.500?5ue4" = [0x1.86ap+14,0x1.8768p+14];
        b-textToInterval "2.500?5de-5" = [0x1.a2976f1cee4d5p-16,0x1.a36e2eb1c432dp-16];
        b-textToInterval "10?3" = [7.0,13.0];
        b-textToInterval "10?3e380" = [0x1.fffffffffffffp+1023,infinity];
        b-textToInterval "1.0000000000000001?1" = [1.0,0x1.0000000000001p+0];
        b-textToInterval "10?1800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000" = [-infinity,infinity];
        b-textToInterval "[ Nai  ]" = [empty] signal UndefinedOperation;
        b-textToInterval "[ Nai  ]_ill" = [empty] signal UndefinedOperation;
        b-textToInterval "[ Nai  ]_trv" = [empty] signal UndefinedOperation;
        b-textToInterval "[ Empty  ]_ill" = [empty] signal UndefinedOperation;
        b-textToInterval "[  ]_com" = [empty] signal UndefinedOperation;
        b-textToInterval "[,]_com" = [empty] signal UndefinedOperation;
        b-textToInterval "[   Entire ]_com" = [empty] signal UndefinedOperation;
        b-textToInterval "[ -inf ,  INF ]_com" = [empty] signal UndefinedOperation;
        b-textToInterval "[  -1.0  , 1.0]_ill" = [empty] signal UndefinedOperation;
        b-textToInterval "[  -1.0  , 1.0]_fooo" = [empty] signal UndefinedOperation;
        b-textToInterval "[  -1.0  , 1.0]_da" = [empty] signal UndefinedOperation;
        b-textToInterval "[-1.0,]_com" = [empty] signal UndefinedOperation;
        b-textToInterval "[-Inf, 1.000 ]_ill" = [empty] signal UndefinedOperation;
        b-textToInterval "[-I  nf, 1.000 ]" = [empty] signal UndefinedOperation;
        b-textToInterval "[-Inf, 1.0  00 ]" = [empty] signal UndefinedOperation;
        b-textToInterval "[-Inf ]" = [empty] signal UndefinedOperation;
        b-textToInterval "[Inf , INF]" = [empty] signal UndefinedOperation;
        b-textToInterval "[ foo ]" = [empty] signal UndefinedOperation;
        b-textToInterval "[1.0000000000000002,1.0000000000000001]" = [1.0,0x1.0000000000001p+0] signal PossiblyUndefinedOperation;
        b-textToInterval "[10000000000000001/10000000000000000,10000000000000002/10000000000000001]" = [1.0,0x1.0000000000001p+0] signal PossiblyUndefinedOperation;
        b-textToInterval "[0x1.00000000000002p0,0x1.00000000000001p0]" = [1.0,0x1.0000000000001p+0] signal PossiblyUndefinedOperation;
        d-textToInterval "[ Empty  ]" = [empty]_trv;
        d-textToInterval "[ Empty  ]_trv" = [empty]_trv;
        d-textToInterval "[  ]" = [empty]_trv;
        d-textToInterval "[  ]_trv" = [empty]_trv;
        d-textToInterval "[,]" = [entire]_dac;
        d-textToInterval "[,]_trv" = [entire]_trv;
        d-textToInterval "[ entire  ]" = [entire]_dac;
        d-textToInterval "[ ENTIRE ]_dac" = [entire]_dac;
        d-textToInterval "[ -inf , INF  ]" = [entire]_dac;
        d-textToInterval "[ -inf, INF ]_def" = [entire]_def;
        d-textToInterval "[-1.0,1.0]" = [-1.0,1.0]_com;
        d-textToInterval "[  -1.0  ,  1.0  ]_com" = [-1.0,1.0]_com;
        d-textToInterval "[  -1.0  , 1.0]_trv" = [-1.0,1.0]_trv;
        d-textToInterval "[-1,]" = [-1.0,infinity]_dac;
        d-textToInterval "[-1.0, +inf]_def" = [-1.0,infinity]_def;
        d-textToInterval "[-1.0, +infinity]_def" = [-1.0,infinity]_def;
        d-textToInterval "[-Inf, 1.000 ]" = [-infinity,1.0]_dac;
        d-textToInterval "[-Infinity, 1.000 ]_trv" = [-infinity,1.0]_trv;
        d-textToInterval "[1.0E+400 ]_com" = [0x1.fffffffffffffp+1023,infinity]_dac;
        d-textToInterval "[ -4/2, 10/5 ]_com" = [-2.0,2.0]_com;
        d-textToInterval "[ -1/10, 1/10 ]_com" = [-0.1,0.1]_com;
        d-textToInterval "0.0?" = [-0.05,0.05]_com;
        d-textToInterval "0.0?u_trv" = [0.0,0.05]_trv;
        d-textToInterval "0.0?d_dac" = [-0.05,0.0]_dac;
        d-textToInterval "2.5?" = [0x1.3999999999999p+1,0x1.4666666666667p+1]_com;
        d-textToInterval "2.5?u" = [2.5,0x1.4666666666667p+1]_com;
        d-textToInterval "2.5?d_trv" = [0x1.3999999999999p+1,2.5]_trv;
        d-textToInterval "0.000?5" = [-0.005,0.005]_com;
        d-textToInterval "0.000?5u_def" = [0.0,0.005]_def;
        d-textToInterval "0.000?5d" = [-0.005,0.0]_com;
        d-textToInterval "2.500?5" = [0x1.3f5c28f5c28f5p+1,0x1.40a3d70a3d70bp+1]_com;
        d-textToInterval "2.500?5u" = [2.5,0x1.40a3d70a3d70bp+1]_com;
        d-textToInterval "2.500?5d" = [0x1.3f5c28f5c28f5p+1,2.5]_com;
        d-textToInterval "0.0??_dac" = [-infinity,infinity]_dac;
        d-textToInterval "0.0??u_trv" = [0.0,infinity]_trv;
        d-textToInterval "0.0??d" = [-infinity,0.0]_dac;
        d-textToInterval "2.5??" = [-infinity,infinity]_dac;
        d-textToInterval "2.5??u_def" = [2.5,infinity]_def;
        d-textToInterval "2.5??d_dac" = [-infinity,2.5]_dac;
        d-textToInterval "2.500?5e+27" = [0x1.01fa19a08fe7fp+91,0x1.0302cc4352683p+91]_com;
        d-textToInterval "2.500?5ue4_def" = [0x1.86ap+14,0x1.8768p+14]_def;
        d-textToInterval "2.500?5de-5" = [0x1.a2976f1cee4d5p-16,0x1.a36e2eb1c432dp-16]_com;
        d-textToInterval "[ Nai  ]" = [nai];
        d-textToInterval "10?1800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000_com" = [-infinity,infinity]_dac;
        d-textToInterval "10?3_com" = [7.0,13.0]_com;
        d-textToInterval "10?3e380_com" = [0x1.fffffffffffffp+1023,infinity]_dac;
        d-textToInterval "[ Nai  ]_ill" = [nai] signal UndefinedOperation;
        d-textToInterval "[ Nai  ]_trv" = [nai] signal UndefinedOperation;
        d-textToInterval "[ Empty  ]_ill" = [nai] signal UndefinedOperation;
        d-textToInterval "[  ]_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[,]_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[   Entire ]_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[ -inf ,  INF ]_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[  -1.0  , 1.0]_ill" = [nai] signal UndefinedOperation;
        d-textToInterval "[  -1.0  , 1.0]_fooo" = [nai] signal UndefinedOperation;
        d-textToInterval "[  -1.0  , 1.0]_da" = [nai] signal UndefinedOperation;
        d-textToInterval "[-1.0,]_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[-Inf, 1.000 ]_ill" = [nai] signal UndefinedOperation;
        d-textToInterval "[-I  nf, 1.000 ]" = [nai] signal UndefinedOperation;
        d-textToInterval "[-Inf, 1.0  00 ]" = [nai] signal UndefinedOperation;
        d-textToInterval "[-Inf ]" = [nai] signal UndefinedOperation;
        d-textToInterval "[Inf , INF]" = [nai] signal UndefinedOperation;
        d-textToInterval "[ foo ]" = [nai] signal UndefinedOperation;
        d-textToInterval "0.0??_com" = [nai] signal UndefinedOperation;
        d-textToInterval "0.0??u_ill" = [nai] signal UndefinedOperation;
        d-textToInterval "0.0??d_com" = [nai] signal UndefinedOperation;
        d-textToInterval "0.0??_com" = [nai] signal UndefinedOperation;
        d-textToInterval "[1.0,2.0" = [nai] signal UndefinedOperation;
        d-textToInterval "[1.0000000000000002,1.0000000000000001]" = [1.0,0x1.0000000000001p+0]_com signal PossiblyUndefinedOperation;
        d-textToInterval "[10000000000000001/10000000000000000,10000000000000002/10000000000000001]" = [1.0,0x1.0000000000001p+0]_com signal PossiblyUndefinedOperation;
        d-textToInterval "[0x1.00000000000002p0,0x1.00000000000001p0]" = [1.0,0x1.0000000000001p+0]_com signal PossiblyUndefinedOperation;
        """;
}
