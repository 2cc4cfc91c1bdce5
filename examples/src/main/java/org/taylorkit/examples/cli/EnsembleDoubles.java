package org.taylorkit.examples.cli;

import java.util.function.Supplier;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;
import org.taylorkit.ode.ensemble.MemberResult;
import org.taylorkit.ode.ensemble.MemberRunner;

/** {@code taylor ensemble} in double: values read as Java doubles, results written as shortest round-trip decimals. */
final class EnsembleDoubles implements EnsembleNumbers<Member, MemberResult> {

    private final double[] defaults;

    /** @param defaults the parameter defaults in the system's order (NaN: none) */
    EnsembleDoubles(double[] defaults) {
        this.defaults = defaults;
    }

    @Override
    public String problem(String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a number";
        }
        return Double.isFinite(v) ? null : "'" + text + "' is not finite";
    }

    @Override
    public Member member(String[] state, String[] parameters) {
        double[] x = new double[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.parseDouble(state[i].strip());
        }
        if (parameters == null) {
            return new Member(x, null);
        }
        double[] p = defaults.clone();
        for (int i = 0; i < p.length; i++) {
            if (parameters[i] != null) {
                p[i] = Double.parseDouble(parameters[i].strip());
            }
        }
        return new Member(x, p);
    }

    @Override
    public Supplier<? extends MemberRunner<Member, MemberResult>> runners(EnsembleSpec spec) {
        return DoubleMemberRunner.factory(spec);
    }

    @Override
    public String status(MemberResult r) {
        return r.status().label();
    }

    @Override
    public String[] cells(MemberResult r, boolean withEvent) {
        double[] x = r.state();
        String[] c = new String[1 + x.length + (withEvent ? 1 : 0)];
        c[0] = ShortestDecimal.format(r.t());
        for (int i = 0; i < x.length; i++) {
            c[i + 1] = ShortestDecimal.format(x[i]);
        }
        if (withEvent) {
            c[c.length - 1] = Double.isNaN(r.eventTime()) ? "" : ShortestDecimal.format(r.eventTime());
        }
        return c;
    }
}
