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
        OdeSystem lorenz = OdeSystem.parse("x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z",
                Set.of("sigma", "rho", "beta"));
        TaylorIntegrator integrator = TaylorIntegrator.builder(lorenz)
                .parameter("sigma", 10).parameter("rho", 28).parameter("beta", 8.0 / 3)
                .gridOutput(0.005)
                .event("z - 27", Direction.UP, false)
                .build();
        OdeSolution s = integrator.integrate(0, new double[] {1, 1, 1}, 100);

        XYSeries xz = new XYSeries("Lorenz attractor", false, true);
        double[][] states = s.gridStates();
        for (double[] state : states) {
            xz.add(state[0], state[2]);
        }
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = ChartFactory.createXYLineChart("Lorenz attractor, t in [0, 100]", "x", "z",
                new XYSeriesCollection(xz), PlotOrientation.VERTICAL, false, false, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png, chart, 1000, 750);

        System.out.println("status: " + s.status().label() + " at t = " + s.t());
        System.out.println("steps: " + s.steps() + ", orders " + s.statistics().orders().keySet());
        System.out.println("upward crossings of z = 27: " + s.events().size());
        System.out.println("points plotted: " + states.length);
        System.out.println("wrote " + png);
    }
}
