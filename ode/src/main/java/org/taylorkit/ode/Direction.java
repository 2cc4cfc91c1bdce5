package org.taylorkit.ode;

import java.util.Locale;

/** Which zero crossings of an event function g count. */
public enum Direction {
    /** g goes from negative to positive. */
    UP,
    /** g goes from positive to negative. */
    DOWN,
    /** Either way. */
    BOTH;

    /** Whether a crossing from sign {@code before} to sign {@code after} (±1) counts. */
    public boolean accepts(int before, int after) {
        switch (this) {
            case UP: return before < 0 && after > 0;
            case DOWN: return before > 0 && after < 0;
            default: return before != after && before != 0 && after != 0;
        }
    }

    /**
     * Parses {@code up}, {@code down} or {@code both} (case-insensitive).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Direction parse(String text) {
        for (Direction d : values()) {
            if (d.name().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("direction must be up, down or both, got '" + text + "'");
    }

    /** {@code up}, {@code down} or {@code both}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
