package org.taylorkit.core.function;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.taylorkit.core.ElementaryFunction;

/**
 * The catalogue of elementary functions: one constant per function, each defined once in its own
 * class of this package (name, domain, recurrences, Apfloat value, derivative). Series types,
 * arithmetics, the expression parser and the ODE tape all dispatch through these objects.
 *
 * <p>To add a function: write its definition (a subclass of {@link ElementaryFunction} here), add
 * its constant below, its rigorous enclosure in the interval module
 * ({@code org.taylorkit.interval.function.<Name>Enclosure}), its tests and its line in the docs.
 */
public final class Functions {

    public static final ElementaryFunction SQRT = new Sqrt();
    public static final ElementaryFunction CBRT = new Cbrt();
    public static final ElementaryFunction EXP = new Exp();
    public static final ElementaryFunction EXPM1 = new Expm1();
    public static final ElementaryFunction LOG = new Log();
    public static final ElementaryFunction LOG1P = new Log1p();
    public static final ElementaryFunction SIN = new Sin();
    public static final ElementaryFunction COS = new Cos();
    public static final ElementaryFunction TAN = new Tan();
    public static final ElementaryFunction ASIN = new Asin();
    public static final ElementaryFunction ACOS = new Acos();
    public static final ElementaryFunction ATAN = new Atan();
    public static final ElementaryFunction SINH = new Sinh();
    public static final ElementaryFunction COSH = new Cosh();
    public static final ElementaryFunction TANH = new Tanh();
    public static final ElementaryFunction ASINH = new Asinh();
    public static final ElementaryFunction ACOSH = new Acosh();
    public static final ElementaryFunction ATANH = new Atanh();
    public static final ElementaryFunction ERF = new Erf();
    public static final ElementaryFunction ABS = new Abs();
    public static final ElementaryFunction ERFC = new Erfc();
    public static final ElementaryFunction EXP2 = new ExpBase("exp2", 2);
    public static final ElementaryFunction EXP10 = new ExpBase("exp10", 10);
    public static final ElementaryFunction LOG2 = new LogBase("log2", 2);
    public static final ElementaryFunction LOG10 = new LogBase("log10", 10);
    public static final ElementaryFunction SEC = new Quotient("sec", COS, false, x -> 1 / Math.cos(x), "sec(x)*tan(x)");
    public static final ElementaryFunction CSC = new Quotient("csc", SIN, false, x -> 1 / Math.sin(x), "-csc(x)*cot(x)");
    public static final ElementaryFunction COT = new Quotient("cot", SIN, true, x -> 1 / Math.tan(x), "-csc(x)^2");
    public static final ElementaryFunction SECH = new Quotient("sech", COSH, false, x -> 1 / Math.cosh(x), "-sech(x)*tanh(x)");
    public static final ElementaryFunction CSCH = new Quotient("csch", SINH, false, x -> 1 / Math.sinh(x), "-csch(x)*coth(x)");
    public static final ElementaryFunction COTH = new Quotient("coth", SINH, true, x -> 1 / Math.tanh(x), "-csch(x)^2");
    public static final ElementaryFunction ACOTH = new Acoth();
    public static final ElementaryFunction ACOT = new Acot();

    private static final List<ElementaryFunction> ALL = List.of(
            SQRT, CBRT, EXP, EXPM1, LOG, LOG1P, SIN, COS, TAN, ASIN, ACOS, ATAN,
            SINH, COSH, TANH, ASINH, ACOSH, ATANH, ERF, ABS, ERFC, EXP2, EXP10, LOG2, LOG10,
            SEC, CSC, COT, SECH, CSCH, COTH, ACOTH, ACOT);

    private static final Map<String, ElementaryFunction> BY_NAME;

    static {
        Map<String, ElementaryFunction> m = new LinkedHashMap<>();
        for (ElementaryFunction f : ALL) {
            register(m, f.name(), f);
            for (String alias : f.aliases()) {
                register(m, alias, f);
            }
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private Functions() {
    }

    private static void register(Map<String, ElementaryFunction> m, String name, ElementaryFunction f) {
        ElementaryFunction previous = m.putIfAbsent(name, f);
        if (previous != null) {
            throw new IllegalStateException("two functions are named '" + name + "': " + previous + " and " + f);
        }
    }

    /** Every function, in catalogue order. */
    public static List<ElementaryFunction> all() {
        return ALL;
    }

    /** The function called {@code name} (or one of its aliases, such as {@code ln}); case-sensitive. */
    public static Optional<ElementaryFunction> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The position of {@code f} in {@link #all()} (a stable small integer, e.g. for generated code). */
    public static int indexOf(ElementaryFunction f) {
        int i = ALL.indexOf(f);
        if (i < 0) {
            throw new IllegalArgumentException(f + " is not in the catalogue");
        }
        return i;
    }
}
