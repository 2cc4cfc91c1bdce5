package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The class-loading workload the {@code taylor} launcher records into its class-data sharing archive
 * (JDK 13+ {@code -XX:ArchiveClassesAtExit}): a few short commands run in one JVM with their output
 * discarded — the help screens, {@code derive} in one and several variables (text and JSON), a
 * short {@code integrate} and {@code lyapunov}, and a short validated set flow with a property check (the Taylor-model
 * flow of the ARCH-COMP Van der Pol set over half a time unit) — so that the classes they load
 * (picocli and the command model, the expression parser, the series and integrator classes, the
 * Taylor-model arithmetic and flow, the flowpipe and property checks, Gson) are mapped from the
 * archive at every later start instead of being read from the jar, verified and parsed again. Plotting is left out: a
 * run with {@code --plot} loads JFreeChart from the jar as before.
 *
 * <p>It only loads and runs what the commands do; it writes no file and changes no state.
 */
public final class StartupTraining {

    /** The recorded commands (each as the arguments of {@code taylor}). */
    static final String[][] COMMANDS = {
        {"--help"},
        {"derive", "--help"},
        {"derive", "sin(x)", "--at", "x=0.5", "--order", "5"},
        {"derive", "sin(x)/x", "--at", "x=0", "--order", "8", "--json"},
        {"derive", "exp(x)*sin(y)", "--at", "x=1,y=2", "--order", "3"},
        {"integrate", "--ode", "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
            "--init", "x=1,y=1,z=1", "--param", "sigma=10,rho=28,beta=8/3", "--to", "1"},
        {"lyapunov", "--ode", "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
            "--init", "x=1,y=1,z=20", "--param", "sigma=10,rho=28,beta=8/3", "--to", "1"},
        {"integrate", "--validated", "--ode", "x' = y; y' = (1 - x^2)*y - x", "--init", "x=[1.25,1.55],y=[2.35,2.45]",
            "--to", "0.5", "--check", "y < 2.75"},
    };

    private StartupTraining() {
    }

    /** Runs {@link #COMMANDS} with their output discarded; exits 0 if every one succeeded, 1 otherwise. */
    public static void main(String[] args) {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        int worst = 0;
        for (String[] command : COMMANDS) {
            worst = Math.max(worst, TaylorCli.run(command, none, none));
        }
        System.exit(worst == 0 ? 0 : 1);
    }
}
