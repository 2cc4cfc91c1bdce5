package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The validated-applications part of {@code taylor demo} prints proved results that contain the published values. */
class DemoSolveTest {

    @Test
    void zerosMinimumAndRumpsIntegral() {
        StringWriter s = new StringWriter();
        DemoSolve.print(new PrintWriter(s, true));
        String out = s.toString();
        assertThat(out).contains("4 proved unique");
        // six-hump camel: f* = -1.03162845348987744..., from Newton on the gradient in 40-digit Apfloat (GlobalMinimizerTest)
        Matcher camel = Pattern.compile("minimum in \\[(\\S+), (\\S+)\\]").matcher(out);
        assertThat(camel.find()).as(out).isTrue();
        BigDecimal fStar = new BigDecimal("-1.0316284534898774");
        assertThat(new BigDecimal(camel.group(1))).isLessThanOrEqualTo(fStar.add(new BigDecimal("1e-16")));
        assertThat(new BigDecimal(camel.group(2))).isGreaterThanOrEqualTo(fStar.subtract(new BigDecimal("1e-16")));
        Matcher rump = Pattern.compile("over \\[0, 8\\] in \\[(\\S+), (\\S+)\\]").matcher(out);
        assertThat(rump.find()).as(out).isTrue();
        BigDecimal published = IntegralCommandTest.RUMP;
        assertThat(new BigDecimal(rump.group(1))).isLessThanOrEqualTo(published);
        assertThat(new BigDecimal(rump.group(2))).isGreaterThanOrEqualTo(published);
    }
}
