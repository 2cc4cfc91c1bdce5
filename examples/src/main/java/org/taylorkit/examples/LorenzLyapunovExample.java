package org.taylorkit.examples;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.TaylorIntegrator;
import org.taylorkit.ode.dynamics.LyapunovSpectrum;

/**
 * Example program: the Lyapunov spectrum of the Lorenz system (σ = 10, ρ = 28, β = 8/3) by the Benettin
 * QR method on order-1 jets, after a transient of 20 time units from (1, 1, 1), with the convergence
 * history of the three estimates plotted against time. Published: (0.9056, 0, −14.5723); the sum is
 * −(σ + 1 + β) = −13.6667 at every time (Liouville).
 *
 * <p>Usage: {@code LorenzLyapunovExample [out.png [T]]} (default {@code lorenz-lyapunov.png}, T = 200).
 */
public final class LorenzLyapunovExample {

    /** The Lorenz system. */
    public static final OdeSystem LORENZ = OdeSystem.parse(
            "x' = sigma*(y - x); y' = x*(rho - z) - y; z' = x*y - beta*z", Set.of("sigma", "rho", "beta"));

    /** The classic parameters. */
    public static final Map<String, Double> CLASSIC = Map.of("sigma", 10.0, "rho", 28.0, "beta", 8.0 / 3);

    private LorenzLyapunovExample() {
    }

    /** The spectrum over [0, T] after a transient of 20 time units, reorthonormalised every 0.5, tolerance 1e-10. */
    public static LyapunovSpectrum spectrum(double t) {
        double[] x0 = TaylorIntegrator.builder(LORENZ).parameter("sigma", 10).parameter("rho", 28)
                .parameter("beta", 8.0 / 3).build().integrate(0, new double[] {1, 1, 1}, 20).state();
        return LyapunovSpectrum.compute(LORENZ, x0, CLASSIC, t, 0.5, 1e-10);
    }

    /**
     * Runs the example.
     *
     * @param args optionally the PNG file and T
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        File png = new File(args.length > 0 ? args[0] : "lorenz-lyapunov.png");
        double t = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        LyapunovSpectrum l = spectrum(t);
        double[] e = l.exponents();
        System.out.printf(Locale.ROOT, "T = %.0f: exponents %.4f %.4f %.4f (published 0.9056 0 -14.5723)%n", l.t(), e[0], e[1], e[2]);
        System.out.printf(Locale.ROOT, "sum %.6f, -(sigma + 1 + beta) = %.6f%n", l.sum(), -(10 + 1 + 8.0 / 3));
        XYSeriesCollection data = new XYSeriesCollection();
        double[] times = l.historyTimes();
        double[][] h = l.history();
        for (int j = 0; j < 2; j++) {
            XYSeries s = new XYSeries("lambda" + (j + 1), false, true);
            for (int k = 0; k < times.length; k++) {
                s.add(times[k], h[k][j]);
            }
            data.addSeries(s);
        }
        System.setProperty("java.awt.headless", "true");
        JFreeChart chart = ChartFactory.createXYLineChart("Lorenz: running estimates of lambda1 and lambda2", "t",
                "estimate", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png, chart, 900, 600);
        System.out.println("wrote " + png);
    }
}
