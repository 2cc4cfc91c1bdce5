package org.taylorkit.interval.enclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taylorkit.interval.Interval;

/** The box value type. */
class BoxTest {

    @Test
    void parsesDecimalSidesOutwardAndPoints() {
        Box b = Box.parse("x=[0.1, 0.2], y=0.5, z=[-1,2]");
        assertThat(b.names()).containsExactly("x", "y", "z");
        assertThat(b.get("x")).isEqualTo(Interval.parse("[0.1, 0.2]"));
        assertThat(b.get("x").inf()).isLessThan(0.1); // 0.1 is not a double: rounded down
        assertThat(b.get("y")).isEqualTo(Interval.point(0.5));
        assertThat(b.dimension()).isEqualTo(3);
        assertThat(b.isBounded()).isTrue();
        assertThat(b.isPoint()).isFalse();
        assertThat(b.toString()).isEqualTo("x ∈ " + b.get("x") + ", y ∈ [0.5, 0.5], z ∈ [-1.0, 2.0]");
    }

    @Test
    void bisectionHalvesOneSideAndKeepsTheOthers() {
        Box b = Box.parse("x=[0,1], y=[2,4]");
        Box[] h = b.bisect("y");
        assertThat(h[0]).isEqualTo(Box.parse("x=[0,1], y=[2,3]"));
        assertThat(h[1]).isEqualTo(Box.parse("x=[0,1], y=[3,4]"));
        assertThat(b.contains(h[0])).isTrue();
        assertThat(h[0].contains(b)).isFalse();
        assertThat(b.midpoint()).isEqualTo(Box.parse("x=0.5, y=3"));
        assertThat(b.with("z", Interval.point(1)).names()).containsExactly("x", "y", "z");
    }

    @Test
    void badBoxesAreRejected() {
        assertThatThrownBy(() -> Box.parse("x=[2,1]")).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> Box.parse("x=[0,1], x=[2,3]")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Box.parse("[0,1]")).hasMessageContaining("name=interval");
        assertThatThrownBy(() -> Box.parse("x=[empty]")).hasMessageContaining("empty");
        assertThatThrownBy(() -> Box.of(new LinkedHashMap<>())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Box.of(Map.of("2x", Interval.point(1)))).hasMessageContaining("not a variable name");
        assertThatThrownBy(() -> Box.parse("x=[0,1]").get("y")).hasMessageContaining("no variable 'y'");
    }
}
