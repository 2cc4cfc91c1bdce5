package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.solve.PreciseKrawczyk;
import org.taylorkit.interval.solve.Root;
import org.taylorkit.interval.solve.RootFinder;
import org.taylorkit.interval.solve.RootSearch;
import org.taylorkit.interval.solve.RootStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taylor roots EXPR[; EXPR...] --over x=[a,b],y=[c,d] [--tol W] [--digits D] [--json]}: every
 * zero of the system {@code EXPR_i = 0} in the box, with proofs ({@link RootFinder}). Nothing outside
 * the printed boxes is a zero; a {@code unique} box holds exactly one. With {@code --digits} the unique
 * zeros are refined to D digits by the Krawczyk iteration in Apfloat intervals ({@link PreciseKrawczyk}). JSON keys:
 * {@code expr}, {@code roots} (array of {@code {"enclosure": {name: [lower, upper]}, "status":
 * "unique"|"unknown"}}), {@code complete}, and {@code boxes}, {@code tol}, {@code digits}. Bounds
 * are decimal strings rounded outward.
 */
@Command(name = "roots", mixinStandardHelpOptions = true,
        description = {"All zeros of EXPR (or of a system EXPR1; EXPR2; ...) in a box, with proofs.",
            "Example: taylor roots \"sin(x) - 0.1*x^2 + 1\" --over x=[-10,10]"})
final class RootsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR[; EXPR...]",
            description = "The equations EXPR = 0, separated by ';' (one per variable of the box).")
    String expression;

    @Option(names = "--over", required = true, paramLabel = "x=[a,b],...", description = "The box to search.")
    String over;

    @Option(names = "--tol", paramLabel = "W",
            description = "Report undecided boxes narrower than W (default: " + RootFinder.DEFAULT_TOLERANCE + ").")
    Double tol;

    @Option(names = "--digits", paramLabel = "D",
            description = "Refine the unique zeros to D significant digits.")
    Integer digits;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        List<Expr> system = parseSystem(expression);
        Box box = EncloseBox.parse(over);
        if (digits != null && (digits < 1 || digits > EncloseCommand.MAX_DIGITS)) {
            throw new IllegalArgumentException("--digits must be between 1 and " + EncloseCommand.MAX_DIGITS + ", got " + digits);
        }
        RootFinder finder = RootFinder.of(system, box);
        if (tol != null) {
            finder.tolerance(tol);
        }
        SolveProgress progress = SolveProgress.forTerminal(json, "roots");
        RootSearch search = finder.progress(SolveProgress.orNone(progress)).find();
        if (progress != null) {
            progress.finish();
        }
        List<String> names = List.copyOf(box.names());
        List<String[][]> precise = new ArrayList<>();
        for (Root r : search.roots()) {
            if (digits == null || r.status() != RootStatus.UNIQUE) {
                precise.add(null);
                continue;
            }
            ApfloatInterval[] x = PreciseKrawczyk.refine(system, names,
                    names.stream().map(r.enclosure()::get).toArray(org.taylorkit.interval.Interval[]::new), digits);
            String[][] b = new String[x.length][];
            for (int i = 0; i < x.length; i++) {
                b[i] = SolveText.bounds(x[i]);
            }
            precise.add(b);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.print(json(search, precise)));
        } else {
            text(out, search, precise);
        }
        return 0;
    }

    /** The equations of {@code text}, split at top-level semicolons. */
    static List<Expr> parseSystem(String text) {
        List<Expr> system = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ';';
            depth += ch == '(' || ch == '[' ? 1 : ch == ')' || ch == ']' ? -1 : 0;
            if (ch == ';' && depth == 0) {
                String part = text.substring(start, Math.min(i, text.length())).trim();
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("equation " + (system.size() + 1) + " of \"" + text + "\" is empty");
                }
                try {
                    system.add(Expr.parse(part));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("equation " + (system.size() + 1) + " ('" + part + "'): " + ex.getMessage(), ex);
                }
                start = i + 1;
            }
        }
        return system;
    }

    private JsonObject json(RootSearch search, List<String[][]> precise) {
        JsonObject o = new JsonObject();
        o.addProperty("expr", expression);
        JsonArray roots = new JsonArray();
        for (int i = 0; i < search.roots().size(); i++) {
            Root r = search.roots().get(i);
            JsonObject root = new JsonObject();
            JsonObject enclosure = SolveText.json(r.enclosure());
            if (precise.get(i) != null) {
                int k = 0;
                for (String name : r.enclosure().names()) {
                    enclosure.add(name, SolveText.json(precise.get(i)[k++]));
                }
            }
            root.add("enclosure", enclosure);
            root.addProperty("status", r.status().cliName());
            roots.add(root);
        }
        o.add("roots", roots);
        o.addProperty("complete", search.complete());
        o.addProperty("boxes", search.boxesProcessed());
        o.add("tol", Json.number(tol == null ? RootFinder.DEFAULT_TOLERANCE : tol));
        if (digits != null) {
            o.addProperty("digits", digits);
        }
        return o;
    }

    private void text(PrintWriter out, RootSearch search, List<String[][]> precise) {
        out.println(expression + " = 0  over " + over);
        out.println();
        long unique = search.uniqueCount();
        long unknown = search.roots().size() - unique;
        out.println(search.roots().size() + " box" + (search.roots().size() == 1 ? "" : "es") + ": " + unique
                + " unique (exactly one zero each), " + unknown + " unknown (undecided at the tolerance)");
        for (int i = 0; i < search.roots().size(); i++) {
            Root r = search.roots().get(i);
            String where = SolveText.text(r.enclosure());
            if (precise.get(i) != null) {
                StringBuilder sb = new StringBuilder();
                int k = 0;
                for (String name : r.enclosure().names()) {
                    String[] b = precise.get(i)[k++];
                    sb.append(k > 1 ? ", " : "").append(name).append(" in [").append(b[0]).append(", ").append(b[1]).append(']');
                }
                where = sb.toString();
            }
            out.println(String.format("  %-8s %s", r.status().cliName(), where));
        }
        out.println(search.complete()
                ? "complete: no zero lies outside these boxes (" + search.boxesProcessed() + " boxes examined)"
                : "NOT complete: the budget of boxes ran out; the undecided rest is among the unknown boxes");
    }
}
