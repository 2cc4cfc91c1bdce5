package org.taylorkit.examples;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.taylorkit.core.series.TaylorN;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.dynamics.PeriodicOrbit;
import org.taylorkit.ode.dynamics.PoincareMap;

/**
 * Example program: an unstable periodic orbit of the Hénon–Heiles system at E = 1/8, refined by
 * Newton's method on the Poincaré map x = 0 (px &gt; 0) from the rough guess (y, py) = (0.3, 0.3), with
 * its period and Floquet multipliers; the orbit is plotted in the (x, y) plane.
 *
 * <p>Usage: {@code PeriodicOrbitExample [out.png]} (default {@code henon-heiles-orbit.png}).
 */
public final class PeriodicOrbitExample {

    private PeriodicOrbitExample() {
    }

    /** Refines the orbit: the map's jet variables are (y, py), and px follows from the energy on x = 0. */
    public static PeriodicOrbit refine(double energy, double y, double py) {
        PoincareMap map = PoincareMap.builder(HenonHeilesSection.SYSTEM).section("x", Direction.UP)
                .jetVariables("y", "py").build();
        return PeriodicOrbit.refine(map, new double[] {0, y, 0, py}, jets -> {
            TaylorN yj = jets[1];
            TaylorN pyj = jets[3];
            TaylorN px2 = pyj.multiply(pyj).add(yj.multiply(yj)).negate()
                    .add(yj.multiply(yj).multiply(yj).multiply(2.0 / 3)).add(2 * energy);
            TaylorN[] full = jets.clone();
            full[2] = px2.sqrt();
            return full;
        }, 1e-12, 30);
    }

    /**
     * Runs the example.
     *
     * @param args optionally the PNG file to write
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        File png = new File(args.length > 0 ? args[0] : "henon-heiles-orbit.png");
        PeriodicOrbit orbit = refine(0.125, 0.3, 0.3);
        double[] x = orbit.initialState();
        System.out.printf(Locale.ROOT, "Newton iterations: %d%n", orbit.iterations());
        System.out.printf(Locale.ROOT, "initial state (x, y, px, py): (%.10f, %.10f, %.10f, %.10f)%n", x[0], x[1], x[2], x[3]);
        System.out.printf(Locale.ROOT, "period: %.10f%n", orbit.period());
        System.out.print("Floquet multipliers:");
        for (double[] z : orbit.multipliers()) {
            System.out.printf(Locale.ROOT, " %.6f", Math.abs(z[1]) < 1e-6 ? z[0] : Math.hypot(z[0], z[1]));
        }
        System.out.println();
        OdeSolution s = TaylorIntegrator.builder(HenonHeilesSection.SYSTEM).gridOutput(orbit.period() / 1000).build()
                .integrate(0, x, orbit.period());
        XYSeries xy = new XYSeries("orbit", false, true);
        for (double[] state : s.gridStates()) {
            xy.add(state[0], state[1]);
        }
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = ChartFactory.createXYLineChart(
                String.format(Locale.ROOT, "Hénon–Heiles periodic orbit, E = 1/8, T = %.6f", orbit.period()), "x", "y",
                new XYSeriesCollection(xy), PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png, chart, 800, 800);
        System.out.println("wrote " + png);
    }
}
