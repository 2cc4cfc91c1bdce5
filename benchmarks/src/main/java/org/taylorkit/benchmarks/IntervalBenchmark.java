package org.taylorkit.benchmarks;

import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.enclosure.EnclosureMethod;
import org.taylorkit.interval.enclosure.Enclosures;
import org.taylorkit.interval.enclosure.RangeEnclosure;

/**
 * Two measurements of the {@code interval} module.
 *
 * <p><b>The cost of rigor.</b> {@link Interval#add}, {@link Interval#multiply}, {@link Interval#sin},
 * {@link Interval#exp} over {@value #N} random narrow intervals (midpoints uniform in [0.5, 2],
 * radius 1e-10 relative), against plain {@code double} {@code + * Math.sin Math.exp} on their
 * midpoints. One invocation applies the operation to the whole array (results written to an output
 * array), so the score divided by {@value #N} is the time per element.
 *
 * <p><b>Enclosure width vs time.</b> Each method of {@link Enclosures} (natural, mean-value, Taylor
 * form and Taylor model of order 5, bisection with a Taylor-model inner method to absolute tolerance
 * 1e-6) on three functions, selected by {@code @Param func}. The setup prints each method's width,
 * and a reference: an inner estimate of the true range from a dense grid of point evaluations, and
 * an outer one from bisection to tolerance 1e-9 (the true range lies between the two).
 *
 * <p>Not thread-safe per state (JMH gives each thread its own {@code Scope.Thread} state).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IntervalBenchmark {

    /** Elements per array. */
    static final int N = 1024;

    /** The random arrays of intervals and of their midpoints, and output arrays. */
    @State(Scope.Thread)
    public static class Arrays {
        Interval[] a = new Interval[N];
        Interval[] b = new Interval[N];
        Interval[] out = new Interval[N];
        double[] da = new double[N];
        double[] db = new double[N];
        double[] dout = new double[N];

        @Setup(Level.Trial)
        public void setup() {
            Random r = new Random(20261129L);
            for (int i = 0; i < N; i++) {
                da[i] = 0.5 + 1.5 * r.nextDouble();
                db[i] = 0.5 + 1.5 * r.nextDouble();
                a[i] = Interval.of(da[i] * (1 - 1e-10), da[i] * (1 + 1e-10));
                b[i] = Interval.of(db[i] * (1 - 1e-10), db[i] * (1 + 1e-10));
                da[i] = a[i].mid();
                db[i] = b[i].mid();
            }
        }
    }

    @Benchmark
    public Interval[] intervalAdd(Arrays s) {
        Interval[] a = s.a;
        Interval[] b = s.b;
        Interval[] o = s.out;
        for (int i = 0; i < N; i++) {
            o[i] = a[i].add(b[i]);
        }
        return o;
    }

    @Benchmark
    public Interval[] intervalMultiply(Arrays s) {
        Interval[] a = s.a;
        Interval[] b = s.b;
        Interval[] o = s.out;
        for (int i = 0; i < N; i++) {
            o[i] = a[i].multiply(b[i]);
        }
        return o;
    }

    @Benchmark
    public Interval[] intervalSin(Arrays s) {
        Interval[] a = s.a;
        Interval[] o = s.out;
        for (int i = 0; i < N; i++) {
            o[i] = a[i].sin();
        }
        return o;
    }

    @Benchmark
    public Interval[] intervalExp(Arrays s) {
        Interval[] a = s.a;
        Interval[] o = s.out;
        for (int i = 0; i < N; i++) {
            o[i] = a[i].exp();
        }
        return o;
    }

    @Benchmark
    public double[] doubleAdd(Arrays s) {
        double[] a = s.da;
        double[] b = s.db;
        double[] o = s.dout;
        for (int i = 0; i < N; i++) {
            o[i] = a[i] + b[i];
        }
        return o;
    }

    @Benchmark
    public double[] doubleMultiply(Arrays s) {
        double[] a = s.da;
        double[] b = s.db;
        double[] o = s.dout;
        for (int i = 0; i < N; i++) {
            o[i] = a[i] * b[i];
        }
        return o;
    }

    @Benchmark
    public double[] doubleSin(Arrays s) {
        double[] a = s.da;
        double[] o = s.dout;
        for (int i = 0; i < N; i++) {
            o[i] = Math.sin(a[i]);
        }
        return o;
    }

    @Benchmark
    public double[] doubleExp(Arrays s) {
        double[] a = s.da;
        double[] o = s.dout;
        for (int i = 0; i < N; i++) {
            o[i] = Math.exp(a[i]);
        }
        return o;
    }

    /** The bisection tolerance of the timed {@code bisect} benchmark. */
    static final double BISECT_TOL = 1e-6;

    /** The function and box of the enclosure benchmarks; the setup prints each method's width. */
    @State(Scope.Benchmark)
    public static class Enclosure {
        /** 0: x*(1-x) on [0,1]; 1: x*exp(-x^2-y^2)+atan(x*y) on [-2,2]^2; 2: sin(x)*cos(y)+x^2 on [-1,2]x[0,3]. */
        @Param({"0", "1", "2"})
        public int func;

        static final String[] TEXT = {"x*(1-x)", "x*exp(-x^2-y^2)+atan(x*y)", "sin(x)*cos(y)+x^2"};
        static final String[] BOX = {"x=[0,1]", "x=[-2,2], y=[-2,2]", "x=[-1,2], y=[0,3]"};

        Expr f;
        Box box;

        @Setup(Level.Trial)
        public void setup() {
            f = Expr.parse(TEXT[func]);
            box = Box.parse(BOX[func]);
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%n# enclosure widths: f = %s over %s%n", TEXT[func], BOX[func]));
            double[] grid = gridRange(f, box, box.dimension() == 1 ? 100_001 : 401);
            RangeEnclosure ref = Enclosures.bisect(f, box, 1e-9, EnclosureMethod.TAYLOR_MODEL, 5, 200_000);
            sb.append(String.format(Locale.ROOT, "#   grid range (inner)  %-44s width %.9g%n",
                    "[" + grid[0] + ", " + grid[1] + "]", grid[1] - grid[0]));
            sb.append(String.format(Locale.ROOT, "#   bisect 1e-9 (outer) %-44s width %.9g (%d boxes, met %b)%n",
                    ref.range(), ref.width(), ref.subBoxes(), ref.toleranceMet()));
            line(sb, "natural", natural());
            line(sb, "meanValue", meanValue());
            line(sb, "taylorForm5", taylorForm5());
            line(sb, "taylorModel5", taylorModel5());
            RangeEnclosure b = bisect();
            line(sb, "bisect TM5 1e-6", b);
            sb.append(String.format(Locale.ROOT, "#     (bisect: %d sub-boxes, tolerance met %b)%n", b.subBoxes(), b.toleranceMet()));
            System.out.print(sb);
        }

        RangeEnclosure natural() {
            return Enclosures.natural(f, box);
        }

        RangeEnclosure meanValue() {
            return Enclosures.meanValue(f, box);
        }

        RangeEnclosure taylorForm5() {
            return Enclosures.taylorForm(f, box, 5);
        }

        RangeEnclosure taylorModel5() {
            return Enclosures.taylorModel(f, box, 5);
        }

        RangeEnclosure bisect() {
            return Enclosures.bisect(f, box, BISECT_TOL, EnclosureMethod.TAYLOR_MODEL);
        }

        private static void line(StringBuilder sb, String name, RangeEnclosure e) {
            sb.append(String.format(Locale.ROOT, "#   %-19s %-44s width %.9g%s%n", name, e.range(), e.width(),
                    e.note().map(n -> "  note: " + n).orElse("")));
        }

        /** Min and max of f over a grid of n points per side (an inner estimate of the range). */
        private static double[] gridRange(Expr f, Box box, int n) {
            String[] names = box.names().toArray(new String[0]);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int total = names.length == 1 ? n : n * n;
            java.util.Map<String, Double> point = new java.util.HashMap<>();
            for (int idx = 0; idx < total; idx++) {
                int[] ij = {idx % n, idx / n};
                for (int d = 0; d < names.length; d++) {
                    Interval side = box.get(names[d]);
                    point.put(names[d], side.inf() + (side.sup() - side.inf()) * ij[d] / (n - 1));
                }
                double v = evalDouble(f, point);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            return new double[] {lo, hi};
        }

        private static double evalDouble(Expr f, java.util.Map<String, Double> point) {
            java.util.Map<String, Interval> p = new java.util.HashMap<>();
            point.forEach((k, v) -> p.put(k, Interval.point(v)));
            // the natural extension at a point box: a tight enclosure of f(point); its midpoint is f(point) to ~1 ulp
            return Enclosures.natural(f, Box.of(p)).range().mid();
        }
    }

    @Benchmark
    public RangeEnclosure natural(Enclosure s) {
        return s.natural();
    }

    @Benchmark
    public RangeEnclosure meanValue(Enclosure s) {
        return s.meanValue();
    }

    @Benchmark
    public RangeEnclosure taylorForm5(Enclosure s) {
        return s.taylorForm5();
    }

    @Benchmark
    public RangeEnclosure taylorModel5(Enclosure s) {
        return s.taylorModel5();
    }

    @Benchmark
    public RangeEnclosure bisectTaylorModel5(Enclosure s) {
        return s.bisect();
    }
}
