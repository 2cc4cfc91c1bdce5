package org.taylorkit.core.multi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The ordered names of the variables of a multivariate series ({@code TaylorN}, {@code FieldTaylorN}).
 *
 * <p>The order fixes the graded-lexicographic order of the monomials: the first variable is the most
 * significant, so the degree-2 part in {@code (x, y)} is ordered {@code x², x·y, y²}. Two series can be
 * combined only when their {@code Variables} are equal (same names in the same order); the index tables
 * depend only on the number of variables and the order, so every set of the same size shares them.
 *
 * <p>Names are non-empty, free of whitespace, and distinct. Immutable and thread-safe.
 */
public final class Variables {

    private final String[] names;

    private Variables(String[] names) {
        this.names = names;
    }

    /**
     * The variables with these names, in this order.
     *
     * @throws IllegalArgumentException if there is no name, a name is empty, contains whitespace or
     *     {@code ^ * + -}, or occurs twice
     */
    public static Variables of(String... names) {
        if (names == null || names.length == 0) {
            throw new IllegalArgumentException("Variables: at least one variable name is needed");
        }
        String[] copy = names.clone();
        for (int i = 0; i < copy.length; i++) {
            String name = copy[i];
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("Variables: name #" + i + " is empty");
            }
            for (int j = 0; j < name.length(); j++) {
                char ch = name.charAt(j);
                if (Character.isWhitespace(ch) || "^*+-".indexOf(ch) >= 0) {
                    throw new IllegalArgumentException("Variables: name '" + name
                            + "' contains '" + ch + "' (whitespace and ^ * + - are not allowed)");
                }
            }
            for (int j = 0; j < i; j++) {
                if (copy[j].equals(name)) {
                    throw new IllegalArgumentException("Variables: name '" + name + "' occurs twice in "
                            + Arrays.toString(copy));
                }
            }
        }
        return new Variables(copy);
    }

    /** The variables with these names, in the list's order (see {@link #of(String...)}). */
    public static Variables of(List<String> names) {
        return of(names.toArray(new String[0]));
    }

    /** The number of variables. */
    public int size() {
        return names.length;
    }

    /**
     * The name of variable {@code i} (0-based).
     *
     * @throws IndexOutOfBoundsException if {@code i} is not in {@code [0, size())}
     */
    public String name(int i) {
        if (i < 0 || i >= names.length) {
            throw new IndexOutOfBoundsException("variable index " + i + " is not in [0, " + names.length
                    + ") for variables " + this);
        }
        return names[i];
    }

    /** The names, in order (an unmodifiable list). */
    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(names)));
    }

    /**
     * The position of the variable {@code name}.
     *
     * @throws IllegalArgumentException naming {@code name} and the known variables if it is not one of them
     */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown variable '" + name + "': the variables are " + this);
    }

    /** Whether {@code name} is one of the variables. */
    public boolean contains(String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks that {@code other} equals this set.
     *
     * @throws IllegalArgumentException naming both sets, e.g. {@code "variables (x, y) vs (x, z)"}
     */
    public void requireSame(Variables other, String operation) {
        if (!equals(other)) {
            throw new IllegalArgumentException(operation + ": variables " + this + " vs " + other
                    + " (series in different variables cannot be combined)");
        }
    }

    /** Equal when the names and their order are equal. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Variables v && Arrays.equals(names, v.names));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(names);
    }

    /** The names in parentheses, e.g. {@code (x, y, z)}. */
    @Override
    public String toString() {
        return "(" + String.join(", ", names) + ")";
    }
}
