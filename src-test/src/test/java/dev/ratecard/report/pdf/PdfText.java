package dev.ratecard.report.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A written PDF read back with PDFBox: the text of each page, and where each character was drawn. */
final class PdfText {
    /** A drawn character: its page (1-based) and its box, in points from the page's top left. */
    record Glyph(int page, String text, float x, float y, float width) {
    }

    private final List<String> pages = new ArrayList<>();
    private final List<Glyph> glyphs = new ArrayList<>();
    private final float pageWidth;
    private final float pageHeight;

    PdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageWidth = document.getPage(0).getMediaBox().getWidth();
            pageHeight = document.getPage(0).getMediaBox().getHeight();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int current = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            glyphs.add(new Glyph(current, p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj()));
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> pages() {
        return pages;
    }

    String all() {
        return String.join("\n", pages);
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    float pageWidth() {
        return pageWidth;
    }

    float pageHeight() {
        return pageHeight;
    }
}
