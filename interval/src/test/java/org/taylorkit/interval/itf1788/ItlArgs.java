package org.taylorkit.interval.itf1788;

import java.util.List;
import org.taylorkit.interval.DecoratedInterval;
import org.taylorkit.interval.Decoration;
import org.taylorkit.interval.Interval;

/** Typed access to the arguments of one ITL vector, for the adapters in {@link ItlOperations}. */
final class ItlArgs {

    private final List<ItlValue> values;

    ItlArgs(List<ItlValue> values) {
        this.values = values;
    }

    /** Argument {@code i} as a bare {@link Interval} ({@code [empty]} is ∅). */
    Interval interval(int i) {
        ItlValue v = get(i, ItlValue.Kind.INTERVAL);
        return v.isEmptyInterval() ? Interval.empty() : Interval.of(v.lo(), v.hi());
    }

    /** Argument {@code i} as a decorated interval ({@code [nai]} is NaI; a bare interval gets newDec). */
    DecoratedInterval decorated(int i) {
        ItlValue v = values.get(i);
        if (v.kind() == ItlValue.Kind.NAI) {
            return DecoratedInterval.nai();
        }
        Interval x = interval(i);
        return v.decoration() == null ? DecoratedInterval.of(x) : DecoratedInterval.of(x, Decoration.valueOf(v.decoration()));
    }

    /** True when some argument is {@code [nai]}. */
    boolean anyNaI() {
        return values.stream().anyMatch(v -> v.kind() == ItlValue.Kind.NAI);
    }

    /** True when argument {@code i} is {@code [nai]}. */
    boolean isNaI(int i) {
        return values.get(i).kind() == ItlValue.Kind.NAI;
    }

    /** Argument {@code i}, a decoration name. */
    Decoration decoration(int i) {
        return Decoration.valueOf(get(i, ItlValue.Kind.WORD).text());
    }

    /** Argument {@code i} as the double nearest its spelling. */
    double number(int i) {
        return get(i, ItlValue.Kind.NUMBER).lo();
    }

    /** Argument {@code i} as an exact {@code int}. */
    int integer(int i) {
        double d = number(i);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ITL argument " + i + " is not an int: " + values.get(i));
        }
        return (int) d;
    }

    /** Argument {@code i}, a brace list of numbers, as doubles. */
    double[] numbers(int i) {
        return get(i, ItlValue.Kind.LIST).items().stream().mapToDouble(ItlValue::lo).toArray();
    }

    /** Argument {@code i} as a string. */
    String string(int i) {
        return get(i, ItlValue.Kind.STRING).text();
    }

    private ItlValue get(int i, ItlValue.Kind kind) {
        ItlValue v = values.get(i);
        if (v.kind() != kind) {
            throw new IllegalArgumentException("ITL argument " + i + " is " + v.kind() + ", expected " + kind + ": " + v);
        }
        return v;
    }
}
