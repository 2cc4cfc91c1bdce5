package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.taylorkit.ode.IntegrationStatistics;
import org.taylorkit.ode.StopReason;

/**
 * What {@code taylor integrate} reports, independent of the number type: the stop reason, time,
 * state, statistics and events as both JSON values (numbers for double, strings with {@code --digits})
 * and display text, and the trajectory rows for {@code --out} and {@code --plot}.
 */
final class IntegrateOutcome {

    /** One event: its time and state, as JSON values and text. */
    record EventRow(JsonElement t, JsonElement[] state, String tText, String[] stateText) {
    }

    /** One trajectory row: text for CSV, doubles for plotting. */
    record Row(String[] text, double[] values) {
    }

    final List<String> names;
    StopReason status;
    String message;
    JsonElement t;
    String tText;
    JsonElement[] state;
    String[] stateText;
    IntegrationStatistics statistics;
    final List<EventRow> events = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    String precision;

    IntegrateOutcome(List<String> names) {
        this.names = names;
    }

    /** The JSON object of the contract: t, state, steps, status and (with an event) events. */
    JsonObject json(boolean withEvents) {
        JsonObject o = new JsonObject();
        o.add("t", t);
        o.add("state", stateObject(state));
        o.addProperty("steps", statistics.steps());
        o.addProperty("status", status.label());
        if (withEvents) {
            JsonArray a = new JsonArray();
            for (EventRow e : events) {
                JsonObject eo = new JsonObject();
                eo.add("t", e.t());
                eo.add("state", stateObject(e.state()));
                a.add(eo);
            }
            o.add("events", a);
        }
        return o;
    }

    private JsonObject stateObject(JsonElement[] values) {
        JsonObject s = new JsonObject();
        for (int i = 0; i < names.size(); i++) {
            s.add(names.get(i), values[i]);
        }
        return s;
    }

    /** The human summary: status, time, a state table, steps and orders, events. */
    void printSummary(PrintWriter out, boolean withEvents) {
        out.println("status: " + status.label() + (status == StopReason.COMPLETED ? "" : " (" + message + ")"));
        out.println("t = " + tText + "  (" + precision + ")");
        Table table = new Table("variable", "value");
        for (int i = 0; i < names.size(); i++) {
            table.row(names.get(i), stateText[i]);
        }
        table.print(out, "  ");
        StringBuilder orders = new StringBuilder();
        statistics.orders().forEach((p, n) -> orders.append(orders.length() == 0 ? "" : ", ").append(p)
                .append(statistics.orders().size() > 1 ? " (" + n + " steps)" : ""));
        out.println("steps: " + statistics.steps() + ", order " + (orders.length() == 0 ? "-" : orders)
                + (statistics.shortenedSteps() > 0 ? ", " + statistics.shortenedSteps() + " shortened" : ""));
        if (withEvents) {
            out.println("events: " + events.size());
            int shown = Math.min(events.size(), 10);
            if (shown > 0) {
                List<String> header = new ArrayList<>();
                header.add("t");
                header.addAll(names);
                Table et = new Table(header.toArray(new String[0]));
                for (int i = 0; i < shown; i++) {
                    EventRow e = events.get(i);
                    String[] cells = new String[names.size() + 1];
                    cells[0] = e.tText();
                    System.arraycopy(e.stateText(), 0, cells, 1, names.size());
                    et.row(cells);
                }
                et.print(out, "  ");
                if (events.size() > shown) {
                    out.println("  … " + (events.size() - shown) + " more (use --json for all)");
                }
            }
        }
    }
}
