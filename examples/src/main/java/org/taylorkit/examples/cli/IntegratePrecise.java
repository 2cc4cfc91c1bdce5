package org.taylorkit.examples.cli;

import org.taylorkit.core.function.Functions;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.Map;
import org.apfloat.Apfloat;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.field.FieldEventOccurrence;
import org.taylorkit.ode.field.FieldOdeSolution;
import org.taylorkit.ode.field.FieldTaylorIntegrator;

/**
 * {@code taylor integrate --digits D}: the same run in Apfloat at D significant digits. Initial
 * values, parameters, times and the tolerance are evaluated from their text in Apfloat (decimals such
 * as 0.1 exactly, 8/3 to D digits); results are printed as strings of at most D significant digits.
 */
final class IntegratePrecise {

    private IntegratePrecise() {
    }

    static IntegrateOutcome run(IntegrateCommand c, IntegrateCommand.Problem p) {
        int digits = c.digits;
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(digits);
        OdeSystem system = p.system();
        FieldTaylorIntegrator.Builder<Apfloat> b = FieldTaylorIntegrator.builder(system, ar);
        if (p.tol() != null) {
            Apfloat tol = value(ar, p.tol(), "--tol");
            if (tol.signum() <= 0) {
                throw new IllegalArgumentException("--tol must be positive, got " + ApfloatText.format(tol, digits));
            }
            b.tolerance(tol);
        }
        if (c.order != null) {
            b.order(c.order);
        }
        if (c.maxSteps != null) {
            b.maxSteps(c.maxSteps);
        }
        Apfloat t0 = value(ar, p.from(), "--from");
        Apfloat t1 = value(ar, p.to(), "--to");
        if (c.out != null || c.plot != null) {
            Apfloat dt = p.every() != null ? value(ar, p.every(), "--every")
                    : ar.divide(ar.apply(Functions.ABS, ar.subtract(t1, t0)), IntegrateCommand.DEFAULT_ROWS);
            if (dt.signum() > 0) {
                b.gridOutput(dt);
            }
        }
        if (c.event != null) {
            b.event(c.event, p.direction(), c.terminal);
        }
        p.params().forEach((k, v) -> b.parameter(k, value(ar, v, "--param " + k)));
        Apfloat[] x0 = new Apfloat[system.dimension()];
        for (int i = 0; i < x0.length; i++) {
            String name = system.variables().get(i);
            x0[i] = value(ar, p.init().get(name), "--init " + name);
        }
        FieldOdeSolution<Apfloat> s = b.build().integrate(t0, x0, t1);
        IntegrateOutcome o = new IntegrateOutcome(system.variables());
        o.precision = digits + " digits";
        o.status = s.status();
        o.message = s.message();
        o.tText = ApfloatText.format(s.t(), digits);
        o.t = new JsonPrimitive(o.tText);
        o.stateText = texts(s.state(), digits);
        o.state = strings(o.stateText);
        o.statistics = s.statistics();
        for (FieldEventOccurrence<Apfloat> e : s.events()) {
            String[] st = texts(e.state(), digits);
            String tt = ApfloatText.format(e.t(), digits);
            o.events.add(new IntegrateOutcome.EventRow(new JsonPrimitive(tt), strings(st), tt, st));
        }
        for (int i = 0; i < s.gridSize(); i++) {
            Apfloat[] state = s.gridState(i);
            String[] text = new String[state.length + 1];
            double[] values = new double[state.length + 1];
            text[0] = ApfloatText.format(s.gridTimes().get(i), digits);
            values[0] = ar.toDouble(s.gridTimes().get(i));
            for (int j = 0; j < state.length; j++) {
                text[j + 1] = ApfloatText.format(state[j], digits);
                values[j + 1] = ar.toDouble(state[j]);
            }
            o.rows.add(new IntegrateOutcome.Row(text, values));
        }
        return o;
    }

    private static Apfloat value(ApfloatArithmetic ar, Expr e, String what) {
        try {
            return e.evaluate(ar, Map.of());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(what + ": " + ex.getMessage(), ex);
        }
    }

    private static String[] texts(Apfloat[] v, int digits) {
        String[] r = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = ApfloatText.format(v[i], digits);
        }
        return r;
    }

    private static JsonElement[] strings(String[] v) {
        JsonElement[] r = new JsonElement[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = new JsonPrimitive(v[i]);
        }
        return r;
    }
}
