package dev.ratecard.report.chart;

import dev.ratecard.chart.BarChartSpec;

import java.awt.geom.Rectangle2D;

/** Horizontal stacked bars, one per option, its name to the left and its total at its end. */
final class BarChartPainter {
    private static final double LABEL_SHARE = 0.3;

    private BarChartPainter() {
    }

    static void paint(BarChartSpec spec, ChartCanvas c) {
        double top = c.title(spec.title());
        double legend = c.legendHeight(spec.segments());
        double totalsRoom = spec.bars().stream().mapToDouble(b -> c.textWidth(b.total(), c.fonts.regular())).max().orElse(0) + 6;
        BarRows rows = new BarRows(c, spec.bars().stream().map(BarChartSpec.Bar::label).toList(), LABEL_SHARE);
        Rectangle2D plot = new Rectangle2D.Double(rows.labelWidth, top, c.width - rows.labelWidth - totalsRoom,
                c.height - top - c.xAxisHeight() - legend - 4);
        c.xAxis(spec.value(), plot);
        rows.layOut(plot, 22);
        for (int i = 0; i < spec.bars().size(); i++) {
            BarChartSpec.Bar bar = spec.bars().get(i);
            double y = rows.barTop(i);
            rows.name(i);
            double from = 0;
            for (int s = 0; s < bar.values().length; s++) {
                double to = from + bar.values()[s];
                double x0 = plot.getMinX() + spec.value().scale().position(from, plot.getWidth());
                double x1 = plot.getMinX() + spec.value().scale().position(to, plot.getWidth());
                c.g.setColor(ChartPalette.color(s));
                c.g.fill(new Rectangle2D.Double(x0, y, Math.max(0, x1 - x0), rows.thickness()));
                from = to;
            }
            double end = plot.getMinX() + spec.value().scale().position(from, plot.getWidth());
            c.text(bar.total(), c.fonts.regular(), ChartPalette.TEXT, end + 3, rows.baseline(i), ChartCanvas.Align.LEFT,
                    c.width - end - 3);
        }
        c.legend(spec.segments(), c.height - legend);
    }
}
