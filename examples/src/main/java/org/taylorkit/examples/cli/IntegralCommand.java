package org.taylorkit.examples.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.solve.IntegralEnclosure;
import org.taylorkit.interval.solve.PreciseQuadrature;
import org.taylorkit.interval.solve.RigorousQuadrature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code taylor integral EXPR --over x=[a,b] [--tol W] [--digits D] [--json]}: a rigorous enclosure
 * of the integral of EXPR over an interval or a box of 2–3 dimensions ({@link RigorousQuadrature}),
 * or over an interval in D-digit Apfloat intervals ({@link PreciseQuadrature}). Bounds that are not
 * exact numbers ({@code pi}, {@code 0.1}) are enclosed and the uncertainty included. An integrand
 * that cannot be bounded (a singularity such as {@code 1/x} at 0) is an error, never a finite wrong
 * value. JSON keys: {@code expr}, {@code lower}, {@code upper} (decimal strings rounded outward),
 * {@code width} (a number ≥ upper − lower; a string with {@code --digits}), and {@code pieces},
 * {@code tol}, {@code toleranceMet}, {@code digits}, {@code note}.
 */
@Command(name = "integral", mixinStandardHelpOptions = true,
        description = {"A rigorous enclosure of the integral of EXPR over an interval or a box (2-3 variables).",
            "Example: taylor integral \"sin(x + exp(x))\" --over x=[0,8]"})
final class IntegralCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "The integrand.")
    String expression;

    @Option(names = "--over", required = true, paramLabel = "x=[a,b],...",
            description = "The domain: an interval per variable (1 to 3 variables).")
    String over;

    @Option(names = "--tol", paramLabel = "W",
            description = "Stop when the enclosure is at most W wide (default: " + RigorousQuadrature.DEFAULT_TOLERANCE
                    + ", with --digits D: 1e(3-D)).")
    Double tol;

    @Option(names = "--digits", paramLabel = "D", description = "Compute with D-digit intervals (one variable).")
    Integer digits;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Expr f = Expr.parse(expression);
        if (tol != null && !(tol > 0 && tol < Double.POSITIVE_INFINITY)) {
            // 0 would cut pieces until the budget is spent, and the outward rounding of their many-term sum then
            // makes the enclosure wider than the default's
            throw new IllegalArgumentException("--tol must be a positive finite width, got " + tol
                    + " (the enclosure is a sum of pieces rounded outward, so it cannot be arbitrarily narrow: try 1e-15)");
        }
        if (digits != null && (digits < 1 || digits > EncloseCommand.MAX_DIGITS)) {
            throw new IllegalArgumentException("--digits must be between 1 and " + EncloseCommand.MAX_DIGITS + ", got " + digits);
        }
        Map<String, String[]> ends = new LinkedHashMap<>();
        Assignments.split(over, "--over").forEach((name, value) -> {
            String[] e = EncloseBox.bounds(name, value);
            for (String end : e) {
                if (end.toLowerCase(java.util.Locale.ROOT).matches("[+-]?inf(inity)?")) {
                    throw new IllegalArgumentException("--over: the interval of " + name + " must be bounded, got '" + value
                            + "' (substitute a variable that maps it to a finite interval)");
                }
            }
            ends.put(name, e);
        });
        for (String s : f.symbols()) {
            if (!ends.containsKey(s)) {
                throw new IllegalArgumentException("unknown variable '" + s + "' in \"" + expression
                        + "\": give its interval with --over (given: " + String.join(", ", ends.keySet()) + ")");
            }
        }
        SolveProgress progress = SolveProgress.forTerminal(json, "integral");
        IntegralEnclosure r = digits == null ? inDouble(f, ends, progress) : precise(f, ends, progress);
        if (progress != null) {
            progress.finish();
        }
        if (!r.isBounded()) {
            String why = r.note().orElse("the integrand is unbounded");
            throw new IllegalArgumentException("no finite enclosure of the integral of " + expression + ": " + why
                    + (why.endsWith(IntegralEnclosure.DOES_NOT_EXIST) ? "" : " (the integral may not exist)"));
        }
        String[] b = r.highPrecisionValue().map(SolveText::bounds).orElseGet(() -> SolveText.bounds(r.value()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("expr", expression);
            o.addProperty("lower", b[0]);
            o.addProperty("upper", b[1]);
            if (digits != null) {
                o.addProperty("width", SolveText.width(b, digits));
                o.addProperty("digits", digits);
            } else {
                o.add("width", new JsonPrimitive(new BigDecimal(SolveText.width(b, 17).replace('e', 'E'))));
            }
            o.addProperty("pieces", r.pieces());
            o.addProperty("toleranceMet", r.toleranceMet());
            r.note().ifPresent(n -> o.addProperty("note", n));
            out.println(Json.print(o));
            return 0;
        }
        out.println("integral of " + expression + "  over " + over);
        out.println();
        out.println("enclosure  [" + b[0] + ", " + b[1] + "]");
        out.println("width      " + SolveText.width(b, digits == null ? 17 : digits));
        out.println("pieces     " + r.pieces() + (digits == null ? "" : "  (" + digits + "-digit intervals)"));
        out.println("tolerance  " + (r.toleranceMet() ? "met" : "NOT met: " + r.note().orElse("")));
        return 0;
    }

    private IntegralEnclosure inDouble(Expr f, Map<String, String[]> ends, SolveProgress progress) {
        Map<String, Interval> inner = new LinkedHashMap<>();
        Map<String, Interval> outer = new LinkedHashMap<>();
        ends.forEach((name, e) -> {
            Interval lo = EncloseBox.parse(name + "=" + e[0]).get(name);
            Interval hi = EncloseBox.parse(name + "=" + e[1]).get(name);
            if (lo.inf() > hi.sup()) {
                throw new IllegalArgumentException("--over: the lower bound " + e[0] + " of " + name + " exceeds the upper bound " + e[1]);
            }
            if (!lo.isBounded() || !hi.isBounded() || lo.inf() == Double.NEGATIVE_INFINITY || hi.sup() == Double.POSITIVE_INFINITY
                    || Math.abs(lo.inf()) == Double.MAX_VALUE || Math.abs(hi.sup()) == Double.MAX_VALUE) {
                throw new IllegalArgumentException("--over: the interval of " + name + " must be bounded");
            }
            inner.put(name, lo.sup() <= hi.inf() ? Interval.of(lo.sup(), hi.inf()) : Interval.point(lo.sup()));
            outer.put(name, Interval.of(lo.inf(), hi.sup()));
        });
        RigorousQuadrature q = RigorousQuadrature.of(f, Box.of(inner));
        if (!outer.equals(inner)) {
            q.outer(Box.of(outer));
        }
        if (tol != null) {
            q.tolerance(tol);
        }
        return q.progress(SolveProgress.orNone(progress)).integrate();
    }

    private IntegralEnclosure precise(Expr f, Map<String, String[]> ends, SolveProgress progress) {
        if (ends.size() != 1) {
            throw new IllegalArgumentException("--digits: high-precision integrals are available in one variable, got "
                    + String.join(", ", ends.keySet()));
        }
        String name = ends.keySet().iterator().next();
        String[] e = ends.get(name);
        ApfloatInterval lo = EncloseBox.parse(name + "=" + e[0], digits).highPrecisionSides(digits).get(name);
        ApfloatInterval hi = EncloseBox.parse(name + "=" + e[1], digits).highPrecisionSides(digits).get(name);
        if (!lo.isBounded() || !hi.isBounded()) {
            throw new IllegalArgumentException("--over: the interval of " + name + " must be bounded");
        }
        if (lo.sup().compareTo(hi.inf()) > 0) {
            throw new IllegalArgumentException("--over: the lower bound " + e[0] + " of " + name + " exceeds the upper bound " + e[1]);
        }
        PreciseQuadrature q = PreciseQuadrature.of(f, name, lo, hi, digits);
        if (tol != null) {
            q.tolerance(tol);
        }
        return q.progress(SolveProgress.orNone(progress)).integrate();
    }
}
