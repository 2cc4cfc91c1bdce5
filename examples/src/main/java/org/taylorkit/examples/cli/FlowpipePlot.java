package org.taylorkit.examples.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.reach.Flowpipe;
import org.taylorkit.ode.reach.SafetyProperty;
import org.taylorkit.ode.validated.ValidatedStep;

/**
 * The {@code --plot} PNG of {@code taylor integrate --validated}: the flowpipe projected on two axes
 * (state variables or {@code t}), every step's enclosure drawn as a shaded box (blue) the way
 * reachability papers draw them, the initial set on top (orange), and for each checked property that
 * is a bound of one of the two axis variables by a constant ({@code y < 2.75}) its boundary line
 * (red, dashed). The boxes are projections of rigorous enclosures, so the shaded region contains
 * every solution's projection. JFreeChart in headless mode; {@value #WIDTH}×{@value #HEIGHT} pixels.
 */
final class FlowpipePlot {

    static final int WIDTH = 1000;
    static final int HEIGHT = 750;

    /** The fill of the step boxes. */
    static final Color FILL = new Color(70, 130, 200, 110);
    private static final Color EDGE = new Color(30, 80, 160, 160);
    private static final Color INITIAL = new Color(240, 140, 20);
    private static final Color BOUND = new Color(210, 30, 30);

    private FlowpipePlot() {
    }

    /**
     * Writes the plot.
     *
     * @param file the PNG file
     * @param title the chart title
     * @param flowpipe the flowpipe
     * @param axes the two axis names (t or state variables)
     * @param properties the checked properties (bounds of an axis variable are drawn)
     * @throws IOException if the file cannot be written
     */
    static void write(File file, String title, Flowpipe flowpipe, List<String> axes, List<SafetyProperty> properties)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<double[]> boxes = new ArrayList<>();
        for (int p = 0; p < flowpipe.pieceCount(); p++) {
            for (ValidatedStep s : flowpipe.steps(p)) {
                Interval x = side(flowpipe, axes.get(0), s.t0(), s.t1(), s.stepEnclosure());
                Interval y = side(flowpipe, axes.get(1), s.t0(), s.t1(), s.stepEnclosure());
                boxes.add(new double[] {x.inf(), x.sup(), y.inf(), y.sup()});
            }
        }
        Interval[] init = flowpipe.initialSet();
        Interval ix = side(flowpipe, axes.get(0), flowpipe.t0(), flowpipe.t0(), init);
        Interval iy = side(flowpipe, axes.get(1), flowpipe.t0(), flowpipe.t0(), init);
        double[] initial = {ix.inf(), ix.sup(), iy.inf(), iy.sup()};
        double[] range = initial.clone();
        for (double[] b : boxes) {
            if (Double.isFinite(b[0]) && Double.isFinite(b[1]) && Double.isFinite(b[2]) && Double.isFinite(b[3])) {
                range[0] = Math.min(range[0], b[0]);
                range[1] = Math.max(range[1], b[1]);
                range[2] = Math.min(range[2], b[2]);
                range[3] = Math.max(range[3], b[3]);
            }
        }
        NumberAxis xAxis = new NumberAxis(axes.get(0));
        NumberAxis yAxis = new NumberAxis(axes.get(1));
        XYPlot plot = new XYPlot(null, xAxis, yAxis, new XYLineAndShapeRenderer());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addAnnotation(new Boxes(boxes, FILL, EDGE));
        plot.addAnnotation(new Boxes(List.of(initial), new Color(240, 140, 20, 200), INITIAL));
        List<String> legend = new ArrayList<>();
        legend.add("blue: flowpipe (" + flowpipe.pieceCount() + (flowpipe.pieceCount() == 1 ? " piece, " : " pieces, ")
                + boxes.size() + " step enclosures, t in [" + ShortestDecimal.format(flowpipe.t0()) + ", "
                + ShortestDecimal.format(flowpipe.t()) + "])");
        legend.add("orange: initial set");
        for (SafetyProperty p : properties) {
            Optional<SafetyProperty.AxisBound> b = p.axisBound();
            if (b.isEmpty() || !axes.contains(b.get().variable())) {
                continue;
            }
            double v = b.get().value();
            ValueMarker m = new ValueMarker(v, BOUND, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {8f, 6f}, 0f));
            m.setLabel(p.text());
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            m.setLabelPaint(BOUND);
            if (axes.get(1).equals(b.get().variable())) {
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addRangeMarker(m, Layer.FOREGROUND);
                range[2] = Math.min(range[2], v);
                range[3] = Math.max(range[3], v);
            } else {
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                plot.addDomainMarker(m, Layer.FOREGROUND);
                range[0] = Math.min(range[0], v);
                range[1] = Math.max(range[1], v);
            }
            legend.add("red: " + p.text());
        }
        setRange(xAxis, range[0], range[1]);
        setRange(yAxis, range[2], range[3]);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(new TextTitle(String.join("; ", legend), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file, chart, WIDTH, HEIGHT);
    }

    private static Interval side(Flowpipe f, String axis, double t0, double t1, Interval[] box) {
        return "t".equals(axis) ? Interval.of(t0, t1) : box[f.variables().indexOf(axis)];
    }

    private static void setRange(NumberAxis axis, double lo, double hi) {
        double pad = Math.max(hi - lo, Math.max(1e-12, 1e-9 * Math.abs(hi))) * 0.05;
        axis.setAutoRange(false);
        axis.setRange(lo - pad, hi + pad);
    }

    /** Every box drawn in one pass (one annotation instead of one object per box). */
    private static final class Boxes extends AbstractXYAnnotation {

        private static final long serialVersionUID = 1L;
        private final transient List<double[]> boxes;
        private final Color fill;
        private final Color edge;

        Boxes(List<double[]> boxes, Color fill, Color edge) {
            this.boxes = boxes;
            this.fill = fill;
            this.edge = edge;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range, int rendererIndex,
                PlotRenderingInfo info) {
            var xEdge = plot.getDomainAxisEdge();
            var yEdge = plot.getRangeAxisEdge();
            g2.setStroke(new BasicStroke(0.6f));
            Rectangle2D.Double r = new Rectangle2D.Double();
            for (double[] b : boxes) {
                double x0 = domain.valueToJava2D(b[0], area, xEdge);
                double x1 = domain.valueToJava2D(b[1], area, xEdge);
                double y0 = range.valueToJava2D(b[2], area, yEdge);
                double y1 = range.valueToJava2D(b[3], area, yEdge);
                if (!Double.isFinite(x0 + x1 + y0 + y1)) {
                    continue;
                }
                r.setRect(Math.min(x0, x1), Math.min(y0, y1), Math.max(Math.abs(x1 - x0), 1), Math.max(Math.abs(y1 - y0), 1));
                g2.setPaint(fill);
                g2.fill(r);
                g2.setPaint(edge);
                g2.draw(r);
            }
        }
    }
}
