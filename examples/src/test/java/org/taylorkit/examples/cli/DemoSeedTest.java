package org.taylorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed example of {@code taylor demo}: its 50-digit values match mpmath's at 40 digits
 * ({@code mp.diff} of exp(x)/sqrt(sin(x)^3 + cos(x)^3) at x = 1.5, computed independently on 2026-12-07:
 * f = 4.497780053946161950251770072282865670312, f′ = 4.053427893898620657714187925608000714383,
 * f″ = 9.463073681596603352536432998523086856135), and what
 * it says about the double values (correctly rounded or how many ulps off) agrees with the numbers it prints.
 */
class DemoSeedTest {

    @Test
    void theRoundingClaimMatchesThePrintedNumbers() throws Exception {
        String out = CliRun.of("demo").out();
        List<Double> doubles = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\s+f'{0,2}\\s+(\\S+)\\s+\\S+$").matcher(out);
        while (row.find() && doubles.size() < 3) {
            doubles.add(Double.parseDouble(row.group(1)));
        }
        List<String> digits = new ArrayList<>();
        Matcher apf = Pattern.compile("(?m)^\\s+f'{0,2}\\s+= (\\S+)$").matcher(out);
        while (apf.find()) {
            digits.add(apf.group(1));
        }
        assertThat(doubles).as(out).hasSize(3);
        assertThat(digits).as(out).hasSize(3);
        assertThat(digits.get(0)).startsWith("4.49778005394616195025177007228286567031");
        assertThat(digits.get(1)).startsWith("4.05342789389862065771418792560800071438");
        assertThat(digits.get(2)).startsWith("9.46307368159660335253643299852308685613");
        String[] names = {"f", "f'", "f''"};
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            double nearest = Double.parseDouble(digits.get(k));
            long ulps = Double.doubleToLongBits(doubles.get(k)) - Double.doubleToLongBits(nearest);
            if (ulps != 0) {
                expected.add(names[k] + " is " + Math.abs(ulps) + (Math.abs(ulps) == 1 ? " ulp " : " ulps ")
                        + (ulps < 0 ? "below " : "above "));
            }
        }
        if (expected.isEmpty()) {
            assertThat(out).contains("the double values above are all correctly rounded:");
        } else {
            for (String e : expected) {
                assertThat(out).contains(e);
            }
            assertThat(out).contains("correctly rounded\n   except: ");
        }
    }
}
