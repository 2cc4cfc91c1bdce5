package org.taylorkit.interval.enclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;

/**
 * A box: named variables, each ranging over a non-empty interval, in a fixed order (the order of
 * creation). The domain over which {@link Enclosures} bound the range of an expression.
 *
 * <p>Intervals may be points ({@code x = [2, 2]}: a degenerate box) and, for the natural interval
 * extension, unbounded; the derivative-based methods need bounded boxes and fall back to the natural
 * extension otherwise. Immutable and thread-safe; {@link #equals} compares names, order and intervals.
 */
public final class Box {

    private final Map<String, Interval> sides;
    /** The sides as given in high precision, or null for a box of doubles. */
    private final Map<String, ApfloatInterval> precise;

    private Box(Map<String, Interval> sides) {
        this(sides, null);
    }

    private Box(Map<String, Interval> sides, Map<String, ApfloatInterval> precise) {
        this.sides = Collections.unmodifiableMap(sides);
        this.precise = precise == null ? null : Collections.unmodifiableMap(precise);
    }

    /**
     * A box with high-precision sides, for the high-precision enclosures
     * ({@link Enclosures#enclose(org.taylorkit.core.expr.Expr, Box, EnclosureMethod, int, int)}); its
     * double sides ({@link #get}) are the outward double enclosures of these. Boxes derived from it
     * ({@link #with}, {@link #bisect}, {@link #midpoint}) have double sides only.
     *
     * @throws IllegalArgumentException as {@link #of(Map)}
     */
    public static Box ofHighPrecision(Map<String, ApfloatInterval> sides) {
        Map<String, Interval> doubles = new LinkedHashMap<>();
        sides.forEach((n, x) -> doubles.put(n, x == null || x.isEmpty() ? Interval.empty()
                : Interval.of(x.infDouble(), x.supDouble())));
        Box b = of(doubles);
        return new Box(b.sides, new LinkedHashMap<>(sides));
    }

    /**
     * The sides as high-precision intervals: those given to {@link #ofHighPrecision}, or else the
     * double sides converted exactly (a double is a finite decimal), each carrying {@code digits}.
     */
    public Map<String, ApfloatInterval> highPrecisionSides(int digits) {
        Map<String, ApfloatInterval> m = new LinkedHashMap<>();
        sides.forEach((n, x) -> m.put(n, precise != null ? precise.get(n) : ApfloatInterval.of(x.inf(), x.sup(), digits)));
        return m;
    }

    /**
     * The box with these sides, in the map's iteration order.
     *
     * @throws IllegalArgumentException if there is no side, a name is not an identifier, or an
     *     interval is empty or null
     */
    public static Box of(Map<String, Interval> sides) {
        Objects.requireNonNull(sides, "sides");
        if (sides.isEmpty()) {
            throw new IllegalArgumentException("a box needs at least one variable");
        }
        Map<String, Interval> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Interval> e : sides.entrySet()) {
            String name = e.getKey();
            Interval x = e.getValue();
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("box: '" + name + "' is not a variable name");
            }
            if (x == null || x.isEmpty()) {
                throw new IllegalArgumentException("box: the interval of " + name + " is "
                        + (x == null ? "missing" : "empty") + "; every side of a box must be non-empty");
            }
            copy.put(name, x);
        }
        return new Box(copy);
    }

    /** The one-dimensional box {@code name ∈ x}. */
    public static Box of(String name, Interval x) {
        Map<String, Interval> m = new LinkedHashMap<>();
        m.put(name, x);
        return of(m);
    }

    /** The box {@code n1 ∈ x1, n2 ∈ x2}. */
    public static Box of(String n1, Interval x1, String n2, Interval x2) {
        Map<String, Interval> m = new LinkedHashMap<>();
        m.put(n1, x1);
        if (m.put(n2, x2) != null) {
            throw new IllegalArgumentException("box: variable '" + n2 + "' is given twice");
        }
        return of(m);
    }

    /**
     * Parses {@code "x=[0.1, 0.2], y=0.5"}: comma-separated {@code name=interval} entries, each
     * interval in the syntax of {@link Interval#parse} (decimal bounds rounded outward, so the box
     * contains the decimal box the text denotes; a single number is a point).
     *
     * @throws IllegalArgumentException naming the faulty entry
     */
    public static Box parse(String text) {
        Map<String, Interval> m = new LinkedHashMap<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ',';
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == ',' && depth <= 0) {
                String part = text.substring(start, i).trim();
                start = i + 1;
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("box: expected name=interval, got '" + part + "' in '" + text + "'");
                }
                String name = part.substring(0, eq).trim();
                if (m.put(name, Interval.parse(part.substring(eq + 1).trim())) != null) {
                    throw new IllegalArgumentException("box: variable '" + name + "' is given twice in '" + text + "'");
                }
            }
        }
        return of(m);
    }

    /** The variable names, in order. */
    public Set<String> names() {
        return sides.keySet();
    }

    /** The number of variables. */
    public int dimension() {
        return sides.size();
    }

    /** Whether {@code name} is a variable of this box. */
    public boolean has(String name) {
        return sides.containsKey(name);
    }

    /**
     * The interval of {@code name}.
     *
     * @throws IllegalArgumentException if the box has no such variable (naming the ones it has)
     */
    public Interval get(String name) {
        Interval x = sides.get(name);
        if (x == null) {
            throw new IllegalArgumentException("the box has no variable '" + name + "' (it has " + names() + ")");
        }
        return x;
    }

    /** The sides as an unmodifiable ordered map. */
    public Map<String, Interval> asMap() {
        return sides;
    }

    /** Whether every side is bounded. */
    public boolean isBounded() {
        return sides.values().stream().allMatch(Interval::isBounded);
    }

    /** Whether every side is a point. */
    public boolean isPoint() {
        return sides.values().stream().allMatch(Interval::isPoint);
    }

    /** This box with the side {@code name} replaced (or added at the end) by {@code x}. */
    public Box with(String name, Interval x) {
        Map<String, Interval> m = new LinkedHashMap<>(sides);
        m.put(name, x);
        return of(m);
    }

    /** The point box at the midpoints {@code mid(X_i)} (doubles inside the sides). */
    public Box midpoint() {
        Map<String, Interval> m = new LinkedHashMap<>();
        sides.forEach((n, x) -> m.put(n, Interval.point(x.mid())));
        return new Box(m);
    }

    /**
     * The two halves of the box cut at the midpoint of side {@code name} ({@link Interval#bisect()}):
     * their union is this box.
     */
    public Box[] bisect(String name) {
        Interval[] h = get(name).bisect();
        return new Box[] {with(name, h[0]), with(name, h[1])};
    }

    /** Whether every side of {@code other} is inside the same side of this box (same names required). */
    public boolean contains(Box other) {
        for (Map.Entry<String, Interval> e : other.sides.entrySet()) {
            Interval x = sides.get(e.getKey());
            if (x == null || !e.getValue().subsetOf(x)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Box b && b.sides.equals(sides)
                && b.sides.keySet().stream().toList().equals(sides.keySet().stream().toList()));
    }

    @Override
    public int hashCode() {
        return sides.hashCode();
    }

    /** E.g. {@code x ∈ [0.0, 1.0], y ∈ [2.0, 2.0]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sides.forEach((n, x) -> sb.append(sb.length() == 0 ? "" : ", ").append(n).append(" ∈ ").append(x));
        return sb.toString();
    }
}
