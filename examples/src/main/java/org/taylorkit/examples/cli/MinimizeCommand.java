package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.solve.GlobalMinimizer;
import org.taylorkit.interval.solve.Minimization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taylor minimize EXPR --over BOX [--tol W] [--json]}: a rigorous enclosure of the global
 * minimum of EXPR over a box and the boxes that may hold a global minimizer ({@link GlobalMinimizer}).
 * JSON keys: {@code expr}, {@code minimum} ({@code [lower, upper]}), {@code minimizers} (array of
 * {@code {name: [lower, upper]}}), {@code complete}, and {@code boxes}, {@code tol}. Bounds are
 * decimal strings rounded outward.
 */
@Command(name = "minimize", mixinStandardHelpOptions = true,
        description = {"The global minimum of EXPR over a box, rigorously enclosed, and where it is attained.",
            "Example: taylor minimize \"4*x^2-2.1*x^4+x^6/3+x*y-4*y^2+4*y^4\" --over x=[-3,3],y=[-2,2]"})
final class MinimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "The objective function.")
    String expression;

    @Option(names = "--over", required = true, paramLabel = "x=[a,b],...", description = "The box to search.")
    String over;

    @Option(names = "--tol", paramLabel = "W",
            description = "Boxes narrower than W are final (default: " + GlobalMinimizer.DEFAULT_TOLERANCE + ").")
    Double tol;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Expr f = Expr.parse(expression);
        Box box = EncloseBox.parse(over);
        GlobalMinimizer minimizer = GlobalMinimizer.of(f, box);
        if (tol != null) {
            minimizer.tolerance(tol);
        }
        SolveProgress progress = SolveProgress.forTerminal(json, "minimize");
        Minimization m = minimizer.progress(SolveProgress.orNone(progress)).minimize();
        if (progress != null) {
            progress.finish();
        }
        if (m.minimum().isEmpty()) {
            throw new IllegalArgumentException("\"" + expression + "\" is undefined at every point of the box");
        }
        String[] min = SolveText.bounds(m.minimum());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("expr", expression);
            o.add("minimum", SolveText.json(min));
            JsonArray boxes = new JsonArray();
            m.minimizers().forEach(b -> boxes.add(SolveText.json(b)));
            o.add("minimizers", boxes);
            o.addProperty("complete", m.complete());
            o.addProperty("boxes", m.boxesProcessed());
            o.add("tol", Json.number(tol == null ? GlobalMinimizer.DEFAULT_TOLERANCE : tol));
            out.println(Json.print(o));
            return 0;
        }
        out.println("minimize " + expression + "  over " + over);
        out.println();
        out.println("minimum    [" + min[0] + ", " + min[1] + "]  (width " + SolveText.width(min, 3) + ")");
        out.println("minimizers " + m.minimizers().size() + " box" + (m.minimizers().size() == 1 ? "" : "es")
                + " (every global minimizer lies in one of them):");
        m.minimizers().forEach(b -> out.println("  " + SolveText.text(b)));
        out.println(m.complete()
                ? "complete   (" + m.boxesProcessed() + " boxes examined)"
                : "NOT complete: the budget of boxes ran out; the enclosures still hold but are wide");
        return 0;
    }
}
