package org.taylorkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.taylorkit.core.function.Functions;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code taylor} command-line app. Subcommands are the contract other tools rely on; their
 * names and options are fixed by the project's issues.
 *
 * <p>Errors go to standard error as one line, {@code taylor <command>: <message>}, with exit
 * status 1 (bad input or a singular expansion) or 2 (bad command-line usage); a stack trace is
 * printed only with {@code --debug}.
 */
@Command(name = "taylor",
        mixinStandardHelpOptions = true,
        version = "TaylorKit 0.1.0",
        description = "High-order Taylor series, derivatives and validated numerics.",
        subcommands = {DeriveCommand.class, DemoCommand.class, IntegrateCommand.class, LyapunovCommand.class, EnsembleCommand.class,
            EncloseCommand.class, RootsCommand.class, MinimizeCommand.class, IntegralCommand.class,
            CommandLine.HelpCommand.class})
public final class TaylorCli implements Runnable {

    /** Set by {@code --debug} on any command: print stack traces of errors. */
    static volatile boolean debug;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    void setDebug(boolean value) {
        debug = value;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the app; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        debug = false; // set again by --debug; a previous in-process run must not leak it
        CommandLine cli = new CommandLine(new TaylorCli());
        cli.getSubcommands().get("derive").getCommandSpec().usageMessage().footer(functionsFooter());
        cli.setOut(out);
        cli.setErr(err);
        // an expression may start with '-' ("-x^2"): an argument that is not one of the options is a parameter
        cli.setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            String name = commandLine.getParent() == null ? "taylor" : "taylor " + commandLine.getCommandName();
            commandLine.getErr().println(name + ": " + describe(ex));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return 1;
        });
        cli.setParameterExceptionHandler((ex, strings) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getParent() == null ? "taylor" : "taylor " + c.getCommandName();
            List<String> unmatched = c.getUnmatchedArguments();
            if (ex instanceof CommandLine.MissingParameterException && !unmatched.isEmpty()) {
                // a mistyped option (--intit) makes a required one look missing: name the real mistake
                ex = new CommandLine.UnmatchedArgumentException(c, unmatched);
            }
            c.getErr().println(name + ": " + ex.getMessage() + suggestions(ex) + " (see '" + name + " --help')");
            c.getErr().flush();
            return 2;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** "; did you mean …?" for a mistyped command or option (picocli's near matches), or "". */
    static String suggestions(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
        }
        return "";
    }

    /** The expression syntax for help footers, its function list read from the catalogue. */
    static String[] functionsFooter() {
        List<String> lines = new ArrayList<>(List.of("", "EXPR: numbers, + - * / ^ (or **), parentheses, pi, e, and the functions"));
        StringBuilder line = new StringBuilder(" ");
        List<String> names = new ArrayList<>();
        Functions.all().forEach(f -> names.add(f.name()));
        names.addAll(List.of("atan2(y,x)", "hypot(x,y)", "pow(a,b)"));
        for (String name : names) {
            if (line.length() + name.length() + 1 > 78) {
                lines.add(line.toString());
                line = new StringBuilder(" ");
            }
            line.append(' ').append(name);
        }
        lines.add(line.toString());
        return lines.toArray(new String[0]);
    }

    static String describe(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        return message;
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }
}
