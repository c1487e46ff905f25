package dev.ratecard.report.pdf;

import dev.ratecard.report.Cell;
import dev.ratecard.report.CellText;
import dev.ratecard.report.Column;
import dev.ratecard.report.ReportTable;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * A report table as a PDF table: its printed columns at their relative widths, the header row repeated on every
 * page the table runs onto, rows split across pages rather than pushed whole, and every cell wrapping its text
 * (a word longer than the cell is broken) so that nothing overflows. Figures are right-aligned.
 */
final class PdfTables {
    private static final float PADDING = 2.5f;

    private final PdfFonts fonts;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
    }

    PdfPTable table(ReportTable table) {
        List<Integer> printed = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).printed()) {
                printed.add(c);
            }
        }
        float[] widths = new float[printed.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns().get(printed.get(i)).weight();
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(false);
        pdf.setSplitRows(true);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(10);
        for (int c : printed) {
            Column column = table.columns().get(c);
            PdfPCell header = cell(column.header(), true, isFigureColumn(table, c));
            header.setBackgroundColor(PdfStyle.HEADER_FILL);
            pdf.addCell(header);
        }
        for (List<Cell> row : table.rows()) {
            for (int c : printed) {
                Cell value = row.get(c);
                pdf.addCell(cell(CellText.display(value), false, !(value instanceof Cell.Text)));
            }
        }
        return pdf;
    }

    /** A cell that wraps; Arabic and Hebrew are shaped and set right to left within the line. */
    PdfPCell cell(String text, boolean header, boolean figure) {
        PdfPCell cell = new PdfPCell(new Phrase(fonts.printable(text), fonts.font(PdfStyle.TABLE, header, PdfStyle.TEXT)));
        cell.setPadding(PADDING);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.4f);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(figure ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** A borderless one-cell table holding a block of text, so that it gets the same bidirectional handling as cells. */
    PdfPTable block(Phrase phrase, float spacingAfter) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSplitLate(false);
        block.setSpacingAfter(spacingAfter);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setLeading(0, 1.3f);
        block.addCell(cell);
        return block;
    }

    /** A column whose cells are all figures (or empty) is right-aligned, its header too. */
    private static boolean isFigureColumn(ReportTable table, int column) {
        return !table.rows().isEmpty() && table.rows().stream().map(r -> r.get(column))
                .allMatch(c -> !(c instanceof Cell.Text t) || t.value().isEmpty());
    }
}
