package dev.ratecard.report.xlsx;

import dev.ratecard.chart.MoneyFormatter;
import dev.ratecard.importers.Progress;
import dev.ratecard.pricing.Money;
import dev.ratecard.report.Cell;
import dev.ratecard.report.CellText;
import dev.ratecard.report.Column;
import dev.ratecard.report.Report;
import dev.ratecard.report.ReportTable;
import dev.ratecard.report.ReportTables;
import dev.ratecard.report.ReportWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The report as a workbook to keep working in: one sheet per table, a bold header row that stays in view
 * (frozen), numbers stored as numbers (money to the nano-dollar) with a currency, count or percentage format,
 * and text stored as text, never as a formula, whatever it begins with.
 */
public final class XlsxReportWriter implements ReportWriter {
    /** Excel keeps at most this many characters in a cell; longer text is cut and ends with an ellipsis. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final String HEADER_FILL = "DDE4EE";

    @Override
    public void write(Report report, OutputStream out, Progress progress) throws IOException {
        List<ReportTable> tables = ReportTables.of(report);
        Workbook workbook = new Workbook(out, "Ratecard", "1.0");
        workbook.properties().setTitle(fit(report.title().heading()));
        for (int i = 0; i < tables.size(); i++) {
            progress.checkCancelled();
            sheet(workbook, tables.get(i));
            progress.update(i + 1, tables.size());
        }
        workbook.finish();
    }

    private static void sheet(Workbook workbook, ReportTable table) throws IOException {
        Worksheet sheet = workbook.newWorksheet(sheetName(table.id()));
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
            sheet.width(c, Math.min(60, Math.max(10, columns.get(c).weight() * 9)));
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r + 1, c, row.get(c));
            }
        }
        sheet.finish();
    }

    private static void write(Worksheet sheet, int row, int column, Cell cell) {
        if (cell instanceof Cell.Text text) {
            if (!text.value().isEmpty()) {
                sheet.value(row, column, fit(text.value()));
            }
            return;
        }
        sheet.value(row, column, CellText.number(cell));
        sheet.style(row, column).format(format(cell)).set();
    }

    /** Excel number formats: {@code "$"#,##0.00} for amounts, four decimals for unit costs, {@code 0.00%} for fractions. */
    static String format(Cell cell) {
        return switch (cell) {
            case Cell.Amount a -> currency(a.value()) + "#,##0.00";
            case Cell.UnitCost u -> currency(u.value()) + "#,##0.0000";
            case Cell.Count c -> "#,##0";
            case Cell.Percent p -> "0.00%";
            case Cell.Decimal d -> "General";
            case Cell.Text t -> "@";
        };
    }

    private static String currency(Money money) {
        return '"' + MoneyFormatter.symbol(money.currency()).replace("\"", "") + '"';
    }

    /** {@code break-even} → {@code Break-even}: sheet names are at most 31 characters and these ids are short. */
    static String sheetName(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    static String fit(String text) {
        return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS - 1) + "…";
    }
}
