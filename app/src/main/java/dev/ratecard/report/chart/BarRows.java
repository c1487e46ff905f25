package dev.ratecard.report.chart;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Horizontal bars in rows with their names to the left, as the cost bars and the tornado draw them: the names'
 * column takes what the longest needs up to a share of the width (longer names are cut), and each row's bar is
 * centred in its slot.
 */
final class BarRows {
    private static final double FILL = 0.6;

    private final ChartCanvas canvas;
    private final List<String> names;
    final double labelWidth;
    private Rectangle2D plot;
    private double slot;
    private double thickness;

    BarRows(ChartCanvas canvas, List<String> names, double maxLabelShare) {
        this.canvas = canvas;
        this.names = names;
        this.labelWidth = Math.min(canvas.width * maxLabelShare,
                names.stream().mapToDouble(n -> canvas.textWidth(n, canvas.fonts.regular())).max().orElse(0) + 6);
    }

    /** Lays the rows out in {@code area}, bars at most {@code maxThickness} thick. */
    void layOut(Rectangle2D area, double maxThickness) {
        this.plot = area;
        this.slot = area.getHeight() / Math.max(1, names.size());
        this.thickness = Math.min(slot * FILL, maxThickness);
    }

    double thickness() {
        return thickness;
    }

    double barTop(int row) {
        return plot.getMinY() + row * slot + (slot - thickness) / 2;
    }

    /** Where text beside row {@code row}'s bar sits, centred on the bar. */
    double baseline(int row) {
        return barTop(row) + thickness / 2 + canvas.fonts.regular().getSize2D() / 3;
    }

    /** Draws row {@code row}'s name right-aligned in the names' column. */
    void name(int row) {
        canvas.text(names.get(row), canvas.fonts.regular(), ChartPalette.TEXT, labelWidth - 4, baseline(row),
                ChartCanvas.Align.RIGHT, labelWidth - 4);
    }
}
