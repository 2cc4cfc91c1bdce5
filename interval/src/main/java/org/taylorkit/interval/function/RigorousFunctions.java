package org.taylorkit.interval.function;

import org.taylorkit.interval.Interval;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.taylorkit.core.ElementaryFunction;

/**
 * Finds the rigorous enclosures of a catalogue function: the class
 * {@code org.taylorkit.interval.function.<Name>Enclosure} (the function's name capitalised, e.g.
 * {@code SinEnclosure}, {@code Log1pEnclosure}) implementing {@link RigorousFunction}. Adding a
 * function to the catalogue therefore adds one file here and touches no table; a test checks that
 * every catalogue function has its enclosure. Thread-safe (instances are cached).
 */
public final class RigorousFunctions {

    private static final Map<ElementaryFunction, RigorousFunction> CACHE = new ConcurrentHashMap<>();

    private RigorousFunctions() {
    }

    /**
     * The rigorous side of {@code f}.
     *
     * @throws IllegalStateException if no enclosure class exists for {@code f} (a catalogue function
     *     added without its rigorous enclosure)
     */
    public static RigorousFunction of(ElementaryFunction f) {
        RigorousFunction r = CACHE.get(f);
        return r != null ? r : CACHE.computeIfAbsent(f, RigorousFunctions::load);
    }

    /** The class name the enclosure of {@code f} must have. */
    public static String className(ElementaryFunction f) {
        String n = f.name();
        return RigorousFunctions.class.getPackageName() + "." + n.substring(0, 1).toUpperCase(Locale.ROOT)
                + n.substring(1) + "Enclosure";
    }

    private static RigorousFunction load(ElementaryFunction f) {
        String name = className(f);
        try {
            Class<?> c = Class.forName(name, true, RigorousFunctions.class.getClassLoader());
            return (RigorousFunction) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("no rigorous enclosure for the function " + f.name()
                    + ": expected a class " + name + " implementing RigorousFunction", e);
        }
    }

    /** The reason {@code x} is not inside (−1, 1) for {@code name}, or null. */
    public static String inside(String name, Interval x) {
        return x.inf() > -1 && x.sup() < 1 ? null : outside(name, x, "(−1, 1)");
    }

    /** "name: the argument x is not inside domain". */
    public static String outside(String name, Interval x, String domain) {
        return name + ": the argument " + x + " is not inside " + domain;
    }
}
