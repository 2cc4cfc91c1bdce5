package org.taylorkit.ode.validated;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;

/**
 * Random linear systems x' = A x (A with entries in [−1, 1] written exactly as decimals) from a
 * small box: the enclosure at t = 2 must contain exp(2A)·x0 for the corners and the centre, with
 * the matrix exponential summed as a BigDecimal power series at 80 digits (terms below 1e-60).
 */
class LinearSystemsTest {

    static LongStream seeds() {
        return LongStream.range(1, 11);
    }

    /** exp(A·t) by its power series in BigDecimal. */
    static BigDecimal[][] expm(BigDecimal[][] a, BigDecimal t) {
        MathContext mc = new MathContext(80);
        int n = a.length;
        BigDecimal[][] sum = new BigDecimal[n][n];
        BigDecimal[][] term = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum[i][j] = i == j ? BigDecimal.ONE : BigDecimal.ZERO;
                term[i][j] = sum[i][j];
            }
        }
        for (int k = 1; k < 200; k++) {
            BigDecimal[][] next = new BigDecimal[n][n];
            BigDecimal max = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    BigDecimal s = BigDecimal.ZERO;
                    for (int l = 0; l < n; l++) {
                        s = s.add(term[i][l].multiply(a[l][j], mc), mc);
                    }
                    next[i][j] = s.multiply(t, mc).divide(BigDecimal.valueOf(k), mc);
                    sum[i][j] = sum[i][j].add(next[i][j], mc);
                    max = max.max(next[i][j].abs());
                }
            }
            term = next;
            if (max.compareTo(new BigDecimal("1e-60")) < 0) {
                return sum;
            }
        }
        throw new AssertionError("matrix exponential series did not converge");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void enclosureContainsTheMatrixExponentialImages(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        BigDecimal[][] a = new BigDecimal[2][2];
        StringBuilder ode = new StringBuilder();
        String[] v = {"x", "y"};
        for (int i = 0; i < 2; i++) {
            ode.append(v[i]).append("' = ");
            for (int j = 0; j < 2; j++) {
                a[i][j] = BigDecimal.valueOf(Math.round((rnd.nextDouble() * 2 - 1) * 1000), 3); // exact decimal, 3 places
                ode.append(j == 0 ? "" : " + ").append("(").append(a[i][j].toPlainString()).append(")*").append(v[j]);
            }
            ode.append(i == 0 ? "; " : "");
        }
        double[] centre = {rnd.nextDouble() * 2 - 1, rnd.nextDouble() * 2 - 1};
        double r = 1e-3;
        Interval[] box = {Interval.of(centre[0] - r, centre[0] + r), Interval.of(centre[1] - r, centre[1] + r)};
        ValidatedSolution s = ValidatedIntegrator.of(OdeSystem.parse(ode.toString())).integrate(0, box, 2);
        String what = "seed " + seed + ": " + ode + " from " + java.util.Arrays.toString(box);
        assertThat(s.status()).as(what).isEqualTo(ValidatedSolution.Status.COMPLETED);
        BigDecimal[][] e = expm(a, BigDecimal.valueOf(2));
        for (double dx : new double[] {-r, 0, r}) {
            for (double dy : new double[] {-r, 0, r}) {
                BigDecimal x0 = Exact.of(dx == 0 ? centre[0] : dx < 0 ? box[0].inf() : box[0].sup());
                BigDecimal y0 = Exact.of(dy == 0 ? centre[1] : dy < 0 ? box[1].inf() : box[1].sup());
                BigDecimal x = e[0][0].multiply(x0).add(e[0][1].multiply(y0));
                BigDecimal y = e[1][0].multiply(x0).add(e[1][1].multiply(y0));
                Exact.assertContains(s.enclosure()[0], x, what + " x from (" + x0 + ", " + y0 + ")");
                Exact.assertContains(s.enclosure()[1], y, what + " y from (" + x0 + ", " + y0 + ")");
            }
        }
        // the true image is a parallelogram whose x-extent is (|e00| + |e01|)·2r (y likewise); Lohner stays close
        double trueWidth = 0;
        for (int i = 0; i < 2; i++) {
            trueWidth = Math.max(trueWidth, e[i][0].abs().add(e[i][1].abs()).doubleValue() * 2 * r);
        }
        assertThat(s.width()).as(what).isLessThan(1.5 * trueWidth + 1e-12);
    }
}
