package dev.ratecard.report.xlsx;

import dev.ratecard.report.ReportFiles;
import dev.ratecard.report.ReportFixtures;
import dev.ratecard.scenario.OptionResult;
import dev.ratecard.scenario.ScenarioResult;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook read back: numbers as numeric cells with currency formats, frozen headers, text never a formula. */
class XlsxReportWriterTest {
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);
    private static byte[] headline;
    private static byte[] hostile;
    private static ScenarioResult engine;

    @BeforeAll
    static void write() {
        engine = ReportFixtures.headline().result();
        headline = ReportFiles.write(new XlsxReportWriter(), ReportFixtures.report(ReportFixtures.headline()));
        hostile = ReportFiles.write(new XlsxReportWriter(), ReportFixtures.report(ReportFixtures.hostile()));
    }

    @Test
    void holdsOneSheetPerTable() throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(headline))) {
            assertEquals(List.of("Report", "Summary", "Comparison", "Breakdown", "Break-even", "Sensitivity", "Projection",
                    "Findings", "Assumptions", "Workload", "Caveats"), book.getSheets().map(Sheet::getName).toList());
        }
    }

    @Test
    void monthlyCostsAreNumericCellsInDollarsThatMatchTheEngineToTheCent() throws IOException {
        List<Row> rows = rows(headline, "Comparison");
        List<String> header = text(rows.getFirst());
        int perMonth = header.indexOf("Per month");
        for (int i = 0; i < engine.options().size(); i++) {
            OptionResult option = engine.options().get(i);
            Cell cell = rows.get(i + 1).getCell(perMonth);
            assertEquals(CellType.NUMBER, cell.getType(), option.name());
            assertEquals("\"$\"#,##0.00", cell.getDataFormatString());
            assertEquals(option.monthly().rounded(2), cell.asNumber().setScale(2, RoundingMode.HALF_EVEN), option.name());
        }
        Cell utilisation = rows.get(1).getCell(header.indexOf("Utilisation"));
        assertEquals("0.00%", utilisation.getDataFormatString());
        // 25M output tokens over 1,727.69 × 3,600 × 730 tokens a replica emits a month.
        assertEquals(new BigDecimal("0.0055"), utilisation.asNumber().setScale(4, RoundingMode.HALF_EVEN));
        assertEquals("\"$\"#,##0.0000", rows.get(1).getCell(header.indexOf("Per 1M tokens")).getDataFormatString());
        Cell against = rows.get(3).getCell(header.indexOf("Against baseline"));
        // OpenRouter against Together: 39.035 − 120.
        assertEquals(0, new BigDecimal("-80.965").compareTo(against.asNumber()));
    }

    @Test
    void volumesAreWholeNumbersWithThousandsSeparators() throws IOException {
        List<Row> rows = rows(headline, "Break-even");
        List<String> header = text(rows.getFirst());
        Cell sustained = rows.get(1).getCell(header.indexOf("For good from"));
        assertEquals(CellType.NUMBER, sustained.getType());
        assertEquals("#,##0", sustained.getDataFormatString());
        assertEquals(0, new BigDecimal("24227277778").compareTo(sustained.asNumber()));
    }

    @Test
    void theSummarySheetHasTheSavingsAsNumbers() throws IOException {
        List<Row> rows = rows(headline, "Summary");
        List<String> header = text(rows.getFirst());
        // $80.965 a month; × 12 = $971.58 a year.
        assertEquals(0, new BigDecimal("80.965").compareTo(rows.get(1).getCell(header.indexOf("Saving per month")).asNumber()));
        assertEquals(0, new BigDecimal("971.58").compareTo(rows.get(1).getCell(header.indexOf("Saving per year")).asNumber()));
    }

    @Test
    void everySheetKeepsItsHeaderRowFrozen() throws IOException {
        List<String> sheets = worksheetXml(headline);
        assertEquals(11, sheets.size());
        for (String xml : sheets) {
            assertTrue(xml.contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
                    xml.substring(0, Math.min(600, xml.length())));
        }
    }

    @Test
    void hostileNamesAreStoredAsTextNotFormulas() throws IOException {
        for (String xml : worksheetXml(hostile)) {
            assertFalse(xml.contains("<f>") || xml.contains("<f "), "a sheet holds a formula");
        }
        List<Row> rows = rows(hostile, "Comparison");
        Cell scenario = rows.get(1).getCell(0);
        assertEquals(CellType.STRING, scenario.getType());
        assertEquals("=cmd|' /C calc'!A0", scenario.asString());
        List<String> options = rows.subList(1, rows.size()).stream().map(r -> r.getCell(1).asString()).toList();
        assertEquals(List.of("+1", "-2", "@SUM(1)", "\tleading tab", "line one\r\nline two", "<script>alert(1)</script>",
                "L" + "o".repeat(1998) + "g", "Привет Ωμέγα مرحبا بالعالم 中文模型"), options);
        // The figures beside them stay numbers.
        assertEquals(CellType.NUMBER, rows.get(2).getCell(4).getType());
    }

    private static List<Row> rows(byte[] workbook, String sheet) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), WITH_FORMATS)) {
            return book.findSheet(sheet).orElseThrow().read();
        }
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getText());
        }
        return cells;
    }

    /** The sheets' XML, read through the zip's central directory (the writer streams its entries). */
    private static List<String> worksheetXml(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, workbook);
            List<String> sheets = new ArrayList<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/worksheets/sheet")) {
                        sheets.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return sheets;
        } finally {
            Files.delete(file);
        }
    }
}
