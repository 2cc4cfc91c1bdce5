package org.taylorkit.examples;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.EventOccurrence;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Example program: the Poincaré section x = 0 (crossed with px &gt; 0) of the Hénon–Heiles system
 * H = ½(px² + py²) + ½(x² + y²) + x²y − y³/3 at energy E, for orbits started on the section at py = 0
 * and a range of y (px from the energy), plotted in the (y, py) plane with JFreeChart. At E = 1/8 the
 * picture shows invariant curves (KAM tori) around stable periodic orbits and a thin chaotic layer; at
 * E = 1/6 (the escape energy) most of the section is chaotic.
 *
 * <p>Usage: {@code HenonHeilesSection [out.png [E]]} (default {@code henon-heiles-section.png}, E = 1/8).
 */
public final class HenonHeilesSection {

    /** The Hénon–Heiles equations of motion. */
    public static final OdeSystem SYSTEM = OdeSystem.parse("x' = px; y' = py; px' = -x - 2*x*y; py' = -y - x^2 + y^2");

    private HenonHeilesSection() {
    }

    /**
     * The section points (y, py) of {@code orbits} orbits started at x = 0, py = 0 and y evenly spaced in
     * the energetically allowed part of [−0.45, 0.65], each integrated to {@code tMax}.
     *
     * @param energy the energy E (0 &lt; E &lt; 1/6 for bounded motion)
     * @param orbits the number of orbits (≥ 1)
     * @param tMax the integration time per orbit
     * @return one list of points {y, py} per orbit
     */
    public static List<List<double[]>> points(double energy, int orbits, double tMax) {
        TaylorIntegrator ti = TaylorIntegrator.builder(SYSTEM).tolerance(1e-13).event("x", Direction.UP, false).build();
        List<List<double[]>> result = new ArrayList<>();
        for (int k = 0; k < orbits; k++) {
            double y = -0.45 + 1.1 * (k + 0.5) / orbits;
            double px2 = 2 * energy - y * y + 2 * y * y * y / 3;
            if (px2 <= 0) {
                continue;
            }
            OdeSolution s = ti.integrate(0, new double[] {0, y, Math.sqrt(px2), 0}, tMax);
            List<double[]> pts = new ArrayList<>();
            for (EventOccurrence e : s.events()) {
                pts.add(new double[] {e.state(1), e.state(3)});
            }
            result.add(pts);
        }
        return result;
    }

    /**
     * Writes the section as a scatter plot (one colour per orbit), axes y and py.
     *
     * @throws IOException if the file cannot be written
     */
    public static void writePng(File png, double energy, List<List<double[]>> orbits) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        int k = 0;
        for (List<double[]> orbit : orbits) {
            XYSeries series = new XYSeries("orbit " + (++k), false, true);
            for (double[] p : orbit) {
                series.add(p[0], p[1]);
            }
            data.addSeries(series);
        }
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = ChartFactory.createScatterPlot(
                String.format(java.util.Locale.ROOT, "Hénon–Heiles, section x = 0 (px > 0), E = %.4f", energy),
                "y", "py", data, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        java.awt.Shape dot = new java.awt.geom.Rectangle2D.Double(-1, -1, 2, 2);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            plot.getRenderer().setSeriesShape(i, dot);
        }
        ChartUtils.saveChartAsPNG(png, chart, 800, 800);
    }

    /**
     * Runs the example.
     *
     * @param args optionally the PNG file and the energy
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        File png = new File(args.length > 0 ? args[0] : "henon-heiles-section.png");
        double energy = args.length > 1 ? Double.parseDouble(args[1]) : 0.125;
        List<List<double[]>> orbits = points(energy, 24, 1000);
        int n = orbits.stream().mapToInt(List::size).sum();
        writePng(png, energy, orbits);
        System.out.println("orbits: " + orbits.size() + ", section points: " + n);
        System.out.println("wrote " + png);
    }
}
