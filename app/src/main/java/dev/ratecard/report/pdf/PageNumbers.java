package dev.ratecard.report.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The footer of every page: the report's title and date on the left, "Page n of m" on the right. The total is
 * not known until the last page, so each page points at one shared template that is filled in when the document
 * closes.
 */
final class PageNumbers extends PdfPageEventHelper {
    private static final float SIZE = 7.5f;
    private static final float FOOTER_Y = 28;

    private final PdfFonts fonts;
    private final String left;
    private PdfTemplate total;

    PageNumbers(PdfFonts fonts, String left) {
        this.fonts = fonts;
        this.left = left;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        String page = "Page " + writer.getPageNumber() + " of ";
        float pageWidth = fonts.regular.getWidthPoint(page, SIZE);
        float right = document.right();
        float totalWidth = fonts.regular.getWidthPoint("0000", SIZE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(page, fonts.font(SIZE, false, PdfStyle.MUTED)),
                right - pageWidth - totalWidth, FOOTER_Y, 0);
        canvas.addTemplate(total, right - totalWidth, FOOTER_Y);
        float room = right - pageWidth - totalWidth - document.left() - 12;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(PdfStyle.fit(left, fonts.regular, SIZE, room), fonts.font(SIZE, false, PdfStyle.MUTED)),
                document.left(), FOOTER_Y, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, SIZE);
        total.setColorFill(PdfStyle.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
