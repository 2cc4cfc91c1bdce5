package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;

/**
 * {@code taylor integrate --jet K [--jet-vars x,y]}: jet transport of the initial values (issue 6).
 * JSON: the usual {@code t}, {@code state}, {@code steps}, {@code status}, plus {@code jet} (for each
 * state variable, every monomial of the jet as {@code {"exponents": [...], "value": c}} in graded-lex order
 * of the jet variables) and, for K ≥ 1, {@code stm} (rows by state variable, columns by jet variable).
 */
final class IntegrateJet {

    private IntegrateJet() {
    }

    /** Runs the jet integration of the parsed problem and prints the result; returns the exit status. */
    static int run(IntegrateCommand cmd, IntegrateCommand.Problem p) {
        if (cmd.jet == null) {
            throw new IllegalArgumentException("--jet-vars needs --jet K");
        }
        int k = cmd.jet;
        if (k < 0 || k > 20) {
            throw new IllegalArgumentException("--jet must be between 0 and 20, got " + k);
        }
        if (cmd.digits != null || cmd.event != null || cmd.out != null || cmd.plot != null) {
            throw new IllegalArgumentException("--jet cannot be combined with --digits, --event, --out or --plot");
        }
        OdeSystem system = p.system();
        JetIntegrator.Builder b = JetIntegrator.builder(system).jetOrder(k);
        if (cmd.jetVars != null) {
            List<String> names = new ArrayList<>();
            for (String s : cmd.jetVars.split(",", -1)) {
                String name = s.strip();
                if (!system.variables().contains(name)) {
                    throw new IllegalArgumentException("--jet-vars: '" + name + "' is not a state variable (state: "
                            + String.join(", ", system.variables()) + ")");
                }
                if (names.contains(name)) {
                    throw new IllegalArgumentException("--jet-vars: '" + name + "' is given twice");
                }
                names.add(name);
            }
            b.jetVariables(names.toArray(new String[0]));
        }
        if (p.tol() != null) {
            b.tolerance(IntegrateCommand.finite(p.tol(), "--tol"));
        }
        if (cmd.order != null) {
            if (cmd.order < 2) {
                throw new IllegalArgumentException("--order must be at least 2 with --jet, got " + cmd.order);
            }
            b.taylorOrder(cmd.order);
        }
        if (cmd.maxSteps != null) {
            b.maxSteps(cmd.maxSteps);
        }
        p.params().forEach((name, v) -> b.parameter(name, IntegrateCommand.finite(v, "--param " + name)));
        double t0 = IntegrateCommand.finite(p.from(), "--from");
        double t1 = IntegrateCommand.finite(p.to(), "--to");
        double[] x0 = new double[system.dimension()];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = IntegrateCommand.finite(p.init().get(system.variables().get(i)), "--init " + system.variables().get(i));
        }
        JetFlow flow = b.build().integrate(t0, x0, t1);
        PrintWriter out = cmd.spec.commandLine().getOut();
        if (cmd.json) {
            out.println(Json.print(json(flow)));
        } else {
            summary(out, flow);
        }
        return 0;
    }

    static JsonObject json(JetFlow flow) {
        JsonObject o = new JsonObject();
        o.add("t", Json.number(flow.t()));
        JsonObject state = new JsonObject();
        JsonObject jet = new JsonObject();
        List<String> names = flow.stateVariables();
        for (int i = 0; i < names.size(); i++) {
            TaylorN s = flow.state(i);
            state.add(names.get(i), Json.number(s.value()));
            JsonArray terms = new JsonArray();
            s.forEachTerm((exponents, c) -> {
                JsonObject term = new JsonObject();
                JsonArray e = new JsonArray();
                for (int x : exponents) {
                    e.add(x);
                }
                term.add("exponents", e);
                term.add("value", Json.number(c));
                terms.add(term);
            });
            jet.add(names.get(i), terms);
        }
        o.add("state", state);
        o.addProperty("steps", flow.steps());
        o.addProperty("status", "completed");
        o.add("jet_variables", Json.strings(flow.jetVariables().names()));
        o.add("jet", jet);
        if (flow.order() >= 1) {
            JsonArray stm = new JsonArray();
            for (double[] row : flow.stm()) {
                stm.add(Json.numbers(row));
            }
            o.add("stm", stm);
        }
        return o;
    }

    private static void summary(PrintWriter out, JetFlow flow) {
        out.println("status: completed");
        out.println("t = " + ShortestDecimal.format(flow.t()) + "  (jet of order " + flow.order() + " in "
                + String.join(", ", flow.jetVariables().names()) + ")");
        Table table = new Table("variable", "value");
        List<String> names = flow.stateVariables();
        for (int i = 0; i < names.size(); i++) {
            table.row(names.get(i), ShortestDecimal.format(flow.state(i).value()));
        }
        table.print(out, "  ");
        out.println("steps: " + flow.steps());
        if (flow.order() >= 1) {
            out.println("state-transition matrix (rows: final state, columns: initial values):");
            List<String> header = new ArrayList<>();
            header.add("");
            for (String v : flow.jetVariables().names()) {
                header.add("d/d" + v + "0");
            }
            Table stm = new Table(header.toArray(new String[0]));
            double[][] m = flow.stm();
            for (int i = 0; i < names.size(); i++) {
                String[] cells = new String[m[i].length + 1];
                cells[0] = names.get(i);
                for (int j = 0; j < m[i].length; j++) {
                    cells[j + 1] = ShortestDecimal.format(m[i][j]);
                }
                stm.row(cells);
            }
            stm.print(out, "  ");
        }
        out.println("jets in the deviations of the initial values (" + flow.state(0).size() + " coefficients each; all with --json):");
        for (int i = 0; i < names.size(); i++) {
            out.println("  " + names.get(i) + " = " + flow.state(i));
        }
    }
}
