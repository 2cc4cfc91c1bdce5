package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code taylor} app in-process and captures its exit status, standard output and error. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TaylorCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
