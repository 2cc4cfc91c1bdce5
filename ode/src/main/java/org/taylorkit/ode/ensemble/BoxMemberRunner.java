package org.taylorkit.ode.ensemble;

import java.util.Map;
import java.util.function.Supplier;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * Runs validated members, one initial box each, on one {@link ValidatedIntegrator} (the only class
 * of this package that calls it). Each result is the rigorous enclosure of a single run from that
 * box, with the guarantee of {@link ValidatedSolution}: the ensemble adds no rounding of its own.
 * Parameters are fixed for the ensemble (interval enclosures of their default texts).
 */
public final class BoxMemberRunner implements MemberRunner<Interval[], ValidatedSolution> {

    private final ValidatedIntegrator integrator;
    private final double t0;
    private final double t1;

    /**
     * @param integrator the validated integrator (immutable; one per worker keeps its work arrays private)
     * @param t0 the initial time of every box
     * @param t1 the final time, at least t0
     */
    public BoxMemberRunner(ValidatedIntegrator integrator, double t0, double t1) {
        this.integrator = integrator;
        this.t0 = t0;
        this.t1 = t1;
    }

    /**
     * The integrator a single validated run of {@code spec} uses: Taylor order {@code spec.order()}
     * (or the validated default), every parameter an enclosure of its default — an interval
     * {@code [a, b]} or a constant expression evaluated in interval arithmetic.
     *
     * @throws IllegalArgumentException if a parameter has no default, or the spec has an event
     */
    public static ValidatedIntegrator integrator(EnsembleSpec spec) {
        if (spec.event() != null) {
            throw new IllegalArgumentException("validated ensembles do not support events");
        }
        OdeSystem system = spec.system();
        ValidatedIntegrator vi = ValidatedIntegrator.of(system);
        if (spec.order() != null) {
            vi = vi.withOrder(spec.order());
        }
        if (spec.maxSteps() != null) {
            vi = vi.withMaxSteps((int) Math.min(Integer.MAX_VALUE, spec.maxSteps()));
        }
        for (Map.Entry<String, String> p : spec.parameters().entrySet()) {
            if (p.getValue() == null) {
                throw new IllegalArgumentException("validated ensembles need a value for parameter " + p.getKey());
            }
            vi = vi.withParameter(p.getKey(), interval(p.getValue(), "parameter " + p.getKey()));
        }
        return vi;
    }

    /** An interval {@code [a, b]} (outward-rounded decimals), or an enclosure of a constant expression. */
    public static Interval interval(String text, String what) {
        Interval v;
        if (text.strip().startsWith("[")) {
            v = Interval.parse(text.strip());
        } else {
            Expr e = Expr.parse(text);
            if (!e.symbols().isEmpty()) {
                throw new IllegalArgumentException(what + " ('" + text + "') must be a constant expression");
            }
            v = e.evaluate(IntervalArithmetic.INSTANCE, Map.of());
        }
        if (v.isEmpty() || !v.isBounded()) {
            throw new IllegalArgumentException(what + " ('" + text + "') must be a nonempty bounded interval, got " + v);
        }
        return v;
    }

    /** Runners for the workers of a validated ensemble of {@code spec}; the spec is checked here, once. */
    public static Supplier<BoxMemberRunner> factory(EnsembleSpec spec) {
        double t0 = spec.t0();
        double t1 = spec.t1();
        if (t1 < t0) {
            throw new IllegalArgumentException("validated ensembles integrate forward: need from <= to, got " + t0 + " > " + t1);
        }
        integrator(spec);
        return () -> new BoxMemberRunner(integrator(spec), t0, t1);
    }

    @Override
    public ValidatedSolution run(Interval[] box) {
        return integrator.integrate(t0, box, t1);
    }
}
