package org.taylorkit.interval.itf1788;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ITL reader on hand-written text covering every token form of the ITF1788 files. */
class ItlReaderTest {

    private static final String TEXT = String.join("\n",
            "/* header",
            "   comment */",
            "testcase demo {",
            "    // a line comment",
            "    add [1.0, 2.0] [-0X1.8P+1, infinity] = [-0x1p1, +infinity];",
            "    exp [empty]_trv = [empty]_trv;",
            "    pos [nai] = [nai];",
            "    pown [entire] -3 = [entire];",
            "    isSingleton [17.1, 17.1] = true;",
            "    overlap [1,2] [3,4] = before;",
            "    b-textToInterval \"[1,2]\" = [1.0, 2.0];",
            "    d-numsToInterval 2 1 = [nai] signal UndefinedOperation;",
            "    sum_nearest {1.0, 2.0, 3.0} = 6.0;",
            "    mulRevToPair [1,2] [3,4] = [1.5, 4.0] [empty];",
            "}");

    @Test
    void readsEveryTokenForm() {
        List<ItlVector> v = ItlReader.parse("demo.itl", TEXT);
        assertThat(v).hasSize(10);
        ItlVector add = v.get(0);
        assertThat(add.testcase()).isEqualTo("demo");
        assertThat(add.line()).isEqualTo(5);
        assertThat(add.operation()).isEqualTo("add");
        assertThat(add.args().get(1).lo()).isEqualTo(-3.0);
        assertThat(add.args().get(1).hi()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(add.results().get(0).lo()).isEqualTo(-2.0);
        assertThat(add.decorated()).isFalse();

        assertThat(v.get(1).args().get(0).isEmptyInterval()).isTrue();
        assertThat(v.get(1).args().get(0).decoration()).isEqualTo("trv");
        assertThat(v.get(1).decorated()).isTrue();
        assertThat(v.get(2).args().get(0).kind()).isEqualTo(ItlValue.Kind.NAI);
        assertThat(v.get(3).args().get(1).lo()).isEqualTo(-3.0);
        // a decimal bound denotes its nearest double (ITF1788 compiles it to a double literal)
        assertThat(v.get(4).args().get(0).lo()).isEqualTo(17.1).isEqualTo(v.get(4).args().get(0).hi());
        assertThat(v.get(4).results().get(0).text()).isEqualTo("true");
        assertThat(v.get(5).results().get(0).kind()).isEqualTo(ItlValue.Kind.WORD);
        assertThat(v.get(6).args().get(0).text()).isEqualTo("[1,2]");
        assertThat(v.get(7).signals()).containsExactly("UndefinedOperation");
        assertThat(v.get(8).args().get(0).items()).extracting(ItlValue::lo).containsExactly(1.0, 2.0, 3.0);
        assertThat(v.get(9).results()).hasSize(2);
    }

    @Test
    void hexadecimalConstantsAreExact() {
        assertThat(ItlNumbers.nearest("-0X2.7ED8954764B12P-288")).isEqualTo(Double.parseDouble("-0x2.7ED8954764B12p-288"));
        assertThat(ItlNumbers.nearest("0X4.0000000000000P-1076")).isEqualTo(Double.MIN_VALUE);
        assertThat(ItlNumbers.nearest("0x1.FFFFFFFFFFFFFp1023")).isEqualTo(Double.MAX_VALUE);
        assertThat(ItlNumbers.nearest("-0.0")).isEqualTo(-0.0);
        assertThat(ItlNumbers.exact("0x10p-4")).isEqualByComparingTo("1");
    }

    @Test
    void malformedTextNamesFileAndLine() {
        assertThatThrownBy(() -> ItlReader.parse("bad.itl", "testcase t {\n  exp [1, 2] ;\n}"))
                .hasMessageContaining("bad.itl:2").hasMessageContaining("no '= result'");
        assertThatThrownBy(() -> ItlReader.parse("bad.itl", "case t {}")).hasMessageContaining("expected 'testcase'");
    }

    @Test
    void verdictsDistinguishTightContainedAndFailed() {
        ItlVector v = ItlReader.parse("t.itl", "testcase t { sqrt [4, 9] = [2, 3]; }").get(0);
        assertThat(ItlOutcome.judge(v, List.of(org.taylorkit.interval.Interval.of(2, 3))).status())
                .isEqualTo(ItlOutcome.Status.TIGHT);
        ItlOutcome wide = ItlOutcome.judge(v, List.of(org.taylorkit.interval.Interval.of(Math.nextDown(2.0), 3)));
        assertThat(wide.status()).isEqualTo(ItlOutcome.Status.CONTAINED);
        assertThat(wide.ulps()).isEqualTo(1);
        assertThat(ItlOutcome.judge(v, List.of(org.taylorkit.interval.Interval.of(2, Math.nextDown(3.0)))).status())
                .isEqualTo(ItlOutcome.Status.FAILED);
    }
}
