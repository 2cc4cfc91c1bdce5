package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The BigDecimal reference functions of {@link Exact} against published digits. */
class ExactReferenceTest {

    @Test
    void referenceFunctionsMatchPublishedDigits() {
        // e and 1/e: OEIS A001113, A068985
        assertThat(Exact.exp(BigDecimal.ONE).toString()).startsWith("2.718281828459045235360287471352662497757247");
        assertThat(Exact.exp(BigDecimal.ONE.negate()).toString()).startsWith("0.367879441171442321595523770161460867445811");
        // sin 20 = 0.912945250727627654376…, cos 20 = 0.408082061813391986062… (any CAS)
        assertThat(Exact.sin(BigDecimal.valueOf(20)).toString()).startsWith("0.91294525072762765437");
        assertThat(Exact.cos(BigDecimal.valueOf(20)).toString()).startsWith("0.40808206181339198606");
        // sin of the double nearest π is π − fl(π) = 1.2246467991473531772e-16 (the well-known residual)
        assertThat(Exact.sin(new BigDecimal(Math.PI)).toString()).startsWith("1.2246467991473531772");
    }
}
