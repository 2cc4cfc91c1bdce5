package org.taylorkit.examples.cli;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.EventOccurrence;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taylor integrate}: integrates an ODE system given as text with the Taylor method, in
 * double or (with {@code --digits D}) in Apfloat at D digits, and reports the final state, events, a
 * CSV trajectory and a PNG plot. Option names are the contract of issue 5; {@code --validated} and its
 * options ({@code --method}, {@code --tm-order}, {@code --split}, {@code --presplit}, {@code --restart-ratio}, {@code --error-folding},
 * {@code --check}, {@code --flowpipe})
 * are handled by {@link IntegrateValidated} (issues 7 and 14).
 */
@Command(name = "integrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Integrates x' = f(t, x, p) with the Taylor method (automatic order and step).",
            "Example: taylor integrate --ode \"x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z\""
                + " --init x=1,y=1,z=1 --param sigma=10,rho=28,beta=8/3 --from 0 --to 100 --plot lorenz.png --axes x,z",
            "Rigorous, for every solution from a box, with a safety check and the flowpipe drawn:",
            "  taylor integrate --validated --ode \"x' = y; y' = (1 - x^2)*y - x\" --init \"x=[1.25,1.55],y=[2.35,2.45]\""
                + " --to 7 --check \"y < 2.75\" --plot vdp.png --axes x,y"})
final class IntegrateCommand implements Callable<Integer> {

    /** Grid intervals used for --out and --plot when --every is not given. */
    static final int DEFAULT_ROWS = 10_000;

    /**
     * The most rows --every may ask for: a million rows are a CSV of some 50 MB and, held as numbers and
     * texts until written, a few hundred MB of heap; more is refused before the run (a 1e-9 spacing over
     * [0, 1] would otherwise end in an OutOfMemoryError).
     */
    static final long MAX_ROWS = 1_000_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--ode", required = true, paramLabel = "EQUATIONS",
            description = "Equations NAME' = EXPR separated by ';' or newlines; t is time.")
    String ode;

    @Option(names = "--init", required = true, paramLabel = "x=1,y=1",
            description = "Initial value of every state variable (values may be constant expressions).")
    String init;

    @Option(names = "--param", paramLabel = "a=1,b=8/3", description = "Parameter values (constant expressions).")
    String param;

    @Option(names = "--from", defaultValue = "0", paramLabel = "T0", description = "Initial time (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T1", description = "Final time (before T0 integrates backwards).")
    String to;

    @Option(names = "--tol", paramLabel = "EPS",
            description = "Absolute and relative tolerance (default: 2^-52 in double, 10^-D with --digits D).")
    String tol;

    @Option(names = "--order", paramLabel = "K", description = "Fixed Taylor order (default: from the tolerance).")
    Integer order;

    @Option(names = "--digits", paramLabel = "D", description = "Integrate in Apfloat at D significant digits.")
    Integer digits;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the trajectory as CSV: t,x,y,...")
    File out;

    @Option(names = "--every", paramLabel = "DT",
            description = "Trajectory spacing for --out and --plot (default: 1/" + DEFAULT_ROWS + " of the range).")
    String every;

    @Option(names = "--event", paramLabel = "G", description = "Report the zeros of G(t, x), e.g. \"z - 27\".")
    String event;

    @Option(names = "--direction", defaultValue = "both", paramLabel = "up|down|both",
            description = "Which zero crossings of --event count (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--terminal", description = "Stop at the first counted zero of --event.")
    boolean terminal;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write a PNG plot of the trajectory.")
    File plot;

    @Option(names = "--axes", paramLabel = "x,z", description = "Plot these two columns (t or state names) against each other.")
    String axes;

    @Option(names = "--max-steps", paramLabel = "N", description = "Step limit (default: 10000000).")
    Long maxSteps;

    @Option(names = "--json", description = "Print one JSON object instead of a summary.")
    boolean json;

    @Option(names = "--jet", paramLabel = "K",
            description = "Jet transport: integrate the Taylor expansion of order K in the initial values (adds jet and stm).")
    Integer jet;

    @Option(names = "--jet-vars", paramLabel = "x,y", description = "The initial values of the jet (default: all state variables).")
    String jetVars;

    @Option(names = "--jet-tol", paramLabel = "EPS",
            description = "With --jet: the jet's own relative tolerance; the jet coefficients are expanded in time only to"
                + " the order EPS needs (default: the state's tolerance and order).")
    String jetTol;

    @Option(names = "--validated", description = "Rigorous enclosures of every solution from a box: --init accepts boxes x=[0.9,1.1].")
    boolean validated;

    @Option(names = "--method", paramLabel = "lohner|taylor-model",
            description = "With --validated: taylor-model (Taylor-model flow with automatic splitting; the default when the"
                + " initial set has width) or lohner (Lohner's QR method; the default for points and with --event).")
    String method;

    @Option(names = "--tm-order", paramLabel = "Q",
            description = "With --method taylor-model: order of the Taylor models in the initial deviations (default: 6).")
    Integer tmOrder;

    @Option(names = "--split", paramLabel = "N",
            description = "With --validated: at most N pieces of the initial set (taylor-model: the budget of automatic"
                + " splits, default 64; lohner: the box is cut into N pieces up front, default 1).")
    Integer split;

    @Option(names = "--presplit", paramLabel = "VARS",
            description = "With --method taylor-model: cut the initial set before the run, in halves along each"
                + " variable of VARS (comma-separated, e.g. x3,x5), or into N equal pieces with x=N (N a power of two,"
                + " e.g. x1=16,x2=16); the pieces count in --split. State variables with a range in --init, or --param"
                + " values with one. The cuts are exact.")
    String presplit;

    @Option(names = "--restart-ratio", paramLabel = "R",
            description = "With --method taylor-model: restart a piece one level up when its error part exceeds R times"
                + " its polynomial part (largest widths; default 0.1): its initial sub-box is integrated again from the"
                + " start and splits sooner, using one unit of --split; at the top level (3) it fails above the larger"
                + " of R and 1 instead. R decides when pieces restart, never what they enclose.")
    String restartRatio;

    @Option(names = "--error-folding", paramLabel = "B,W,R[,S[,O]]",
            description = "With --method taylor-model: turn the error part into extra Taylor-model variables, B blocks"
                + " of W symbols, folding a piece's W dominant error columns into the next block whenever its error part"
                + " exceeds R times its polynomial part, e.g. 1,4,5e-3 (default: off). Each initial point then carries"
                + " its own error; the models get B*W more variables. S and O (optional, 1 to 20; default the --tm-order)"
                + " keep only the monomials of degree <= S in the symbols and of total degree <= O when they have a"
                + " symbol, the rest going to the remainders: 1,4,5e-3,2,3 is several times cheaper than 1,4,5e-3.")
    String errorFolding;

    @Option(names = "--symbolic-remainders", paramLabel = "N",
            description = "With --method taylor-model: keep the errors of the last N steps symbolically (Flow*'s symbolic"
                + " remainders): each is moved by the product of the steps' point linear maps and boxed once, only the"
                + " nonlinear part of each step is boxed; older errors go to the Lohner part (default 0: none; e.g. 100"
                + " keeps low Taylor-model orders stable on LALO20 W = 0.1). N from 0 to 10000.")
    String symbolicRemainders;

    @Option(names = "--check", paramLabel = "PROPERTY",
            description = "With --validated: check a safety property over the flowpipe, e.g. \"y < 2.75\" or"
                + " \"x^2 + y^2 <= 4 on [1,5]\" (repeatable); prints verified, violated or unknown.")
    List<String> checks;

    @Option(names = "--flowpipe", paramLabel = "FILE.csv",
            description = "With --validated: write every step's enclosure: piece,t_lo,t_hi,<var>_lo,<var>_hi,...")
    File flowpipe;

    /** The parsed, checked inputs shared by the double and Apfloat runs. */
    record Problem(OdeSystem system, Map<String, Expr> init, Map<String, Expr> params, Expr from, Expr to, Expr tol,
            Expr every, Direction direction, List<String> axes) {

        /** The initial state in double, in the order of the state variables (each finite, else an error naming --init x). */
        double[] initialState() {
            double[] x0 = new double[system.dimension()];
            for (int i = 0; i < x0.length; i++) {
                x0[i] = OdeOptions.finite(init.get(system.variables().get(i)), "--init " + system.variables().get(i));
            }
            return x0;
        }
    }

    @Override
    public Integer call() throws IOException {
        OdeOptions.checkMaxSteps(maxSteps);
        OutputFiles.check("--out", out);
        OutputFiles.check("--plot", plot);
        OutputFiles.check("--flowpipe", flowpipe);
        if (validated) {
            if (jet != null || jetVars != null || jetTol != null) {
                throw new IllegalArgumentException("--jet, --jet-vars and --jet-tol cannot be combined with --validated");
            }
            return IntegrateValidated.run(this);
        }
        for (Object[] o : new Object[][] {{method, "--method"}, {tmOrder, "--tm-order"}, {split, "--split"},
            {presplit, "--presplit"}, {restartRatio, "--restart-ratio"}, {errorFolding, "--error-folding"},
            {symbolicRemainders, "--symbolic-remainders"}, {checks, "--check"}, {flowpipe, "--flowpipe"}}) {
            if (o[0] != null) {
                throw new IllegalArgumentException(o[1] + " needs --validated");
            }
        }
        Problem problem = problem();
        if (digits == null && jet == null && jetVars == null && jetTol == null) {
            switchToDigitsIfTheToleranceNeedsThem(problem);
        }
        if (jet != null || jetVars != null || jetTol != null) {
            return IntegrateJet.run(this, problem);
        }
        IntegrateOutcome outcome = digits == null ? runDouble(problem) : IntegratePrecise.run(this, problem);
        PrintWriter stdout = spec.commandLine().getOut();
        List<String> columns = new ArrayList<>();
        columns.add("t");
        columns.addAll(problem.system().variables());
        List<String> wrote = new ArrayList<>();
        if (out != null) {
            OutputFiles.write("--out", out, () -> writeCsv(columns, outcome.rows));
            wrote.add("wrote " + out + " (" + outcome.rows.size() + " rows)");
        }
        if (plot != null) {
            OutputFiles.write("--plot", plot, () -> {
                IntegratePlot.write(plot, problem.system().toString(), columns, outcome.rows, problem.axes());
                return null;
            });
            wrote.add("wrote " + plot);
        }
        if (json) {
            stdout.println(Json.print(outcome.json(event != null)));
        } else {
            outcome.printSummary(stdout, event != null);
            wrote.forEach(stdout::println);
        }
        return 0;
    }

    private Problem problem() {
        OdeOptions.checkIntegration(digits, order, event, terminal, direction);
        if (axes != null && plot == null) {
            throw new IllegalArgumentException("--axes needs --plot");
        }
        if (every != null && out == null && plot == null) {
            throw new IllegalArgumentException("--every needs --out or --plot");
        }
        Map<String, Expr> params = OdeOptions.parameters(param, (k, v) -> pointValue(k, v, "--param"));
        OdeSystem system = OdeOptions.system(ode, params.keySet());
        Map<String, Expr> initial = OdeOptions.initialValues(init, system, (name, text) -> pointValue(name, text, "--init"));
        List<String> axisNames = null;
        if (axes != null) {
            axisNames = List.of(axes.split(",", -1));
            for (String a : axisNames) {
                if (!"t".equals(a.strip()) && !system.variables().contains(a.strip())) {
                    throw new IllegalArgumentException("--axes: '" + a + "' is not t or a state variable (state: "
                            + String.join(", ", system.variables()) + ")");
                }
            }
            if (axisNames.size() != 2) {
                throw new IllegalArgumentException("--axes: expected two names such as x,z, got '" + axes + "'");
            }
            axisNames = List.of(axisNames.get(0).strip(), axisNames.get(1).strip());
        }
        Direction dir = Direction.parse(direction);
        Expr everyExpr = every == null ? null : Assignments.constant("every", every, "--every");
        if (everyExpr != null) {
            checkEvery(everyExpr, Assignments.constant("from", from, "--from"), Assignments.constant("to", to, "--to"));
        }
        return new Problem(system, initial, params, Assignments.constant("from", from, "--from"),
                Assignments.constant("to", to, "--to"), tol == null ? null : Assignments.constant("tol", tol, "--tol"),
                everyExpr, dir, axisNames);
    }

    /**
     * --every must be positive and finite, and give at most {@link #MAX_ROWS} rows over [--from, --to]
     * (counted in double, before the run); the message suggests a spacing that does.
     */
    private void checkEvery(Expr everyExpr, Expr fromExpr, Expr toExpr) {
        double dt;
        try {
            dt = everyExpr.evaluateDouble(Map.of());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("--every: " + e.getMessage() + " in '" + every + "'", e);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("--every must be a positive time step, got " + every
                    + (Double.isNaN(dt) || Double.isInfinite(dt) ? " (" + dt + " in double)" : "")
                    + " (rows at --from, --from + DT, ... up to --to; leave it out for " + DEFAULT_ROWS + " rows)");
        }
        double range = Math.abs(toExpr.evaluateDouble(Map.of()) - fromExpr.evaluateDouble(Map.of()));
        double rows = Math.floor(range / dt * (1 + 1e-12)) + 1; // 1/1e-9 is 999999999.9999999 in double
        if (!(rows <= MAX_ROWS)) {
            String count = Double.isFinite(rows) ? String.format(java.util.Locale.ROOT, "%.0f", rows) : "infinitely many";
            String suggestion = "";
            if (Double.isFinite(range)) { // the smallest one-significant-digit spacing within the limit
                double v = range / (MAX_ROWS - 1);
                double p = Math.pow(10, Math.floor(Math.log10(v)));
                suggestion = " such as " + ShortestDecimal.format(Math.ceil(v / p) * p);
            }
            throw new IllegalArgumentException("--every " + every + " gives " + count + " rows from --from to --to, more than"
                    + " the limit of " + MAX_ROWS + ": choose a larger --every" + suggestion);
        }
    }

    /**
     * A value of --init or --param of a run without --validated: a constant expression; a box {@code [a,b]}
     * (which only --validated integrates) is refused with what to do instead of Expr's "unexpected character '['".
     */
    private static Expr pointValue(String name, String text, String option) {
        if (text.startsWith("[")) {
            throw new IllegalArgumentException(option + ": " + name + "=" + text + " is an interval: add --validated to"
                    + " integrate every solution from the box (or use taylor ensemble for samples)");
        }
        return Assignments.constant(name, text, option);
    }

    /** The double default tolerance 2^−52: a smaller one cannot be met in double arithmetic. */
    static final double DOUBLE_TOLERANCE_FLOOR = 0x1p-52;

    /**
     * A {@code --tol} below {@link #DOUBLE_TOLERANCE_FLOOR} without {@code --digits} would silently
     * run at double precision: switch to Apfloat at {@code ⌈−log10 tol⌉ + 5} digits instead and say
     * so on standard error (standard output, and its JSON keys, stay as they are; the summary's
     * precision shows the digits).
     */
    private void switchToDigitsIfTheToleranceNeedsThem(Problem p) {
        if (p.tol() == null) {
            return;
        }
        double t = p.tol().evaluateDouble(Map.of());
        if (t > 0 && t < DOUBLE_TOLERANCE_FLOOR) {
            digits = (int) Math.min(10_000, Math.ceil(-Math.log10(t)) + 5);
            spec.commandLine().getErr().println("note: --tol " + tol + " is below what double precision can reach"
                    + " (about 2.2e-16), so this integration runs in Apfloat at " + digits
                    + " digits; choose the precision with --digits D");
        }
    }

    private IntegrateOutcome runDouble(Problem p) {
        OdeSystem system = p.system();
        TaylorIntegrator.Builder b = TaylorIntegrator.builder(system);
        if (p.tol() != null) {
            b.tolerance(OdeOptions.finite(p.tol(), "--tol"));
        }
        if (order != null) {
            b.order(order);
        }
        if (maxSteps != null) {
            b.maxSteps(maxSteps);
        }
        double t0 = OdeOptions.finite(p.from(), "--from");
        double t1 = OdeOptions.finite(p.to(), "--to");
        if (out != null || plot != null) {
            double dt = p.every() != null ? OdeOptions.finite(p.every(), "--every") : Math.abs(t1 - t0) / DEFAULT_ROWS;
            if (dt > 0) {
                b.gridOutput(dt);
            }
        }
        if (event != null) {
            b.event(event, p.direction(), terminal);
        }
        p.params().forEach((k, v) -> b.parameter(k, OdeOptions.finite(v, "--param " + k)));
        IntegrateProgress progress = IntegrateProgress.forTerminal(json, t0, t1);
        if (progress != null) {
            b.observer(progress);
        }
        double[] x0 = p.initialState();
        OdeSolution s = b.build().integrate(t0, x0, t1);
        if (progress != null) {
            progress.finish();
        }
        IntegrateOutcome o = new IntegrateOutcome(system.variables());
        o.precision = "double";
        o.status = s.status();
        o.message = s.message();
        o.t = Json.number(s.t());
        o.tText = ShortestDecimal.format(s.t());
        o.state = numbers(s.state());
        o.stateText = texts(s.state());
        o.statistics = s.statistics();
        for (EventOccurrence e : s.events()) {
            o.events.add(new IntegrateOutcome.EventRow(Json.number(e.t()), numbers(e.state()), ShortestDecimal.format(e.t()),
                    texts(e.state())));
        }
        double[] times = s.gridTimes();
        double[][] states = s.gridStates();
        for (int i = 0; i < times.length; i++) {
            double[] v = new double[x0.length + 1];
            v[0] = times[i];
            System.arraycopy(states[i], 0, v, 1, x0.length);
            o.rows.add(new IntegrateOutcome.Row(texts(v), v));
        }
        return o;
    }

    private static com.google.gson.JsonElement[] numbers(double[] v) {
        com.google.gson.JsonElement[] r = new com.google.gson.JsonElement[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Json.number(v[i]);
        }
        return r;
    }

    private static String[] texts(double[] v) {
        String[] r = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = ShortestDecimal.format(v[i]);
        }
        return r;
    }

    private Void writeCsv(List<String> columns, List<IntegrateOutcome.Row> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8)) {
            w.write(String.join(",", columns));
            w.newLine();
            for (IntegrateOutcome.Row r : rows) {
                w.write(String.join(",", r.text()));
                w.newLine();
            }
        }
        return null;
    }
}
