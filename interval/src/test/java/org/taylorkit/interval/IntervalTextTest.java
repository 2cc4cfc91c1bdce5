package org.taylorkit.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taylorkit.interval.testing.IntervalGen;

/** Parsing (tightest enclosures of decimals) and outward formatting. */
class IntervalTextTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void tenthIsOneUlpWideAndContainsOneTenthExactly() {
        Interval x = Interval.parse("0.1");
        BigDecimal tenth = new BigDecimal("0.1");
        assertThat(x.sup()).isEqualTo(Math.nextUp(x.inf()));
        assertThat(Ref.bd(x.inf()).compareTo(tenth)).isNegative();
        assertThat(Ref.bd(x.sup()).compareTo(tenth)).isPositive();
        assertThat(Interval.fromDecimal("0.1")).isEqualTo(x);
        assertThat(Interval.parse("[0.1]")).isEqualTo(x);
    }

    @Test
    void literalForms() {
        assertThat(Interval.parse("[1]")).isEqualTo(Interval.point(1));
        assertThat(Interval.parse(" [ 1 , 2 ] ")).isEqualTo(Interval.of(1, 2));
        assertThat(Interval.parse("[empty]").isEmpty()).isTrue();
        assertThat(Interval.parse("[]").isEmpty()).isTrue();
        assertThat(Interval.parse("[entire]").isEntire()).isTrue();
        assertThat(Interval.parse("[-inf, 2]")).isEqualTo(Interval.of(-INF, 2));
        assertThat(Interval.parse("[1, +inf]")).isEqualTo(Interval.of(1, INF));
        assertThat(Interval.parse("[-Infinity, INF]").isEntire()).isTrue();
        assertThat(Interval.parse("[1e400, 1e500]")).isEqualTo(Interval.of(Double.MAX_VALUE, INF));
        assertThat(Interval.parse("1e-400")).isEqualTo(Interval.of(0, Double.MIN_VALUE));
        assertThat(Interval.parse("-2.5e3")).isEqualTo(Interval.point(-2500));
        Interval x = Interval.parse("[0.1, 0.2]");
        assertThat(Ref.bd(x.inf()).compareTo(new BigDecimal("0.1"))).isNegative();
        assertThat(Ref.bd(x.sup()).compareTo(new BigDecimal("0.2"))).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1, 2", "1, 2]", "[a, 2]", "[2, 1]", "[+inf, 2]", "[1, -inf]", "[1, 2, 3]",
        "[inf]", "abc", "[1,]", "[, 2]", "[0x1p3]"})
    void badTextNamesTheTextAndTheProblem(String text) {
        assertThatThrownBy(() -> Interval.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void specificMessages() {
        assertThatThrownBy(() -> Interval.parse("[2, 1]")).hasMessageContaining("exceeds the upper bound");
        assertThatThrownBy(() -> Interval.parse("[x, 1]")).hasMessageContaining("'x' is not a decimal number");
        assertThatThrownBy(() -> Interval.parse("[+inf, 1]")).hasMessageContaining("lower bound cannot be +infinity");
        assertThatThrownBy(() -> Interval.fromDecimal("1.2.3")).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining("1.2.3");
        assertThatThrownBy(() -> Interval.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.of(1, 2).format(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatRoundsOutward() {
        Interval third = Interval.point(1).divide(Interval.point(3));
        assertThat(third.format(5)).isEqualTo("[0.33333, 0.33334]");
        assertThat(Interval.of(-2.5, 1e30).format(3)).isEqualTo("[-2.5, 1.01E+30]"); // 1e30 = 1000000000000000019884624838656
        assertThat(Interval.of(-INF, 1).format(3)).isEqualTo("[-inf, 1]");
        assertThat(Interval.empty().format(3)).isEqualTo("[empty]");
        assertThat(Interval.entire().format(3)).isEqualTo("[entire]");
        assertThat(Interval.pi().format(10)).isEqualTo("[3.141592653, 3.141592654]");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.interval.testing.IntervalGen#manySeeds")
    void formatThenParseEnclosesTheInterval(long seed) {
        IntervalGen g = new IntervalGen(seed);
        Interval x = g.anyInterval();
        int digits = g.intBetween(1, 20);
        String text = x.format(digits);
        Interval back = Interval.parse(text);
        assertThat(back.contains(x)).as("%s formatted %s parsed %s %s", x, text, back, g).isTrue();
        if (digits >= 17 && x.isBounded()) {
            // 17 digits are finer than the double grid: at most one ulp is lost per side
            assertThat(back.inf()).as("%s %s", text, g).isGreaterThanOrEqualTo(Math.nextDown(x.inf()));
            assertThat(back.sup()).as("%s %s", text, g).isLessThanOrEqualTo(Math.nextUp(x.sup()));
        }
    }
}
