package org.taylorkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The computer-assisted proof of the Van der Pol limit cycle runs and its enclosures contain the published values. */
class VanDerPolProofTest {

    /** The bounds printed after {@code label} as {@code [lo, hi]}. */
    static BigDecimal[] bounds(String out, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + " \\[([-0-9.Ee+]+), ([-0-9.Ee+]+)\\]").matcher(out);
        assertThat(m.find()).as(label + " in " + out).isTrue();
        return new BigDecimal[] {new BigDecimal(m.group(1)), new BigDecimal(m.group(2))};
    }

    static boolean contains(BigDecimal[] b, String value) {
        BigDecimal v = new BigDecimal(value);
        return b[0].compareTo(v) <= 0 && v.compareTo(b[1]) <= 0;
    }

    @Test
    void provesThePeriodicOrbitAndEnclosesItsPeriod() throws Exception {
        String out = DynamicsExamplesTest.run(() -> VanDerPolProof.main(new String[0]));
        assertThat(out).contains("K(X) = [").endsWith("verified" + System.lineSeparator()).doesNotContain("not verified");
        // published: period T ≈ 6.663286859323130, amplitude (x on y = 0) ≈ 2.00861986
        // (e.g. Strogatz, Nonlinear Dynamics and Chaos; high-precision values in the literature on the
        // Van der Pol limit cycle at mu = 1)
        BigDecimal[] period = bounds(out, "period in");
        assertThat(contains(period, "6.663286859323130")).as(out).isTrue();
        assertThat(period[1].subtract(period[0])).as(out).isLessThan(new BigDecimal("1e-10"));
        BigDecimal[] x = bounds(out, "x* in");
        assertThat(x[0]).isGreaterThan(new BigDecimal("2.008619855"));
        assertThat(x[1]).isLessThan(new BigDecimal("2.008619865"));
        assertThat(x[1].subtract(x[0])).as(out).isLessThan(new BigDecimal("1e-10"));
        // the Krawczyk image lies inside X (checked by the program; re-checked here on the printed decimals)
        BigDecimal[] box = bounds(out, "X =");
        BigDecimal[] k = bounds(out, "K(X) =");
        assertThat(k[0]).isGreaterThan(box[0]);
        assertThat(k[1]).isLessThan(box[1]);
    }
}
