package dev.ratecard.report.pdf;

import dev.ratecard.chart.ChartSpec;
import dev.ratecard.importers.Progress;
import dev.ratecard.report.Caveat;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportSection;
import dev.ratecard.report.ReportTable;
import dev.ratecard.report.ReportTitle;
import dev.ratecard.report.ReportWriter;
import dev.ratecard.report.ScenarioReport;
import dev.ratecard.scenario.Finding;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The report as a PDF to read and send on: a title block, then per scenario its summary, comparison, charts,
 * break-even, sensitivity, findings, assumptions and caveats (the sections chosen), then the workspace's usage.
 * Fonts are embedded, charts are vector graphics, tables repeat their header on each page, every page is numbered
 * "Page n of m".
 */
public final class PdfReportWriter implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        PdfFonts fonts = new PdfFonts();
        Rectangle page = new Rectangle(report.options().paper().width(), report.options().paper().height());
        Document document = new Document(page, PdfStyle.MARGIN, PdfStyle.MARGIN, PdfStyle.MARGIN, PdfStyle.BOTTOM_MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PageNumbers(fonts, fonts.printable(report.title().heading() + " · " + report.title().date())));
            document.addTitle(fonts.printable(report.title().heading()));
            document.addCreator("Ratecard");
            document.open();
            new Pages(report, document, writer, fonts, progress).write();
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    /** One document being written. */
    private static final class Pages {
        private final Report report;
        private final Document document;
        private final PdfWriter writer;
        private final PdfFonts fonts;
        private final PdfTables tables;
        private final PdfCharts charts;
        private final Progress progress;

        Pages(Report report, Document document, PdfWriter writer, PdfFonts fonts, Progress progress) {
            this.report = report;
            this.document = document;
            this.writer = writer;
            this.fonts = fonts;
            this.tables = new PdfTables(fonts);
            this.charts = new PdfCharts(fonts);
            this.progress = progress;
        }

        void write() throws DocumentException {
            title(report.title());
            List<ScenarioReport> scenarios = report.scenarios();
            for (int i = 0; i < scenarios.size(); i++) {
                progress.checkCancelled();
                if (i > 0) {
                    document.newPage();
                }
                scenario(scenarios.get(i), scenarios.size() > 1 ? (i + 1) + ". " : "");
                progress.update(i + 1, scenarios.size() + 1L);
            }
            progress.checkCancelled();
            workspace();
            progress.update(scenarios.size() + 1L, scenarios.size() + 1L);
        }

        private void title(ReportTitle title) throws DocumentException {
            text(title.heading(), PdfStyle.TITLE, true, PdfStyle.TEXT, 4);
            text("Ratecard comparison report", PdfStyle.BODY, false, PdfStyle.MUTED, 8);
            if (title.scenarioNames().size() > 1) {
                text("Scenarios: " + String.join("; ", title.scenarioNames()), PdfStyle.BODY, false, PdfStyle.TEXT, 2);
            }
            text("Usage period: " + title.period(), PdfStyle.BODY, false, PdfStyle.TEXT, 2);
            text("Date: " + title.date() + "    Currency: all amounts in " + title.currency() + ", exact until shown, "
                    + "rounded half-even to the cent", PdfStyle.BODY, false, PdfStyle.TEXT, 14);
        }

        private void scenario(ScenarioReport s, String number) throws DocumentException {
            if (!number.isEmpty() || report.scenarios().size() > 1) {
                text(number + s.name(), PdfStyle.HEADING, true, PdfStyle.TEXT, 4);
            }
            if (!s.description().isBlank()) {
                text(s.description(), PdfStyle.BODY, false, PdfStyle.MUTED, 4);
            }
            text("From " + s.origin() + ".", PdfStyle.BODY, false, PdfStyle.MUTED, 10);
            if (report.includes(ReportSection.SUMMARY)) {
                heading("Summary");
                text(s.summary().text(), PdfStyle.BODY, false, PdfStyle.TEXT, 10);
            }
            // The charts come between the comparison and its line-by-line breakdown, so that the first page
            // answers the question: what each option costs, and how that changes with volume.
            if (report.includes(ReportSection.COMPARISON)) {
                table("Comparison", s.comparison());
            }
            if (report.includes(ReportSection.CHARTS)) {
                heading("Charts");
                for (ChartSpec chart : s.charts()) {
                    progress.checkCancelled();
                    document.add(charts.chart(chart, writer, document.right() - document.left()));
                }
                if (!s.payback().isEmpty()) {
                    table(null, s.payback());
                }
            }
            if (report.includes(ReportSection.COMPARISON)) {
                table("Breakdown", s.breakdown());
            }
            if (report.includes(ReportSection.BREAK_EVEN)) {
                table("Break-even", s.breakEven());
            }
            if (report.includes(ReportSection.SENSITIVITY)) {
                table("Sensitivity", s.sensitivity());
            }
            if (report.includes(ReportSection.FINDINGS)) {
                heading("Findings");
                bullets(s.findings().stream().map(Finding::text).toList());
            }
            if (report.includes(ReportSection.ASSUMPTIONS)) {
                table("Assumptions", s.assumptions());
                table(null, s.workload());
            }
            if (report.includes(ReportSection.CAVEATS)) {
                heading("Caveats");
                bullets(s.caveats().isEmpty() ? List.of("None found.") : s.caveats().stream().map(Caveat::text).toList());
            }
        }

        private void workspace() throws DocumentException {
            boolean usage = report.includes(ReportSection.ASSUMPTIONS) && report.workspaceUsage().isPresent();
            boolean caveats = report.includes(ReportSection.CAVEATS) && !report.caveats().isEmpty();
            if (!usage && !caveats) {
                return;
            }
            text("The workspace", PdfStyle.HEADING, true, PdfStyle.TEXT, 4);
            if (usage) {
                table(null, report.workspaceUsage().orElseThrow());
            }
            if (caveats) {
                heading("Caveats of the stored usage");
                bullets(report.caveats().stream().map(Caveat::text).toList());
            }
        }

        private void table(String heading, ReportTable table) throws DocumentException {
            progress.checkCancelled();
            if (heading != null) {
                heading(heading);
            }
            text(table.title(), PdfStyle.BODY, false, PdfStyle.MUTED, 0);
            if (table.isEmpty()) {
                text("None.", PdfStyle.BODY, false, PdfStyle.TEXT, 10);
            } else {
                document.add(tables.table(table));
            }
        }

        private void heading(String heading) throws DocumentException {
            text(heading, PdfStyle.SUBHEADING, true, PdfStyle.TEXT, 3);
        }

        private void bullets(List<String> items) throws DocumentException {
            for (String item : items) {
                Phrase phrase = new Phrase();
                phrase.add(new Chunk("•  ", fonts.font(PdfStyle.BODY, false, PdfStyle.MUTED)));
                phrase.add(new Chunk(fonts.printable(item), fonts.font(PdfStyle.BODY, false, PdfStyle.TEXT)));
                document.add(tables.block(phrase, 3));
            }
            document.add(new Chunk("\n", fonts.font(4, false, PdfStyle.TEXT)));
        }

        private void text(String text, float size, boolean bold, java.awt.Color color, float after) throws DocumentException {
            Phrase phrase = new Phrase(fonts.printable(text), fonts.font(size, bold, color));
            Element block = tables.block(phrase, after);
            document.add(block);
        }
    }
}
