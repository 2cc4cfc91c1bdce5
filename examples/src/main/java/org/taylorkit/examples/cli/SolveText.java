package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.taylorkit.interval.apfloat.ApfloatInterval;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;

/**
 * Outward decimal text of the results of {@code taylor roots}, {@code minimize} and {@code integral},
 * with the rounding of {@code taylor enclose} ({@link EncloseText}): a lower bound prints as a decimal
 * ≤ it, an upper bound as one ≥ it, so the printed intervals still contain the true values.
 * High-precision endpoints are exact binary-free numbers and print exactly.
 */
final class SolveText {

    private SolveText() {
    }

    /** {@code [lower, upper]} as two outward decimals. */
    static String[] bounds(Interval x) {
        return new String[] {EncloseText.lower(x.inf()), EncloseText.upper(x.sup())};
    }

    /** {@code [lower, upper]} of a high-precision interval, exactly. */
    static String[] bounds(ApfloatInterval x) {
        return new String[] {x.isBoundedBelow() ? EncloseText.render(new BigDecimal(x.inf().toString(false))) : "-Infinity",
            x.isBoundedAbove() ? EncloseText.render(new BigDecimal(x.sup().toString(false))) : "Infinity"};
    }

    /** The difference of the printed bounds, rounded up to {@code digits} significant digits ("Infinity" if unbounded). */
    static String width(String[] b, int digits) {
        if (b[0].endsWith("Infinity") || b[1].endsWith("Infinity")) {
            return "Infinity";
        }
        return EncloseText.width(new BigDecimal(b[1]).subtract(new BigDecimal(b[0])), digits);
    }

    /** {@code [lo, hi]} as a JSON array of two strings. */
    static JsonArray json(String[] b) {
        JsonArray a = new JsonArray();
        a.add(b[0]);
        a.add(b[1]);
        return a;
    }

    /** {@code {name: [lower, upper], ...}} with outward decimals. */
    static JsonObject json(Box box) {
        JsonObject o = new JsonObject();
        for (Map.Entry<String, Interval> e : box.asMap().entrySet()) {
            o.add(e.getKey(), json(bounds(e.getValue())));
        }
        return o;
    }

    /** {@code x ∈ [a, b], y ∈ [c, d]} with outward decimals. */
    static String text(Box box) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Interval> e : box.asMap().entrySet()) {
            String[] b = bounds(e.getValue());
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(" in [").append(b[0]).append(", ")
                    .append(b[1]).append(']');
        }
        return sb.toString();
    }

    /** A tolerance or width as a JSON-friendly number. */
    static BigDecimal number(double v) {
        return EncloseText.value(v, RoundingMode.CEILING);
    }
}
