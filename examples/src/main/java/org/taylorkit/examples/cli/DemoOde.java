package org.taylorkit.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import org.taylorkit.examples.LorenzExample;
import org.taylorkit.examples.VanDerPolProof;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.validated.ValidatedIntegrator;
import org.taylorkit.ode.validated.ValidatedSolution;

/**
 * The integration parts of {@code taylor demo}: Lorenz to t = 100 with a PNG of the attractor, the
 * Kepler problem over 1000 orbits against its conserved energy, a rigorous enclosure of Lorenz, and the
 * computer-assisted proof of the Van der Pol limit cycle. The PNG goes to the directory named by
 * {@link DemoDynamics#DIR_PROPERTY}.
 */
final class DemoOde {

    /** Kepler, GM = 1, a = 1, e = 0.5, from pericentre (0.5, 0) with speed √3: energy −1/(2a) = −1/2, period 2π. */
    static final OdeSystem KEPLER = OdeSystem.parse(
            "x' = vx; y' = vy; vx' = -x/(x^2 + y^2)^(3/2); vy' = -y/(x^2 + y^2)^(3/2)", Set.of());

    private DemoOde() {
    }

    static void print(PrintWriter out) {
        out.println("8. Long integrations at the default tolerance (about machine precision), order and step automatic");
        long start = System.nanoTime();
        OdeSolution lorenz = LorenzExample.integrate(100);
        double lorenzMs = (System.nanoTime() - start) / 1e6;
        File png = new File(System.getProperty(DemoDynamics.DIR_PROPERTY, "."), "lorenz.png");
        try {
            LorenzExample.writePng(png, lorenz.gridStates(), 100);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + png + ": " + ex.getMessage(), ex);
        }
        out.printf(Locale.ROOT, "   Lorenz (sigma = 10, rho = 28, beta = 8/3) from (1, 1, 1) to t = 100: %d steps, %d upward"
                + " crossings of z = 27,%n   %.0f ms including JIT warm-up; wrote %s%n",
                lorenz.steps(), lorenz.events().size(), lorenzMs, png.getPath());
        double[] peri = {0.5, 0, 0, Math.sqrt(3)};
        start = System.nanoTime();
        OdeSolution kepler = TaylorIntegrator.of(KEPLER).integrate(0, peri, 2000 * Math.PI);
        double keplerMs = (System.nanoTime() - start) / 1e6;
        double[] s = kepler.state();
        double energy = 0.5 * (s[2] * s[2] + s[3] * s[3]) - 1 / Math.hypot(s[0], s[1]);
        double momentum = s[0] * s[3] - s[1] * s[2];
        out.printf(Locale.ROOT, "   Kepler e = 0.5, 1000 orbits: %d steps (%.1f per orbit), relative energy error %.1e,"
                + " angular momentum error %.1e,%n   back at pericentre within %.1e; %.0f ms%n",
                kepler.steps(), kepler.steps() / 1000.0, Math.abs(energy + 0.5) / 0.5,
                Math.abs(momentum - Math.sqrt(3) / 2) / (Math.sqrt(3) / 2),
                Math.hypot(s[0] - peri[0], s[1] - peri[1]), keplerMs);
        out.println();

        out.println("9. Validated integration and a computer-assisted proof (interval Taylor method, doubleton/Lohner set)");
        OdeSystem lorenzSystem = OdeSystem.parse("x' = 10*(y - x); y' = x*(28 - z) - y; z' = x*y - beta*z", Set.of("beta"));
        start = System.nanoTime();
        ValidatedSolution v = ValidatedIntegrator.of(lorenzSystem).withParameter("beta", Interval.point(8).divide(Interval.point(3)))
                .integrate(0, new Interval[] {Interval.point(15), Interval.point(15), Interval.point(36)}, 10);
        out.printf(Locale.ROOT, "   Lorenz from (15, 15, 36) to t = 10: every coordinate enclosed to width %.1e (%s, %d steps,"
                + " %.0f ms in a cold JVM; CAPD: 2.3e-7)%n", v.width(), v.status().label(), v.stepCount(), (System.nanoTime() - start) / 1e6);
        double m = VanDerPolProof.approximate(1, 2);
        VanDerPolProof.Proof p = VanDerPolProof.prove(1, m, 1e-11);
        out.printf(Locale.ROOT, "   Van der Pol x'' - (1 - x^2) x' + x = 0 has a periodic orbit (Krawczyk test on the rigorous%n"
                + "   Poincare map to y = 0: %s): it crosses y = 0 at x in %s, period in %s%n",
                p.verified() ? "K(X) inside X, proved" : "NOT verified", outward(p.fixedPoint()), outward(p.period()));
        out.println("   (program: org.taylorkit.examples.VanDerPolProof; CLI: taylor integrate --validated ... --event G)");
        out.println();
    }

    /** {@code [lo, hi]} as decimals rounded outward, so the printed interval contains the enclosure. */
    private static String outward(Interval x) {
        return x.isEmpty() ? "(empty)" : "[" + IntegrateValidated.decimal(x.inf(), RoundingMode.FLOOR) + ", "
                + IntegrateValidated.decimal(x.sup(), RoundingMode.CEILING) + "]";
    }
}
