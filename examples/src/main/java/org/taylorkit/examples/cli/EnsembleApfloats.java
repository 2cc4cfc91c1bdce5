package org.taylorkit.examples.cli;

import java.util.function.Supplier;
import org.apfloat.Apfloat;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.FieldMember;
import org.taylorkit.ode.ensemble.FieldMemberResult;
import org.taylorkit.ode.ensemble.FieldMemberRunner;
import org.taylorkit.ode.ensemble.MemberRunner;

/**
 * {@code taylor ensemble --digits D}: values read as exact decimals into Apfloat at D digits,
 * results written with at most D significant digits.
 */
final class EnsembleApfloats implements EnsembleNumbers<FieldMember<Apfloat>, FieldMemberResult<Apfloat>> {

    private final int digits;
    private final ApfloatArithmetic ar;
    private final Apfloat[] defaults;

    /** @param defaults the parameter defaults in the system's order ({@code null}: none) */
    EnsembleApfloats(int digits, Apfloat[] defaults) {
        this.digits = digits;
        this.ar = ApfloatArithmetic.ofDigits(digits);
        this.defaults = defaults;
    }

    @Override
    public String problem(String text) {
        try {
            new Apfloat(text.strip(), digits);
            return null;
        } catch (NumberFormatException | ArithmeticException e) {
            return "'" + text + "' is not a number";
        }
    }

    @Override
    public FieldMember<Apfloat> member(String[] state, String[] parameters) {
        Apfloat[] x = new Apfloat[state.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new Apfloat(state[i].strip(), digits);
        }
        if (parameters == null) {
            return new FieldMember<>(x, null);
        }
        Apfloat[] p = defaults.clone();
        for (int i = 0; i < p.length; i++) {
            if (parameters[i] != null) {
                p[i] = new Apfloat(parameters[i].strip(), digits);
            }
        }
        return new FieldMember<>(x, p);
    }

    @Override
    public Supplier<? extends MemberRunner<FieldMember<Apfloat>, FieldMemberResult<Apfloat>>> runners(EnsembleSpec spec) {
        return FieldMemberRunner.factory(spec, ar);
    }

    @Override
    public String status(FieldMemberResult<Apfloat> r) {
        return r.status().label();
    }

    @Override
    public String[] cells(FieldMemberResult<Apfloat> r, boolean withEvent) {
        Apfloat[] x = r.state();
        String[] c = new String[1 + x.length + (withEvent ? 1 : 0)];
        c[0] = ApfloatText.format(r.t(), digits);
        for (int i = 0; i < x.length; i++) {
            c[i + 1] = ApfloatText.format(x[i], digits);
        }
        if (withEvent) {
            c[c.length - 1] = r.eventTime() == null ? "" : ApfloatText.format(r.eventTime(), digits);
        }
        return c;
    }
}
