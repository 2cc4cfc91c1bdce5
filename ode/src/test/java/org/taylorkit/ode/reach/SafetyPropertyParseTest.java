package org.taylorkit.ode.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;

/** Parsing safety properties: the accepted forms, and errors that name the column and the reason. */
class SafetyPropertyParseTest {

    static final List<String> XY = List.of("x", "y");

    static SafetyProperty parse(String text) {
        return SafetyProperty.parse(text, List.of("x", "y", "x3"), Set.of("mu"));
    }

    @Test
    void simpleBoundOnAVariable() {
        SafetyProperty p = parse("y < 2.75");
        assertThat(p.relation()).isEqualTo(Relation.LESS);
        assertThat(p.hasWindow()).isFalse();
        assertThat(p.axisBound()).contains(new SafetyProperty.AxisBound("y", 2.75));
        assertThat(p.text()).isEqualTo("y < 2.75");
    }

    @Test
    void windowEndsAreEnclosuresOfTheDecimals() {
        SafetyProperty p = parse("x3 > 0.9 on [0.1, 5]");
        assertThat(p.relation()).isEqualTo(Relation.GREATER);
        Interval a = p.windowStart().orElseThrow();
        // 1/10 is not a double: the start is an enclosure of it with two distinct ends
        assertThat(a.inf()).isLessThan(a.sup());
        assertThat(a.inf()).isLessThanOrEqualTo(0.1).isGreaterThan(0.0999999);
        assertThat(p.windowEnd().orElseThrow()).isEqualTo(Interval.point(5));
        assertThat(p.axisBound()).contains(new SafetyProperty.AxisBound("x3", 0.9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x^2 + y^2 <= 4      | LESS_EQUAL",
        "0.9 < x             | LESS",
        "x*(1 - y) >= -mu    | GREATER_EQUAL",
        "y > t/2 on [1,pi]   | GREATER",
        "max(x, y) < 3       | LESS",
        "(x < 1)             | LESS"})
    void acceptedForms(String text, Relation r) {
        if (text.startsWith("(")) {
            // a relation inside parentheses is not a relation of the property
            assertThatThrownBy(() -> parse(text)).hasMessageContaining("expected a relation");
            return;
        }
        if (text.startsWith("max")) {
            assertThatThrownBy(() -> parse(text)).hasMessageContaining("column 1").hasMessageContaining("left side");
            return;
        }
        assertThat(parse(text).relation()).isEqualTo(r);
    }

    @Test
    void theSidesMeanWhatTheySay() {
        SafetyProperty p = parse("x^2 + y^2 <= 4");
        Interval g = p.lhs().minus(p.rhs()).evaluate(IntervalArithmetic.INSTANCE,
                Map.of("x", Interval.point(1), "y", Interval.point(2)));
        assertThat(g).isEqualTo(Interval.point(1));
        assertThat(p.axisBound()).isEmpty();
        assertThat(parse("0.9 < x").axisBound()).contains(new SafetyProperty.AxisBound("x", 0.9));
        assertThat(parse("x < mu").axisBound()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y 2.75           | column 7: expected a relation",
        "y = 2.75         | column 3: '=' is not a relation",
        "y == 2.75        | column 3: '==' is not a relation",
        "y != 2.75        | column 3: '!=' is not a relation",
        "0 < x < 1        | column 7: a second relation '<'",
        "< 1              | column 1: nothing on the left of '<'",
        "x <=             | column 5: nothing on the right of '<='",
        "w + x < 1        | column 1: unknown variable 'w' (state variables: x, y, x3; parameters: mu; and the time t)",
        "x < 1 + zz*2     | column 9: unknown variable 'zz'",
        "x < (1 +         | column 9: in the right side",
        "x < 1 on [5, 1]  | column 10: the time window [5, 1] is empty",
        "x < 1 on [1, 5   | column 15: the time window needs a closing ']'",
        "x < 1 on [1]     | column 10: the time window must be [a,b]",
        "x < 1 on [1,x]   | column 13: the window end must be a constant",
        "x < 1 on [1,5] y | column 15: unexpected text after the time window",
        "x < 1 on [,5]    | column 11: the window start is missing"})
    void errorsNameTheColumnAndTheReason(String text, String message) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("property \"" + text + "\"").hasMessageContaining(message);
    }

    @Test
    void emptyText() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("empty property");
    }
}
