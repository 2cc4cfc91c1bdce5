package org.taylorkit.ode.ensemble;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.taylorkit.core.Arithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * Runs members in a field type (Apfloat at a chosen precision, or any {@link Arithmetic}) on one
 * {@link FieldTaylorIntegrator} (the only class of this package that calls it). As for
 * {@link DoubleMemberRunner}, every parameter is set before each member, so a member's result is
 * that of a single run on a fresh integrator. Not thread-safe (one per worker thread); the
 * arithmetic is shared by the workers and must be immutable (Apfloat's is).
 *
 * @param <T> the number type
 */
public final class FieldMemberRunner<T> implements MemberRunner<FieldMember<T>, FieldMemberResult<T>> {

    private final FieldTaylorIntegrator<T> integrator;
    private final T t0;
    private final T t1;
    private final List<String> names;
    private final Object[] defaults;

    /**
     * @param integrator the integrator this runner owns from now on (its current parameter values are the defaults)
     * @param t0 the initial time of every member
     * @param t1 the final time of every member
     */
    public FieldMemberRunner(FieldTaylorIntegrator<T> integrator, T t0, T t1) {
        this.integrator = integrator;
        this.t0 = t0;
        this.t1 = t1;
        this.names = integrator.system().parameters();
        this.defaults = new Object[names.size()];
        for (int i = 0; i < defaults.length; i++) {
            try {
                defaults[i] = integrator.parameter(names.get(i));
            } catch (IllegalArgumentException noValue) {
                defaults[i] = null;
            }
        }
    }

    /**
     * The integrator a single run of {@code spec} in {@code ar} uses; times, tolerance and
     * parameter defaults are evaluated from their text in {@code ar}.
     */
    public static <T> FieldTaylorIntegrator<T> integrator(EnsembleSpec spec, Arithmetic<T> ar) {
        return integrator(spec, spec.system(), ar);
    }

    private static <T> FieldTaylorIntegrator<T> integrator(EnsembleSpec spec, OdeSystem system, Arithmetic<T> ar) {
        FieldTaylorIntegrator.Builder<T> b = FieldTaylorIntegrator.builder(system, ar);
        if (spec.tolerance() != null) {
            b.tolerance(EnsembleSpec.value(ar, spec.tolerance(), "the tolerance"));
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
                b.parameter(p.getKey(), EnsembleSpec.value(ar, p.getValue(), "parameter " + p.getKey()));
            }
        }
        return b.build();
    }

    /** Runners for the workers of an ensemble of {@code spec} in {@code ar}; the spec is checked here, once. */
    public static <T> Supplier<FieldMemberRunner<T>> factory(EnsembleSpec spec, Arithmetic<T> ar) {
        OdeSystem system = spec.system();
        T t0 = EnsembleSpec.value(ar, spec.from(), "the initial time");
        T t1 = EnsembleSpec.value(ar, spec.to(), "the final time");
        integrator(spec, system, ar);
        return () -> new FieldMemberRunner<>(integrator(spec, system, ar), t0, t1);
    }

    @Override
    @SuppressWarnings("unchecked")
    public FieldMemberResult<T> run(FieldMember<T> member) {
        T[] p = member.parameters();
        if (p != null && p.length != names.size()) {
            throw new IllegalArgumentException("expected " + names.size() + " parameter values (" + String.join(", ", names)
                    + "), got " + p.length);
        }
        for (int i = 0; i < names.size(); i++) {
            T v = p != null ? p[i] : (T) defaults[i];
            if (v == null) {
                throw new IllegalArgumentException("parameter " + names.get(i) + " has no value (no default, none given by the member)");
            }
            integrator.setParameter(names.get(i), v);
        }
        FieldOdeSolution<T> s = integrator.integrate(t0, member.state(), t1);
        T eventTime = s.events().isEmpty() ? null : s.events().get(0).t();
        return new FieldMemberResult<>(s.status(), s.t(), s.state(), eventTime, s.steps());
    }
}
