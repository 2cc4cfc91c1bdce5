package org.taylorkit.core.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.testing.Gen;

/** Structural equality, distinct-node graph, symbols, substitution, and evaluating shared subtrees once. */
class ExprGraphTest {

    private static final Expr X = Expr.variable("x");
    private static final Expr Y = Expr.variable("y");

    @Test
    void equalityIsStructural() {
        assertThat(Expr.parse("sin(x) + 1")).isEqualTo(X.sin().plus(1)).hasSameHashCodeAs(X.sin().plus(1));
        assertThat(Expr.parse("sin(x) + 1")).isNotEqualTo(Expr.parse("1 + sin(x)"));
        assertThat(Expr.parse("x - y")).isNotEqualTo(Expr.parse("x + y"));
        assertThat(Expr.parse("sin(x)")).isNotEqualTo(Expr.parse("cos(x)"));
        assertThat(Expr.variable("x")).isNotEqualTo(Expr.parameter("x"));
        assertThat(Expr.variable("x")).isNotEqualTo(Expr.variable("y"));
        assertThat(Expr.parse("x")).isNotEqualTo(Expr.parse("-x")).isNotEqualTo("x");
        assertThat(Expr.pi()).isNotEqualTo(Expr.e()).isNotEqualTo(Expr.constant(Math.PI));
    }

    @Test
    void decimalConstantsAreEqualWhenTheirExactValuesAre() {
        Set<Expr> twos = Set.of(Constant.of("2"));
        for (String s : new String[] {"2", "2.0", "2.000", "0.2e1", "20e-1", "002"}) {
            assertThat(Constant.of(s)).as(s).isEqualTo(Constant.of("2")).hasSameHashCodeAs(Constant.of("2"));
            assertThat(twos).contains(Constant.of(s));
            assertThat(Constant.of(s).intValue()).hasValue(2);
        }
        assertThat(Constant.of("0.1")).isNotEqualTo(Constant.of("0.10000000000000001"));
        assertThat(Expr.constant(0.1)).isEqualTo(Constant.of("0.1"));
        assertThat(Expr.constant(-2)).isEqualTo(Expr.parse("-2")).isEqualTo(Expr.constant("-2.0"));
        assertThat(Constant.of("0").intValue()).hasValue(0);
        assertThat(Constant.of("2.5").intValue()).isEmpty();
        assertThat(Constant.of("3e9").intValue()).isEmpty();
        assertThat(Constant.of("1e999999999").intValue()).isEmpty();
        assertThat(Constant.of("2147483647").intValue()).hasValue(Integer.MAX_VALUE);
    }

    @Test
    void constantOfDoubleIsTheShortestDecimal() {
        assertThat(Constant.of(0.1).text()).isEqualTo("0.1");
        assertThat(Constant.of(2.0).text()).isEqualTo("2");
        assertThat(Constant.of(100.0).text()).isEqualTo("100");
        assertThat(Constant.of(1e-10).text()).isEqualTo("1e-10");
        assertThat(Constant.of(1.5e300).text()).isEqualTo("1.5e300");
        assertThat(Constant.of(Double.MIN_VALUE).text()).isEqualTo("5e-324");
        assertThat(Constant.of(Math.PI).text()).isEqualTo("3.141592653589793");
        assertThat(Constant.of(1.0 / 3).text()).isEqualTo("0.3333333333333333");
        assertThat(Constant.of(0.0).text()).isEqualTo("0");
        assertThat(Expr.constant(-0.5)).isEqualTo(new Unary(UnaryOp.NEG, Constant.of("0.5")));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#manySeeds")
    void shortestDecimalReadsBackAndIsNoLongerThanDoubleToString(long seed) {
        Gen gen = new Gen(seed);
        double v = Math.abs(gen.signedUniform(0, 1)) * Math.pow(10, gen.intBetween(-300, 300));
        String text = Constant.of(v).text();
        assertThat(Double.parseDouble(text)).as("%s: %s", gen, text).isEqualTo(v);
        int digits = new java.math.BigDecimal(text).stripTrailingZeros().precision();
        int javaDigits = new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().precision();
        assertThat(digits).as("%s: %s vs %s", gen, text, Double.toString(v)).isLessThanOrEqualTo(javaDigits);
    }

    @Test
    void invalidLeavesAreRejected() {
        assertThatThrownBy(() -> Expr.variable("1x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1x'");
        assertThatThrownBy(() -> Expr.variable("x y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Expr.parameter("e")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved");
        assertThatThrownBy(() -> Expr.constant(Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Expr.constant(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Constant.of(-1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Constant.of("-1")).isInstanceOf(NumberFormatException.class).hasMessageContaining("'-1'");
        assertThatThrownBy(() -> Expr.constant("1e")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Expr.constant("0x10")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void symbolsInOrderOfFirstAppearance() {
        Expr e = Expr.parse("b*a + c - sin(a) + pi + e + b^d", Set.of("c", "d"));
        assertThat(e.symbols()).containsExactly("b", "a", "c", "d");
        assertThat(e.variables()).containsExactly("b", "a");
        assertThat(e.parameters()).containsExactly("c", "d");
        assertThat(Expr.parse("2 * pi").symbols()).isEmpty();
        assertThatThrownBy(() -> e.symbols().add("z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sizeCountsDistinctNodes() {
        assertThat(Expr.parse("x").size()).isEqualTo(1);
        assertThat(Expr.parse("sin(x) * sin(x)").size()).isEqualTo(3); // x, sin(x), product
        assertThat(Expr.parse("sin(x) * cos(x)").size()).isEqualTo(4);
        assertThat(Expr.parse("(x + 1) * (x + 1) + (x + 1)").size()).isEqualTo(5); // x, 1, x+1, product, sum
        assertThat(Expr.parse("x + 1.0 + 1").size()).isEqualTo(4); // 1.0 and 1 are one constant
    }

    @Test
    void topologicalOrderPutsChildrenFirstAndSharesEqualSubtrees() {
        Expr e = Expr.parse("sin(x + y) * sin(x + y) + cos(x + y) / y");
        List<Expr> order = e.topologicalOrder();
        assertThat(order).hasSize(e.size()).hasSize(8).doesNotHaveDuplicates(); // x, y, x+y, sin, *, cos, /, +
        assertThat(order.get(order.size() - 1)).isEqualTo(e);
        assertThat(order.subList(0, 2)).containsExactly(X, Y);
        IdentityHashMap<Expr, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Expr node = order.get(i);
            if (node instanceof Unary u) {
                assertThat(index.get(u.arg())).as("child of %s", node).isNotNull().isLessThan(i);
            } else if (node instanceof Binary b) {
                assertThat(index.get(b.left())).as("left of %s", node).isNotNull().isLessThan(i);
                assertThat(index.get(b.right())).as("right of %s", node).isNotNull().isLessThan(i);
            }
            index.put(node, i);
        }
        assertThatThrownBy(() -> order.add(X)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sharedSubtreesAreEvaluatedOnce() {
        Expr s = X.sin();
        Expr f = s.times(s).plus(s);
        CountingArithmetic counting = new CountingArithmetic();
        assertThat(f.evaluate(counting, Map.of("x", 0.5))).isEqualTo(Math.sin(0.5) * Math.sin(0.5) + Math.sin(0.5));
        // s·s of one node is evaluated as the square s² (tight over intervals)
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("sin", 1, "powInt", 1, "add", 1));
    }

    @Test
    void equalButSeparatelyBuiltSubtreesAreEvaluatedOnce() {
        Expr f = Expr.parse("exp(sin(x)^2) * exp(sin(x)^2) + sin(x)^2 + 0.1 + 0.1");
        CountingArithmetic counting = new CountingArithmetic();
        double v = f.evaluate(counting, Map.of("x", 0.5));
        double s2 = Math.pow(Math.sin(0.5), 2);
        assertThat(v).isEqualTo(Math.exp(s2) * Math.exp(s2) + s2 + 0.1 + 0.1);
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(
                Map.of("sin", 1, "powInt", 2, "exp", 1, "add", 3, "fromDecimal", 1)); // e·e of one node: e²
    }

    @Test
    void integerExponentsUsePowIntAndAreNotEvaluated() {
        CountingArithmetic counting = new CountingArithmetic();
        double v = Expr.parse("x^3 + x^-2 + x^2.0 + x^1e1").evaluate(counting, Map.of("x", 2.0));
        assertThat(v).isEqualTo(8 + 0.25 + 4 + 1024);
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("powInt", 4, "add", 3));

        counting = new CountingArithmetic();
        assertThat(Expr.parse("x^2.5").evaluate(counting, Map.of("x", 4.0))).isEqualTo(32.0);
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("pow", 1, "fromDecimal", 1));

        counting = new CountingArithmetic();
        assertThat(Expr.parse("x^y").evaluate(counting, Map.of("x", 4.0, "y", 0.5))).isEqualTo(2.0);
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("pow", 1));

        // An exponent that is also used elsewhere is evaluated once, for that other use.
        counting = new CountingArithmetic();
        assertThat(Expr.parse("x^3 + 3").evaluate(counting, Map.of("x", 2.0))).isEqualTo(11.0);
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("powInt", 1, "fromDecimal", 1, "add", 1));

        // Exponents beyond int range, or negated twice, take the general power.
        counting = new CountingArithmetic();
        assertThat(Expr.parse("x^3e9").evaluate(counting, Map.of("x", 1.0))).isEqualTo(1.0);
        assertThat(counting.count("pow")).isEqualTo(1);

        assertThat(((Binary) X.pow(-3)).integerExponent()).hasValue(-3);
        assertThat(((Binary) X.pow(2.0)).integerExponent()).hasValue(2);
        assertThat(((Binary) X.pow(0.5)).integerExponent()).isEmpty();
        assertThat(((Binary) X.pow(Y)).integerExponent()).isEmpty();
        assertThat(((Binary) Expr.parse("x^--2")).integerExponent()).isEmpty();
        assertThat(((Binary) X.times(2)).integerExponent()).isEmpty();
    }

    @Test
    void namedConstantsUseTheArithmetic() {
        CountingArithmetic counting = new CountingArithmetic();
        assertThat(Expr.parse("pi + e").evaluate(counting, Map.of())).isEqualTo(Math.PI + Math.exp(1));
        assertThat(counting.counts).containsExactlyInAnyOrderEntriesOf(Map.of("pi", 1, "one", 1, "exp", 1, "add", 1));
        assertThat(Constant.PI.value()).isEqualTo(Math.PI);
        assertThat(Constant.E.value()).isEqualTo(Math.E);
        assertThat(Constant.PI.isNamed()).isTrue();
        assertThat(Constant.of("3").isNamed()).isFalse();
    }

    @Test
    void substituteReplacesSymbolsByName() {
        Expr e = Expr.parse("k*x + k", Set.of("k"));
        Expr m = Expr.variable("m");
        Expr r = e.substitute(Map.of("k", Expr.parse("2*m")));
        assertThat(r).isEqualTo(Expr.parse("2*m*x + 2*m"));
        assertThat(r.parameters()).isEmpty();
        assertThat(r.variables()).containsExactly("m", "x");
        // Simultaneous: a swap.
        assertThat(Expr.parse("x - y").substitute(Map.of("x", Y, "y", X))).isEqualTo(Expr.parse("y - x"));
        // Unmapped symbols stay; the result evaluates like the original with the substituted values.
        Expr g = Expr.parse("sin(x) * y + m");
        Expr h = g.substitute(Map.of("y", X.plus(1)));
        assertThat(h).isEqualTo(Expr.parse("sin(x) * (x + 1) + m"));
        assertThat(h.evaluateDouble(Map.of("x", 0.3, "m", 2.0))).isEqualTo(g.evaluateDouble(Map.of("x", 0.3, "y", 1.3, "m", 2.0)));
        assertThat(m.substitute(Map.of())).isSameAs(m);
        Map<String, Expr> withNull = new HashMap<>();
        withNull.put("x", null);
        assertThatThrownBy(() -> g.substitute(withNull)).isInstanceOf(NullPointerException.class).hasMessageContaining("'x'");
    }

    @Test
    void exprsWorkAsHashMapKeysForCse() {
        Map<Expr, Integer> ids = new HashMap<>();
        for (Expr node : Expr.parse("sin(x)^2 + cos(x)^2").topologicalOrder()) {
            ids.putIfAbsent(node, ids.size());
        }
        assertThat(ids).containsKeys(Expr.parse("sin(x)"), Expr.parse("cos(x)^2"), Expr.parse("2"));
        assertThat(ids.get(Expr.parse("sin(x)^2 + cos(x)^2"))).isEqualTo(ids.size() - 1);
    }
}
