package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.solve.GlobalMinimizer;
import org.taylorkit.interval.solve.IntegralEnclosure;
import org.taylorkit.interval.solve.Minimization;
import org.taylorkit.interval.solve.Root;
import org.taylorkit.interval.solve.RootFinder;
import org.taylorkit.interval.solve.RootSearch;
import org.taylorkit.interval.solve.RigorousQuadrature;

/**
 * The validated-applications part of {@code taylor demo}: all zeros of Tucker's sine example with
 * proofs, the global minimum of the six-hump camel, and Rump's integral that ordinary quadrature gets
 * wrong, each printed with outward decimals.
 */
final class DemoSolve {

    private DemoSolve() {
    }

    static void print(PrintWriter out) {
        out.println("10. Validated applications: zeros with proofs, global minima, integrals with guaranteed bounds");
        RootSearch roots = RootFinder.of(List.of(Expr.parse("sin(x) - 0.1*x^2 + 1")), Box.parse("x=[-10,10]")).find();
        out.println("   zeros of sin(x) - 0.1*x^2 + 1 in [-10, 10]: " + roots.uniqueCount()
                + " proved unique, none elsewhere (" + roots.boxesProcessed() + " boxes)");
        for (Root r : roots.roots()) {
            String[] b = SolveText.bounds(r.enclosure().get("x"));
            out.println("     " + r.status().cliName() + "  [" + b[0] + ", " + b[1] + "]");
        }
        Minimization m = GlobalMinimizer.of(Expr.parse("4*x^2 - 2.1*x^4 + x^6/3 + x*y - 4*y^2 + 4*y^4"),
                Box.parse("x=[-3,3],y=[-2,2]")).minimize();
        String[] min = SolveText.bounds(m.minimum());
        out.println("   six-hump camel over [-3,3]x[-2,2]: minimum in [" + min[0] + ", " + min[1] + "], "
                + m.minimizers().size() + " minimizer boxes (" + m.boxesProcessed() + " boxes)");
        IntegralEnclosure rump = RigorousQuadrature.of(Expr.parse("sin(x + exp(x))"), Box.parse("x=[0,8]")).integrate();
        String[] i = SolveText.bounds(rump.value());
        out.println("   Rump's integral of sin(x + exp(x)) over [0, 8] in [" + i[0] + ", " + i[1] + "]  ("
                + rump.pieces() + " pieces; published 0.34740017265724780787...)");
        out.println("   try: taylor roots, taylor minimize, taylor integral (--help for each)");
        out.println();
    }
}
