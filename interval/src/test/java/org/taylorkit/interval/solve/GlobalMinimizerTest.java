package org.taylorkit.interval.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.LongStream;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * {@link GlobalMinimizer} on the classic test functions (minima from closed forms or, for the camel,
 * from Newton's method on the gradient in Apfloat), and random separable quadratics with known minima.
 * Test functions as defined by Surjanovic &amp; Bingham, <i>Virtual Library of Simulation Experiments</i>
 * (sfu.ca/~ssurjano), and Jamil &amp; Yang, <i>A literature survey of benchmark functions for global
 * optimization problems</i> (2013).
 */
class GlobalMinimizerTest {

    private static Minimization minimize(String f, String box) {
        return GlobalMinimizer.of(Expr.parse(f), Box.parse(box)).minimize();
    }

    private static boolean contains(Interval x, BigDecimal v) {
        return new BigDecimal(x.inf()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.sup())) <= 0;
    }

    private static boolean someBoxContains(Minimization m, double[] point, String... names) {
        return m.minimizers().stream().anyMatch(b -> {
            for (int i = 0; i < names.length; i++) {
                if (!b.get(names[i]).contains(point[i])) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * The six-hump camel's minimizer by Newton's method on its gradient in 40-digit Apfloat:
     * ∂x = 8x − 8.4x³ + 2x⁵ + y, ∂y = x − 8y + 16y³.
     */
    private static Apfloat[] camelMinimizer() {
        Apfloat x = new Apfloat("0.0898", 40);
        Apfloat y = new Apfloat("-0.7126", 40);
        Apfloat c84 = new Apfloat("8.4", 40);
        for (int i = 0; i < 50; i++) {
            Apfloat gx = x.multiply(new Apfloat(8)).subtract(c84.multiply(x.multiply(x).multiply(x)))
                    .add(new Apfloat(2).multiply(ApfloatMath.pow(x, 5))).add(y);
            Apfloat gy = x.subtract(new Apfloat(8).multiply(y)).add(new Apfloat(16).multiply(y.multiply(y).multiply(y)));
            Apfloat hxx = new Apfloat(8).subtract(new Apfloat("25.2", 40).multiply(x.multiply(x)))
                    .add(new Apfloat(10).multiply(ApfloatMath.pow(x, 4)));
            Apfloat hxy = new Apfloat(1);
            Apfloat hyy = new Apfloat(-8).add(new Apfloat(48).multiply(y.multiply(y)));
            Apfloat det = hxx.multiply(hyy).subtract(hxy.multiply(hxy));
            Apfloat dx = hyy.multiply(gx).subtract(hxy.multiply(gy)).divide(det);
            Apfloat dy = hxx.multiply(gy).subtract(hxy.multiply(gx)).divide(det);
            x = x.subtract(dx);
            y = y.subtract(dy);
        }
        return new Apfloat[] {x, y};
    }

    @Test
    void sixHumpCamel() {
        Minimization m = minimize("4*x^2 - 2.1*x^4 + x^6/3 + x*y - 4*y^2 + 4*y^4", "x=[-3,3],y=[-2,2]");
        Apfloat[] p = camelMinimizer();
        Apfloat x = p[0];
        Apfloat y = p[1];
        Apfloat f = new Apfloat(4).multiply(x.multiply(x)).subtract(new Apfloat("2.1", 40).multiply(ApfloatMath.pow(x, 4)))
                .add(ApfloatMath.pow(x, 6).divide(new Apfloat(3, 40))).add(x.multiply(y))
                .subtract(new Apfloat(4).multiply(y.multiply(y))).add(new Apfloat(4).multiply(ApfloatMath.pow(y, 4)));
        assertThat(m.complete()).isTrue();
        assertThat(contains(m.minimum(), new BigDecimal(f.toString(true)))).as("%s vs %s", m.minimum(), f).isTrue();
        assertThat(m.minimum().wid()).isLessThan(1e-9);
        assertThat(m.minimizers()).hasSize(2); // symmetric pair (x, y) and (−x, −y)
        BigDecimal bx = new BigDecimal(x.toString(true));
        BigDecimal by = new BigDecimal(y.toString(true));
        assertThat(m.minimizers()).anyMatch(b -> contains(b.get("x"), bx) && contains(b.get("y"), by));
        assertThat(m.minimizers()).anyMatch(b -> contains(b.get("x"), bx.negate()) && contains(b.get("y"), by.negate()));
    }

    @Test
    void braninHasThreeMinimizersAtTheClosedFormValue() {
        Minimization m = minimize("(y - 5.1/(4*pi^2)*x^2 + 5/pi*x - 6)^2 + 10*(1 - 1/(8*pi))*cos(x) + 10", "x=[-5,10],y=[0,15]");
        // minimum 5/(4π) at (−π, 12.275), (π, 2.275), (3π, 2.475)
        BigDecimal min = new BigDecimal(new Apfloat(5, 40).divide(new Apfloat(4, 40).multiply(ApfloatMath.pi(40))).toString(true));
        assertThat(contains(m.minimum(), min)).as(m.minimum().toString()).isTrue();
        assertThat(m.minimizers()).hasSize(3);
        assertThat(someBoxContains(m, new double[] {Math.PI, 2.275}, "x", "y")).isTrue();
        assertThat(someBoxContains(m, new double[] {-Math.PI, 12.275}, "x", "y")).isTrue();
        assertThat(someBoxContains(m, new double[] {3 * Math.PI, 2.475}, "x", "y")).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1} dimensions")
    @CsvSource({
        "rosenbrock, 2", "rosenbrock, 3", "rosenbrock, 4",
        "levy, 2", "levy, 4", "levy, 6",
        "griewank, 2", "griewank, 4", "griewank, 6"})
    void classicsWithMinimumZero(String name, int d) {
        StringBuilder f = new StringBuilder();
        StringBuilder box = new StringBuilder();
        double[] argmin = new double[d];
        String[] names = new String[d];
        for (int i = 1; i <= d; i++) {
            names[i - 1] = "x" + i;
        }
        switch (name) {
            case "rosenbrock" -> {
                for (int i = 1; i < d; i++) {
                    f.append(i > 1 ? " + " : "").append("100*(x").append(i + 1).append(" - x").append(i).append("^2)^2 + (1 - x")
                            .append(i).append(")^2");
                }
                java.util.Arrays.fill(argmin, 1);
            }
            case "levy" -> {
                // w_i = 1 + (x_i − 1)/4
                f.append("sin(pi*(1 + (x1 - 1)/4))^2");
                for (int i = 1; i < d; i++) {
                    String w = "(1 + (x" + i + " - 1)/4)";
                    f.append(" + (").append(w).append(" - 1)^2*(1 + 10*sin(pi*").append(w).append(" + 1)^2)");
                }
                String wd = "(1 + (x" + d + " - 1)/4)";
                f.append(" + (").append(wd).append(" - 1)^2*(1 + sin(2*pi*").append(wd).append(")^2)");
                java.util.Arrays.fill(argmin, 1);
            }
            default -> {
                f.append("1");
                StringBuilder prod = new StringBuilder();
                for (int i = 1; i <= d; i++) {
                    f.append(" + x").append(i).append("^2/4000");
                    prod.append(i > 1 ? "*" : "").append("cos(x").append(i).append("/sqrt(").append(i).append("))");
                }
                f.append(" - ").append(prod);
            }
        }
        double half = name.equals("griewank") ? 20 : name.equals("levy") ? 10 : 5;
        for (int i = 1; i <= d; i++) {
            box.append(i > 1 ? "," : "").append("x").append(i).append("=[").append(-half).append(",").append(half * 1.1).append("]");
        }
        Minimization m = minimize(f.toString(), box.toString());
        assertThat(m.complete()).as(m.toString()).isTrue();
        assertThat(m.minimum().contains(0.0)).as(m.minimum().toString()).isTrue();
        assertThat(m.minimum().sup()).isLessThan(1e-8);
        assertThat(someBoxContains(m, argmin, names)).as(m.minimizers().toString()).isTrue();
    }

    static LongStream seeds() {
        return LongStream.range(0, 20).map(i -> 25_000 + i);
    }

    /** {@code b + Σ a_i (x_i − c_i)²} with {@code a_i ∈ [0.5, 10]}, dyadic centres and {@code b}: minimum b at c. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomQuadraticsWithKnownMinima(long seed) {
        Random rnd = new Random(seed);
        int d = 1 + rnd.nextInt(3);
        double b = (rnd.nextInt(201) - 100) / 16.0;
        StringBuilder f = new StringBuilder(Double.toString(b));
        StringBuilder box = new StringBuilder();
        double[] c = new double[d];
        String[] names = new String[d];
        for (int i = 0; i < d; i++) {
            names[i] = "x" + i;
            c[i] = (rnd.nextInt(161) - 80) / 32.0;
            double a = 0.5 + rnd.nextInt(20) / 2.0;
            f.append(" + ").append(a).append("*(x").append(i).append(" - (").append(c[i]).append("))^2");
            box.append(i > 0 ? "," : "").append("x").append(i).append("=[-3,3]");
        }
        Minimization m = minimize(f.toString(), box.toString());
        String why = "seed " + seed + ": " + f + " gave " + m;
        assertThat(m.minimum().contains(b)).as(why).isTrue();
        assertThat(m.minimum().wid()).as(why).isLessThan(1e-9);
        assertThat(m.minimizers()).as(why).hasSize(1);
        assertThat(someBoxContains(m, c, names)).as(why).isTrue();
    }

    @Test
    void minimumOnTheBoundaryByMonotonicity() {
        // increasing in x and in y: the minimum e^0 + 1^3 + 0 = 2 is at the corner (0, 1)
        Minimization m = minimize("exp(x) + y^3 + x", "x=[0,1],y=[1,2]");
        assertThat(m.minimum().contains(2.0)).as(m.toString()).isTrue();
        assertThat(m.minimum().wid()).isLessThan(1e-12);
        assertThat(someBoxContains(m, new double[] {0, 1}, "x", "y")).isTrue();
    }

    @Test
    void aProductOfOneSubexpressionWithItselfIsASquare() {
        // 1/(x·x) ≥ 1 on [-1, 1], minimum 1 at ±1: x·x over a box around 0 is [0, ε] as x², not [-ε, ε] (which
        // made the lower bound -∞); and a pole at a sample point (1/x at 0) is no error
        Minimization m = minimize("1/(x*x)", "x=[-1,1]");
        assertThat(m.minimum().contains(1.0)).as(m.toString()).isTrue();
        assertThat(m.minimum().wid()).as(m.toString()).isLessThan(1e-12);
        assertThat(someBoxContains(m, new double[] {1}, "x")).isTrue();
        assertThat(someBoxContains(m, new double[] {-1}, "x")).isTrue();
        Minimization pole = minimize("1/x", "x=[-1,1]");
        assertThat(pole.minimum().inf()).isEqualTo(Double.NEGATIVE_INFINITY);
        // x and y bound to equal intervals stay independent: x·y over [-1, 1]² reaches -1
        assertThat(minimize("x*y", "x=[-1,1],y=[-1,1]").minimum().contains(-1.0)).isTrue();
    }

    @Test
    void badInputIsRejectedClearly() {
        assertThatThrownBy(() -> GlobalMinimizer.of(Expr.parse("x + z"), Box.parse("x=[0,1]")))
                .hasMessageContaining("unknown variable 'z'");
        assertThatThrownBy(() -> GlobalMinimizer.of(Expr.parse("x"), Box.parse("x=[0,1]")).tolerance(Double.NaN))
                .hasMessageContaining("tolerance");
    }
}
