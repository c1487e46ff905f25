package dev.ratecard.report.pdf;

import dev.ratecard.chart.BarChartSpec;
import dev.ratecard.chart.ChartSpec;
import dev.ratecard.chart.TornadoChartSpec;
import dev.ratecard.chart.XyChartSpec;
import dev.ratecard.report.chart.ChartPainter;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Graphics2D;

/**
 * Charts as vector graphics: each spec is painted through {@link Graphics2D} onto a PDF form (lines, fills and text
 * operators, no bitmap) and placed like an image, so it stays sharp when zoomed and its labels stay text.
 */
final class PdfCharts {
    private final PdfFonts fonts;
    private final ChartPainter painter;

    PdfCharts(PdfFonts fonts) {
        this.fonts = fonts;
        this.painter = new ChartPainter(fonts.chartFonts(PdfStyle.CHART_TEXT, PdfStyle.CHART_TITLE));
    }

    /** The chart in a frameless one-cell table, so that it is never split across pages and keeps its space below. */
    PdfPTable chart(ChartSpec spec, PdfWriter writer, float width) throws BadElementException {
        float height = height(spec, width);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts.mapper());
        try {
            painter.paint(printable(spec), g, width, height);
        } finally {
            g.dispose();
        }
        PdfPCell cell = new PdfPCell(Image.getInstance(template), false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.setKeepTogether(true);
        frame.setSpacingBefore(6);
        frame.setSpacingAfter(14);
        frame.addCell(cell);
        return frame;
    }

    private static float height(ChartSpec spec, float width) {
        return switch (spec) {
            case XyChartSpec xy -> width * 0.56f;
            case BarChartSpec bars -> 70 + 24 * bars.bars().size();
            case TornadoChartSpec tornado -> 84 + 20 * tornado.rows().size();
        };
    }

    /** The spec with every name the font cannot draw fully made drawable, as the text of the report is. */
    private ChartSpec printable(ChartSpec spec) {
        return switch (spec) {
            case XyChartSpec xy -> new XyChartSpec(fonts.printable(xy.title()), xy.x(), xy.y(),
                    xy.series().stream().map(s -> new XyChartSpec.Series(fonts.printable(s.name()), s.xs(), s.ys())).toList(),
                    xy.markers());
            case BarChartSpec bars -> new BarChartSpec(fonts.printable(bars.title()), bars.value(), bars.segments(),
                    bars.bars().stream().map(b -> new BarChartSpec.Bar(fonts.printable(b.label()), b.values(), b.total())).toList());
            case TornadoChartSpec t -> new TornadoChartSpec(fonts.printable(t.title()), t.axis(), t.base(), t.baseLabel(),
                    t.rows().stream().map(r -> new TornadoChartSpec.Row(fonts.printable(r.name()), r.low(), r.high(),
                            r.lowLabel(), r.highLabel())).toList());
        };
    }
}
