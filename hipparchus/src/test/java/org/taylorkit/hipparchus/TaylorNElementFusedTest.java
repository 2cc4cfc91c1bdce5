package org.taylorkit.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.hipparchus.util.MathArrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.series.TaylorN;

/**
 * The fused linear combinations of {@link TaylorNElement} against the element-by-element chain they
 * replace (products and scalings added left to right, then the accurate value), and the bit-exact
 * shortcuts (×1, ±0 shifts) returning the element itself. Seeded: {@code SEED + case}.
 */
class TaylorNElementFusedTest {

    private static final long SEED = 0xF05EDL;

    static LongStream cases() {
        return LongStream.range(0, 30);
    }

    private static TaylorNElement random(TaylorNField f, Random r, boolean constant) {
        if (constant) {
            return f.constant(4 * r.nextDouble() - 2);
        }
        int size = TaylorN.zero(f.variables(), f.order()).size();
        double[] c = new double[size];
        for (int i = 0; i < size; i++) {
            c[i] = r.nextInt(5) == 0 ? 0.0 : 2 * r.nextDouble() - 1;
        }
        return new TaylorNElement(f, TaylorN.of(f.variables(), f.order(), c));
    }

    /** Equal coefficients, zeros of either sign counting as equal. */
    private static void assertSameCoefficients(TaylorNElement actual, TaylorNElement expected, String what) {
        double[] x = actual.series().coefficients();
        double[] y = expected.series().coefficients();
        assertThat(x.length).isEqualTo(y.length);
        for (int i = 0; i < x.length; i++) {
            assertThat(x[i] == y[i] || (Double.isNaN(x[i]) && Double.isNaN(y[i])))
                    .as("%s coefficient %d: %s vs %s", what, i, x[i], y[i]).isTrue();
        }
    }

    @ParameterizedTest(name = "case {0}, seed 0xF05ED + case")
    @MethodSource("cases")
    void fusedLinearCombinationsEqualTheChain(long k) {
        Random r = new Random(SEED + k);
        int n = 1 + r.nextInt(6);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "d" + i;
        }
        TaylorNField f = TaylorNField.of(Variables.of(names), 1 + r.nextInt(4));
        int terms = 1 + r.nextInt(4);
        TaylorNElement[] a = new TaylorNElement[terms];
        TaylorNElement[] b = new TaylorNElement[terms];
        double[] w = new double[terms];
        for (int i = 0; i < terms; i++) {
            a[i] = random(f, r, r.nextInt(3) == 0);
            b[i] = random(f, r, r.nextInt(3) == 0);
            w[i] = 4 * r.nextDouble() - 2;
        }
        TaylorNElement products = a[0].multiply(b[0]);
        TaylorNElement scaled = b[0].multiply(w[0]);
        double[] av = new double[terms];
        double[] bv = new double[terms];
        for (int i = 0; i < terms; i++) {
            if (i > 0) {
                products = products.add(a[i].multiply(b[i]));
                scaled = scaled.add(b[i].multiply(w[i]));
            }
            av[i] = a[i].getValue();
            bv[i] = b[i].getValue();
        }
        products = products.withValue(MathArrays.linearCombination(av, bv));
        scaled = scaled.withValue(MathArrays.linearCombination(w, bv));
        assertSameCoefficients(a[0].linearCombination(a, b), products, "T[]·T[] terms=" + terms);
        assertSameCoefficients(a[0].linearCombination(w, b), scaled, "double[]·T[] terms=" + terms);
        switch (terms) {
            case 2 -> {
                assertSameCoefficients(a[0].linearCombination(a[0], b[0], a[1], b[1]), products, "2 terms");
                assertSameCoefficients(a[0].linearCombination(w[0], b[0], w[1], b[1]), scaled, "2 scaled");
            }
            case 3 -> {
                assertSameCoefficients(a[0].linearCombination(a[0], b[0], a[1], b[1], a[2], b[2]), products, "3 terms");
                assertSameCoefficients(a[0].linearCombination(w[0], b[0], w[1], b[1], w[2], b[2]), scaled, "3 scaled");
            }
            case 4 -> {
                assertSameCoefficients(a[0].linearCombination(a[0], b[0], a[1], b[1], a[2], b[2], a[3], b[3]),
                        products, "4 terms");
                assertSameCoefficients(a[0].linearCombination(w[0], b[0], w[1], b[1], w[2], b[2], w[3], b[3]),
                        scaled, "4 scaled");
            }
            default -> { }
        }
    }

    @ParameterizedTest(name = "case {0}, seed 0xF05ED + case")
    @MethodSource("cases")
    void exactShortcutsReturnTheElementItself(long k) {
        Random r = new Random(SEED + k);
        TaylorNField f = TaylorNField.of(Variables.of("x", "y", "z"), 1 + r.nextInt(4));
        TaylorNElement x = random(f, r, false);
        assertThat(x.multiply(1.0)).isSameAs(x);
        assertThat(x.multiply(f.getOne())).isSameAs(x);
        assertThat(f.getOne().multiply(x)).isSameAs(x);
        assertThat(x.add(-0.0)).isSameAs(x);
        assertThat(x.subtract(f.getZero())).isSameAs(x);
        assertThat(x.multiply(2.0)).isNotSameAs(x).isEqualTo(x.add(x));
        // Zero factors: the field's zero constant for finite series, IEEE's NaN for 0·∞.
        assertThat(x.multiply(0.0)).isSameAs(f.getZero());
        assertThat(f.getZero().multiply(x)).isSameAs(f.getZero());
        assertThat(x.multiply(f.getZero()).add(x)).isSameAs(x);
        TaylorNElement infinite = x.add(Double.POSITIVE_INFINITY);
        assertThat(infinite.multiply(0.0).getValue()).isNaN();
        // -0.0 + 0.0 = +0.0: a shift that changes the constant term's bits makes a new element.
        TaylorNElement negZero = x.withValue(-0.0);
        TaylorNElement shifted = negZero.add(0.0);
        assertThat(shifted).isNotSameAs(negZero);
        assertThat(Double.doubleToRawLongBits(shifted.getValue())).isEqualTo(Double.doubleToRawLongBits(0.0));
    }
}
