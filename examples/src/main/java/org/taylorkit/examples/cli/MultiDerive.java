package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.taylorkit.core.expr.Expr;

/** {@code taylor derive} with two or more variables (multivariate series). */
final class MultiDerive {

    private MultiDerive() {
    }

    static int run(PrintWriter out, String expression, Expr f, Map<String, String> point, int order,
            Integer digits, boolean json) {
        throw new UnsupportedOperationException("derive with several variables (" + String.join(", ", point.keySet())
                + ") needs multivariate series, which this build does not have yet");
    }
}
