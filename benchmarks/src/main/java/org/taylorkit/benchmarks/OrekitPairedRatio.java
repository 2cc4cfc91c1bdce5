package org.taylorkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.util.MathArrays;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.hipparchus.TaylorNElement;
import org.taylorkit.hipparchus.TaylorNField;
import org.taylorkit.hipparchus.orekit.LeoJ2OneDay;

/**
 * The Orekit propagation of {@link OrekitPropagationBenchmark} (one day of LEO + J2, RK4 120 s, six
 * initial deviations to {@code order}) over {@code TaylorNElement} and over Hipparchus's
 * {@code DerivativeStructure}, measured in <em>pairs</em>: one propagation of each, back to back in
 * one JVM, in alternating order, the CPU time of this thread for each (thread CPU time, not wall
 * time). On a machine shared with other jobs the load changes from second to second; a pair sees
 * nearly the same load on both sides, so the ratio of a pair is steadier than the ratio of two
 * separate runs. Reports the median over the measured pairs of DS time, our time and their ratio,
 * after {@code warmup} unmeasured pairs (JIT compilation of both).
 *
 * <p>Unlike the JMH benchmark (one type per JVM), Orekit's generic call sites see both element types
 * here (bimorphic dispatch on both sides alike).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.taylorkit.benchmarks.OrekitPairedRatio [order] [pairs] [warmup]
 * </pre>
 */
public final class OrekitPairedRatio {

    private OrekitPairedRatio() {
    }

    /**
     * Runs the pairs and prints one summary line.
     *
     * @param args order (default 2), measured pairs (default 30), warm-up pairs (default 15)
     */
    public static void main(String[] args) {
        int order = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        double[] x0 = LeoJ2OneDay.initialState();
        TaylorNField field = TaylorNField.of(Variables.of("dx", "dy", "dz", "dvx", "dvy", "dvz"), order);
        DSFactory factory = new DSFactory(6, order);
        Supplier<Object> ours = () -> LeoJ2OneDay.propagate(field, field.variables(x0));
        Supplier<Object> theirs = () -> {
            DerivativeStructure[] s = MathArrays.buildArray(factory.getDerivativeField(), 6);
            for (int i = 0; i < 6; i++) {
                s[i] = factory.variable(i, x0[i]);
            }
            return LeoJ2OneDay.propagate(factory.getDerivativeField(), s);
        };
        checkAgreement((TaylorNElement[]) ours.get(), (DerivativeStructure[]) theirs.get(), order);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ds = new double[pairs];
        double[] tk = new double[pairs];
        double[] ratio = new double[pairs];
        String loadBefore = load();
        for (int p = -warmup; p < pairs; p++) {
            boolean dsFirst = (p & 1) == 0;
            double first = cpuMillis(threads, dsFirst ? theirs : ours);
            double second = cpuMillis(threads, dsFirst ? ours : theirs);
            if (p >= 0) {
                ds[p] = dsFirst ? first : second;
                tk[p] = dsFirst ? second : first;
                ratio[p] = ds[p] / tk[p];
            }
        }
        System.out.printf(Locale.ROOT,
                "order %d, %d pairs after %d warm-up: DS %.1f ms, ours %.1f ms (medians, thread CPU), "
                        + "ratio DS/ours median %.2f (quartiles %.2f-%.2f); load %s -> %s%n",
                order, pairs, warmup, median(ds), median(tk), median(ratio), quantile(ratio, 0.25),
                quantile(ratio, 0.75), loadBefore, load());
    }

    private static double cpuMillis(ThreadMXBean threads, Supplier<Object> run) {
        long start = threads.getCurrentThreadCpuTime();
        Object result = run.get();
        long end = threads.getCurrentThreadCpuTime();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return (end - start) / 1e6;
    }

    private static void checkAgreement(TaylorNElement[] ours, DerivativeStructure[] theirs, int order) {
        double a = ours[0].getPartialDerivative(order, 0, 0, 0, 0, 0);
        double b = theirs[0].getPartialDerivative(order, 0, 0, 0, 0, 0);
        if (Math.abs(a - b) > 1e-6 * Math.abs(b)) {
            throw new IllegalStateException("d^" + order + "x/dx0^" + order + ": ours " + a + ", DS " + b);
        }
    }

    private static double median(double[] x) {
        return quantile(x, 0.5);
    }

    private static double quantile(double[] x, double q) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }

    private static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f", l);
    }
}
