package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apfloat.Apfloat;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylor1Arithmetic;
import org.taylorkit.core.SingularExpansionException;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.Taylor1Arithmetic;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code taylor derive EXPR --at x=1.5 --order N [--digits D] [--json]}: the Taylor coefficients
 * c_k and the derivatives f^(k)(x0) = k!·c_k, k = 0..N, of an expression at a point. With
 * {@code --digits D} the computation runs in Apfloat at D significant digits.
 */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = {"Taylor coefficients and derivatives of EXPR at a point.",
            "Example: taylor derive \"exp(x)/sqrt(sin(x)^3+cos(x)^3)\" --at x=1.5 --order 5"})
final class DeriveCommand implements Callable<Integer> {

    /** Largest order accepted; far beyond any practical need, it keeps a typo from hanging the app. */
    static final int MAX_ORDER = 20_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPR", description = "The expression, e.g. \"sin(x)/x\".")
    String expression;

    @Option(names = "--at", required = true, paramLabel = "x=X0",
            description = "The expansion point, e.g. x=1.5 (or just 1.5 for an expression in one variable), or x=1,y=2"
                    + " for a series in several variables (values may be constant expressions such as pi/4).")
    String at;

    @Option(names = "--order", paramLabel = "N", defaultValue = "5",
            description = "Highest order k of the coefficients (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--digits", paramLabel = "D",
            description = "Compute with Apfloat at D significant digits instead of double.")
    Integer digits;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        try {
            return derive();
        } catch (SingularExpansionException ex) {
            throw new IllegalArgumentException("\"" + expression + "\" has no Taylor series at " + at + ": "
                    + ex.getMessage(), ex);
        }
    }

    private static final String DIGITS_HINT = "taylor derive --digits N computes with N-digit arbitrary precision.";

    /** A series in Apfloat as printed: its order, coefficients, derivatives and point, rounded to the digits asked for. */
    private record Rendering(int order, List<String> coefficients, List<String> derivatives, String at) {
    }

    /** The expansion at {@code work} working digits, printed to {@code digits}. */
    private Rendering render(Expr f, String name, Expr x0, int work, int digits) {
        ApfloatArithmetic ap = ApfloatArithmetic.ofDigits(work);
        Apfloat x0Value = x0.evaluate(ap, Map.of());
        FieldTaylor1<Apfloat> s = expandToOrder(order, n -> f.evaluate(FieldTaylor1Arithmetic.of(ap, n),
                Map.of(name, FieldTaylor1.variable(ap, x0Value, n))), FieldTaylor1::order);
        int resultOrder = Math.min(order, s.order());
        List<String> c = new ArrayList<>();
        List<String> d = new ArrayList<>();
        for (int k = 0; k <= resultOrder; k++) {
            c.add(ApfloatText.format(s.coefficient(k), digits));
            d.add(ApfloatText.format(s.derivative(k), digits));
        }
        return new Rendering(resultOrder, c, d, ApfloatText.format(x0Value, digits));
    }

    /**
     * The point as name=value: a bare value ({@code --at 1.5}) names the expression's one variable (x if it
     * has none); with several variables, or a bare name, an error says what to write.
     */
    private String namedPoint(String text, Expr f) {
        if (text.indexOf('=') >= 0) {
            return text;
        }
        java.util.Set<String> symbols = f.symbols();
        Expr value;
        try {
            value = Expr.parse(text);
        } catch (IllegalArgumentException ex) {
            value = null;
        }
        if (value == null || !value.symbols().isEmpty()) {
            throw new IllegalArgumentException("--at: expected name=value (or a bare number for an expression in one variable), got '"
                    + text + "'");
        }
        if (symbols.size() > 1) {
            throw new IllegalArgumentException("--at: '" + text + "' has no variable name, but \"" + expression + "\" has "
                    + symbols.size() + " variables (" + String.join(", ", symbols) + "): give each one, e.g. "
                    + String.join(",", symbols.stream().map(v -> v + "=1").toList()));
        }
        return (symbols.isEmpty() ? "x" : symbols.iterator().next()) + "=" + text;
    }

    private Integer derive() {
        if (order < 0 || order > MAX_ORDER) {
            throw new IllegalArgumentException("--order must be between 0 and " + MAX_ORDER + ", got " + order);
        }
        if (digits != null && (digits < 1 || digits > 100_000)) {
            throw new IllegalArgumentException("--digits must be between 1 and 100000, got " + digits);
        }
        Expr f = Expr.parse(expression);
        at = namedPoint(at, f);
        Map<String, String> point = Assignments.split(at, "--at");
        for (String symbol : f.symbols()) {
            if (!point.containsKey(symbol)) {
                throw new IllegalArgumentException("unknown variable '" + symbol + "' in \"" + expression
                        + "\": give its value with --at (given: " + String.join(", ", point.keySet()) + ")");
            }
        }
        if (point.size() > 1) {
            return MultiDerive.run(spec.commandLine().getOut(), spec.commandLine().getErr(), expression, f, point,
                    order, digits, json);
        }
        String name = point.keySet().iterator().next();
        Expr x0 = Assignments.constant(name, point.get(name), "--at");
        PrintWriter out = spec.commandLine().getOut();
        List<String> coefficients = new ArrayList<>();
        List<String> derivatives = new ArrayList<>();
        String atText;
        int resultOrder;
        if (digits == null) {
            double x0Value = Assignments.finiteDouble(name, point.get(name), "--at");
            Taylor1 s = expandToOrder(order, n -> f.evaluate(Taylor1Arithmetic.ofOrder(n),
                    Map.of(name, Taylor1.variable(x0Value, n))), Taylor1::order);
            resultOrder = Math.min(order, s.order());
            double[] values = new double[resultOrder + 1];
            for (int k = 0; k <= resultOrder; k++) {
                values[k] = s.coefficient(k);
            }
            // every coefficient's recurrence reads the lower ones: after the first that is not finite the
            // rest are meaningless (Infinity, NaN, or a wrong finite value such as 0.0 = 1/∞), so not shown
            int shown = resultOrder + 1;
            for (int k = 0; k <= resultOrder; k++) {
                if (!Double.isFinite(values[k])) {
                    shown = k + 1;
                    break;
                }
            }
            PrintWriter err = spec.commandLine().getErr();
            if (shown <= resultOrder || !Double.isFinite(values[resultOrder])) {
                int bad = shown - 1;
                err.println("note: c_" + bad + " is " + values[bad] + " in double arithmetic (overflow"
                        + (Double.isNaN(values[bad]) ? " earlier in the computation" : "") + ")"
                        + (shown <= resultOrder ? "; c_" + shown + (shown < resultOrder ? "..c_" + resultOrder : "")
                                + " depend on it and are not shown" : "")
                        + ". " + DIGITS_HINT);
            }
            // a subnormal coefficient (e/171! at order 171) has lost precision, and those after it lose more or
            // underflow to 0 (sin at 1 to order 200 printed f^(180) = 0): not shown either
            for (int k = 0; k < shown; k++) {
                double a = Math.abs(values[k]);
                if (a > 0 && a < Double.MIN_NORMAL) {
                    err.println("note: c_" + k + " is " + values[k] + ", below the normal double range (subnormal): it"
                            + (k < resultOrder ? " and c_" + (k + 1) + (k + 1 < resultOrder ? "..c_" + resultOrder : "") : "")
                            + " have lost precision or underflowed to 0 and are not shown. " + DIGITS_HINT);
                    shown = k;
                    break;
                }
            }
            for (int k = 0; k < shown; k++) {
                if (!Double.isFinite(s.derivative(k))) {
                    err.println("note: the derivatives from f^(" + k + ") on exceed the double range (k!·c_k overflows; the"
                            + " coefficients are finite). " + DIGITS_HINT);
                    break;
                }
            }
            for (int k = 0; k <= resultOrder; k++) {
                coefficients.add(k < shown ? ShortestDecimal.format(s.coefficient(k)) : "not shown");
                derivatives.add(k < shown ? ShortestDecimal.format(s.derivative(k)) : "not shown");
            }
            atText = ShortestDecimal.format(x0Value);
            if (json) {
                JsonObject o = header(name, resultOrder);
                o.add("at", Json.number(x0Value));
                JsonArray c = new JsonArray();
                JsonArray d = new JsonArray();
                for (int k = 0; k <= resultOrder; k++) { // null: not determined (after an overflow)
                    c.add(k < shown ? Json.number(s.coefficient(k)) : JsonNull.INSTANCE);
                    d.add(k < shown ? Json.number(s.derivative(k)) : JsonNull.INSTANCE);
                }
                o.add("coefficients", c);
                o.add("derivatives", d);
                out.println(Json.print(o));
                return 0;
            }
        } else {
            int d = digits;
            Rendering r = StableDigits.of(d, order, work -> render(f, name, x0, work, d), Rendering::toString);
            resultOrder = r.order();
            coefficients.addAll(r.coefficients());
            derivatives.addAll(r.derivatives());
            atText = r.at();
            if (json) {
                JsonObject o = header(name, resultOrder);
                o.addProperty("at", atText);
                o.addProperty("digits", digits);
                o.add("coefficients", Json.strings(coefficients));
                o.add("derivatives", Json.strings(derivatives));
                out.println(Json.print(o));
                return 0;
            }
        }
        out.println(expression + "  at " + name + " = " + atText + ", order " + resultOrder
                + (digits == null ? " (double)" : " (" + digits + " digits)"));
        if (resultOrder < order) {
            out.println("note: only orders 0.." + resultOrder + " are determined (a common factor of "
                    + name + " was cancelled " + (order - resultOrder) + " more times than an expansion to order "
                    + (order + MAX_EXTRA_ORDERS) + " can recover)");
        }
        out.println();
        Table table = new Table("k", "coefficient c_k", "derivative f^(k)(" + atText + ")");
        for (int k = 0; k <= resultOrder; k++) {
            table.row(Integer.toString(k), coefficients.get(k), derivatives.get(k));
        }
        table.print(out);
        return 0;
    }

    /** How many orders beyond {@code --order} the expansion may use to recover cancelled ones. */
    static final int MAX_EXTRA_ORDERS = 64;

    /**
     * The series to at least {@code order}: a quotient whose numerator and denominator both vanish at
     * the point (sin(x)/x at 0) loses one order per cancelled factor, so the expression is expanded
     * again to a higher order until {@code order} is determined (at most {@link #MAX_EXTRA_ORDERS}
     * more). The library keeps its honest lower order; the CLI, holding the expression, recovers.
     */
    static <S> S expandToOrder(int order, java.util.function.IntFunction<S> expand,
            java.util.function.ToIntFunction<S> orderOf) {
        S s = expand.apply(order);
        int internal = order;
        while (orderOf.applyAsInt(s) < order && internal < order + MAX_EXTRA_ORDERS) {
            internal = Math.min(order + MAX_EXTRA_ORDERS, internal + (order - orderOf.applyAsInt(s)));
            s = expand.apply(internal);
        }
        return s;
    }

    private JsonObject header(String name, int resultOrder) {
        JsonObject o = new JsonObject();
        o.addProperty("expr", expression);
        o.addProperty("variable", name);
        o.addProperty("order", resultOrder);
        return o;
    }
}
