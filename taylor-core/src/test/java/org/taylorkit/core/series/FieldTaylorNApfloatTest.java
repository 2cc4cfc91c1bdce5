package org.taylorkit.core.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.core.testing.Gen;

/** FieldTaylorN over Apfloat at 40 digits: identities to ~35 digits, and a closed form computed with ApfloatMath. */
class FieldTaylorNApfloatTest {

    private static final ApfloatArithmetic AP = ApfloatArithmetic.ofDigits(40);
    private static final Apfloat TOL = new Apfloat("1e-34", 40);

    /** The first 6 seeds: Apfloat operations cost microseconds each. */
    static LongStream fewSeeds() {
        return Gen.seeds().limit(6);
    }

    private static FieldTaylorN<Apfloat> random(Gen g, Variables vars, int order, double constant) {
        MonomialIndex idx = MonomialIndex.of(vars.size(), order);
        Apfloat[] c = new Apfloat[idx.size()];
        c[0] = AP.fromDouble(constant);
        for (int p = 1; p < c.length; p++) {
            c[p] = AP.fromDouble(g.uniform(-1, 1) * Math.pow(0.5, idx.degree(p)));
        }
        return FieldTaylorN.of(AP, vars, order, c);
    }

    private static void assertClose(FieldTaylorN<Apfloat> a, FieldTaylorN<Apfloat> b, Object what) {
        assertThat(a.order()).isEqualTo(b.order());
        for (int p = 0; p < a.size(); p++) {
            Apfloat d = ApfloatMath.abs(a.coefficientAt(p).subtract(b.coefficientAt(p)));
            assertThat(d.compareTo(TOL)).as("%s position %d: %s vs %s", what, p, a.coefficientAt(p),
                    b.coefficientAt(p)).isLessThanOrEqualTo(0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("fewSeeds")
    void identitiesHoldToHighPrecision(long seed) {
        Gen g = new Gen(seed);
        Variables vars = TaylorNSamples.vars(g.intBetween(2, 3));
        int order = g.intBetween(1, 4);
        FieldTaylorN<Apfloat> s = random(g, vars, order, g.uniform(0.5, 2));
        FieldTaylorN<Apfloat> one = FieldTaylorN.constant(AP, vars, AP.one(), order);
        assertClose(s.log().exp(), s, g + " exp(log s)");
        assertClose(s.sin().square().add(s.cos().square()), one, g + " sin² + cos²");
        assertClose(s.sqrt().square(), s, g + " √s²");
        assertClose(s.atan().tan(), s, g + " tan(atan s)");
        // the Apfloat result rounds to the double result
        TaylorN d = TaylorN.of(vars, order, s.toDoubleArray());
        double[] ref = d.exp().coefficients();
        double[] ap = s.exp().toDoubleArray();
        for (int p = 0; p < ref.length; p++) {
            assertThat(ap[p]).as("%s exp position %d", g, p)
                    .isCloseTo(ref[p], org.assertj.core.data.Offset.offset(1e-13 * (1 + Math.abs(ref[p]))));
        }
    }

    /** ∂^{i+j}/∂x^i∂y^j e^{ax+by} = a^i b^j e^{ax₀+by₀} with a = 0.7, b = −1.3 exactly, at (0.4, 0.9). */
    @Test
    void exponentialDerivativesMatchTheClosedFormToFortyDigits() {
        Variables xy = Variables.of("x", "y");
        Apfloat a = AP.fromDecimal("0.7");
        Apfloat b = AP.fromDecimal("-1.3");
        int order = 6;
        FieldTaylorN<Apfloat> f = FieldTaylorN.expand(AP, v -> v[0].multiply(a).add(v[1].multiply(b)).exp(), xy,
                new Apfloat[] {AP.fromDecimal("0.4"), AP.fromDecimal("0.9")}, order);
        // independent reference: ApfloatMath at 60 digits
        Apfloat e = ApfloatMath.exp(new Apfloat("0.7", 60).multiply(new Apfloat("0.4", 60))
                .add(new Apfloat("-1.3", 60).multiply(new Apfloat("0.9", 60))));
        for (int i = 0; i <= order; i++) {
            for (int j = 0; i + j <= order; j++) {
                Apfloat ref = ApfloatMath.pow(new Apfloat("0.7", 60), i).multiply(ApfloatMath.pow(new Apfloat("-1.3", 60), j))
                        .multiply(e);
                Apfloat got = f.derivative(i, j);
                Apfloat rel = ApfloatMath.abs(got.subtract(ref)).divide(ApfloatMath.abs(ref));
                assertThat(rel.compareTo(new Apfloat("1e-37", 40))).as("∂^%d∂^%d: %s vs %s", i, j, got, ref)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void highPrecisionJet() {
        Variables xy = Variables.of("x", "y");
        FieldTaylorNArithmetic<Apfloat> ar = FieldTaylorNArithmetic.of(AP, xy, 3);
        FieldTaylorN<Apfloat> x = ar.variable("x", AP.fromDecimal("0.25"));
        FieldTaylor1<FieldTaylorN<Apfloat>> u = FieldTaylor1.variable(ar, x, 5);
        FieldTaylor1<FieldTaylorN<Apfloat>> s = u.sin().square().add(u.cos().square());
        for (int k = 0; k <= 5; k++) {
            FieldTaylorN<Apfloat> expected = k == 0 ? ar.one() : ar.zero();
            assertClose(s.coefficient(k), expected, "jet t^" + k);
        }
        FieldTaylor1<Apfloat> t = FieldTaylor1.variable(AP, x.value(), 3);
        assertClose(x.apply(t.exp()), x.exp(), "apply(exp)");
    }
}
