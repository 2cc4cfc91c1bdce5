package org.taylorkit.core;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apfloat.Apfloat;

/**
 * An elementary function of one argument, defined once: everything TaylorKit knows about it lives
 * in its subclass (the catalogue is {@code org.taylorkit.core.function.Functions}).
 *
 * <p>A definition gives
 * <ul>
 *   <li>its name (the parser's symbol, the printer's word, the name in error messages) and aliases;</li>
 *   <li>its pointwise value in {@code double} ({@link #value(double)}, as accurate as
 *       {@link Math}) and at a given Apfloat precision ({@link #value(Apfloat, ApfloatPrecision)});</li>
 *   <li>its series domain rule ({@link #checkSeries}: where no real Taylor series exists, with the
 *       words of the {@link SingularExpansionException});</li>
 *   <li>its Taylor recurrence in both storage kinds: {@link #kernel(double[], int, double[], int,
 *       double[], int, int, int) double} and {@link #kernel(Arithmetic, Object[], Object[], Object[][], int)
 *       generic}, with {@link #auxiliaries()} auxiliary series;</li>
 *   <li>its derivative as expression text in {@code x} ({@link #derivative()}), for symbolic
 *       differentiation.</li>
 * </ul>
 * Rigorous interval enclosures are attached by the interval module (a class named after the
 * function, see {@code org.taylorkit.interval.function.RigorousFunctions}); the ODE tape runs any
 * definition through its kernels and compiles the common ones to specialised bytecode.
 *
 * <p><b>Kernel contract</b> (both storage kinds): a call computes coefficient {@code k} (k = 0
 * included) of the output {@code c} and of every auxiliary series from coefficients {@code 0..k} of
 * the argument {@code a} and {@code 0..k−1} of the output and auxiliaries; it writes nothing else and
 * allocates nothing (double kind). Domain preconditions are the caller's ({@link #checkSeries}).
 * Instances are immutable singletons; compare them with {@code ==} or {@link #equals}.
 */
public abstract class ElementaryFunction {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*");

    private final String name;
    private final int auxiliaries;

    /**
     * @param name the lowercase function name ({@code [a-z][a-z0-9]*})
     * @param auxiliaries the number of auxiliary series the recurrence carries (0, 1 or 2)
     */
    protected ElementaryFunction(String name, int auxiliaries) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("function name must match [a-z][a-z0-9]*, got '" + name + "'");
        }
        if (auxiliaries < 0 || auxiliaries > 2) {
            throw new IllegalArgumentException(name + ": auxiliaries must be 0, 1 or 2, got " + auxiliaries);
        }
        this.name = name;
        this.auxiliaries = auxiliaries;
    }

    /** The lowercase name: {@code "sin"}, {@code "log1p"}, … */
    public final String name() {
        return name;
    }

    /** Other names the parser accepts ({@code ln} for {@code log}); none by default. */
    public List<String> aliases() {
        return List.of();
    }

    /** The number of auxiliary series of the recurrence (each as long as the output). */
    public final int auxiliaries() {
        return auxiliaries;
    }

    /** The value at {@code x} in {@code double} (NaN outside the real domain, as {@link Math} does). */
    public abstract double value(double x);

    /**
     * The value at {@code x} rounded to {@code p.digits()} significant digits, accurate to about the
     * last digit (not rigorous: the interval module encloses).
     *
     * @throws ArithmeticException if {@code x} is outside the real domain (Apfloat has no NaN)
     */
    public abstract Apfloat value(Apfloat x, ApfloatPrecision p);

    /**
     * Throws when the function has no real Taylor series at a point whose value is {@code a0}
     * (the constant term of the argument series): outside the domain, at a branch point or a pole.
     * The default accepts every point (entire functions).
     *
     * @throws SingularExpansionException naming this function, the point and the reason
     * @throws ArithmeticException if the comparison is undetermined in {@code ar} (an interval
     *     straddling a boundary)
     */
    public <T> void checkSeries(Arithmetic<T> ar, T a0) {
    }

    /**
     * Coefficient {@code k} of {@code c = f(a)} in {@code double}: {@code a} from offset {@code ao},
     * {@code c} from {@code co}, auxiliary series {@code j} in {@code w} from {@code wo + j·ws}.
     */
    public abstract void kernel(double[] a, int ao, double[] c, int co, double[] w, int wo, int ws, int k);

    /**
     * Coefficient {@code k} of {@code c = f(a)} over {@code ar}, auxiliary series {@code j} in
     * {@code w[j]}. Integer factors are exact ({@link Arithmetic#multiply(Object, int)}).
     */
    public abstract <T> void kernel(Arithmetic<T> ar, T[] a, T[] c, T[][] w, int k);

    /**
     * The derivative f'(x) as expression text in the variable {@code x}, in the parser's syntax
     * (for example {@code "1/sqrt(1 - x^2)"} for asin).
     */
    public abstract String derivative();

    /** The name. */
    @Override
    public final String toString() {
        return name;
    }
}
