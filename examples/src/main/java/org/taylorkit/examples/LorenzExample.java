package org.taylorkit.examples;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.taylorkit.ode.Direction;
import org.taylorkit.ode.OdeSolution;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;

/**
 * Example program: the Lorenz attractor (σ = 10, ρ = 28, β = 8/3) from (1, 1, 1) to t = 100 with
 * the Taylor integrator at its default tolerance, its trajectory sampled every 0.005 on the step
 * polynomials (grid output), the Poincaré section z = 27 crossed upwards counted by an event, and the
 * x–z projection written as a PNG with JFreeChart.
 *
 * <p>Usage: {@code LorenzExample [out.png]} (default {@code lorenz.png}).
 */
public final class LorenzExample {

    private LorenzExample() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the PNG file to write
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        File png = new File(args.length > 0 ? args[0] : "lorenz.png");
        OdeSolution s = integrate(100);
        double[][] states = s.gridStates();
        writePng(png, states, 100);
        System.out.println("status: " + s.status().label() + " at t = " + s.t());
        System.out.println("steps: " + s.steps() + ", orders " + s.statistics().orders().keySet());
        System.out.println("upward crossings of z = 27: " + s.events().size());
        System.out.println("points plotted: " + states.length);
        System.out.println("wrote " + png);
    }

    /**
     * Lorenz from (1, 1, 1) to {@code end} at the default tolerance, with grid output every 0.005 and the
     * upward crossings of z = 27 as (non-terminal) events.
     */
    public static OdeSolution integrate(double end) {
        OdeSystem lorenz = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                Set.of("sigma", "rho", "beta"));
        TaylorIntegrator integrator = TaylorIntegrator.builder(lorenz)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3)
                .gridOutput(0.005)
                .event("z - 27", Direction.UP, false)
                .build();
        return integrator.integrate(0, new double[] {1, 1, 1}, end);
    }

    /**
     * Writes the x–z projection of {@code states} (rows x, y, z) as a 1000 × 750 PNG.
     *
     * @throws IOException if the file cannot be written
     */
    public static void writePng(File png, double[][] states, double end) throws IOException {
        XYSeries xz = new XYSeries("Lorenz attractor", false, true);
        for (double[] state : states) {
            xz.add(state[0], state[2]);
        }
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = ChartFactory.createXYLineChart("Lorenz attractor, t in [0, " + (long) end + "]", "x", "z",
                new XYSeriesCollection(xz), PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png, chart, 1000, 750);
    }
}
