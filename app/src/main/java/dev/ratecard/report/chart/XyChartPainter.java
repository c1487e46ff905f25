package dev.ratecard.report.chart;

import dev.ratecard.chart.XyChartSpec;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Lines over a continuous x axis, with dashed vertical markers labelled at the top of the plot. */
final class XyChartPainter {
    private static final double RIGHT_MARGIN = 12;

    private XyChartPainter() {
    }

    static void paint(XyChartSpec spec, ChartCanvas c) {
        double top = c.title(spec.title()) + c.lineHeight(c.fonts.regular());
        List<String> names = spec.series().stream().map(XyChartSpec.Series::name).toList();
        double legend = c.legendHeight(names);
        double left = c.yAxisWidth(spec.y());
        Rectangle2D plot = new Rectangle2D.Double(left, top, c.width - left - RIGHT_MARGIN,
                c.height - top - c.xAxisHeight() - legend - 4);
        c.yAxis(spec.y(), plot);
        c.xAxis(spec.x(), plot);
        Shape clip = c.g.getClip();
        c.g.clip(plot);
        c.g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < spec.series().size(); i++) {
            XyChartSpec.Series series = spec.series().get(i);
            c.g.setColor(ChartPalette.color(i));
            c.g.draw(path(series, spec, plot));
        }
        c.g.setClip(clip);
        markers(spec, plot, c);
        c.legend(names, c.height - legend);
    }

    private static Path2D path(XyChartSpec.Series series, XyChartSpec spec, Rectangle2D plot) {
        Path2D.Double path = new Path2D.Double();
        boolean started = false;
        for (int j = 0; j < series.xs().length; j++) {
            double x = plot.getMinX() + spec.x().scale().position(series.xs()[j], plot.getWidth());
            double y = plot.getMaxY() - spec.y().scale().position(series.ys()[j], plot.getHeight());
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        return path;
    }

    private static void markers(XyChartSpec spec, Rectangle2D plot, ChartCanvas c) {
        double line = c.lineHeight(c.fonts.regular());
        // Every line first, then every label over them, so that no line runs through a label.
        for (XyChartSpec.Marker marker : spec.markers()) {
            double x = plot.getMinX() + spec.x().scale().position(marker.x(), plot.getWidth());
            c.g.setColor(color(marker));
            c.g.setStroke(new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 2}, 0));
            c.g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));
        }
        for (int i = 0; i < spec.markers().size(); i++) {
            XyChartSpec.Marker marker = spec.markers().get(i);
            double x = plot.getMinX() + spec.x().scale().position(marker.x(), plot.getWidth());
            double y = plot.getMinY() + (i + 1) * line;
            double room = plot.getMaxX() - x - 3;
            double width = c.textWidth(marker.label(), c.fonts.regular());
            boolean rightOfLine = width <= room;
            double left = rightOfLine ? x + 2 : x - 4 - width;
            c.g.setColor(Color.WHITE);
            c.g.fill(new Rectangle2D.Double(left, y - c.fonts.regular().getSize2D(), width + 2, line));
            c.text(marker.label(), c.fonts.regular(), color(marker), rightOfLine ? x + 3 : x - 3, y,
                    rightOfLine ? ChartCanvas.Align.LEFT : ChartCanvas.Align.RIGHT, rightOfLine ? room : x - plot.getMinX() - 3);
        }
    }

    private static Color color(XyChartSpec.Marker marker) {
        return marker.kind() == XyChartSpec.Marker.Kind.CURRENT ? ChartPalette.TEXT : ChartPalette.MUTED;
    }

}
