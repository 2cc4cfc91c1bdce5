package org.taylorkit.examples.cli;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The {@code --plot} PNG of {@code taylor integrate}: one curve of the second axis against the first
 * ({@code --axes x,z}: a phase portrait), or every state variable against t. JFreeChart in headless
 * mode (no display needed); 1000×750 pixels.
 */
final class IntegratePlot {

    private IntegratePlot() {
    }

    /**
     * Writes the plot.
     *
     * @param file the PNG file
     * @param title the chart title
     * @param columns the names of the row columns: t, then the state variables
     * @param rows the trajectory
     * @param axes the two column names to plot, or null for all states against t
     * @throws IOException if the file cannot be written
     */
    static void write(File file, String title, List<String> columns, List<IntegrateOutcome.Row> rows, List<String> axes)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeriesCollection data = new XYSeriesCollection();
        String xLabel;
        String yLabel;
        if (axes != null) {
            int xi = columns.indexOf(axes.get(0));
            int yi = columns.indexOf(axes.get(1));
            XYSeries s = new XYSeries(axes.get(1) + " vs " + axes.get(0), false, true);
            for (IntegrateOutcome.Row r : rows) {
                s.add(r.values()[xi], r.values()[yi]);
            }
            data.addSeries(s);
            xLabel = axes.get(0);
            yLabel = axes.get(1);
        } else {
            for (int i = 1; i < columns.size(); i++) {
                XYSeries s = new XYSeries(columns.get(i), false, true);
                for (IntegrateOutcome.Row r : rows) {
                    s.add(r.values()[0], r.values()[i]);
                }
                data.addSeries(s);
            }
            xLabel = "t";
            yLabel = String.join(", ", columns.subList(1, columns.size()));
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                axes == null, false, false);
        chart.getXYPlot().setBackgroundPaint(Color.WHITE);
        chart.getXYPlot().setDomainGridlinePaint(Color.LIGHT_GRAY);
        chart.getXYPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        ChartUtils.saveChartAsPNG(file, chart, 1000, 750);
    }
}
