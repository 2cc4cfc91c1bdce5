package org.taylorkit.ode.tape;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apfloat.Apfloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.core.testing.Gen;
import org.taylorkit.core.multi.MonomialIndex;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.function.ApfloatIntervalArithmetic;
import org.taylorkit.interval.tm.TaylorModel;
import org.taylorkit.interval.tm.TaylorModelArithmetic;
import org.taylorkit.interval.tm.TaylorModelSpace;
import org.taylorkit.interval.tm.TimeCoefficientSweep;
import org.taylorkit.ode.OdeSystem;

/**
 * {@link GenericTapeRunner} with an {@link GenericTapeRunner.OrderSchedule}: the Taylor coefficients in time
 * over Taylor models in the normalised initial deviations, with {@link TimeCoefficientSweep} cutting the high
 * orders, still enclose the true coefficients. For seeded polynomial systems, boxes, orders and sweep ratios,
 * at sampled dyadic points of the box, the coefficients of the solution through that point computed in
 * 40-digit Apfloat interval arithmetic lie inside the Taylor models' polynomial (evaluated exactly in
 * {@link BigDecimal}) plus remainder, compared exactly.
 */
class GenericTapeRunnerScheduleTest {

    private static final String[] SYSTEMS = {
        "x1' = 1.4*x3 - 0.9*x1; x2' = 2.5*x1 - 1.5*x2; x3' = 0.6*x2 - 0.8*x2*x3", // LALO-like
        "x1' = x1 - x1*x2; x2' = -x2 + x1*x2", // Lotka–Volterra
        "x1' = 10*(x2 - x1); x2' = x1*(28 - x3) - x2; x3' = x1*x2 - 8/3*x3", // Lorenz
        "x1' = x2; x2' = (1 - x1^2)*x2 - x1", // Van der Pol
    };

    private static final int DIGITS = 40;

    private record Run(TaylorModel[][] coefficients, double[] centre, double[] radius, TaylorModelSpace space) {
    }

    /** The coefficients 0..p of every state over Taylor models of order q in δ ∈ [−1, 1]^n, x0 = centre + radius·δ. */
    private static Run run(OdeSystem system, int q, int p, double[] centre, double[] radius, Double ratio,
            AtomicInteger scheduled) {
        int n = system.dimension();
        Map<String, Interval> box = new LinkedHashMap<>();
        for (String v : system.variables()) {
            box.put(v, Interval.of(-1, 1));
        }
        TaylorModelSpace space = TaylorModelSpace.of(box, q);
        GenericTapeRunner<TaylorModel> runner = new GenericTapeRunner<>(system.tape(), space.arithmetic(), p);
        if (ratio != null) {
            TimeCoefficientSweep sweep = new TimeCoefficientSweep(space, ratio);
            runner.setOrderSchedule((k, states) -> {
                assertThat(k).isBetween(1, p);
                assertThat(states).hasSize(n);
                scheduled.incrementAndGet();
                return sweep.atOrder(k, states);
            });
        }
        TaylorModel[] x0 = new TaylorModel[n];
        for (int i = 0; i < n; i++) {
            x0[i] = space.variable(system.variables().get(i)).multiply(radius[i]).add(centre[i]);
        }
        runner.compute(space.constant(0.0), x0, p, false);
        TaylorModel[][] c = new TaylorModel[n][];
        for (int i = 0; i < n; i++) {
            c[i] = runner.stateCoefficients(i).clone();
        }
        return new Run(c, centre, radius, space);
    }

    /** P(δ) exactly. */
    private static BigDecimal polynomialAt(TaylorModel t, BigDecimal[] delta) {
        TaylorModelSpace s = t.space();
        MonomialIndex index = MonomialIndex.of(s.dimension(), s.order());
        double[] c = t.coefficients();
        BigDecimal sum = BigDecimal.ZERO;
        for (int p = 0; p < c.length; p++) {
            if (c[p] != 0) {
                BigDecimal term = new BigDecimal(c[p]);
                int[] e = index.exponents(p);
                for (int v = 0; v < e.length; v++) {
                    term = term.multiply(delta[v].pow(e[v]));
                }
                sum = sum.add(term);
            }
        }
        return sum;
    }

    private static void assertEncloses(Run r, OdeSystem system, int p, double[] delta, String what) {
        int n = system.dimension();
        ApfloatIntervalArithmetic ap = ApfloatIntervalArithmetic.ofDigits(DIGITS);
        GenericTapeRunner<ApfloatInterval> exact = new GenericTapeRunner<>(system.tape(), ap, p);
        ApfloatInterval[] x0 = new ApfloatInterval[n];
        BigDecimal[] d = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            d[i] = new BigDecimal(delta[i]);
            BigDecimal x = new BigDecimal(r.centre()[i]).add(new BigDecimal(r.radius()[i]).multiply(d[i]));
            x0[i] = ApfloatInterval.point(new Apfloat(x.toPlainString(), DIGITS + 20), DIGITS);
        }
        exact.compute(ap.zero(), x0, p, false);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= p; k++) {
                TaylorModel m = r.coefficients()[i][k];
                BigDecimal value = polynomialAt(m, d);
                BigDecimal lo = value.add(new BigDecimal(m.remainder().inf()));
                BigDecimal hi = value.add(new BigDecimal(m.remainder().sup()));
                ApfloatInterval truth = exact.stateCoefficients(i)[k];
                BigDecimal tlo = new BigDecimal(truth.inf().toString(true));
                BigDecimal thi = new BigDecimal(truth.sup().toString(true));
                int state = i;
                int order = k;
                assertThat(tlo.compareTo(lo) >= 0 && thi.compareTo(hi) <= 0)
                        .as(() -> what + ": state " + state + ", order " + order + ": the coefficient [" + tlo + ", " + thi
                                + "] is not in " + lo + " .. " + hi)
                        .isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("org.taylorkit.core.testing.Gen#fewSeeds")
    void sweptTimeCoefficientsEncloseTheTrueOnes(long seed) {
        Gen g = new Gen(seed);
        String text = SYSTEMS[g.intBetween(0, SYSTEMS.length - 1)];
        OdeSystem system = OdeSystem.parse(text);
        int n = system.dimension();
        int q = g.intBetween(2, 4);
        int p = g.intBetween(4, 9);
        double[] centre = new double[n];
        double[] radius = new double[n];
        double[] radii = {0x1p-6, 0x1p-4, 0x1p-3, 0x1p-2};
        for (int i = 0; i < n; i++) {
            centre[i] = g.intBetween(4, 24) / 16.0;
            radius[i] = radii[g.intBetween(0, radii.length - 1)];
        }
        double ratio = new double[] {0.25, 1, 4}[g.intBetween(0, 2)];
        AtomicInteger calls = new AtomicInteger();
        Run swept = run(system, q, p, centre, radius, ratio, calls);
        assertThat(calls.get()).isEqualTo(p);
        String what = "seed " + seed + ", " + text + ", q=" + q + ", p=" + p + ", ratio " + ratio;
        for (int s = 0; s < 3; s++) {
            double[] delta = new double[n];
            for (int i = 0; i < n; i++) {
                delta[i] = g.intBetween(-16, 16) / 16.0;
            }
            assertEncloses(swept, system, p, delta, what + " at δ=" + java.util.Arrays.toString(delta));
        }
    }

    /**
     * On Lorenz from a box of radius 1 at order 2, the high time orders carry remainders of about the size
     * of their top-degree terms (order 8: degree-2 parts 0.9·10⁶ to 1.1·10⁷ against remainder widths
     * 1.7·10⁶ to 10⁷): a sweep with ratio 4 cuts them (coefficient 8 ends at a lower degree than without it) and the
     * operations of those orders run in the sweeping arithmetic, while order 0 is left as given.
     */
    @Test
    void theScheduleCutsTheHighOrdersAndUsesItsArithmetic() {
        OdeSystem system = OdeSystem.parse(SYSTEMS[2]);
        double[] centre = {1, 1, 1};
        double[] radius = {1, 1, 1};
        List<Integer> orders = new ArrayList<>();
        Run plain = run(system, 2, 8, centre, radius, null, new AtomicInteger());
        Run swept = run(system, 2, 8, centre, radius, 4.0, new AtomicInteger());
        for (int i = 0; i < 3; i++) {
            assertThat(swept.coefficients()[i][0].coefficients()).isEqualTo(plain.coefficients()[i][0].coefficients());
            assertThat(swept.coefficients()[i][0].remainder()).isEqualTo(plain.coefficients()[i][0].remainder());
            assertThat(swept.coefficients()[i][8].degree()).as("state %d", i).isLessThan(plain.coefficients()[i][8].degree());
        }
        // the returned arithmetic is what the operations of order k use
        TaylorModelSpace space = plain.space();
        GenericTapeRunner<TaylorModel> runner = new GenericTapeRunner<>(system.tape(), space.arithmetic(), 3);
        AtomicInteger products = new AtomicInteger();
        TaylorModelArithmetic base = space.arithmetic();
        Arithmetic<TaylorModel> counting = countingProducts(base, products);
        runner.setOrderSchedule((k, states) -> {
            orders.add(k);
            return counting;
        });
        TaylorModel[] x0 = new TaylorModel[3];
        for (int i = 0; i < 3; i++) {
            x0[i] = space.variable(system.variables().get(i)).multiply(1.0).add(1);
        }
        runner.compute(space.constant(0.0), x0, 3, false);
        assertThat(orders).containsExactly(1, 2, 3);
        // orders 1 and 2 only (order 0 runs in the runner's own arithmetic): Lorenz's two products form k + 1
        // products each, 2·(2 + 3) = 10, and its linear combinations multiply three folded constants per order
        // (10·x2, −10·x1, 8/3·x3), 6
        assertThat(products.get()).isEqualTo(16);
    }

    /** {@code base} with its Taylor-model products counted (a proxy delegating every method). */
    @SuppressWarnings("unchecked")
    private static Arithmetic<TaylorModel> countingProducts(Arithmetic<TaylorModel> base, AtomicInteger products) {
        return (Arithmetic<TaylorModel>) java.lang.reflect.Proxy.newProxyInstance(Arithmetic.class.getClassLoader(),
                new Class<?>[] {Arithmetic.class}, (proxy, method, args) -> {
                    if (method.getName().equals("multiply") && args.length == 2 && args[1] instanceof TaylorModel) {
                        products.incrementAndGet();
                    }
                    try {
                        return method.invoke(base, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
