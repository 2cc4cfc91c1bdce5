package org.taylorkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.taylorkit.core.multi.Variables;
import org.taylorkit.hipparchus.Taylor1Field;
import org.taylorkit.hipparchus.TaylorNField;

/**
 * One {@code CalculusFieldElement} operation through the Hipparchus interface: our elements
 * ({@code Taylor1Element} for 1 variable, {@code TaylorNElement} for 6) against Hipparchus's
 * {@code DerivativeStructure} of the same variables and order. The operands are dense (no zero
 * coefficient): a = 2 + sin(ℓ), b = cos(ℓ) with ℓ a linear form in the variables; both sides run
 * the same generic code ({@link #apply}), and setup throws unless both give the same derivatives.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FieldElementBenchmark {

    @Param({"1", "6"})
    public int variables;

    @Param({"1", "2", "4", "6", "10"})
    public int order;

    @Param({"multiply", "divide", "exp", "sin", "sqrt"})
    public String op;

    /**
     * DSFactory(6, n) builds its composition tables in 0.3 s for n = 6, 1.4 s for n = 7, 3.3 s for
     * n = 8, and did not finish in 10 minutes for n = 10: the DS side is skipped (fails with a
     * message) beyond n = 8 in 6 variables.
     */
    static final int MAX_DS_ORDER_IN_6_VARIABLES = 8;

    private int code;
    private CalculusFieldElement<?>[] ours;
    private DerivativeStructure[] theirs;

    @Setup
    public void setUp() {
        code = switch (op) {
            case "multiply" -> 0;
            case "divide" -> 1;
            case "exp" -> 2;
            case "sin" -> 3;
            case "sqrt" -> 4;
            default -> throw new IllegalArgumentException(op);
        };
        if (variables < 6 || order <= MAX_DS_ORDER_IN_6_VARIABLES) {
            DSFactory factory = new DSFactory(variables, order);
            DerivativeStructure[] dsVars = new DerivativeStructure[variables];
            for (int i = 0; i < variables; i++) {
                dsVars[i] = factory.variable(i, 0.1 * (i + 1));
            }
            theirs = operands(dsVars);
        }
        if (variables == 1) {
            ours = operands(new org.taylorkit.hipparchus.Taylor1Element[] {Taylor1Field.of(order).variable(0.1)});
        } else {
            String[] names = new String[variables];
            double[] point = new double[variables];
            for (int i = 0; i < variables; i++) {
                names[i] = "x" + i;
                point[i] = 0.1 * (i + 1);
            }
            ours = operands(TaylorNField.of(Variables.of(names), order).variables(point));
        }
        check();
    }

    private static <T extends CalculusFieldElement<T>> T[] operands(T[] x) {
        T form = x[0];
        for (int i = 1; i < x.length; i++) {
            form = form.add(x[i].multiply(1.0 / (i + 1)));
        }
        T[] ab = org.hipparchus.util.MathArrays.buildArray(x[0].getField(), 2);
        ab[0] = form.sin().add(2.0);
        ab[1] = form.cos();
        return ab;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void check() {
        if (theirs == null) {
            return;
        }
        DerivativeStructure expected = apply(code, theirs[0], theirs[1]);
        org.hipparchus.analysis.differentiation.Derivative got =
                (org.hipparchus.analysis.differentiation.Derivative) apply(code, (CalculusFieldElement) ours[0],
                        (CalculusFieldElement) ours[1]);
        int[] orders = new int[variables];
        orders[0] = order;
        double e = expected.getPartialDerivative(orders);
        double g = got.getPartialDerivative(orders);
        if (Math.abs(e - g) > 1e-10 * Math.max(1, Math.abs(e))) {
            throw new IllegalStateException(op + ": d^" + order + "/dx0^" + order + " differs: DS " + e + ", ours " + g);
        }
    }

    static <T extends CalculusFieldElement<T>> T apply(int code, T a, T b) {
        return switch (code) {
            case 0 -> a.multiply(b);
            case 1 -> a.divide(b);
            case 2 -> a.exp();
            case 3 -> a.sin();
            default -> a.sqrt();
        };
    }

    @Benchmark
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object taylorKit() {
        return apply(code, (CalculusFieldElement) ours[0], (CalculusFieldElement) ours[1]);
    }

    @Benchmark
    public DerivativeStructure derivativeStructure() {
        if (theirs == null) {
            throw new UnsupportedOperationException("DSFactory(6, " + order + ") does not build in reasonable time");
        }
        return apply(code, theirs[0], theirs[1]);
    }
}
