package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** Ring operations, indexing and calculus of TaylorN on polynomials (exact references). */
class TaylorNPolynomialTest {

    private static final Variables XYZW = Variables.of("x", "y", "z", "w");

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    /** [x^a y^b z^c w^d] (1+x+y+z+w)^k = k!/((k−m)! a! b! c! d!), m = a+b+c+d (multinomial theorem). */
    private static BigInteger multinomial(int k, int[] e) {
        int m = 0;
        BigInteger den = BigInteger.ONE;
        for (int x : e) {
            m += x;
            den = den.multiply(factorial(x));
        }
        if (m > k) {
            return BigInteger.ZERO;
        }
        return factorial(k).divide(den.multiply(factorial(k - m)));
    }

    private static TaylorN onePlusSum(int order) {
        TaylorN s = TaylorN.constant(XYZW, 1.0, order);
        for (String v : XYZW.names()) {
            s = s.add(TaylorN.variable(XYZW, v, 0.0, order));
        }
        return s;
    }

    /** Fateman's product, smaller: s = (1+x+y+z+w)^10, s·(s+1) at order 20, every coefficient exact. */
    @Test
    void fatemanLikeProductMatchesMultinomials() {
        int order = 20;
        TaylorN s = onePlusSum(order).pow(10);
        TaylorN p = s.multiply(s.add(1.0));
        assertThat(p.size()).isEqualTo(10626);
        MonomialIndex idx = p.index();
        for (int pos = 0; pos < idx.size(); pos++) {
            int[] e = idx.exponents(pos);
            BigInteger ref = multinomial(20, e).add(multinomial(10, e));
            assertThat(p.coefficientAt(pos)).as("coefficient %s", java.util.Arrays.toString(e))
                    .isEqualTo(ref.doubleValue());
        }
        assertThat(p.coefficient(1, 6, 7, 6)).isEqualTo(multinomial(20, new int[] {1, 6, 7, 6}).doubleValue());
    }

    @Test
    void constructionAndAccess() {
        Variables xy = Variables.of("x", "y");
        TaylorN x = TaylorN.variable(xy, "x", 2.0, 3);
        assertThat(x.value()).isEqualTo(2.0);
        assertThat(x.coefficient(1, 0)).isEqualTo(1.0);
        assertThat(x.coefficient(0, 1)).isEqualTo(0.0);
        assertThat(x.size()).isEqualTo(10);
        assertThat(x.order()).isEqualTo(3);
        TaylorN m = TaylorN.monomial(xy, 0.5, 3, 2, 1);
        assertThat(m.coefficient(2, 1)).isEqualTo(0.5);
        assertThat(TaylorN.monomial(xy, 0.5, 2, 2, 1).isZero()).isTrue();
        TaylorN of = TaylorN.of(xy, 1, 1.0, 2.0, 3.0);
        assertThat(of.gradient()).containsExactly(2.0, 3.0);
        assertThat(of.homogeneousPart(1)).containsExactly(2.0, 3.0);
        assertThatThrownBy(() -> TaylorN.of(xy, 1, 1.0, 2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 coefficients");
        assertThatThrownBy(() -> x.coefficient(3, 1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("order 3");
        assertThatThrownBy(() -> x.coefficient(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TaylorN.variable(xy, "z", 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'z'").hasMessageContaining("(x, y)");
        assertThatThrownBy(() -> TaylorN.constant(xy, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> TaylorN.constant(xy, 1, 0).gradient()).isInstanceOf(IllegalStateException.class);
        assertThat(x.hessian()).isEqualTo(new double[2][2]);
        assertThatThrownBy(() -> TaylorN.constant(xy, 1, 1).hessian()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void mismatchedVariablesAreNamed() {
        TaylorN a = TaylorN.variable(Variables.of("x", "y"), "x", 1, 2);
        TaylorN b = TaylorN.variable(Variables.of("x", "z"), "x", 1, 2);
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variables (x, y) vs (x, z)");
        assertThatThrownBy(() -> a.multiply(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variables (x, y) vs (x, z)");
        assertThatThrownBy(() -> Variables.of("x", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void differentOrdersTruncateToTheSmaller() {
        Variables xy = Variables.of("x", "y");
        TaylorN a = TaylorN.variable(xy, "x", 1, 5).pow(4);
        TaylorN b = TaylorN.variable(xy, "y", 2, 2);
        TaylorN p = a.multiply(b);
        assertThat(p.order()).isEqualTo(2);
        // (1+x)^4 (2+y) = 2 + 8x + y + 12x² + 4xy + …
        assertThat(p.coefficients()).containsExactly(2, 8, 1, 12, 4, 0);
        assertThat(a.add(b).order()).isEqualTo(2);
        assertThat(a.truncate(3).order()).isEqualTo(3);
        assertThat(a.truncate(3).coefficient(3, 0)).isEqualTo(4.0);
    }

    @Test
    void mulIntoWritesTheProductWithoutAllocating() {
        Variables xy = Variables.of("x", "y");
        TaylorN a = TaylorN.variable(xy, "x", 1, 4).add(TaylorN.variable(xy, "y", 2, 4));
        TaylorN b = TaylorN.variable(xy, "x", -1, 3);
        double[] out = new double[20];
        java.util.Arrays.fill(out, 7.0);
        TaylorN.mulInto(a, b, out);
        // (3 + x + y)(−1 + x) = −3 + 2x − y + x² + xy, order 3 (10 coefficients); the rest untouched
        assertThat(java.util.Arrays.copyOf(out, 10)).containsExactly(-3, 2, -1, 1, 1, 0, 0, 0, 0, 0);
        assertThat(out[10]).isEqualTo(7.0);
        assertThat(a.multiply(b).coefficients()).containsExactly(java.util.Arrays.copyOf(out, 10));
        assertThatThrownBy(() -> TaylorN.mulInto(a, b, new double[9])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneVariableAndOrderZeroEdgeCases() {
        Variables x1 = Variables.of("x");
        TaylorN x = TaylorN.variable(x1, "x", 0.5, 5);
        assertThat(x.size()).isEqualTo(6);
        assertThat(x.pow(3).coefficients()).containsExactly(0.125, 0.75, 1.5, 1.0, 0, 0);
        assertThat(x.evaluate(0.25)).isEqualTo(0.75);
        TaylorN c = TaylorN.constant(Variables.of("x", "y"), 3.0, 0);
        assertThat(c.size()).isEqualTo(1);
        assertThat(c.multiply(c).value()).isEqualTo(9.0);
        assertThat(c.differentiate("y").order()).isZero();
        assertThat(c.integrate("y").coefficient(0, 1)).isEqualTo(3.0);
        assertThat(c.toString()).isEqualTo("3.0 + O(1)");
    }

    @Test
    void toStringShowsTermsInGradedLexOrder() {
        Variables xy = Variables.of("x", "y");
        TaylorN x = TaylorN.variable(xy, "x", 1, 3);
        TaylorN y = TaylorN.variable(xy, "y", 0, 3);
        TaylorN s = x.add(x.multiply(2.0).subtract(2.0).square().multiply(y).multiply(0.125)).subtract(y.multiply(2));
        assertThat(s.toString()).isEqualTo("1.0 + 1.0 x - 2.0 y + 0.5 x^2*y + O(4)");
        assertThat(TaylorN.zero(xy, 2).toString()).isEqualTo("0.0 + O(3)");
        List<String> terms = new ArrayList<>();
        s.forEachTerm((e, c) -> {
            if (c != 0) {
                terms.add(java.util.Arrays.toString(e) + "=" + c);
            }
        });
        assertThat(terms).containsExactly("[0, 0]=1.0", "[1, 0]=1.0", "[0, 1]=-2.0", "[2, 1]=0.5");
        assertThat(s.terms()).hasSize(4);
    }

    /** f = x²y − 3xz + y³z² + 2 at a random point: all partial derivatives up to order 4 against Hipparchus. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void polynomialDerivativesAgreeWithHipparchus(long seed) {
        Gen g = new Gen(seed);
        double[] pt = {g.uniform(-2, 2), g.uniform(-2, 2), g.uniform(-2, 2)};
        Variables xyz = Variables.of("x", "y", "z");
        int order = 4;
        TaylorN f = TaylorN.expand(v -> v[0].square().multiply(v[1]).subtract(v[0].multiply(v[2]).multiply(3))
                .add(v[1].pow(3).multiply(v[2].square())).add(2), xyz, pt, order);
        DSFactory fac = new DSFactory(3, order);
        DerivativeStructure x = fac.variable(0, pt[0]);
        DerivativeStructure y = fac.variable(1, pt[1]);
        DerivativeStructure z = fac.variable(2, pt[2]);
        DerivativeStructure ref = x.square().multiply(y).subtract(x.multiply(z).multiply(3))
                .add(y.pow(3).multiply(z.square())).add(2);
        MonomialIndex idx = f.index();
        for (int p = 0; p < idx.size(); p++) {
            int[] e = idx.exponents(p);
            double r = ref.getPartialDerivative(e);
            assertThat(f.derivative(e)).as("%s at %s, ∂%s", g, java.util.Arrays.toString(pt),
                    java.util.Arrays.toString(e)).isCloseTo(r, within(1e-12 * (1 + Math.abs(r))));
        }
        double[][] h = f.hessian();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(h[i][j]).isEqualTo(h[j][i]);
                int[] e = new int[3];
                e[i]++;
                e[j]++;
                assertThat(h[i][j]).as("%s H[%d][%d]", g, i, j)
                        .isCloseTo(ref.getPartialDerivative(e), within(1e-12 * (1 + Math.abs(h[i][j]))));
            }
        }
        double[][] jac = TaylorN.jacobian(f, f.differentiate("x"));
        assertThat(jac[0]).isEqualTo(f.gradient());
        assertThat(jac[1][2]).isCloseTo(ref.getPartialDerivative(1, 0, 1), within(1e-12));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void evaluationSubstitutionAndComposition(long seed) {
        Gen g = new Gen(seed);
        Variables xyz = Variables.of("x", "y", "z");
        double a = g.uniform(-1, 1);
        double b = g.uniform(-1, 1);
        double cc = g.uniform(-1, 1);
        // q = (1 + a·δx + b·δy + c·δz)^3 is exact at order 3
        TaylorN[] v = TaylorN.variables(xyz, new double[] {0, 0, 0}, 3);
        TaylorN q = v[0].multiply(a).add(v[1].multiply(b)).add(v[2].multiply(cc)).add(1).pow(3);
        double[] d = {g.uniform(-1, 1), g.uniform(-1, 1), g.uniform(-1, 1)};
        double ref = Math.pow(1 + a * d[0] + b * d[1] + cc * d[2], 3);
        assertThat(q.evaluate(d)).as("%s", g).isCloseTo(ref, within(1e-13));
        TaylorN sub = q.substitute("y", d[1]);
        assertThat(sub.coefficient(0, 1, 0)).isZero();
        assertThat(sub.evaluate(d[0], 12345.0, d[2])).as("%s", g).isCloseTo(ref, within(1e-13));
        // linear substitutions δx = u + v, δy = u − v, δz = 2v (exact at the same order)
        Variables uv = Variables.of("u", "v");
        TaylorN u = TaylorN.variable(uv, "u", 0, 3);
        TaylorN w = TaylorN.variable(uv, "v", 0, 3);
        TaylorN comp = q.compose(u.add(w), u.subtract(w), w.multiply(2));
        assertThat(comp.variables()).isEqualTo(uv);
        double pu = g.uniform(-1, 1);
        double pv = g.uniform(-1, 1);
        assertThat(comp.evaluate(pu, pv)).as("%s", g)
                .isCloseTo(q.evaluate(pu + pv, pu - pv, 2 * pv), within(1e-12));
        assertThatThrownBy(() -> q.compose(u.add(1), u, u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constant term");
        assertThatThrownBy(() -> q.evaluate(1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> q.substitute("t", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'t'");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#seeds")
    void differentiateUndoesIntegrate(long seed) {
        Gen g = new Gen(seed);
        int n = g.intBetween(2, 6);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "x" + i;
        }
        Variables vars = Variables.of(names);
        int order = g.intBetween(0, 5);
        TaylorN s = TaylorN.of(vars, order, g.coefficients(MonomialIndex.of(n, order).size(), 1.0));
        String var = names[g.intBetween(0, n - 1)];
        TaylorN back = s.integrate(var).differentiate(var);
        assertThat(back.order()).isEqualTo(order);
        double[] x = s.coefficients();
        double[] y = back.coefficients();
        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).as("%s n=%d N=%d d/d%s", g, n, order, var).isCloseTo(x[i], within(1e-15));
        }
        // ∂/∂x of x^a y^b = a x^(a−1) y^b
        TaylorN m = TaylorN.monomial(vars, 1.5, 5, exps(n, 3, 2));
        assertThat(m.differentiate(names[0]).coefficient(exps(n, 2, 2))).isEqualTo(4.5);
        assertThat(m.differentiate(names[1]).coefficient(exps(n, 3, 1))).isEqualTo(3.0);
        assertThat(m.differentiate(names[0]).order()).isEqualTo(4);
        assertThat(TaylorN.constant(vars, 1, 0).differentiate(names[0]).isZero()).isTrue();
    }

    private static int[] exps(int n, int a, int b) {
        int[] e = new int[n];
        e[0] = a;
        e[1] = b;
        return e;
    }
}
