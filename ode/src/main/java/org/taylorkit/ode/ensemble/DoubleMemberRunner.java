package org.taylorkit.ode.ensemble;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Runs double members on one {@link TaylorIntegrator} (the only class of this package that calls
 * it). Before each member every parameter is set, to the member's value or the default the
 * integrator had when this runner was made, so a member's result does not depend on the members
 * before it: it is bit-for-bit {@code integrator.integrate(t0, state, t1)} on a fresh integrator.
 * Not thread-safe (one per worker thread).
 */
public final class DoubleMemberRunner implements MemberRunner<Member, MemberResult> {

    private final TaylorIntegrator integrator;
    private final double t0;
    private final double t1;
    private final List<String> names;
    private final double[] defaults;

    /**
     * @param integrator the integrator this runner owns from now on (its current parameter values are the defaults)
     * @param t0 the initial time of every member
     * @param t1 the final time of every member
     */
    public DoubleMemberRunner(TaylorIntegrator integrator, double t0, double t1) {
        this.integrator = integrator;
        this.t0 = t0;
        this.t1 = t1;
        this.names = integrator.system().parameters();
        this.defaults = new double[names.size()];
        for (int i = 0; i < defaults.length; i++) {
            try {
                defaults[i] = integrator.parameter(names.get(i));
            } catch (IllegalArgumentException noValue) {
                defaults[i] = Double.NaN;
            }
        }
    }

    /**
     * The integrator a single run of {@code spec} uses: the same one every worker builds, so that
     * {@code integrator(spec).integrate(t0, x0, t1)} is the reference for a member.
     *
     * @throws IllegalArgumentException if a setting or default value is invalid
     */
    public static TaylorIntegrator integrator(EnsembleSpec spec) {
        return integrator(spec, spec.system());
    }

    private static TaylorIntegrator integrator(EnsembleSpec spec, OdeSystem system) {
        TaylorIntegrator.Builder b = TaylorIntegrator.builder(system);
        if (spec.tolerance() != null) {
            b.tolerance(EnsembleSpec.value(spec.tolerance(), "the tolerance"));
        }
        if (spec.order() != null) {
            b.order(spec.order());
        }
        if (spec.maxSteps() != null) {
            b.maxSteps(spec.maxSteps());
        }
        if (spec.event() != null) {
            b.event(spec.event(), spec.direction(), spec.terminal());
        }
        for (Map.Entry<String, String> p : spec.parameters().entrySet()) {
            if (p.getValue() != null) {
                b.parameter(p.getKey(), EnsembleSpec.value(p.getValue(), "parameter " + p.getKey()));
            }
        }
        return b.build();
    }

    /**
     * Runners for the workers of an ensemble of {@code spec}. The spec is checked here, once, on
     * the calling thread (a bad equation or setting fails before any thread starts).
     */
    public static Supplier<DoubleMemberRunner> factory(EnsembleSpec spec) {
        OdeSystem system = spec.system();
        double t0 = spec.t0();
        double t1 = spec.t1();
        integrator(spec, system);
        return () -> new DoubleMemberRunner(integrator(spec, system), t0, t1);
    }

    @Override
    public MemberResult run(Member member) {
        double[] values = MemberParameters.resolve(names, member.parameters(), defaults);
        for (int i = 0; i < names.size(); i++) {
            integrator.setParameter(names.get(i), values[i]);
        }
        OdeSolution s = integrator.integrate(t0, member.state(), t1);
        double eventTime = s.events().isEmpty() ? Double.NaN : s.events().get(0).t();
        return new MemberResult(s.status(), s.t(), s.state(), eventTime, s.steps());
    }
}
