package org.taylorkit.examples;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.taylorkit.ode.ensemble.DoubleMemberRunner;
import org.taylorkit.ode.ensemble.Ensemble;
import org.taylorkit.ode.ensemble.EnsembleSpec;
import org.taylorkit.ode.ensemble.Member;

/**
 * Example program: basins of attraction of the damped Duffing oscillator x'' + δx' − x + x³ = 0
 * (δ = 0.25), whose two stable equilibria are x = ±1, v = 0. A grid of n × n initial points
 * (x₀, v₀) ∈ [−half, half]² is one {@link Ensemble} on every core; each member is integrated to
 * t = 60 and coloured by the well it settled in (the sign of x(60)). Written as a PNG with
 * JFreeChart; the picture is the one in {@code docs/guide/ensembles.md}.
 *
 * <p>Usage: {@code DuffingBasins [out.png] [n]} (defaults {@code duffing-basins.png}, 300).
 */
public final class DuffingBasins {

    /** The Duffing system as an ensemble problem. */
    static final EnsembleSpec DUFFING = EnsembleSpec.of("x' = v; v' = -delta*v + x - x^3", "0", "60")
            .withParameter("delta", "0.25");

    private DuffingBasins() {
    }

    /**
     * The basin of every grid point: {@code +1} or {@code -1} for the well of x = ±1, {@code 0} if
     * the member had not settled by t = 60 (|x(60) ∓ 1| ≥ 0.1) or stopped early.
     *
     * @param n grid points per axis (at least 2)
     * @param half the grid covers [−half, half]² (both ends included)
     * @param threads worker threads
     * @return {@code basin[i][j]} for x₀ = −half + 2·half·i/(n−1), v₀ = −half + 2·half·j/(n−1)
     */
    static int[][] basins(int n, double half, int threads) {
        int[][] basin = new int[n][n];
        Ensemble<Member, org.taylorkit.ode.ensemble.MemberResult> e = Ensemble.builder(DoubleMemberRunner.factory(DUFFING))
                .threads(threads).build();
        e.run((long) n * n, k -> Member.of(coordinate(k / n, n, half), coordinate(k % n, n, half)), (k, m, r) -> {
            double x = r.state()[0];
            int well = Math.abs(x - 1) < 0.1 ? 1 : Math.abs(x + 1) < 0.1 ? -1 : 0;
            basin[(int) (k / n)][(int) (k % n)] = r.t() == 60 ? well : 0;
        });
        return basin;
    }

    static double coordinate(long i, int n, double half) {
        return -half + 2 * half * i / (n - 1);
    }

    /**
     * Runs the example.
     *
     * @param args optionally the PNG file and the grid size
     * @throws IOException if the PNG cannot be written
     */
    public static void main(String[] args) throws IOException {
        File png = new File(args.length > 0 ? args[0] : "duffing-basins.png");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        double half = 2.5;
        long start = System.nanoTime();
        int[][] basin = basins(n, half, Runtime.getRuntime().availableProcessors());
        double seconds = (System.nanoTime() - start) * 1e-9;
        System.setProperty("java.awt.headless", "true");
        double[][] xyz = new double[3][n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                xyz[0][i * n + j] = coordinate(i, n, half);
                xyz[1][i * n + j] = coordinate(j, n, half);
                xyz[2][i * n + j] = basin[i][j];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("basin", xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        double cell = 2 * half / (n - 1);
        renderer.setBlockWidth(cell);
        renderer.setBlockHeight(cell);
        LookupPaintScale scale = new LookupPaintScale(-1.5, 1.5, Color.GRAY);
        scale.add(-1.5, new Color(0x2b6cb0));
        scale.add(-0.5, Color.LIGHT_GRAY);
        scale.add(0.5, new Color(0xdd6b20));
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, new NumberAxis("x(0)"), new NumberAxis("v(0)"), renderer);
        plot.getDomainAxis().setRange(-half, half);
        plot.getRangeAxis().setRange(-half, half);
        JFreeChart chart = new JFreeChart("Duffing x'' + 0.25x' - x + x^3 = 0: basins of x = +1 (orange) and x = -1 (blue)",
                JFreeChart.DEFAULT_TITLE_FONT.deriveFont(14f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png, chart, 800, 800);
        System.out.printf(java.util.Locale.ROOT, "%d members in %.2f s; wrote %s%n", (long) n * n, seconds, png);
    }
}
