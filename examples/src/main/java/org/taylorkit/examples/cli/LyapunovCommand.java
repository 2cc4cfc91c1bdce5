package org.taylorkit.examples.cli;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.dynamics.LyapunovSpectrum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code taylor lyapunov}: the Lyapunov spectrum of an ODE system along the orbit of the initial state
 * (Benettin QR method on the variational equations, run on the compiled double tape; {@link LyapunovSpectrum}). Option and JSON key names are the
 * contract of issue 6: {@code exponents} (descending) and {@code t}.
 */
@Command(name = "lyapunov", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lyapunov spectrum of x' = f(t, x, p) along the orbit of the initial state (Benettin QR method).",
            "Example: taylor lyapunov --ode \"x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z\""
                + " --init x=1,y=1,z=20 --param sigma=10,rho=28,beta=8/3 --to 200"})
final class LyapunovCommand implements Callable<Integer> {

    /**
     * The most reorthonormalisation intervals (--to / --reorth) a run may have: 10^8, some minutes to an hour
     * for a small system (each interval is one short integration of the state and tangent vectors, a few
     * microseconds at least). The memory is bounded at any length ({@link LyapunovSpectrum#MAX_HISTORY}), so
     * this only stops a mistyped --to from running for days without a word; longer runs show a progress bar
     * on a terminal.
     */
    static final long MAX_INTERVALS = 100_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--ode", required = true, paramLabel = "EQUATIONS",
            description = "Equations NAME' = EXPR separated by ';' or newlines; t is time.")
    String ode;

    @Option(names = "--init", required = true, paramLabel = "x=1,y=1",
            description = "Initial value of every state variable (constant expressions).")
    String init;

    @Option(names = "--param", paramLabel = "a=1,b=8/3", description = "Parameter values (constant expressions).")
    String param;

    @Option(names = "--to", required = true, paramLabel = "T", description = "Total time T (positive); the run is [0, T].")
    String to;

    @Option(names = "--reorth", defaultValue = "0.5", paramLabel = "DT",
            description = "Time between Gram-Schmidt reorthonormalisations (default: ${DEFAULT-VALUE}).")
    String reorth;

    @Option(names = "--tol", paramLabel = "EPS", description = "Integration tolerance (default: 1e-9; the finite-time estimates vary by far more).")
    String tol;

    @Option(names = "--json", description = "Print one JSON object: exponents (descending), t, sum.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, Double> params = OdeOptions.parameters(param, (k, v) -> OdeOptions.finiteEntry("--param", k, v));
        OdeSystem system = OdeOptions.system(ode, params.keySet());
        double[] x0 = OdeOptions.initialValues(init, system, (name, text) -> OdeOptions.finiteEntry("--init", name, text))
                .values().stream().mapToDouble(Double::doubleValue).toArray();
        double t = OdeOptions.finiteValue("--to", to);
        if (!(t > 0)) {
            throw new IllegalArgumentException("--to must be positive (the run is [0, T]), got " + to);
        }
        double dt = OdeOptions.finiteValue("--reorth", reorth);
        if (!(dt > 0)) {
            throw new IllegalArgumentException("--reorth must be positive, got " + reorth);
        }
        double eps = tol == null ? LyapunovSpectrum.DEFAULT_TOLERANCE : OdeOptions.finiteValue("--tol", tol);
        long count = LyapunovSpectrum.intervals(t, dt);
        if (count > MAX_INTERVALS) {
            throw new IllegalArgumentException("--to " + to + " with --reorth " + reorth + " is " + count
                    + " reorthonormalisation intervals, more than the limit of " + MAX_INTERVALS
                    + " (hours of computing): shorten --to or lengthen --reorth");
        }
        LyapunovProgress progress = LyapunovProgress.forTerminal(json);
        LyapunovSpectrum l;
        try {
            l = LyapunovSpectrum.compute(system, x0, params, t, dt, eps, progress);
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject o = new JsonObject();
            o.add("exponents", Json.numbers(l.exponents()));
            o.add("t", Json.number(l.t()));
            o.add("sum", Json.number(l.sum()));
            out.println(Json.print(o));
        } else {
            out.println("Lyapunov spectrum over [0, " + ShortestDecimal.format(l.t()) + "] (reorthonormalised every "
                    + ShortestDecimal.format(dt) + "):");
            Table table = new Table("", "exponent");
            double[] e = l.exponents();
            for (int i = 0; i < e.length; i++) {
                table.row("lambda" + (i + 1), String.format(java.util.Locale.ROOT, "%.6f", e[i]));
            }
            table.row("sum", String.format(java.util.Locale.ROOT, "%.6f", l.sum()));
            table.print(out, "  ");
            out.println("(finite-time estimates from the initial state, no transient discarded: they converge like 1/T;");
            out.println(" the sum is the time average of the trace of df/dx)");
        }
        return 0;
    }
}
