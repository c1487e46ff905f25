package dev.ratecard.report.chart;

import dev.ratecard.chart.TornadoChartSpec;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A tornado: each input's bar runs from the base outcome to the outcome at its low value (first colour) and at its
 * high value (second colour); an outcome beyond the axis ("never") runs to its end and says so.
 */
final class TornadoChartPainter {
    private static final double LABEL_SHARE = 0.4;
    private static final List<String> LEGEND = List.of("at the input's low value", "at the input's high value");

    private TornadoChartPainter() {
    }

    static void paint(TornadoChartSpec spec, ChartCanvas c) {
        double line = c.lineHeight(c.fonts.regular());
        double top = c.title(spec.title()) + line;
        double legend = c.legendHeight(LEGEND);
        BarRows rows = new BarRows(c, spec.rows().stream().map(TornadoChartSpec.Row::name).toList(), LABEL_SHARE);
        Rectangle2D plot = new Rectangle2D.Double(rows.labelWidth, top, c.width - rows.labelWidth - 12,
                c.height - top - c.xAxisHeight() - legend - 4);
        c.xAxis(spec.axis(), plot);
        rows.layOut(plot, 16);
        double base = Double.isFinite(spec.base()) ? x(spec.base(), spec, plot) : plot.getMaxX();
        for (int i = 0; i < spec.rows().size(); i++) {
            TornadoChartSpec.Row row = spec.rows().get(i);
            rows.name(i);
            bar(c, spec, plot, base, row.low(), row.lowLabel(), rows, i, 0);
            bar(c, spec, plot, base, row.high(), row.highLabel(), rows, i, 1);
        }
        c.g.setColor(ChartPalette.TEXT);
        c.g.setStroke(new BasicStroke(0.8f));
        c.g.draw(new Line2D.Double(base, plot.getMinY() - 2, base, plot.getMaxY()));
        c.text("as entered: " + spec.baseLabel(), c.fonts.regular(), ChartPalette.TEXT, base, plot.getMinY() - 4,
                base > plot.getCenterX() ? ChartCanvas.Align.RIGHT : ChartCanvas.Align.LEFT, c.width / 2);
        c.legend(LEGEND, c.height - legend);
    }

    private static void bar(ChartCanvas c, TornadoChartSpec spec, Rectangle2D plot, double base, double outcome, String label,
                            BarRows rows, int row, int colour) {
        double baseline = rows.baseline(row);
        if (Double.isNaN(outcome)) {
            return;
        }
        boolean beyond = Double.isInfinite(outcome);
        double end = beyond ? plot.getMaxX() : x(outcome, spec, plot);
        c.g.setColor(ChartPalette.color(colour));
        c.g.fill(new Rectangle2D.Double(Math.min(base, end), rows.barTop(row), Math.abs(end - base), rows.thickness()));
        if (Math.abs(end - base) <= 0.5) {
            return;
        }
        if (beyond) {
            // An outcome off the axis is labelled inside its bar's far end, in white.
            c.text(label, c.fonts.regular(), Color.WHITE, end - 3, baseline, ChartCanvas.Align.RIGHT, end - base - 4);
        } else if (end > base) {
            c.text(label, c.fonts.regular(), ChartPalette.MUTED, end + 2, baseline, ChartCanvas.Align.LEFT, c.width - end - 2);
        } else {
            c.text(label, c.fonts.regular(), ChartPalette.MUTED, end - 2, baseline, ChartCanvas.Align.RIGHT, end - plot.getMinX() - 2);
        }
    }

    private static double x(double value, TornadoChartSpec spec, Rectangle2D plot) {
        double position = spec.axis().scale().position(value, plot.getWidth());
        return plot.getMinX() + Math.max(0, Math.min(plot.getWidth(), position));
    }
}
