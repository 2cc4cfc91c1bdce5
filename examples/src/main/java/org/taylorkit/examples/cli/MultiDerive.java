package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apfloat.Apfloat;
import org.taylorkit.core.series.FieldTaylorN;
import org.taylorkit.core.series.FieldTaylorNArithmetic;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.core.series.TaylorNArithmetic;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.core.multi.Variables;

/**
 * {@code taylor derive} with two or more variables: the coefficients of every monomial of total
 * degree ≤ N in graded-lex order of the variables as given to {@code --at}, the gradient and (for
 * N ≥ 2) the Hessian. With {@code --digits}, computed in Apfloat and printed as strings.
 */
final class MultiDerive {

    private MultiDerive() {
    }

    /** One monomial: exponents, coefficient text and JSON value. */
    private record Row(int[] exponents, String text, JsonElement json) {
    }

    /** The expansion as printed: monomials, point, gradient and Hessian (filled by {@link #run} or {@link #apfloat}). */
    private record Printed(List<Row> rows, List<String> atText, JsonArray at, JsonArray gradient,
            List<String> gradientText, JsonArray hessian) {
        static Printed empty() {
            return new Printed(new ArrayList<>(), new ArrayList<>(), new JsonArray(), new JsonArray(), new ArrayList<>(),
                    new JsonArray());
        }

        /** Everything printed, for {@link StableDigits} to compare. */
        String text() {
            StringBuilder b = new StringBuilder();
            for (Row row : rows) {
                b.append(row.text()).append(';');
            }
            return b.append(atText).append(at).append(gradient).append(hessian).toString();
        }
    }

    /** The expansion at {@code work} working digits, printed to {@code digits}. */
    private static Printed apfloat(Expr f, Variables vars, Map<String, String> point, int order, int work, int digits) {
        ApfloatArithmetic ap = ApfloatArithmetic.ofDigits(work);
        Printed p = Printed.empty();
        Map<String, FieldTaylorN<Apfloat>> bindings = new LinkedHashMap<>();
        for (String name : vars.names()) {
            Apfloat x0 = Assignments.constant(name, point.get(name), "--at").evaluate(ap, Map.of());
            bindings.put(name, FieldTaylorN.variable(ap, vars, name, x0, order));
            String text = ApfloatText.format(x0, digits);
            p.at().add(text);
            p.atText().add(name + " = " + text);
        }
        FieldTaylorN<Apfloat> s = f.evaluate(FieldTaylorNArithmetic.of(ap, vars, order), bindings);
        Function<Apfloat, String> fmt = v -> ApfloatText.format(v, digits);
        s.forEachTerm((exponents, c) -> p.rows().add(new Row(exponents.clone(), fmt.apply(c), new JsonPrimitive(fmt.apply(c)))));
        if (order >= 1) {
            for (Apfloat g : s.gradient()) {
                p.gradient().add(fmt.apply(g));
                p.gradientText().add(fmt.apply(g));
            }
        }
        if (order >= 2) {
            for (Apfloat[] row : s.hessian()) {
                JsonArray r = new JsonArray();
                for (Apfloat h : row) {
                    r.add(fmt.apply(h));
                }
                p.hessian().add(r);
            }
        }
        return p;
    }

    static int run(PrintWriter out, PrintWriter err, String expression, Expr f, Map<String, String> point, int order,
            Integer digits, boolean json) {
        Variables vars = Variables.of(new ArrayList<>(point.keySet()));
        int d = digits == null ? 0 : digits;
        Printed p = digits == null ? Printed.empty()
                : StableDigits.of(d, order, work -> apfloat(f, vars, point, order, work, d), Printed::text);
        List<Row> rows = p.rows();
        List<String> atText = p.atText();
        JsonArray at = p.at();
        JsonArray gradient = p.gradient();
        JsonArray hessian = p.hessian();
        List<String> gradientText = p.gradientText();
        if (digits == null) {
            Map<String, TaylorN> bindings = new LinkedHashMap<>();
            for (String name : vars.names()) {
                double x0 = Assignments.finiteDouble(name, point.get(name), "--at");
                bindings.put(name, TaylorN.variable(vars, name, x0, order));
                at.add(Json.number(x0));
                atText.add(name + " = " + ShortestDecimal.format(x0));
            }
            TaylorN s = f.evaluate(TaylorNArithmetic.of(vars, order), bindings);
            // a coefficient's recurrences read those of the monomials it divides: after one that is not
            // finite, those it divides are meaningless (Infinity, NaN, or a wrong finite value such as
            // 0.0 = 1/∞), so they are not shown
            List<int[]> overflowed = new ArrayList<>();
            s.forEachTerm((exponents, c) -> {
                if (!Double.isFinite(c)) {
                    overflowed.add(exponents.clone());
                }
            });
            int[] withheld = {0};
            s.forEachTerm((exponents, c) -> {
                boolean shown = !dependsOn(exponents, overflowed);
                withheld[0] += shown ? 0 : 1;
                rows.add(new Row(exponents.clone(), shown ? ShortestDecimal.format(c) : NOT_SHOWN,
                        shown ? Json.number(c) : JsonNull.INSTANCE));
            });
            if (!overflowed.isEmpty()) {
                int[] first = overflowed.get(0);
                double value = s.coefficient(first);
                err.println("note: the coefficient of " + monomial(vars, first) + " is " + value + " in double arithmetic (overflow"
                        + (Double.isNaN(value) ? " earlier in the computation" : "") + ")"
                        + (withheld[0] > 0 ? "; the " + withheld[0] + " coefficients of the monomials it divides (or that another"
                                + " coefficient that is not finite divides) may be computed from it and are not shown" : "")
                        + ". taylor derive --digits N computes with N-digit arbitrary precision.");
            }
            int n = vars.size();
            if (order >= 1) {
                double[] g = s.gradient();
                for (int i = 0; i < n; i++) {
                    boolean shown = !dependsOn(unit(n, i, -1), overflowed);
                    gradient.add(shown ? Json.number(g[i]) : JsonNull.INSTANCE);
                    gradientText.add(shown ? ShortestDecimal.format(g[i]) : NOT_SHOWN);
                }
            }
            if (order >= 2) {
                double[][] h = s.hessian();
                for (int i = 0; i < n; i++) {
                    JsonArray row = new JsonArray();
                    for (int j = 0; j < n; j++) {
                        row.add(dependsOn(unit(n, i, j), overflowed) ? JsonNull.INSTANCE : Json.number(h[i][j]));
                    }
                    hessian.add(row);
                }
            }
        }
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("expr", expression);
            o.add("variables", Json.strings(vars.names()));
            o.add("at", at);
            o.addProperty("order", order);
            if (digits != null) {
                o.addProperty("digits", digits);
            }
            JsonArray coefficients = new JsonArray();
            for (Row r : rows) {
                JsonObject term = new JsonObject();
                JsonArray e = new JsonArray();
                for (int x : r.exponents()) {
                    e.add(x);
                }
                term.add("exponents", e);
                term.add("value", r.json());
                coefficients.add(term);
            }
            o.add("coefficients", coefficients);
            if (order >= 1) {
                o.add("gradient", gradient);
            }
            if (order >= 2) {
                o.add("hessian", hessian);
            }
            out.println(Json.print(o));
            return 0;
        }
        out.println(expression + "  at " + String.join(", ", atText) + ", order " + order
                + (digits == null ? " (double)" : " (" + digits + " digits)"));
        out.println();
        Table table = new Table("degree", "monomial", "coefficient");
        for (Row r : rows) {
            int degree = 0;
            for (int x : r.exponents()) {
                degree += x;
            }
            table.row(Integer.toString(degree), monomial(vars, r.exponents()), r.text());
        }
        table.print(out);
        if (order >= 1) {
            out.println();
            out.println("gradient: [" + String.join(", ", gradientText) + "]");
        }
        if (order >= 2) {
            out.println("hessian:  " + hessian);
        }
        return 0;
    }

    /** The text in place of a coefficient that is not shown (it depends on one that overflowed). */
    private static final String NOT_SHOWN = "not shown";

    /**
     * Whether the coefficient of x^e is computed from one that is not finite: e is a proper multiple of
     * (componentwise at least, and not equal to) one of {@code overflowed}.
     */
    static boolean dependsOn(int[] e, List<int[]> overflowed) {
        for (int[] b : overflowed) {
            boolean above = !java.util.Arrays.equals(e, b);
            for (int i = 0; i < e.length && above; i++) {
                above = e[i] >= b[i];
            }
            if (above) {
                return true;
            }
        }
        return false;
    }

    /** The exponents of x_i·x_j (j = −1: of x_i alone) in n variables. */
    private static int[] unit(int n, int i, int j) {
        int[] e = new int[n];
        e[i]++;
        if (j >= 0) {
            e[j]++;
        }
        return e;
    }

    /** {@code x^2*y}, or {@code 1} for the constant monomial. */
    static String monomial(Variables vars, int[] exponents) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('*');
            }
            sb.append(vars.name(i));
            if (exponents[i] > 1) {
                sb.append('^').append(exponents[i]);
            }
        }
        return sb.length() == 0 ? "1" : sb.toString();
    }
}
