package org.taylorkit.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.taylorkit.examples.HenonHeilesSection;
import org.taylorkit.examples.LorenzLyapunovExample;
import org.taylorkit.examples.PeriodicOrbitExample;
import org.taylorkit.ode.dynamics.LyapunovSpectrum;
import org.taylorkit.ode.dynamics.PeriodicOrbit;

/**
 * The dynamics part of {@code taylor demo}: a short Lorenz Lyapunov spectrum, a refined Hénon–Heiles
 * periodic orbit with its Floquet multipliers, and a Poincaré section PNG. The PNG goes to the directory
 * named by the system property {@value #DIR_PROPERTY} (default: the working directory).
 */
final class DemoDynamics {

    /** The system property naming the directory for the demo's PNG. */
    static final String DIR_PROPERTY = "taylorkit.demo.dir";

    private DemoDynamics() {
    }

    static void print(PrintWriter out) {
        out.println("6. Dynamics with jets (Taylor series in time whose coefficients are polynomials in the initial values)");
        LyapunovSpectrum l = LorenzLyapunovExample.spectrum(20);
        double[] e = l.exponents();
        out.println("   Lorenz Lyapunov spectrum, a SHORT run (T = 20 after a transient; the published values need T ~ 10^4):");
        out.printf(Locale.ROOT, "   %.3f  %.3f  %.3f   (published 0.9056  0  -14.5723)%n", e[0], e[1], e[2]);
        out.printf(Locale.ROOT, "   sum %.6f = -(sigma + 1 + beta) = %.6f exactly, as Liouville's formula says%n", l.sum(),
                -(10 + 1 + 8.0 / 3));
        PeriodicOrbit o = PeriodicOrbitExample.refine(0.125, 0.3, 0.3);
        out.printf(Locale.ROOT, "   Henon-Heiles periodic orbit (E = 1/8) by Newton on the Poincare map from (y, py) = (0.3, 0.3):%n");
        out.printf(Locale.ROOT, "   %d iterations, period %.9f, Floquet multipliers", o.iterations(), o.period());
        for (double[] z : o.multipliers()) {
            out.printf(Locale.ROOT, " %.5f", Math.abs(z[1]) < 1e-6 ? z[0] : Math.hypot(z[0], z[1]));
        }
        out.println(" (1 twice: Hamiltonian)");
        File png = new File(System.getProperty(DIR_PROPERTY, "."), "henon-heiles-section.png");
        List<List<double[]>> section = HenonHeilesSection.points(0.125, 16, 300);
        try {
            HenonHeilesSection.writePng(png, 0.125, section);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + png + ": " + ex.getMessage(), ex);
        }
        int n = section.stream().mapToInt(List::size).sum();
        out.println("   Poincare section x = 0 of Henon-Heiles, " + section.size() + " orbits, " + n + " points: wrote " + png.getPath());
        out.println();
    }
}
