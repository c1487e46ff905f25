package dev.ratecard.report.chart;

import dev.ratecard.chart.BarChartSpec;
import dev.ratecard.chart.ChartSpec;
import dev.ratecard.chart.TornadoChartSpec;
import dev.ratecard.chart.XyChartSpec;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Objects;

/**
 * Draws a chart spec onto any {@link Graphics2D}: the PDF's vector canvas (so charts stay sharp at any zoom and
 * their labels stay text) or an image. Needs no display: AWT's drawing classes work headless.
 */
public final class ChartPainter {
    private final ChartFonts fonts;

    public ChartPainter(ChartFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** Paints {@code spec} into the box from (0, 0) to ({@code width}, {@code height}), staying inside it. */
    public void paint(ChartSpec spec, Graphics2D g, double width, double height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.clipRect(0, 0, (int) Math.ceil(width), (int) Math.ceil(height));
        ChartCanvas canvas = new ChartCanvas(g, fonts, width, height);
        switch (spec) {
            case XyChartSpec xy -> XyChartPainter.paint(xy, canvas);
            case BarChartSpec bars -> BarChartPainter.paint(bars, canvas);
            case TornadoChartSpec tornado -> TornadoChartPainter.paint(tornado, canvas);
        }
    }
}
