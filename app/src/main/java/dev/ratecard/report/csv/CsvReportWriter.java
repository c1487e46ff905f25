package dev.ratecard.report.csv;

import dev.ratecard.importers.Progress;
import dev.ratecard.report.Cell;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportTable;
import dev.ratecard.report.ReportTables;
import dev.ratecard.report.ReportWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report as CSV files in a zip, one per table ({@code comparison.csv}, {@code break-even.csv} …): UTF-8
 * without a byte-order mark, CRLF line ends, a header row, every text field quoted and neutralised
 * ({@link CsvFields}). Entries carry the report's date, so the same report gives the same bytes.
 */
public final class CsvReportWriter implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        List<ReportTable> tables = ReportTables.of(report);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        for (int i = 0; i < tables.size(); i++) {
            progress.checkCancelled();
            ReportTable table = tables.get(i);
            ZipEntry entry = new ZipEntry(table.id() + ".csv");
            entry.setTimeLocal(report.title().date().atStartOfDay());
            zip.putNextEntry(entry);
            text.write(CsvFields.line(table.columns().stream().map(c -> (Cell) new Cell.Text(c.header())).toList()));
            for (List<Cell> row : table.rows()) {
                text.write(CsvFields.line(row));
            }
            text.flush();
            zip.closeEntry();
            progress.update(i + 1, tables.size());
        }
        zip.finish();
    }
}
