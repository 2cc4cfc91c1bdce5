package org.taylorkit.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;
import org.hipparchus.util.MathArrays;
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
import org.taylorkit.hipparchus.TaylorNElement;
import org.taylorkit.hipparchus.TaylorNField;
import org.taylorkit.hipparchus.orekit.LeoJ2OneDay;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;

/**
 * One day of the LEO + J2 orbit of {@link LeoJ2OneDay} (Orekit {@code FieldNumericalPropagator},
 * fixed-step RK4 at 120 s, Cartesian), expanded in the six initial position/velocity deviations to
 * {@code order}: over our {@code TaylorNElement} against Hipparchus's {@code DerivativeStructure}
 * (same integrator, same steps), plus Orekit's {@code Gradient} (first order only) for scale. One
 * operation is one whole propagation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OrekitPropagationBenchmark {

    @Param({"2", "3"})
    public int order;

    private final double[] x0 = LeoJ2OneDay.initialState();
    private TaylorNField field;
    private DSFactory factory;
    private JetIntegrator jets;

    @Setup
    public void setUp() {
        field = TaylorNField.of(Variables.of("dx", "dy", "dz", "dvx", "dvy", "dvz"), order);
        factory = new DSFactory(6, order);
        double[] p = LeoJ2OneDay.parameters();
        jets = JetIntegrator.builder(OdeSystem.parse(LeoJ2OneDay.EQUATIONS_TEXT, Set.of("mu", "re", "j2")))
                .jetOrder(order).tolerance(1e-12).parameter("mu", p[0]).parameter("re", p[1])
                .parameter("j2", p[2]).build();
        double ours = taylorKit()[0].getPartialDerivative(order, 0, 0, 0, 0, 0);
        double theirs = derivativeStructure()[0].getPartialDerivative(order, 0, 0, 0, 0, 0);
        if (Math.abs(ours - theirs) > 1e-6 * Math.abs(theirs)) {
            throw new IllegalStateException("d^" + order + "x/dx0^" + order + ": ours " + ours + ", DS " + theirs);
        }
    }

    @Benchmark
    public TaylorNElement[] taylorKit() {
        return LeoJ2OneDay.propagate(field, field.variables(x0));
    }

    @Benchmark
    public DerivativeStructure[] derivativeStructure() {
        DerivativeStructure[] s = MathArrays.buildArray(factory.getDerivativeField(), 6);
        for (int i = 0; i < 6; i++) {
            s[i] = factory.variable(i, x0[i]);
        }
        return LeoJ2OneDay.propagate(factory.getDerivativeField(), s);
    }

    /**
     * The same flow expanded by TaylorKit's own jet transport of the equations written as text
     * ({@link LeoJ2OneDay#EQUATIONS_TEXT}), adaptive Taylor steps at tolerance 1e-12 (far more
     * accurate than the fixed 120 s RK4 steps of the Orekit cases: a cost reference, not a like-for-like).
     */
    @Benchmark
    public JetFlow taylorKitJetTransport() {
        return jets.integrate(0, x0, LeoJ2OneDay.DURATION);
    }

    @Benchmark
    public Gradient[] gradientFirstOrder() {
        GradientField g = GradientField.getField(6);
        Gradient[] s = MathArrays.buildArray(g, 6);
        for (int i = 0; i < 6; i++) {
            s[i] = Gradient.variable(6, i, x0[i]);
        }
        return LeoJ2OneDay.propagate(g, s);
    }
}
