package org.taylorkit.examples.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.function.IntervalArithmetic;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.reach.CounterexampleSearch;
import org.taylorkit.ode.reach.SetChecks;
import org.taylorkit.ode.reach.FlowpipeCsv;
import org.taylorkit.ode.reach.OutwardDecimal;
import org.taylorkit.ode.reach.PropertyCheck;
import org.taylorkit.ode.reach.SafetyProperty;
import org.taylorkit.ode.reach.Verdict;
import org.taylorkit.ode.validated.ValidatedCrossing;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedPoincareMap;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * {@code taylor integrate --validated}: rigorous enclosures with
 * {@link ValidatedIntegrator} (Lohner's QR method). Contract (issue 7):
 * {@code --init x=[0.9,1.1],y=0} (boxes or points; points are degenerate boxes; decimals and
 * constant expressions are read as tight interval enclosures, e.g. {@code 0.1} or {@code 8/3}),
 * {@code --param} likewise, {@code --order K}, {@code --json} with the keys {@code t}, {@code status}
 * ({@code completed} or {@code failed}, then with {@code reason}), {@code steps}, {@code enclosure}
 * (name → [lower, upper] as decimal strings rounded outward) and {@code width} (the largest width).
 * With {@code --event G [--direction up|down|both]}, the rigorous crossings of G = 0 in
 * {@code (from, to]} from {@link ValidatedPoincareMap#crossings}: JSON {@code events} (an array of
 * {@code {"t": [lo, hi], "state": {name: [lo, hi]}}}, outward decimals), {@code events_complete} and,
 * when the search stopped early, {@code events_reason}.
 *
 * <p>Sets (issue 14): {@code --method lohner|taylor-model} (default: the Taylor-model flow with
 * automatic splitting when the initial box has width and there is no {@code --event}, Lohner
 * otherwise), {@code --tm-order Q} (taylor-model only), {@code --split N} (the split budget, or for
 * Lohner N pieces cut up front), {@code --presplit} and {@code --restart-ratio} (taylor-model only,
 * {@link TaylorModelRefinement}), {@code --check PROPERTY} (repeatable; {@link PropertyCheck}: JSON
 * {@code checks}, an array of {@code {"check", "result", "detail"}}; a check the set flow leaves
 * unknown is then tried on single points of a set with width, {@link CounterexampleSearch}, and
 * reported violated when one of them provably violates it: {@link SetChecks}, the path the ARCH-COMP
 * runner shares), {@code --flowpipe FILE.csv}
 * ({@link FlowpipeCsv}) and {@code --plot FILE.png --axes a,b} ({@link FlowpipePlot}). The JSON keys
 * {@code method} and {@code pieces} appear for Taylor-model runs and with {@code --split}, so the
 * output of a plain Lohner run is unchanged.
 */
final class IntegrateValidated {

    private IntegrateValidated() {
    }

    static int run(IntegrateCommand c) throws IOException {
        for (Object[] o : new Object[][] {{c.digits, "--digits"}, {c.tol, "--tol"}, {c.out, "--out"}, {c.every, "--every"}}) {
            if (o[0] != null) {
                throw new IllegalArgumentException(o[1] + " cannot be combined with --validated"
                        + ("--out".equals(o[1]) ? " (write the flowpipe with --flowpipe FILE.csv)" : ""));
            }
        }
        if (c.terminal) {
            throw new IllegalArgumentException("--terminal cannot be combined with --validated");
        }
        if (c.event == null && !"both".equals(c.direction)) {
            throw new IllegalArgumentException("--direction needs --event");
        }
        if (c.plot != null && c.axes == null) {
            throw new IllegalArgumentException("--plot needs --axes with --validated: the two variables to project the"
                    + " flowpipe on, e.g. --axes x,y (or t,x)");
        }
        if (c.axes != null && c.plot == null) {
            throw new IllegalArgumentException("--axes needs --plot");
        }
        Direction direction = Direction.parse(c.direction);
        Map<String, Interval> params = OdeOptions.parameters(c.param, (k, v) -> interval(k, v, "--param"));
        OdeSystem system = OdeOptions.system(c.ode, params.keySet());
        Interval[] box = OdeOptions.initialValues(c.init, system, (name, text) -> interval(name, text, "--init"))
                .values().toArray(new Interval[0]);
        boolean wide = false;
        for (Interval b : box) {
            wide |= !pointLike(b);
        }
        double t0 = OdeOptions.finiteValue("--from", c.from);
        double t1 = OdeOptions.finiteValue("--to", c.to);
        if (t1 < t0) {
            throw new IllegalArgumentException("--validated integrates forwards only: --to " + c.to + " is before --from " + c.from);
        }
        List<String> axes = axes(c.axes, system);
        List<SafetyProperty> properties = new ArrayList<>();
        for (String text : c.checks == null ? List.<String>of() : c.checks) {
            try {
                properties.add(SafetyProperty.parse(text, system));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--check: " + e.getMessage(), e);
            }
        }
        String method = method(c, wide);
        ValidatedSetRun run;
        if (ValidatedSetRun.LOHNER.equals(method)) {
            run = ValidatedSetRun.lohner(system, lohner(c, system, params, t1 - t0), params, t0, box, t1, c.split == null ? 1 : c.split);
        } else {
            run = ValidatedSetRun.taylorModel(system, taylorModel(c, system, params, box), params, t0, box, t1);
        }
        List<ValidatedCrossing> events = null;
        boolean departure = false;
        if (c.event != null) {
            ValidatedPoincareMap.Builder mb = ValidatedPoincareMap.builder(system)
                    .section(system.parseExpression(c.event, "--event"), direction);
            if (c.order != null) {
                mb.order(c.order);
            }
            if (c.maxSteps != null) {
                mb.maxSteps((int) Math.min(Integer.MAX_VALUE, Math.max(1, c.maxSteps)));
            }
            params.forEach(mb::parameter);
            ValidatedPoincareMap map = mb.build();
            events = map.crossings(t0, box, t1);
            departure = map.meetsSection(t0, box);
        }
        List<PropertyCheck> checks;
        if (wide) {
            Map<String, String> initText = Assignments.split(c.init, "--init");
            boolean[] ranges = new boolean[box.length];
            for (int i = 0; i < box.length; i++) {
                String text = initText.get(system.variables().get(i)).strip();
                ranges[i] = text.startsWith("[") && text.contains(",");
            }
            checks = SetChecks.check(properties, run.flowpipe(), ranges, points(c, system, params, t1 - t0));
        } else {
            checks = PropertyCheck.all(properties, run.flowpipe());
        }
        List<String> wrote = new ArrayList<>();
        if (c.flowpipe != null) {
            OutputFiles.write("--flowpipe", c.flowpipe, () -> {
                try (Writer w = Files.newBufferedWriter(c.flowpipe.toPath(), StandardCharsets.UTF_8)) {
                    FlowpipeCsv.write(run.flowpipe(), w);
                }
                return null;
            });
            wrote.add("wrote " + c.flowpipe + " (" + FlowpipeCsv.rowCount(run.flowpipe()) + " rows)");
        }
        if (c.plot != null) {
            OutputFiles.write("--plot", c.plot, () -> {
                FlowpipePlot.write(c.plot, system.toString(), run.flowpipe(), axes, properties);
                return null;
            });
            wrote.add("wrote " + c.plot);
        }
        boolean reportPieces = !ValidatedSetRun.LOHNER.equals(method) || c.split != null;
        PrintWriter stdout = c.spec.commandLine().getOut();
        if (c.json) {
            JsonObject o = json(system, run, reportPieces);
            if (c.checks != null) {
                JsonArray a = new JsonArray();
                for (PropertyCheck pc : checks) {
                    JsonObject k = new JsonObject();
                    k.addProperty("check", pc.property().text());
                    k.addProperty("result", pc.verdict().label());
                    k.addProperty("detail", pc.detail());
                    a.add(k);
                }
                o.add("checks", a);
            }
            if (events != null) {
                addEvents(o, system, events);
                if (departure) {
                    o.addProperty("events_note", DEPARTURE_NOTE);
                }
            }
            stdout.println(Json.print(o));
        } else {
            printSummary(stdout, system, run, reportPieces);
            for (PropertyCheck pc : checks) {
                stdout.println("check " + pc.property().text() + ": " + pc.verdict().label() + " (" + pc.detail() + ")");
            }
            if (events != null) {
                printEvents(stdout, system, events);
                if (departure) {
                    stdout.println("note: " + DEPARTURE_NOTE);
                }
            }
            wrote.forEach(stdout::println);
        }
        return 0;
    }

    /**
     * Whether {@code v} is a point as typed: at most two doubles wide, as the enclosure of a decimal
     * such as {@code 1.4} (not a double) is; such a box gets Lohner's method by default.
     */
    static boolean pointLike(Interval v) {
        return v.sup() <= Math.nextUp(Math.nextUp(v.inf()));
    }

    /** The method: --method, else lohner with --event or for a point (see {@link #pointLike}), taylor-model for a set with width. */
    private static String method(IntegrateCommand c, boolean wide) {
        String m = c.method;
        if (m == null) {
            m = c.event != null || !wide ? ValidatedSetRun.LOHNER : ValidatedSetRun.TAYLOR_MODEL;
        } else if (!m.equals(ValidatedSetRun.LOHNER) && !m.equals(ValidatedSetRun.TAYLOR_MODEL)) {
            throw new IllegalArgumentException("--method: expected lohner or taylor-model, got '" + m + "'");
        }
        if (ValidatedSetRun.LOHNER.equals(m) && c.tmOrder != null) {
            throw new IllegalArgumentException("--tm-order is the order of Taylor models: it needs --method taylor-model"
                    + (c.method == null ? " (lohner is the default " + (c.event != null ? "with --event" : "for a point") + ")" : ""));
        }
        TaylorModelRefinement.requireTaylorModel(c, m,
                c.method == null ? "lohner is the default " + (c.event != null ? "with --event" : "for a point") : null);
        if (ValidatedSetRun.TAYLOR_MODEL.equals(m) && c.event != null) {
            throw new IllegalArgumentException("--event needs --method lohner (rigorous crossings use Lohner's method)");
        }
        if (c.split != null && (c.split < 1 || c.split > 100_000)) {
            throw new IllegalArgumentException("--split must be between 1 and 100000, got " + c.split);
        }
        return m;
    }

    /** See {@link SetChecks#FLOWPIPE_STEPS}: with --check, --flowpipe or --plot a Lohner step is at most this part of the time range. */
    static final int FLOWPIPE_STEPS = SetChecks.FLOWPIPE_STEPS;

    /**
     * The point runs of the counterexample search ({@link SetChecks#pointIntegrator}), with --order and
     * --max-steps when given.
     */
    private static ValidatedIntegrator points(IntegrateCommand c, OdeSystem system, Map<String, Interval> params, double span) {
        ValidatedIntegrator vi = SetChecks.pointIntegrator(system, params, span);
        if (c.order != null) {
            vi = vi.withOrder(c.order);
        }
        if (c.maxSteps != null) {
            vi = vi.withMaxSteps((int) Math.min(Integer.MAX_VALUE, Math.max(1, c.maxSteps)));
        }
        return vi;
    }

    private static ValidatedIntegrator lohner(IntegrateCommand c, OdeSystem system, Map<String, Interval> params, double span) {
        ValidatedIntegrator vi = ValidatedIntegrator.of(system);
        if (c.order != null) {
            if (c.order < 2 || c.order > 60) {
                throw new IllegalArgumentException("--order must be between 2 and 60 with --validated, got " + c.order);
            }
            vi = vi.withOrder(c.order);
        }
        if (c.maxSteps != null) {
            vi = vi.withMaxSteps((int) Math.min(Integer.MAX_VALUE, Math.max(1, c.maxSteps)));
        }
        for (Map.Entry<String, Interval> e : params.entrySet()) {
            vi = vi.withParameter(e.getKey(), e.getValue());
        }
        if ((c.checks != null || c.flowpipe != null || c.plot != null) && span > 0) {
            vi = vi.withMaxStep(span / FLOWPIPE_STEPS);
        }
        return vi;
    }

    private static TaylorModelFlowIntegrator taylorModel(IntegrateCommand c, OdeSystem system, Map<String, Interval> params,
            Interval[] box) {
        TaylorModelFlowIntegrator tm = TaylorModelFlowIntegrator.of(system);
        if (c.order != null) {
            if (c.order < 2 || c.order > 40) {
                throw new IllegalArgumentException("--order must be between 2 and 40 with --method taylor-model, got " + c.order);
            }
            tm = tm.withOrder(c.order);
        }
        if (c.tmOrder != null) {
            if (c.tmOrder < 1 || c.tmOrder > 20) {
                throw new IllegalArgumentException("--tm-order must be between 1 and 20, got " + c.tmOrder);
            }
            tm = tm.withTmOrder(c.tmOrder);
        } else {
            int d = system.dimension() + (int) params.values().stream().filter(v -> v.wid() > 0).count();
            tm = tm.withTmOrder(TaylorModelFlowIntegrator.defaultTmOrder(d));
        }
        if (c.split != null) {
            tm = tm.withMaxPieces(c.split);
        }
        if (c.maxSteps != null) {
            tm = tm.withMaxSteps((int) Math.min(Integer.MAX_VALUE, Math.max(1, c.maxSteps)));
        }
        for (Map.Entry<String, Interval> e : params.entrySet()) {
            tm = tm.withParameter(e.getKey(), e.getValue());
        }
        return TaylorModelRefinement.apply(c, tm, system, box, params);
    }

    /** The two --axes names, each t or a state variable; null without --axes. */
    private static List<String> axes(String text, OdeSystem system) {
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String a : text.split(",", -1)) {
            String n = a.strip();
            if (!"t".equals(n) && !system.variables().contains(n)) {
                throw new IllegalArgumentException("--axes: '" + n + "' is not t or a state variable (state: "
                        + String.join(", ", system.variables()) + ")");
            }
            names.add(n);
        }
        if (names.size() != 2) {
            throw new IllegalArgumentException("--axes: expected two names such as x,y, got '" + text + "'");
        }
        return names;
    }

    /**
     * {@code events}: one {@code {"t": [lo, hi], "state": {name: [lo, hi]}}} per proved crossing, with
     * outward decimals; {@code events_complete} is true when the rest of the interval is proved free of
     * crossings, otherwise {@code events_reason} says why the search stopped.
     */
    static void addEvents(JsonObject o, OdeSystem system, List<ValidatedCrossing> events) {
        JsonArray a = new JsonArray();
        ValidatedCrossing last = null;
        for (ValidatedCrossing e : events) {
            if (!e.found()) {
                last = e;
                continue;
            }
            JsonObject ev = new JsonObject();
            ev.add("t", bounds(e.time()));
            JsonObject st = new JsonObject();
            Interval[] x = e.state();
            for (int i = 0; i < x.length; i++) {
                st.add(system.variables().get(i), bounds(x[i]));
            }
            ev.add("state", st);
            a.add(ev);
        }
        o.add("events", a);
        boolean complete = last != null && last.status() == ValidatedCrossing.Status.NOT_FOUND;
        o.addProperty("events_complete", complete);
        if (!complete && last != null) {
            o.addProperty("events_reason", last.reason());
        }
    }

    /** Said when the initial box meets the section (see {@link ValidatedPoincareMap}: the departure is not counted). */
    static final String DEPARTURE_NOTE = "the initial box meets the section (G contains 0 at the start): "
            + "while the set leaves it, crossings are not counted (the departure); counting starts after it";

    private static JsonArray bounds(Interval x) {
        JsonArray a = new JsonArray();
        a.add(decimal(x.inf(), RoundingMode.FLOOR));
        a.add(decimal(x.sup(), RoundingMode.CEILING));
        return a;
    }

    private static void printEvents(PrintWriter out, OdeSystem system, List<ValidatedCrossing> events) {
        int k = 0;
        for (ValidatedCrossing e : events) {
            if (!e.found()) {
                out.println("events: " + k + " proved" + (e.status() == ValidatedCrossing.Status.NOT_FOUND
                        ? ", no others" : "; search stopped: " + e.reason()));
                continue;
            }
            k++;
            StringBuilder sb = new StringBuilder("event " + k + ": t in [" + decimal(e.time().inf(), RoundingMode.FLOOR)
                    + ", " + decimal(e.time().sup(), RoundingMode.CEILING) + "]");
            Interval[] x = e.state();
            for (int i = 0; i < x.length; i++) {
                sb.append(", ").append(system.variables().get(i)).append(" in [")
                        .append(decimal(x[i].inf(), RoundingMode.FLOOR)).append(", ")
                        .append(decimal(x[i].sup(), RoundingMode.CEILING)).append(']');
            }
            out.println(sb);
        }
    }

    /**
     * An interval value: {@code [a, b]} by {@link Interval#parse} (outward-rounded decimals), else a
     * constant expression evaluated in interval arithmetic (a tight enclosure of its exact value).
     */
    static Interval interval(String name, String text, String option) {
        Interval v;
        if (text.startsWith("[")) {
            try {
                v = Interval.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": value of " + name + " ('" + text + "'): " + e.getMessage(), e);
            }
        } else {
            Expr e = Assignments.constant(name, text, option);
            v = e.evaluate(IntervalArithmetic.INSTANCE, Map.of());
        }
        if (v.isEmpty() || !v.isBounded()) {
            throw new IllegalArgumentException(option + ": value of " + name + " ('" + text + "') must be a nonempty bounded interval, got " + v);
        }
        return v;
    }

    static JsonObject json(OdeSystem system, ValidatedSetRun s, boolean pieces) {
        JsonObject o = new JsonObject();
        o.add("t", Json.number(s.t()));
        o.addProperty("status", s.status().label());
        if (s.reason() != null) {
            o.addProperty("reason", s.reason());
        }
        o.addProperty("steps", s.steps());
        JsonObject enc = new JsonObject();
        Interval[] e = s.enclosure();
        for (int i = 0; i < e.length; i++) {
            JsonArray a = new JsonArray();
            a.add(decimal(e[i].inf(), RoundingMode.FLOOR));
            a.add(decimal(e[i].sup(), RoundingMode.CEILING));
            enc.add(system.variables().get(i), a);
        }
        o.add("enclosure", enc);
        o.add("width", Json.number(s.width()));
        if (pieces) {
            o.addProperty("method", s.method());
            o.addProperty("pieces", s.pieces());
        }
        return o;
    }

    /**
     * {@code v} rounded to 17 significant digits in the direction {@code mode} (FLOOR for lower
     * bounds, CEILING for upper ones): the decimal is a bound of the exact binary value, so
     * {@code [lower, upper]} as decimals still contains the enclosure.
     */
    static String decimal(double v, RoundingMode mode) {
        return OutwardDecimal.format(v, mode);
    }

    private static void printSummary(PrintWriter out, OdeSystem system, ValidatedSetRun s, boolean pieces) {
        Table table = new Table("variable", "lower", "upper", "width");
        Interval[] e = s.enclosure();
        for (int i = 0; i < e.length; i++) {
            table.row(system.variables().get(i), decimal(e[i].inf(), RoundingMode.FLOOR),
                    decimal(e[i].sup(), RoundingMode.CEILING), String.format(java.util.Locale.ROOT, "%.3g", e[i].wid()));
        }
        out.println("validated enclosure at t = " + ShortestDecimal.format(s.t()) + " (every solution from the initial box):");
        table.print(out, "  ");
        out.println("width: " + String.format(java.util.Locale.ROOT, "%.3g", s.width()));
        out.println("steps: " + s.steps());
        if (pieces) {
            out.println("method: " + s.method() + ", pieces: " + s.pieces());
        }
        out.println("status: " + s.status().label() + (s.reason() == null ? "" : " (" + s.reason() + ")"));
    }
}
