package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/**
 * The zero series to an interval power {@code R}: {@code 0^r} is 0 for {@code r > 0}, infinite for
 * {@code r < 0} and undefined for {@code r = 0}, so the result is the zero series only when every
 * member of {@code R} is positive. An exponent interval whose midpoint is positive but which contains
 * 0 or negative values must be refused (an earlier version decided by the midpoint).
 */
class ZeroSeriesIntervalPowerTest {

    private static final IntervalArithmetic IA = IntervalArithmetic.INSTANCE;
    private static final Variables XY = Variables.of("x", "y");

    @Test
    void certainlyPositiveExponentGivesZero() {
        Interval r = Interval.of(0.25, 2.5);
        assertThat(FieldTaylor1.zero(IA, 5).pow(r).coefficients()).allSatisfy(c -> assertThat(IA.isZero(c)).isTrue());
        assertThat(FieldTaylorN.zero(IA, XY, 4).pow(r).isZero()).isTrue();
    }

    @Test
    void exponentStraddlingZeroIsRefusedAlthoughItsMidpointIsPositive() {
        Interval r = Interval.of(-1, 2.5);
        assertThatThrownBy(() -> FieldTaylor1.zero(IA, 5).pow(r))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("not certainly positive");
        assertThatThrownBy(() -> FieldTaylorN.zero(IA, XY, 4).pow(r))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("not certainly positive");
    }

    @Test
    void negativeExponentIsRefused() {
        Interval r = Interval.of(-2.5, -0.5);
        assertThatThrownBy(() -> FieldTaylor1.zero(IA, 5).pow(r))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("≤ 0");
        assertThatThrownBy(() -> FieldTaylorN.zero(IA, XY, 4).pow(r))
                .isInstanceOf(SingularExpansionException.class).hasMessageContaining("≤ 0");
    }
}
