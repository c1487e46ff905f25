package dev.ratecard.report.pdf;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.report.Paper;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportBuilder;
import dev.ratecard.report.ReportFiles;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.report.ReportOptions;
import dev.ratecard.report.ReportSection;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF read back with PDFBox: the engine's figures to the cent, page numbers, embedded fonts, vector charts. */
class PdfReportWriterTest {
    private static ScenarioResult engine;
    private static byte[] headline;
    private static PdfText headlineText;
    private static PdfText hostileText;

    @BeforeAll
    static void write() {
        engine = ReportFixtures.headline().result();
        headline = ReportFiles.write(new PdfReportWriter(), ReportFixtures.report(ReportFixtures.headline()));
        headlineText = new PdfText(headline);
        hostileText = new PdfText(ReportFiles.write(new PdfReportWriter(), ReportFixtures.report(ReportFixtures.hostile())));
    }

    @Test
    void showsEveryOptionsMonthlyCostToTheCent() {
        String text = headlineText.all().replaceAll("\\s+", " ");
        for (OptionResult option : engine.options()) {
            // The engine's exact figure, rounded once, half-even, to the cent.
            String cents = MoneyFormatter.minorUnit(option.monthly());
            assertTrue(text.contains(cents), option.name() + " " + cents);
        }
        // By hand: $9,435.73 self-hosted, $120.00 Together, $39.04 OpenRouter (39.035, half-even), $437.50 GPT-4o.
        for (String figure : List.of("$9,435.73", "$120.00", "$39.04", "$437.50")) {
            assertTrue(text.contains(figure), figure);
        }
        assertTrue(text.contains("it saves $80.96 a month, $971.58 a year."), text);
        // The break-even as published: cheaper for good from 24,227,277,778 tokens a month.
        assertTrue(text.contains("24,227,277,778"), text);
    }

    @Test
    void numbersEveryPageAsPageNOfM() {
        List<String> pages = headlineText.pages();
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + pages.size()), "page " + (i + 1));
        }
    }

    @Test
    void embedsItsFontsOnEveryPageAndInEveryChart() throws IOException {
        try (PDDocument document = Loader.loadPDF(headline)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void drawsChartsAsVectorFormsNotBitmaps() throws IOException {
        java.util.Set<org.apache.pdfbox.cos.COSBase> forms = new java.util.HashSet<>();
        try (PDDocument document = Loader.loadPDF(headline)) {
            for (PDPage page : document.getPages()) {
                for (PDXObject object : xObjects(page.getResources())) {
                    assertFalse(object instanceof PDImageXObject, "a bitmap on a page");
                    if (object instanceof PDFormXObject form) {
                        forms.add(form.getCOSObject());
                    }
                }
            }
        }
        // Four charts plus the page-total template that every footer shares.
        assertEquals(5, forms.size());
        // The charts' labels are text, so they read back.
        String text = headlineText.all();
        assertTrue(text.contains("tokens per month") && text.contains("as entered: 24.23B") && text.contains("break-even 24.23B"));
    }

    @Test
    void usesThePaperAsked() {
        assertEquals(595.28f, headlineText.pageWidth(), 0.01f);
        assertEquals(841.89f, headlineText.pageHeight(), 0.01f);
        Report letter = ReportBuilder.bundled().build(List.of(ReportFixtures.headline()), Optional.empty(),
                ReportOptions.all(ReportFixtures.DATE).withPaper(Paper.LETTER).withSections(EnumSet.of(ReportSection.SUMMARY)));
        PdfText text = new PdfText(ReportFiles.write(new PdfReportWriter(), letter));
        assertEquals(612f, text.pageWidth(), 0.01f);
        assertEquals(792f, text.pageHeight(), 0.01f);
        assertEquals(1, text.pages().size());
        assertFalse(text.all().contains("Break-even of every pair"));
    }

    @Test
    void aTableThatRunsOntoTheNextPageRepeatsItsHeaderThere() {
        List<String> pages = hostileText.pages();
        List<Integer> withHeader = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("Applies to Input Value Unit Source")) {
                withHeader.add(i);
            }
        }
        assertTrue(withHeader.size() >= 2, "the assumptions table fits one page: " + withHeader);
        for (int i = 1; i < withHeader.size(); i++) {
            assertEquals(withHeader.get(i - 1) + 1, withHeader.get(i));
            // A continued page starts with the header row, then the rows.
            assertTrue(pages.get(withHeader.get(i)).startsWith("Applies to Input Value Unit Source"), pages.get(withHeader.get(i)));
        }
    }

    @Test
    void noTextIsDrawnOutsideThePageMargins() {
        // 50 pt margins on both sides; a glyph's right edge past them would mean text overflowing its cell or chart.
        for (PdfText text : List.of(headlineText, hostileText)) {
            for (PdfText.Glyph g : text.glyphs()) {
                assertTrue(g.x() >= 49.5f && g.x() + g.width() <= text.pageWidth() - 49.5f,
                        "page " + g.page() + ": '" + g.text() + "' at x " + g.x() + " width " + g.width());
            }
        }
    }

    @Test
    void hostileNamesArePrintedAsWrittenWhereTheFontHasTheLetters() {
        String text = hostileText.all();
        assertTrue(text.contains("=cmd|' /C calc'!A0"));
        assertTrue(text.contains("@SUM(1)"));
        assertTrue(text.contains("<script>alert(1)</script>"));
        assertTrue(text.contains("Привет Ωμέγα"));
        // Arabic is shaped for print (presentation forms); compatibility normalisation gives the letters back.
        assertTrue(Normalizer.normalize(text, Normalizer.Form.NFKC).contains("مرحبا"), text);
        // DejaVu Sans has no CJK: each such character is drawn as U+FFFD rather than silently dropped.
        assertTrue(text.contains("\uFFFD\uFFFD\uFFFD\uFFFD"));
        assertFalse(text.contains("中文"));
        // The 2,000-character name is broken across lines, all of it kept.
        assertTrue(text.replaceAll("\\s", "").contains("L" + "o".repeat(1998) + "g"));
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (PDXObject object : xObjects(resources)) {
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    private static List<PDXObject> xObjects(PDResources resources) throws IOException {
        List<PDXObject> objects = new ArrayList<>();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                objects.add(resources.getXObject(name));
            }
        }
        return objects;
    }
}
