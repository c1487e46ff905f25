package dev.ratecard.report.chart;

import dev.ratecard.chart.AxisSpec;
import dev.ratecard.chart.Tick;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.Bidi;
import java.util.List;

/**
 * What every chart painter shares: text that is measured and cut to fit (never drawn past its room), the title,
 * the legend, and axes with their ticks, labels and grid lines.
 */
final class ChartCanvas {
    private static final String ELLIPSIS = "…";
    private static final double SWATCH = 7;
    private static final double GAP = 4;

    final Graphics2D g;
    final ChartFonts fonts;
    final double width;
    final double height;

    ChartCanvas(Graphics2D g, ChartFonts fonts, double width, double height) {
        this.g = g;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
    }

    double lineHeight(Font font) {
        return font.getSize2D() * 1.35;
    }

    double textWidth(String text, Font font) {
        return isBidirectional(text) ? layout(text, font).getAdvance() : font.getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    /** {@code text}, or as much of it as fits in {@code room} followed by an ellipsis. */
    String fit(String text, Font font, double room) {
        String oneLine = text.replaceAll("[\\t\\r\\n]+", " ");
        if (textWidth(oneLine, font) <= room) {
            return oneLine;
        }
        int low = 0;
        int high = oneLine.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (textWidth(oneLine.substring(0, mid) + ELLIPSIS, font) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        // Never cut between the halves of a surrogate pair.
        int end = low < oneLine.length() && Character.isLowSurrogate(oneLine.charAt(low)) ? low - 1 : low;
        return end <= 0 ? "" : oneLine.substring(0, end) + ELLIPSIS;
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /** Draws one line of text with its baseline at {@code y}, cut to {@code room}. */
    void text(String text, Font font, Color color, double x, double y, Align align, double room) {
        String shown = fit(text, font, room);
        double w = textWidth(shown, font);
        double left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - w / 2;
            case RIGHT -> x - w;
        };
        g.setFont(font);
        g.setColor(color);
        if (isBidirectional(shown)) {
            // Arabic and Hebrew need their letters joined and their runs ordered right to left, which only a full text
            // layout does; it is drawn as outlines, still vector.
            layout(shown, font).draw(g, (float) left, (float) y);
        } else {
            g.drawString(shown, (float) left, (float) y);
        }
    }

    private TextLayout layout(String text, Font font) {
        return new TextLayout(text, font, g.getFontRenderContext());
    }

    private static boolean isBidirectional(String text) {
        return !text.isEmpty() && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /** The title across the top; returns the height it took. */
    double title(String title) {
        double h = lineHeight(fonts.bold());
        text(title, fonts.bold(), ChartPalette.TEXT, 0, fonts.bold().getSize2D(), Align.LEFT, width);
        return h + GAP;
    }

    /** The height a legend of {@code names} takes across the chart's width. */
    double legendHeight(List<String> names) {
        return legendRows(names, false) * lineHeight(fonts.regular());
    }

    /** Draws the legend with its top at {@code top}: a swatch and a name per entry, wrapped into rows. */
    void legend(List<String> names, double top) {
        g.setFont(fonts.regular());
        legendRows(names, true, top);
    }

    private int legendRows(List<String> names, boolean draw) {
        return legendRows(names, draw, 0);
    }

    private int legendRows(List<String> names, boolean draw, double top) {
        double line = lineHeight(fonts.regular());
        double maxEntry = width / 2 - SWATCH - 2 * GAP;
        double x = 0;
        int rows = names.isEmpty() ? 0 : 1;
        for (int i = 0; i < names.size(); i++) {
            String name = fit(names.get(i), fonts.regular(), maxEntry);
            double entry = SWATCH + GAP + textWidth(name, fonts.regular()) + 3 * GAP;
            if (x > 0 && x + entry > width) {
                x = 0;
                rows++;
            }
            if (draw) {
                double y = top + (rows - 1) * line;
                g.setColor(ChartPalette.color(i));
                g.fill(new Rectangle2D.Double(x, y + (line - SWATCH) / 2, SWATCH, SWATCH));
                text(name, fonts.regular(), ChartPalette.TEXT, x + SWATCH + GAP, y + line - (line - fonts.regular().getSize2D()) / 2 - 1,
                        Align.LEFT, maxEntry);
            }
            x += entry;
        }
        return rows;
    }

    /** The height the x axis's labels and title take under the plot. */
    double xAxisHeight() {
        return 2 * lineHeight(fonts.regular()) + GAP;
    }

    /** The width the y axis's labels take left of the plot. */
    double yAxisWidth(AxisSpec axis) {
        return axis.scale().ticks().stream().filter(Tick::major).mapToDouble(t -> textWidth(axis.label(t), fonts.regular()))
                .max().orElse(0) + 2 * GAP;
    }

    /** Vertical grid lines and labels at the x axis's ticks, the axis line and its title under it. */
    void xAxis(AxisSpec axis, Rectangle2D plot) {
        Font font = fonts.regular();
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : axis.scale().ticks()) {
            double x = plot.getMinX() + axis.scale().position(tick.position(), plot.getWidth());
            g.setStroke(new BasicStroke(0.4f));
            g.setColor(tick.major() ? ChartPalette.GRID : ChartPalette.GRID.brighter());
            if (tick.major()) {
                g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));
                String label = axis.label(tick);
                double w = textWidth(label, font);
                if (x - w / 2 > lastLabelEnd + GAP) {
                    text(label, font, ChartPalette.MUTED, x, plot.getMaxY() + lineHeight(font), Align.CENTRE, w + 1);
                    lastLabelEnd = x + w / 2;
                }
            } else {
                g.setColor(ChartPalette.AXIS);
                g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + 2));
            }
        }
        g.setColor(ChartPalette.AXIS);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        text(axis.title(), font, ChartPalette.MUTED, plot.getCenterX(), plot.getMaxY() + 2 * lineHeight(font), Align.CENTRE,
                plot.getWidth());
    }

    /** Horizontal grid lines and labels at the y axis's ticks, the axis line, and its title above the plot. */
    void yAxis(AxisSpec axis, Rectangle2D plot) {
        Font font = fonts.regular();
        for (Tick tick : axis.scale().ticks()) {
            if (!tick.major()) {
                continue;
            }
            double y = plot.getMaxY() - axis.scale().position(tick.position(), plot.getHeight());
            g.setStroke(new BasicStroke(0.4f));
            g.setColor(ChartPalette.GRID);
            g.draw(new Line2D.Double(plot.getMinX(), y, plot.getMaxX(), y));
            text(axis.label(tick), font, ChartPalette.MUTED, plot.getMinX() - GAP, y + font.getSize2D() / 3, Align.RIGHT,
                    plot.getMinX());
        }
        g.setColor(ChartPalette.AXIS);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(plot.getMinX(), plot.getMinY(), plot.getMinX(), plot.getMaxY()));
        text(axis.title(), font, ChartPalette.MUTED, 0, plot.getMinY() - GAP, Align.LEFT, width);
    }
}
