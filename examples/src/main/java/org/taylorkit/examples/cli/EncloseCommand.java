package org.taylorkit.examples.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.enclosure.EnclosureMethod;
import org.taylorkit.interval.enclosure.Enclosures;
import org.taylorkit.interval.enclosure.RangeEnclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code taylor enclose EXPR --over x=[a,b],y=[c,d] [--method M] [--tol W] [--order K] [--digits D]
 * [--json]}: a rigorous enclosure of the range of EXPR over a box.
 *
 * <p>Methods: {@code natural}, {@code mean-value}, {@code taylor}, {@code taylor-model} and
 * {@code bisect} (the default: branch and bound with a Taylor model of order K on each sub-box, until
 * the enclosure is provably within W of the range; W defaults to {@code 1e-6·max(1, M)}, M the
 * magnitude of the first enclosure). The printed bounds are decimals rounded outward, so they still
 * enclose the range. JSON keys: {@code expr}, {@code method}, {@code lower}, {@code upper} (decimal
 * strings), {@code width} (a number ≥ upper − lower), {@code empty}, {@code over}, and where they
 * apply {@code order}, {@code subBoxes}, {@code tol}, {@code excess}, {@code toleranceMet},
 * {@code note}. A range that is empty (EXPR undefined on the whole box) is a result: {@code "empty":
 * true} without bounds.
 */
@Command(name = "enclose", mixinStandardHelpOptions = true,
        description = {"A rigorous enclosure of the range of EXPR over a box.",
            "Example: taylor enclose \"x*(1-x)\" --over x=[0,1]"})
final class EncloseCommand implements Callable<Integer> {

    /** Largest order accepted. */
    static final int MAX_ORDER = 40;

    /** Largest number of digits accepted. */
    static final int MAX_DIGITS = 10_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, e.g. \"sin(x)*exp(-y)\".")
    String expression;

    @Option(names = "--over", required = true, paramLabel = "x=[a,b],...",
            description = "The box: an interval per variable, e.g. x=[0,1],y=[-1,pi]; a number is a point.")
    String over;

    @Option(names = "--method", paramLabel = "M", defaultValue = "bisect",
            description = "natural, mean-value, taylor, taylor-model or bisect (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--tol", paramLabel = "W",
            description = "bisect: stop when the enclosure is at most W wider than the range"
                    + " (default 1e-6 times max(1, magnitude)).")
    Double tol;

    @Option(names = "--order", paramLabel = "K",
            description = "Order of the Taylor form or model (default: " + Enclosures.DEFAULT_ORDER + ").")
    Integer order;

    @Option(names = "--digits", paramLabel = "D",
            description = "Compute with high-precision intervals of D significant digits.")
    Integer digits;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        EnclosureMethod m = EnclosureMethod.forName(method);
        int k = order == null ? Enclosures.DEFAULT_ORDER : order;
        int minOrder = m == EnclosureMethod.TAYLOR ? 1 : 0;
        if (k < minOrder || k > MAX_ORDER) {
            throw new IllegalArgumentException("--order must be between " + minOrder + " and " + MAX_ORDER + ", got " + k);
        }
        if (tol != null && m != EnclosureMethod.BISECT) {
            throw new IllegalArgumentException("--tol is used only by --method bisect");
        }
        if (tol != null && !(tol >= 0 && tol < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("--tol must be a finite number ≥ 0, got " + tol);
        }
        if (digits != null && (digits < 1 || digits > MAX_DIGITS)) {
            throw new IllegalArgumentException("--digits must be between 1 and " + MAX_DIGITS + ", got " + digits);
        }
        if (digits != null && m == EnclosureMethod.TAYLOR_MODEL) {
            throw new IllegalArgumentException("--digits: Taylor models are double-precision only;"
                    + " use --method taylor, mean-value, natural or bisect");
        }
        Expr f = Expr.parse(expression);
        Box box = EncloseBox.parse(over, digits == null ? 0 : digits);
        for (String symbol : f.symbols()) {
            if (!box.has(symbol)) {
                throw new IllegalArgumentException("unknown variable '" + symbol + "' in \"" + expression
                        + "\": give its interval with --over (given: " + String.join(", ", box.names()) + ")");
            }
        }
        RangeEnclosure r = digits != null ? highPrecision(f, box, m, k) : switch (m) {
            case BISECT -> tol == null
                    ? Enclosures.bisect(f, box, EnclosureMethod.TAYLOR_MODEL, k)
                    : Enclosures.bisect(f, box, tol, EnclosureMethod.TAYLOR_MODEL, k, Enclosures.DEFAULT_MAX_BOXES);
            default -> Enclosures.enclose(f, box, m, k);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.print(json(r, box)));
        } else {
            text(out, r, box);
        }
        return 0;
    }

    private RangeEnclosure highPrecision(Expr f, Box box, EnclosureMethod m, int k) {
        if (m == EnclosureMethod.BISECT && tol != null) {
            return Enclosures.bisect(f, box, tol, EnclosureMethod.TAYLOR, Math.max(1, k), Enclosures.DEFAULT_MAX_BOXES, digits);
        }
        return Enclosures.enclose(f, box, m, m == EnclosureMethod.BISECT ? Math.max(1, k) : k, digits);
    }

    /** The printed bounds of an interval: outward decimals, and their difference (null if unbounded). */
    private record Bounds(String lower, String upper, BigDecimal width) {

        static Bounds of(Interval x) {
            BigDecimal w = !x.isBounded() ? null : EncloseText.value(x.sup(), RoundingMode.CEILING)
                    .subtract(EncloseText.value(x.inf(), RoundingMode.FLOOR));
            return new Bounds(EncloseText.lower(x.inf()), EncloseText.upper(x.sup()), w);
        }

        static Bounds of(ApfloatInterval x) {
            BigDecimal lo = x.isBoundedBelow() ? new BigDecimal(x.inf().toString(false)) : null;
            BigDecimal hi = x.isBoundedAbove() ? new BigDecimal(x.sup().toString(false)) : null;
            return new Bounds(lo == null ? "-Infinity" : EncloseText.render(lo),
                    hi == null ? "Infinity" : EncloseText.render(hi), lo == null || hi == null ? null : hi.subtract(lo));
        }

        String interval() {
            return lower.equals(upper) ? lower : "[" + lower + ", " + upper + "]";
        }

        String widthText(int digits) {
            return width == null ? "Infinity" : EncloseText.width(width, digits);
        }
    }

    private Bounds range(RangeEnclosure r) {
        return r.highPrecisionRange().map(Bounds::of).orElseGet(() -> Bounds.of(r.range()));
    }

    /** The box as {@code x=[a, b], y=[c, d]} with outward decimals. */
    private String boxText(Box box) {
        StringBuilder sb = new StringBuilder();
        Map<String, ApfloatInterval> precise = digits == null ? null : box.highPrecisionSides(digits);
        for (Map.Entry<String, Interval> e : box.asMap().entrySet()) {
            Bounds b = precise == null ? Bounds.of(e.getValue()) : Bounds.of(precise.get(e.getKey()));
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(b.interval());
        }
        return sb.toString();
    }

    private JsonObject json(RangeEnclosure r, Box box) {
        JsonObject o = new JsonObject();
        o.addProperty("expr", expression);
        o.addProperty("method", r.method().cliName());
        o.addProperty("over", boxText(box));
        o.addProperty("empty", r.isEmpty());
        if (!r.isEmpty()) {
            Bounds b = range(r);
            o.addProperty("lower", b.lower());
            o.addProperty("upper", b.upper());
            if (digits != null) {
                o.addProperty("width", b.widthText(digits));
            } else {
                o.add("width", b.width() == null ? new JsonPrimitive("Infinity")
                        : new JsonPrimitive(new BigDecimal(b.widthText(17).replace('e', 'E'))));
            }
        }
        if (digits != null) {
            o.addProperty("digits", digits);
        }
        if (r.order() > 0) {
            o.addProperty("order", r.order());
        }
        if (r.method() == EnclosureMethod.BISECT) {
            o.addProperty("inner", r.innerMethod().map(EnclosureMethod::cliName).orElse(""));
            o.addProperty("subBoxes", r.subBoxes());
            o.add("tol", Json.number(r.tolerance()));
            o.add("excess", Json.number(r.excess()));
            o.addProperty("toleranceMet", r.toleranceMet());
        }
        r.note().ifPresent(n -> o.addProperty("note", n));
        return o;
    }

    private void text(PrintWriter out, RangeEnclosure r, Box box) {
        out.println(expression + "  over " + boxText(box));
        out.println();
        if (r.isEmpty()) {
            out.println("The range is empty: " + expression + " is undefined at every point of the box.");
        } else {
            Bounds b = range(r);
            out.println("enclosure  [" + b.lower() + ", " + b.upper() + "]");
            out.println("width      " + b.widthText(digits == null ? 17 : digits));
        }
        StringBuilder how = new StringBuilder(r.method().cliName());
        String precision = digits == null ? "" : ", " + digits + " digits";
        if (r.method() == EnclosureMethod.BISECT) {
            how.append(" with ").append(r.innerMethod().map(EnclosureMethod::cliName).orElse("?"));
            if (r.innerMethod().map(EncloseCommand::hasOrder).orElse(false)) {
                how.append(" of order ").append(r.order());
            }
            how.append(" on each sub-box");
        } else if (hasOrder(r.method())) {
            how.append(" of order ").append(r.order());
        }
        out.println("method     " + how + precision);
        if (!r.isEmpty()) {
            out.println("sub-boxes  " + r.subBoxes());
        }
        if (r.method() == EnclosureMethod.BISECT && !r.isEmpty()) {
            String excess = Double.isInfinite(r.excess()) ? "unbounded" : ShortestDecimal.format(r.excess());
            out.println("tolerance  " + ShortestDecimal.format(r.tolerance()) + (r.toleranceMet()
                    ? " (met: the enclosure is at most " + excess + " wider than the range)"
                    : " (not met: the enclosure may be up to " + excess + " wider than the range)"));
        }
        r.note().ifPresent(n -> out.println("note       " + n));
    }

    /** Whether the method has an order (the Taylor form and the Taylor model; a Taylor model of order 0 too). */
    private static boolean hasOrder(EnclosureMethod m) {
        return m == EnclosureMethod.TAYLOR || m == EnclosureMethod.TAYLOR_MODEL;
    }
}
