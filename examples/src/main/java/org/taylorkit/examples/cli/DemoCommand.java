package org.taylorkit.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apfloat.Apfloat;
import org.taylorkit.core.series.FieldTaylor1;
import org.taylorkit.core.series.FieldTaylor1Arithmetic;
import org.taylorkit.core.series.Taylor1;
import org.taylorkit.core.series.Taylor1Arithmetic;
import org.taylorkit.core.arith.ApfloatArithmetic;
import org.taylorkit.core.expr.Expr;
import org.taylorkit.interval.Interval;
import org.taylorkit.interval.enclosure.Box;
import org.taylorkit.interval.enclosure.EnclosureMethod;
import org.taylorkit.interval.enclosure.Enclosures;
import org.taylorkit.interval.enclosure.RangeEnclosure;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code taylor demo}: a short tour of what TaylorKit computes, each part checked against a known value. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "A short tour: derivatives of any order and precision, singularities, reversion, ODEs.")
final class DemoCommand implements Callable<Integer> {

    /** The seed example of automatic differentiation. */
    static final String SEED = "exp(x)/sqrt(sin(x)^3 + cos(x)^3)";

    /** Published values of the seed example at 1.5 (REFERENCES.md): f, f', f''. */
    static final double[] SEED_PUBLISHED = {4.497780053946162, 4.053427893898621, 9.463073681596601};

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("TaylorKit tour");
        out.println("==============");
        out.println();
        highPrecision(out, seedExample(out));
        removableSingularity(out);
        reversion(out);
        pendulum(out);
        DemoDynamics.print(out);
        enclosure(out);
        DemoOde.print(out);
        DemoSolve.print(out);
        out.println("More: taylor --help, taylor derive --help, taylor integrate --help, taylor lyapunov --help, taylor enclose --help");
        return 0;
    }

    /** Prints the seed example in double and returns its series (order 20). */
    private static Taylor1 seedExample(PrintWriter out) {
        out.println("1. The seed example: f(x) = " + SEED + " at x = 1.5, in double");
        Expr f = Expr.parse(SEED);
        Taylor1 s = f.evaluate(Taylor1Arithmetic.ofOrder(20), Map.of("x", Taylor1.variable(1.5, 20)));
        Table table = new Table("", "TaylorKit (double)", "published");
        String[] names = {"f", "f'", "f''"};
        for (int k = 0; k < 3; k++) {
            table.row(names[k], ShortestDecimal.format(s.derivative(k)), ShortestDecimal.format(SEED_PUBLISHED[k]));
        }
        table.print(out, "   ");
        out.println("   f^(20)(1.5) = " + ShortestDecimal.format(s.derivative(20))
                + "  (all 21 derivatives from one O(n^2) pass of recurrences)");
        out.println();
        return s;
    }

    /** The seed example at 50 digits, and how the double values {@code d} printed before compare with them. */
    private static void highPrecision(PrintWriter out, Taylor1 d) {
        ApfloatArithmetic ap = ApfloatArithmetic.ofDigits(50);
        Expr f = Expr.parse(SEED);
        FieldTaylor1<Apfloat> s = f.evaluate(FieldTaylor1Arithmetic.of(ap, 2),
                Map.of("x", FieldTaylor1.variable(ap, ap.fromDecimal("1.5"), 2)));
        String[] digits = new String[3];
        StringBuilder offBy = new StringBuilder();
        String[] names = {"f", "f'", "f''"};
        for (int k = 0; k < 3; k++) {
            digits[k] = ApfloatText.format(s.derivative(k), 50);
            double nearest = Double.parseDouble(digits[k]); // correctly rounded from the 50 digits
            long ulps = Double.doubleToLongBits(d.derivative(k)) - Double.doubleToLongBits(nearest);
            if (ulps != 0) {
                offBy.append(offBy.length() == 0 ? "" : ", ").append(names[k]).append(" is ")
                        .append(Math.abs(ulps)).append(Math.abs(ulps) == 1 ? " ulp " : " ulps ")
                        .append(ulps < 0 ? "below " : "above ").append(ShortestDecimal.format(nearest));
            }
        }
        out.println("2. The same at 50 significant digits (Apfloat); the double values above are "
                + (offBy.length() == 0 ? "all correctly rounded:" : "correctly rounded"));
        if (offBy.length() > 0) {
            out.println("   except: " + offBy + ":");
        }
        out.println("   f   = " + digits[0]);
        out.println("   f'  = " + digits[1]);
        out.println("   f'' = " + digits[2]);
        out.println();
    }

    private static void removableSingularity(PrintWriter out) {
        out.println("3. Removable singularities: sin(x)/x at x = 0 (the common factor x cancels)");
        Taylor1 t = Taylor1.variable(0.0, 9);
        Taylor1 s = t.sin().divide(t);
        out.println("   " + s);
        out.println("   exact: 1 - x^2/3! + x^4/5! - ... ; [x^8] = 1/9! = " + ShortestDecimal.format(1.0 / 362880));
        out.println();
    }

    private static void reversion(PrintWriter out) {
        out.println("4. Series reversion: Lambert W is the inverse of w*exp(w); its coefficients are (-n)^(n-1)/n!");
        Taylor1 w = Taylor1.variable(0.0, 6);
        Taylor1 lambert = w.multiply(w.exp()).revert();
        Table table = new Table("n", "[u^n] of revert(w*exp(w))", "(-n)^(n-1)/n!");
        double factorial = 1;
        for (int n = 1; n <= 6; n++) {
            factorial *= n;
            table.row(Integer.toString(n), ShortestDecimal.format(lambert.coefficient(n)),
                    ShortestDecimal.format(Math.pow(-n, n - 1) / factorial));
        }
        table.print(out, "   ");
        out.println();
    }

    /** Published period of the pendulum θ'' = −sin θ from θ(0) = 1.3 at rest: 4K(sin² 0.65) (REFERENCES.md). */
    static final double PENDULUM_PERIOD = 7.019250311844546;

    private static void pendulum(PrintWriter out) {
        out.println("5. ODEs: the period of the pendulum theta'' = -sin(theta) from theta(0) = 1.3, at rest,");
        out.println("   from the times theta crosses 0 downwards (events located on the step polynomials):");
        TaylorIntegrator ti = TaylorIntegrator.builder(OdeSystem.parse("theta' = omega; omega' = -sin(theta)"))
                .event("theta", Direction.DOWN, false).build();
        OdeSolution s = ti.integrate(0, new double[] {1.3, 0}, 30);
        double period = s.events().get(s.events().size() - 1).t() - s.events().get(s.events().size() - 2).t();
        out.println("   period = " + ShortestDecimal.format(period) + "  (exact 4K(sin^2 0.65) = "
                + ShortestDecimal.format(PENDULUM_PERIOD) + ", difference "
                + String.format("%.1e", Math.abs(period - PENDULUM_PERIOD)) + ")");
        out.println("   " + s.steps() + " steps of order " + s.statistics().orders().keySet()
                + " to t = 30 at the default tolerance (about machine precision)");
        out.println();
    }

    private static void enclosure(PrintWriter out) {
        out.println("7. Proof-grade enclosures: the range of x*(1-x) over [0, 1] is [0, 1/4].");
        Expr f = Expr.parse("x*(1-x)");
        Box box = Box.of("x", Interval.of(0, 1));
        RangeEnclosure natural = Enclosures.natural(f, box);
        RangeEnclosure bisect = Enclosures.bisect(f, box, 1e-9, EnclosureMethod.TAYLOR_MODEL);
        out.println("   natural interval extension: " + natural.range() + "  (the dependency problem: x appears twice)");
        out.println("   bisection with Taylor models: " + bisect.range() + "  (" + bisect.subBoxes()
                + " sub-boxes, guaranteed to contain the true range)");
        out.println("   try: taylor enclose \"x*exp(-x^2-y^2) + atan(x*y)\" --over \"x=[-2,2],y=[-2,2]\"");
        out.println();
    }
}
