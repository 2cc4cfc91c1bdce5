package org.taylorkit.ode.ensemble;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetIntegrator;

/**
 * Runs jet-transport members on one {@link JetIntegrator} (the only class of this package that
 * calls it): each member's initial state is the expansion point, and its result the flow as jets of
 * the chosen order in the initial values. Every parameter is set before each member, so a member's
 * result is that of a single run. Not thread-safe (one per worker thread).
 */
public final class JetMemberRunner implements MemberRunner<Member, JetOutcome> {

    private final JetIntegrator integrator;
    private final double t0;
    private final double t1;
    private final List<String> names;
    private final double[] defaults;

    /**
     * @param integrator the integrator this runner owns from now on
     * @param defaults the default value of every parameter in the order of {@code OdeSystem.parameters()} (NaN: none)
     * @param t0 the initial time of every member
     * @param t1 the final time of every member
     */
    public JetMemberRunner(JetIntegrator integrator, double[] defaults, double t0, double t1) {
        this.integrator = integrator;
        this.names = integrator.system().parameters();
        if (defaults.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " parameter defaults, got " + defaults.length);
        }
        this.defaults = defaults.clone();
        this.t0 = t0;
        this.t1 = t1;
    }

    /**
     * Runners for the workers of a jet ensemble of {@code spec}: jets of order {@code jetOrder} in
     * all state variables. Events are not supported by jet transport.
     *
     * @throws IllegalArgumentException if the spec has an event or a bad setting
     */
    public static Supplier<JetMemberRunner> factory(EnsembleSpec spec, int jetOrder) {
        if (spec.event() != null) {
            throw new IllegalArgumentException("jet ensembles do not support events");
        }
        OdeSystem system = spec.system();
        double t0 = spec.t0();
        double t1 = spec.t1();
        double[] defaults = new double[system.parameters().size()];
        for (int i = 0; i < defaults.length; i++) {
            String text = spec.parameters().get(system.parameters().get(i));
            defaults[i] = text == null ? Double.NaN : EnsembleSpec.value(text, "parameter " + system.parameters().get(i));
        }
        Supplier<JetIntegrator> build = () -> {
            JetIntegrator.Builder b = JetIntegrator.builder(system).jetOrder(jetOrder);
            if (spec.tolerance() != null) {
                b.tolerance(EnsembleSpec.value(spec.tolerance(), "the tolerance"));
            }
            if (spec.order() != null) {
                b.taylorOrder(spec.order());
            }
            if (spec.maxSteps() != null) {
                b.maxSteps(spec.maxSteps());
            }
            for (Map.Entry<String, String> p : spec.parameters().entrySet()) {
                if (p.getValue() != null) {
                    b.parameter(p.getKey(), EnsembleSpec.value(p.getValue(), "parameter " + p.getKey()));
                }
            }
            return b.build();
        };
        build.get();
        return () -> new JetMemberRunner(build.get(), defaults, t0, t1);
    }

    @Override
    public JetOutcome run(Member member) {
        double[] values = MemberParameters.resolve(names, member.parameters(), defaults);
        for (int i = 0; i < names.size(); i++) {
            integrator.setParameter(names.get(i), values[i]);
        }
        try {
            return new JetOutcome(integrator.integrate(t0, member.state(), t1), null);
        } catch (ArithmeticException stopped) {
            return new JetOutcome(null, stopped.getMessage());
        }
    }
}
