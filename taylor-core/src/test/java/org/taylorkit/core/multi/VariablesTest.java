package org.taylorkit.core.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariablesTest {

    @Test
    void namesOrderAndEquality() {
        Variables v = Variables.of("x", "y", "z");
        assertThat(v.size()).isEqualTo(3);
        assertThat(v.name(1)).isEqualTo("y");
        assertThat(v.indexOf("z")).isEqualTo(2);
        assertThat(v.names()).containsExactly("x", "y", "z");
        assertThat(v.toString()).isEqualTo("(x, y, z)");
        assertThat(v).isEqualTo(Variables.of(List.of("x", "y", "z"))).hasSameHashCodeAs(Variables.of("x", "y", "z"));
        assertThat(v).isNotEqualTo(Variables.of("y", "x", "z"));
        assertThat(v.contains("y")).isTrue();
        assertThat(v.contains("w")).isFalse();
    }

    @Test
    void badNamesAndUnknownVariables() {
        Variables v = Variables.of("x", "y");
        assertThatThrownBy(() -> v.indexOf("q")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown variable 'q': the variables are (x, y)");
        assertThatThrownBy(() -> v.name(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("2");
        assertThatThrownBy(Variables::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variables.of("x", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variables.of("a b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a b'");
        assertThatThrownBy(() -> Variables.of("x^2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Variables.of("x", "y", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> v.requireSame(Variables.of("x", "z"), "add")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("add: variables (x, y) vs (x, z)");
    }
}
