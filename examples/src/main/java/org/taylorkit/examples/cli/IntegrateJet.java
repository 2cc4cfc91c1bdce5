package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.jet.JetBuilder;
import org.taylorkit.ode.jet.JetFlow;
import org.taylorkit.ode.jet.JetIntegrator;
import org.taylorkit.ode.jet.VariationalJetIntegrator;

/**
 * {@code taylor integrate --jet K [--jet-vars x,y]}: jet transport of the initial values (issue 6).
 * JSON: the usual {@code t}, {@code state}, {@code steps}, {@code status}, plus {@code jet} (for each
 * state variable, every monomial of the jet as {@code {"exponents": [...], "value": c}} in graded-lex order
 * of the jet variables) and, for K ≥ 1, {@code stm} (rows by state variable, columns by jet variable).
 *
 * <p>Jets of order K ≤ {@value #VARIATIONAL_MAX_ORDER} whose variational system has at most
 * {@value #VARIATIONAL_MAX_EQUATIONS} equations (n·C(m + K, K)) run as symbolic variational equations on
 * the compiled double tape ({@link VariationalJetIntegrator}); larger jets as {@code TaylorN}
 * coefficients ({@link JetIntegrator}), whose set-up does not grow with the derivative tensors (for a
 * single command, deriving and compiling a large variational system takes longer than the
 * integration it saves). Both give the same jet to rounding.
 */
final class IntegrateJet {

    /** The highest jet order integrated through the variational equations. */
    static final int VARIATIONAL_MAX_ORDER = 3;

    /** The largest variational system (equations) the command builds. */
    static final int VARIATIONAL_MAX_EQUATIONS = 200;

    private IntegrateJet() {
    }

    /** The options both jet integrators take. */
    private record Options(int order, List<String> jetVars, Double tol, Integer taylorOrder, Long maxSteps,
            java.util.Map<String, Double> params, Double jetTol) {
    }

    /** Runs the jet integration of the parsed problem and prints the result; returns the exit status. */
    static int run(IntegrateCommand cmd, IntegrateCommand.Problem p) {
        if (cmd.jet == null) {
            throw new IllegalArgumentException((cmd.jetVars != null ? "--jet-vars" : "--jet-tol") + " needs --jet K");
        }
        int k = cmd.jet;
        if (k < 0 || k > 20) {
            throw new IllegalArgumentException("--jet must be between 0 and 20, got " + k);
        }
        if (cmd.digits != null || cmd.event != null || cmd.out != null || cmd.plot != null) {
            throw new IllegalArgumentException("--jet cannot be combined with --digits, --event, --out or --plot");
        }
        OdeSystem system = p.system();
        List<String> jetVars = null;
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
            jetVars = names;
        }
        Double tol = p.tol() == null ? null : OdeOptions.finite(p.tol(), "--tol");
        if (cmd.order != null && cmd.order < 2) {
            throw new IllegalArgumentException("--order must be at least 2 with --jet, got " + cmd.order);
        }
        java.util.Map<String, Double> params = new java.util.LinkedHashMap<>();
        p.params().forEach((name, v) -> params.put(name, OdeOptions.finite(v, "--param " + name)));
        Double jetTol = cmd.jetTol == null ? null : OdeOptions.finiteValue("--jet-tol", cmd.jetTol);
        if (jetTol != null && !(jetTol > 0)) {
            throw new IllegalArgumentException("--jet-tol must be positive, got " + cmd.jetTol);
        }
        Options o = new Options(k, jetVars, tol, cmd.order, cmd.maxSteps, params, jetTol);
        double t0 = OdeOptions.finite(p.from(), "--from");
        double t1 = OdeOptions.finite(p.to(), "--to");
        double[] x0 = p.initialState();
        int m = jetVars == null ? system.dimension() : jetVars.size();
        long equations = system.dimension() * org.taylorkit.core.multi.MonomialIndex.binomial(m + k, k);
        boolean symbolic = k <= VARIATIONAL_MAX_ORDER && equations <= VARIATIONAL_MAX_EQUATIONS;
        if (jetTol != null && !symbolic) {
            throw new IllegalArgumentException("--jet-tol applies to jets integrated through the variational equations (order"
                    + " K <= " + VARIATIONAL_MAX_ORDER + ", at most " + VARIATIONAL_MAX_EQUATIONS + " equations); this jet has order "
                    + k + " and " + equations + " equations");
        }
        JetFlow flow = symbolic ? configure(VariationalJetIntegrator.builder(system), o).build().integrate(t0, x0, t1)
                : configure(JetIntegrator.builder(system), o).build().integrate(t0, x0, t1);
        PrintWriter out = cmd.spec.commandLine().getOut();
        if (cmd.json) {
            out.println(Json.print(json(flow)));
        } else {
            summary(out, flow);
        }
        return 0;
    }

    /** Gives a jet integrator's builder the command's options. */
    private static <B extends JetBuilder<B>> B configure(B b, Options o) {
        b.jetOrder(o.order());
        if (o.jetVars() != null) {
            b.jetVariables(o.jetVars().toArray(new String[0]));
        }
        if (o.tol() != null) {
            b.tolerance(o.tol());
        }
        if (o.taylorOrder() != null) {
            b.taylorOrder(o.taylorOrder());
        }
        if (o.maxSteps() != null) {
            b.maxSteps(o.maxSteps());
        }
        o.params().forEach(b::parameter);
        if (o.jetTol() != null) {
            b.jetTolerance(o.jetTol());
        }
        return b;
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
