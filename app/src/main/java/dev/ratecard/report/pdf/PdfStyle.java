package dev.ratecard.report.pdf;

import org.openpdf.text.pdf.BaseFont;

import java.awt.Color;

/** Sizes, colours and spacing of the PDF report, and cutting one line of text to a width. */
final class PdfStyle {
    static final float MARGIN = 50;
    static final float BOTTOM_MARGIN = 54;
    static final float TITLE = 16;
    static final float HEADING = 12;
    static final float SUBHEADING = 10;
    static final float BODY = 9;
    static final float TABLE = 7.5f;
    static final float CHART_TEXT = 7;
    static final float CHART_TITLE = 8.5f;
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color HEADER_FILL = new Color(0xDD, 0xE4, 0xEE);
    static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    private PdfStyle() {
    }

    /** One line of {@code text} cut to {@code room} points, ending in an ellipsis when cut. */
    static String fit(String text, BaseFont font, float size, float room) {
        String line = text.replaceAll("\\s+", " ");
        if (font.getWidthPoint(line, size) <= room) {
            return line;
        }
        int end = line.length();
        while (end > 0 && font.getWidthPoint(line.substring(0, end) + "…", size) > room) {
            end = Math.max(0, end - Math.max(1, (end / 8)));
        }
        if (end > 0 && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }
}
