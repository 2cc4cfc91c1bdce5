package org.taylorkit.examples.cli;

import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apfloat.Apfloat;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.ensemble.Ensemble;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.EnsembleSummary;
import org.taylorkit.ode.ensemble.MemberSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taylor ensemble}: one system from many initial conditions and parameter sets, on every
 * core, in double or (with {@code --digits D}) Apfloat. Option names, the CSV columns
 * {@code index,status,t,<state…>[,event_t]} and the JSON keys {@code members}, {@code completed},
 * {@code statuses}, {@code seconds}, {@code threads} are the contract of issue 18.
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Integrates one ODE system from many initial conditions and/or parameter sets on all cores.",
            "Example: taylor ensemble --ode \"x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z\""
                + " --sample \"x=[-1,1],y=[-1,1],z=[20,30]\" --count 10000 --param sigma=10,rho=28,beta=8/3 --to 5 --out cloud.csv"})
final class EnsembleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ode", required = true, paramLabel = "EQUATIONS",
            description = "Equations NAME' = EXPR separated by ';' or newlines; t is time.")
    String ode;

    @Option(names = "--inits", paramLabel = "FILE.csv",
            description = "Members as CSV: a header naming every state variable (and optionally parameters), one row per member.")
    File inits;

    @Option(names = "--sample", paramLabel = "x=[a,b],y=[c,d]",
            description = "Draw members uniformly from this box (a name with one value keeps it); names may be state variables or parameters.")
    String sample;

    @Option(names = "--count", paramLabel = "N", description = "The number of members drawn with --sample.")
    Long count;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of --sample (default: ${DEFAULT-VALUE}); member i depends only on S and i.",
            defaultValue = "1")
    long seed;

    @Option(names = "--param", paramLabel = "a=1,b=8/3", description = "Default parameter values (constant expressions).")
    String param;

    @Option(names = "--from", defaultValue = "0", paramLabel = "T0", description = "Initial time (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "T1", description = "Final time of every member.")
    String to;

    @Option(names = "--event", paramLabel = "G", description = "Record the first zero of G(t, x) (column event_t).")
    String event;

    @Option(names = "--direction", defaultValue = "both", paramLabel = "up|down|both",
            description = "Which zero crossings of --event count (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--terminal", description = "Stop each member at the first counted zero of --event.")
    boolean terminal;

    @Option(names = "--threads", paramLabel = "K", description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write one row per member: index,status,t,<state...>[,event_t].")
    File out;

    @Option(names = "--json", description = "Print a JSON summary: members, completed, statuses, seconds, threads.")
    boolean json;

    @Option(names = "--tol", paramLabel = "EPS", description = "Absolute and relative tolerance (default: 2^-52, 10^-D with --digits).")
    String tol;

    @Option(names = "--order", paramLabel = "K", description = "Fixed Taylor order (default: from the tolerance).")
    Integer order;

    @Option(names = "--max-steps", paramLabel = "N", description = "Step limit per member (default: 10000000).")
    Long maxSteps;

    @Option(names = "--digits", paramLabel = "D", description = "Integrate in Apfloat at D significant digits.")
    Integer digits;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Map<String, String> defaults = OdeOptions.parameters(param, (k, v) -> {
            Assignments.constant(k, v, "--param");
            return v;
        });
        Map<String, String> sampled = sample == null ? null : Assignments.split(sample, "--sample");
        List<String> inputNames = inits != null ? EnsembleInputs.header(inits.toPath()) : new ArrayList<>(sampled.keySet());
        String source = inits != null ? "--inits " + inits + ": line 1" : "--sample";
        Set<String> states = leftHandSides(ode);
        Map<String, String> parameters = new LinkedHashMap<>(defaults);
        for (String name : inputNames) {
            if (!states.contains(name) && !parameters.containsKey(name)) {
                parameters.put(name, null);
            }
        }
        OdeSystem system = OdeOptions.system(ode, parameters.keySet());
        for (String name : inputNames) {
            if (!states.contains(name) && !defaults.containsKey(name) && !used(system, name)) {
                throw new IllegalArgumentException(source + ": '" + name + "' is neither a state variable ("
                        + String.join(", ", system.variables()) + ") nor a parameter of the equations");
            }
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() == null && !inputNames.contains(p.getKey())) {
                throw new IllegalArgumentException("parameter " + p.getKey() + " has no value (give it with --param or in the input)");
            }
        }
        EnsembleInputs.Layout layout = EnsembleInputs.layout(system, inputNames, source);
        EnsembleSpec problem = new EnsembleSpec(ode, parameters, from, to, tol, order, maxSteps, event, Direction.parse(direction),
                terminal);
        if (digits == null) {
            double[] p = new double[system.parameters().size()];
            for (int i = 0; i < p.length; i++) {
                String text = parameters.get(system.parameters().get(i));
                p[i] = text == null ? Double.NaN : EnsembleSpec.value(text, "--param " + system.parameters().get(i));
            }
            return run(system, problem, layout, new EnsembleDoubles(p));
        }
        ApfloatArithmetic ar = ApfloatArithmetic.ofDigits(digits);
        Apfloat[] p = new Apfloat[system.parameters().size()];
        for (int i = 0; i < p.length; i++) {
            String text = parameters.get(system.parameters().get(i));
            p[i] = text == null ? null : EnsembleSpec.value(ar, text, "--param " + system.parameters().get(i));
        }
        EnsembleSpec precise = tol == null ? problem.withTolerance("10^-" + digits) : problem;
        return run(system, precise, layout, new EnsembleApfloats(digits, p));
    }

    private void checkOptions() {
        if ((inits == null) == (sample == null)) {
            throw new IllegalArgumentException("give the members with exactly one of --inits FILE.csv and --sample BOX --count N");
        }
        if (sample != null && count == null) {
            throw new IllegalArgumentException("--sample needs --count N");
        }
        if (count != null && sample == null) {
            throw new IllegalArgumentException("--count needs --sample");
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("--count must be >= 0, got " + count);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + threads);
        }
        OdeOptions.checkIntegration(digits, order, event, terminal, direction);
        OdeOptions.checkMaxSteps(maxSteps);
        OutputFiles.check("--out", out);
        if (inits != null && !inits.isFile()) {
            throw new IllegalArgumentException("--inits: no such file: " + inits);
        }
    }

    /** The state variables named on the left of the equations (the system parser checks the rest). */
    static Set<String> leftHandSides(String ode) {
        Set<String> names = new LinkedHashSet<>();
        for (String eq : ode.split("[;\n]")) {
            int prime = eq.indexOf('\'');
            if (!eq.isBlank() && prime > 0) {
                names.add(eq.substring(0, prime).strip());
            }
        }
        return names;
    }

    private boolean used(OdeSystem system, String name) {
        for (Expr rhs : system.rightHandSides()) {
            if (rhs.symbols().contains(name)) {
                return true;
            }
        }
        return event != null && system.parseExpression(event, "--event").symbols().contains(name);
    }

    private <M, R> int run(OdeSystem system, EnsembleSpec problem, EnsembleInputs.Layout layout, EnsembleNumbers<M, R> numbers)
            throws IOException {
        var runners = numbers.runners(problem);
        long total;
        Iterator<M> members;
        if (inits != null) {
            total = EnsembleInputs.check(inits.toPath(), EnsembleInputs.header(inits.toPath()), numbers);
            members = EnsembleInputs.rows(inits.toPath(), layout, numbers);
        } else {
            total = count;
            var generator = EnsembleInputs.sampler(Assignments.split(sample, "--sample"), layout, numbers, seed);
            members = new Iterator<>() {
                private long next;

                @Override
                public boolean hasNext() {
                    return next < total;
                }

                @Override
                public M next() {
                    return generator.apply(next++);
                }
            };
        }
        EnsembleProgress progress = EnsembleProgress.forTerminal();
        Ensemble.Builder<M, R> b = Ensemble.builder(runners);
        if (threads != null) {
            b.threads(threads);
        }
        if (progress != null) {
            b.progress((done, all) -> progress.progress(done, total));
        }
        Ensemble<M, R> ensemble = b.build();
        Map<String, Long> statuses = new TreeMap<>();
        EnsembleSummary summary;
        BufferedWriter w = out == null ? null
                : OutputFiles.write("--out", out, () -> Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8));
        try {
            if (w != null) {
                List<String> header = new ArrayList<>(List.of("index", "status", "t"));
                header.addAll(system.variables());
                if (event != null) {
                    header.add("event_t");
                }
                w.write(String.join(",", header));
                w.newLine();
            }
            MemberSink<M, R> sink = (i, m, r) -> {
                String status = numbers.status(r);
                statuses.merge(status, 1L, Long::sum);
                if (w != null) {
                    try {
                        w.write(i + "," + status + "," + String.join(",", numbers.cells(r, event != null)));
                        w.newLine();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            summary = ensemble.run(members, sink);
        } finally {
            if (progress != null) {
                progress.finish();
            }
            if (w != null) {
                w.close();
            }
        }
        print(summary, statuses);
        return 0;
    }

    private void print(EnsembleSummary s, Map<String, Long> statuses) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("members", s.members());
            o.addProperty("completed", statuses.getOrDefault("completed", 0L));
            JsonObject counts = new JsonObject();
            statuses.forEach(counts::addProperty);
            o.add("statuses", counts);
            o.add("seconds", Json.number(s.seconds()));
            o.addProperty("threads", s.threads());
            stdout.println(Json.print(o));
            return;
        }
        List<String> parts = new ArrayList<>();
        statuses.forEach((k, v) -> parts.add(k + " " + v));
        stdout.println("members: " + s.members() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")"));
        stdout.printf(java.util.Locale.ROOT, "threads: %d, %.3f s, %.0f members/s%n", s.threads(), s.seconds(), s.membersPerSecond());
        if (out != null) {
            stdout.println("wrote " + out + " (" + s.members() + " rows)");
        }
    }
}
