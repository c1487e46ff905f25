package dev.ratecard.report.pdf;

import dev.ratecard.report.chart.ChartFonts;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * DejaVu Sans, bundled (Latin, Greek, Cyrillic, Arabic, Hebrew and more; licence beside the files) and embedded in
 * every PDF as a subset, so that a report looks the same on every machine. Text is passed through
 * {@link #printable} first: a character the font has no glyph for (CJK, most emoji) would otherwise vanish without
 * a trace, so it is drawn as U+FFFD, the replacement character, and the reader sees that something is missing.
 */
final class PdfFonts {
    private static final String FOLDER = "/dev/ratecard/report/fonts/";
    private static final int REPLACEMENT = 0xFFFD;

    final BaseFont regular;
    final BaseFont bold;
    private final java.awt.Font awtRegular;
    private final java.awt.Font awtBold;

    PdfFonts() {
        byte[] regularBytes = resource("DejaVuSans.ttf");
        byte[] boldBytes = resource("DejaVuSans-Bold.ttf");
        try {
            regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, regularBytes, null);
            bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, boldBytes, null);
            awtRegular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(regularBytes));
            awtBold = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(boldBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled report font cannot be read", e);
        } catch (FontFormatException | RuntimeException e) {
            throw new IllegalStateException("the bundled report font is damaged", e);
        }
    }

    Font font(float size, boolean isBold, java.awt.Color color) {
        Font font = new Font(isBold ? bold : regular, size);
        font.setColor(color);
        return font;
    }

    /** The chart fonts: the same faces as the text, so that what the charts measure is what the PDF draws. */
    ChartFonts chartFonts(float size, float titleSize) {
        return new ChartFonts(awtRegular.deriveFont(size), awtBold.deriveFont(titleSize));
    }

    /** Maps the charts' AWT fonts onto the embedded faces. */
    FontMapper mapper() {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
            }
        };
    }

    /**
     * {@code text} as the PDF can draw it: tabs as spaces, CR LF and CR as line breaks, and each character the
     * font lacks as U+FFFD.
     */
    String printable(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ' || regular.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.appendCodePoint(REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(PdfFonts.class.getResourceAsStream(FOLDER + name),
                () -> "the bundled font " + name + " is missing from the build")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + name, e);
        }
    }
}
