package org.taylorkit.core.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.ApfloatPrecision;
import org.taylorkit.core.ElementaryFunction;
import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.arith.BoxedDoubleArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.expr.FunctionDerivatives;
import org.taylorkit.core.testing.Gen;

/**
 * Every catalogue definition checked against itself written another way: its double value against
 * its Apfloat value (java.lang.Math or our double formulas against Apfloat's own functions at 40
 * digits, two independent implementations), its derivative text against a central difference of
 * the Apfloat values, and its double kernel against its generic kernel over boxed doubles.
 */
class FunctionCatalogueTest {

    private static final ApfloatPrecision P40 = new ApfloatPrecision(40);
    private static final BoxedDoubleArithmetic D = BoxedDoubleArithmetic.INSTANCE;

    static Stream<ElementaryFunction> functions() {
        return Functions.all().stream();
    }

    /** A random point where f has a series (the domain rule accepts it), or NaN after many tries. */
    private static double pointInDomain(ElementaryFunction f, Gen g) {
        for (int i = 0; i < 200; i++) {
            double x = g.signedUniform(0.05, 3.0);
            try {
                f.checkSeries(D, x);
                return x;
            } catch (SingularExpansionException outside) {
                // try another point
            }
        }
        return Double.NaN;
    }

    @Test
    void namesAndAliasesAreUniqueAndLookedUp() {
        Set<String> seen = new HashSet<>();
        for (ElementaryFunction f : Functions.all()) {
            assertThat(seen.add(f.name())).as(f.name()).isTrue();
            assertThat(Functions.byName(f.name())).contains(f);
            for (String alias : f.aliases()) {
                assertThat(seen.add(alias)).as(alias).isTrue();
                assertThat(Functions.byName(alias)).contains(f);
            }
            assertThat(Functions.all().get(Functions.indexOf(f))).isSameAs(f);
        }
        assertThat(Functions.byName("nosuch")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void doubleValueAgreesWithApfloat(ElementaryFunction f) {
        Gen g = new Gen(Gen.BASE_SEED + f.name().hashCode());
        for (int i = 0; i < 50; i++) {
            double x = pointInDomain(f, g);
            double exact = nearestDouble(f.value(new Apfloat(new java.math.BigDecimal(x)), P40));
            assertThat(f.value(x)).as("%s(%s), %s", f, x, g).isCloseTo(exact, within(ulps(f) * Math.ulp(exact) + 1e-300));
        }
    }

    /** The double nearest to {@code v} (Apfloat's own doubleValue() is not always correctly rounded). */
    private static double nearestDouble(Apfloat v) {
        return new java.math.BigDecimal(v.toString(true)).doubleValue();
    }

    /**
     * The documented accuracy: java.lang.Math's functions are within 1–2.5 ulps, our double asinh,
     * acosh and atanh within a few; erf documents 2 ulps (measured ≤ 1.48, ErfAccuracyTest); erfc
     * documents 4 ulps (measured ≤ 2.2, ErfcAccuracyTest).
     */
    private static double ulps(ElementaryFunction f) {
        return f.name().equals("erf") ? 2 : 4;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void derivativeTextAgreesWithACentralDifference(ElementaryFunction f) {
        Gen g = new Gen(Gen.BASE_SEED + 31L * f.name().hashCode());
        Expr d = FunctionDerivatives.of(f);
        Apfloat h = new Apfloat("1e-12", 40);
        for (int i = 0; i < 20; i++) {
            double x = pointInDomain(f, g);
            Apfloat ax = new Apfloat(new java.math.BigDecimal(x));
            // (f(x + h) − f(x − h)) / 2h at 40 digits: error O(h²) ≈ 1e−24 relative to f'''.
            Apfloat diff = f.value(ax.add(h), P40).subtract(f.value(ax.subtract(h), P40))
                    .divide(h.multiply(new Apfloat(2, 40)));
            double expected = nearestDouble(diff);
            double actual = d.evaluateDouble(Map.of(FunctionDerivatives.VARIABLE, x));
            assertThat(actual).as("%s'(%s), %s", f, x, g).isCloseTo(expected, within(1e-12 * (1 + Math.abs(expected))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void doubleKernelAgreesWithGenericKernel(ElementaryFunction f) {
        Gen g = new Gen(Gen.BASE_SEED + 17L * f.name().hashCode());
        int m = 12;
        for (int trial = 0; trial < 10; trial++) {
            double[] a = g.coefficients(m, 0.5);
            a[0] = pointInDomain(f, g);
            double[] c = new double[m];
            double[] w = new double[f.auxiliaries() * m];
            Double[] ab = new Double[m];
            Double[] cb = new Double[m];
            Double[][] wb = new Double[f.auxiliaries()][m];
            for (int k = 0; k < m; k++) {
                ab[k] = a[k];
            }
            for (int k = 0; k < m; k++) {
                f.kernel(a, 0, c, 0, w, 0, m, k);
                f.kernel(D, ab, cb, wb, k);
            }
            for (int k = 0; k < m; k++) {
                assertThat(c[k]).as("%s c_%d, %s", f, k, g)
                        .isCloseTo(cb[k], within(1e-11 * (1 + Math.abs(cb[k]))));
            }
        }
    }
}
